// LISTEN/NOTIFY: a connection listens on channels and waits on its socket until a
// notification arrives or a timeout passes, so that readers learn of a commit without
// polling the tables.

import CLibPQ
import Foundation
import HDSCore

#if canImport(Glibc)
  import Glibc
#endif

/// A notification that a NOTIFY or pg_notify() sent on a channel this connection
/// listens on. The server delivers it when the sender's transaction commits.
struct PostgresNotification: Equatable, Sendable {
  let channel: String
  let payload: String
  /// The server process id of the sending connection (its `backendProcessID`).
  let senderProcessID: Int32
}

extension PostgresConnection {
  /// Starts listening on `channel`. Any text is a valid channel name: it is quoted as an
  /// identifier, and the server truncates names longer than 63 bytes.
  func listen(_ channel: String) throws(StoreError) {
    let quoted = try quoteIdentifier(channel)
    try execute("LISTEN \(quoted)", context: "listening on channel \(quoted)")
    if !listenedChannels.contains(channel) { listenedChannels.append(channel) }
  }

  func unlisten(_ channel: String) throws(StoreError) {
    let quoted = try quoteIdentifier(channel)
    try execute("UNLISTEN \(quoted)", context: "stopping listening on channel \(quoted)")
    listenedChannels.removeAll { $0 == channel }
  }

  /// Sends `payload` on `channel` (pg_notify). Inside a transaction the server sends it at
  /// COMMIT, and not at all after a rollback. The server rejects a payload of 8000 bytes
  /// or more.
  func notify(_ channel: String, payload: String = "") throws(StoreError) {
    try run(
      "SELECT pg_notify($1, $2)", [.text(channel), .text(payload)],
      context: "sending a notification on channel \(channel)")
  }

  /// Returns the next notification, waiting up to `timeout` for one to arrive; returns nil
  /// when none arrived in time. Notifications that arrived earlier come first, in order.
  ///
  /// Throws the connection failure when the connection breaks while waiting, for example
  /// because the server restarted. `reset()` then connects again and listens again.
  func waitForNotification(timeout: Duration) throws(StoreError) -> PostgresNotification? {
    let context = "waiting for a notification"
    let deadline = ContinuousClock.now + timeout
    while true {
      // PQnotifies returns only what PQconsumeInput has already read from the socket.
      guard hds_PQconsumeInput(handle) == 1 else {
        throw connectionError(message: url.scrub(Self.errorMessage(of: handle)), context: context)
      }
      if let notification = nextNotification() { return notification }

      let remaining = deadline - ContinuousClock.now
      guard remaining > .zero else { return nil }
      try waitForInput(milliseconds: Self.milliseconds(roundingUp: remaining), context: context)
    }
  }

  /// Returns the notifications that have arrived, without waiting for more: reads what
  /// the socket holds (PQconsumeInput), which costs no round trip to the server. Throws
  /// the connection failure when the connection broke.
  ///
  /// A server that shuts down sends a FATAL message and then closes the socket. One read
  /// takes the message, which libpq passes to the dropped notices, and only the next read
  /// finds the end of the stream, so the socket is read until it holds nothing more.
  func pendingNotifications() throws(StoreError) -> [PostgresNotification] {
    for _ in 0..<8 {
      guard hds_PQconsumeInput(handle) == 1 else {
        throw connectionError(
          message: url.scrub(Self.errorMessage(of: handle)), context: "reading notifications")
      }
      guard socketIsReadable() else { break }
    }
    var arrived: [PostgresNotification] = []
    while let notification = nextNotification() { arrived.append(notification) }
    return arrived
  }

  /// Whether the socket has input (or its end) to read now, without waiting.
  private func socketIsReadable() -> Bool {
    let socket = hds_PQsocket(handle)
    guard socket >= 0 else { return false }
    var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
    return poll(&descriptor, 1, 0) > 0
  }

  /// Waits until the socket is readable or `milliseconds` pass (poll). Returns early on
  /// a signal, so that the caller checks its deadline again.
  private func waitForInput(milliseconds: Int32, context: String) throws(StoreError) {
    let socket = hds_PQsocket(handle)
    guard socket >= 0 else {
      throw connectionError(message: "the connection has no socket", context: context)
    }
    var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, milliseconds)
    if ready < 0 && errno != EINTR {
      throw .engine(
        code: errno, message: "poll failed: " + String(cString: strerror(errno)),
        context: context)
    }
  }

  private func nextNotification() -> PostgresNotification? {
    guard let notify = hds_PQnotifies(handle) else { return nil }
    defer { hds_PQfreemem(notify) }
    return PostgresNotification(
      channel: String(cString: notify.pointee.relname),
      payload: String(cString: notify.pointee.extra),
      senderProcessID: notify.pointee.be_pid)
  }

  /// LISTENs again on every channel, after `reset()` opened a new server session.
  func listenAgain() throws(StoreError) {
    for channel in listenedChannels {
      let quoted = try quoteIdentifier(channel)
      try execute("LISTEN \(quoted)", context: "listening again on channel \(quoted)")
    }
  }

  private static func milliseconds(roundingUp duration: Duration) -> Int32 {
    let (seconds, attoseconds) = duration.components
    let milliseconds = seconds * 1000 + (attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000
    return Int32(clamping: milliseconds)
  }
}

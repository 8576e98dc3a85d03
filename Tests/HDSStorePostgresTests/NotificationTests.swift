import Foundation
import HDSCore
import Testing

@testable import HDSStorePostgres

/// Channels are shared by the whole database, so each test listens on a channel named
/// after its own schema.
@Suite("PostgreSQL LISTEN/NOTIFY", .enabled(if: TestServer.isConfigured))
struct NotificationTests {
  @Test func notificationCrossesConnections() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let listener = try schema.connect()
    let sender = try schema.connect()
    let channel = schema.name + "_requests"
    try listener.listen(channel)

    let payload = "permintaan 2026-000123 berubah: 'Siti Nur’aini'"
    try sender.notify(channel, payload: payload)
    let received = try listener.waitForNotification(timeout: .seconds(5))

    #expect(
      received
        == PostgresNotification(
          channel: channel, payload: payload, senderProcessID: sender.backendProcessID))
  }

  @Test func notificationsArriveInOrder() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let listener = try schema.connect()
    let sender = try schema.connect()
    let channel = schema.name
    try listener.listen(channel)

    for number in 1...3 {
      try sender.notify(channel, payload: "perubahan \(number)")
    }
    var payloads: [String] = []
    while let notification = try listener.waitForNotification(timeout: .seconds(5)) {
      payloads.append(notification.payload)
      if payloads.count == 3 { break }
    }

    #expect(payloads == ["perubahan 1", "perubahan 2", "perubahan 3"])
  }

  @Test func waitWithoutNotificationTimesOut() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let listener = try schema.connect()
    try listener.listen(schema.name)

    let clock = ContinuousClock()
    let start = clock.now
    let received = try listener.waitForNotification(timeout: .milliseconds(300))
    let elapsed = clock.now - start

    #expect(received == nil)
    #expect(elapsed >= .milliseconds(300))
    #expect(elapsed < .seconds(3))
    #expect(listener.isConnected)
  }

  @Test func notificationWaitsForCommit() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let listener = try schema.connect()
    let sender = try schema.connect()
    let channel = schema.name
    try listener.listen(channel)

    try sender.transaction { () throws(StoreError) in
      try sender.notify(channel, payload: "setelah commit")
      let early = try listener.waitForNotification(timeout: .milliseconds(200))
      #expect(early == nil, "a notification arrived before the commit")
    }
    let received = try listener.waitForNotification(timeout: .seconds(5))

    #expect(received?.payload == "setelah commit")
  }

  @Test func rolledBackNotificationIsNotSent() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let listener = try schema.connect()
    let sender = try schema.connect()
    let channel = schema.name
    try listener.listen(channel)

    _ = storeError { () throws(StoreError) in
      try sender.transaction { () throws(StoreError) in
        try sender.notify(channel, payload: "dibatalkan")
        throw .invalid("roll back")
      }
    }
    let received = try listener.waitForNotification(timeout: .milliseconds(300))

    #expect(received == nil)
  }

  /// A channel name is an identifier, so quotes, capitals and spaces must survive the
  /// quoting in LISTEN and match pg_notify's text argument.
  @Test func oddChannelNameIsQuoted() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let listener = try schema.connect()
    let sender = try schema.connect()
    let channel = "Desa \"Slorok\"; DROP " + schema.name
    try listener.listen(channel)
    try listener.listen(channel)

    try sender.notify(channel, payload: "ok")
    let received = try listener.waitForNotification(timeout: .seconds(5))

    #expect(received?.channel == channel)
    #expect(listener.listenedChannels == [channel])
  }

  @Test func unlistenStopsDelivery() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let listener = try schema.connect()
    let sender = try schema.connect()
    let channel = schema.name
    try listener.listen(channel)
    try listener.unlisten(channel)

    try sender.notify(channel, payload: "tidak didengar")
    let received = try listener.waitForNotification(timeout: .milliseconds(300))

    #expect(received == nil)
    #expect(listener.listenedChannels.isEmpty)
  }
}

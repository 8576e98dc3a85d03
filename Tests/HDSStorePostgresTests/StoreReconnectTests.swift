// PostgresStore across a server restart and a stopped server: it reports the lost
// connection, refuses changes at once while the server is away, connects again by
// itself, and neither loses nor repeats a change.

import Foundation
import HDSCore
import Testing

@testable import HDSStorePostgres
@testable import HDSStoreSQL

// One test at a time: each starts a server of its own, which loads the machine.
@Suite("PostgreSQL store reconnect", .enabled(if: TestServer.isConfigured), .serialized)
struct StoreReconnectTests {
  private static let actor = Actor.operator("operator1")

  private static func courier(_ name: String) -> NewCourier {
    // The number is valid, so the parse cannot fail.
    NewCourier(
      name: name, phone: try! PhoneNumber("081298765432"), vehicle: "motor",
      homeDesaCode: Kromengan.kecamatan.desa[3].code, dailyCapacity: 10)
  }

  /// Calls `body` until it stops throwing, for up to `seconds`; returns the last error
  /// when it never did.
  private static func retrying(
    seconds: Double, _ body: () throws(StoreError) -> Void
  ) -> StoreError? {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      let error = storeError(body)
      if error == nil || Date() > deadline { return error }
      Thread.sleep(forTimeInterval: 0.2)
    }
  }

  @Test("a restart is reported, then the store connects again and reads anew")
  func restart() throws {
    let server = try PrivateServer()
    defer { server.stop() }
    let store = try PostgresStore(url: server.url, officeDirectory: NSTemporaryDirectory())
    _ = try store.addCourier(Self.courier("Ani"), by: Self.actor, at: Date())
    let before = try store.changeToken()

    try server.restart()
    let lost = storeError { () throws(StoreError) in _ = try store.changeToken() }
    guard case .storage(let server, .cannotOpen, _) = lost else {
      Issue.record("expected the lost connection, got \(String(describing: lost))")
      return
    }
    #expect(server == store.path)

    var after = before
    #expect(
      Self.retrying(seconds: 10) { () throws(StoreError) in after = try store.changeToken() }
        == nil)
    // The new session may have missed notifications, so it counts as a change.
    #expect(after != before)
    #expect(try store.couriers(includeInactive: true).map(\.name) == ["Ani"])
    _ = try store.addCourier(Self.courier("Budi"), by: Self.actor, at: Date())
    #expect(try store.couriers(includeInactive: true).map(\.name) == ["Ani", "Budi"])
  }

  @Test("a stopped server refuses changes until it is back")
  func stopped() throws {
    let server = try PrivateServer()
    defer { server.stop() }
    let store = try PostgresStore(url: server.url, officeDirectory: NSTemporaryDirectory())
    let watcher = try PostgresStore(
      url: server.url, readOnly: true, officeDirectory: NSTemporaryDirectory())
    _ = try store.addCourier(Self.courier("Ani"), by: Self.actor, at: Date())

    try server.pause()
    // The first change finds the connection broken, the second tries to connect again,
    // and the third comes within the reconnect interval, so it is refused at once.
    var reasons: [String] = []
    for name in ["Budi", "Citra", "Dian"] {
      let error = storeError { () throws(StoreError) in
        _ = try store.addCourier(Self.courier(name), by: Self.actor, at: Date())
      }
      guard case .storage(_, .cannotOpen, let reason) = error else {
        Issue.record("expected the lost connection, got \(String(describing: error))")
        return
      }
      reasons.append(reason)
    }
    #expect(reasons.last?.contains("connects again by itself") == true)
    Thread.sleep(forTimeInterval: 2.1)
    #expect(storeError { () throws(StoreError) in _ = try watcher.changeToken() } != nil)

    try server.resume()
    var token: Int64 = 0
    let reconnectError = Self.retrying(seconds: 10) { () throws(StoreError) in
      token = try watcher.changeToken()
    }
    #expect(reconnectError == nil, "\(String(describing: reconnectError))")
    #expect(
      Self.retrying(seconds: 10) { () throws(StoreError) in
        _ = try store.addCourier(Self.courier("Dewi"), by: Self.actor, at: Date())
      } == nil)
    // Each refused change was not written, and the one after the restart once.
    #expect(try store.couriers(includeInactive: true).map(\.name) == ["Ani", "Dewi"])
    #expect(try store.integers("SELECT count(*) FROM courier_event") == 2)
    // The read-only store heard the change made after both reconnected.
    var seen = token
    _ = Self.retrying(seconds: 5) { () throws(StoreError) in
      seen = try watcher.changeToken()
      if seen == token { throw .invalid("no change heard yet") }
    }
    #expect(seen != token)
  }
}

extension SQLStore {
  /// Runs a count query on the store's own connection.
  fileprivate func integers(_ sql: String) throws -> Int64 {
    try withConnection { (connection) throws(StoreError) -> Int64 in
      try connection.integer(sql, context: "test query")
    }
  }
}

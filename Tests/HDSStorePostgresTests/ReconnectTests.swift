import HDSCore
import Testing

@testable import HDSStorePostgres

@Suite("PostgreSQL reconnect", .enabled(if: TestServer.isConfigured))
struct ReconnectTests {
  /// The server ends one session (pg_terminate_backend), as it does when an
  /// administrator kills it: the next call reports a connection failure, and `reset()`
  /// opens a new session that still listens on the same channels.
  @Test func terminatedSessionResets() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let victim = try schema.connect()
    let other = try schema.connect()
    let channel = schema.name
    try victim.listen(channel)
    let oldProcessID = victim.backendProcessID

    let terminated = try other.firstRow(
      "SELECT pg_terminate_backend($1::integer, 5000)", [.integer(Int64(oldProcessID))],
      context: "ending the session"
    ) { (row) throws(StoreError) -> String in try row.text(0) }
    #expect(terminated == "t")
    let error = storeError { () throws(StoreError) in
      _ = try victim.integer("SELECT 1", context: "querying a terminated session")
    }

    guard case .storage(let server, let failure, let reason) = error else {
      Issue.record("expected .storage, got \(String(describing: error))")
      return
    }
    #expect(failure == .cannotOpen)
    #expect(server == victim.url.masked)
    #expect(reason.contains("querying a terminated session"))
    #expect(!victim.isConnected)

    try victim.reset()
    #expect(victim.isConnected)
    #expect(victim.backendProcessID != oldProcessID)
    #expect(try victim.integer("SELECT 1", context: "querying after the reset") == 1)
    let searchPath = try victim.firstRow("SHOW search_path", context: "reading the path") {
      (row) throws(StoreError) -> String in try row.text(0)
    }
    #expect(searchPath == schema.name)
    try other.notify(channel, payload: "setelah reset")
    let received = try victim.waitForNotification(timeout: .seconds(5))
    #expect(received?.payload == "setelah reset")
  }

  /// `pg_ctl restart` on a server of the test's own: a waiting listener gets the
  /// connection failure, `reset()` reconnects once the server is back, and `reset()`
  /// fails while the server is stopped.
  @Test func serverRestartResets() throws {
    let server = try PrivateServer()
    defer { server.stop() }
    let listener = try PostgresConnection(url: server.url)
    let channel = "perubahan"
    try listener.listen(channel)

    try server.restart()
    let error = storeError { () throws(StoreError) in
      _ = try listener.waitForNotification(timeout: .seconds(5))
    }

    guard case .storage(_, let failure, let reason) = error else {
      Issue.record("expected .storage, got \(String(describing: error))")
      return
    }
    #expect(failure == .cannotOpen)
    #expect(reason.contains("waiting for a notification"))
    #expect(!listener.isConnected)

    try listener.reset()
    #expect(listener.isConnected)
    let sender = try PostgresConnection(url: server.url)
    try sender.notify(channel, payload: "setelah restart")
    let received = try listener.waitForNotification(timeout: .seconds(5))
    #expect(received?.payload == "setelah restart")

    server.stop()
    let resetError = storeError { () throws(StoreError) in try listener.reset() }
    guard case .storage(_, .cannotOpen, let resetReason) = resetError else {
      Issue.record("expected .storage(.cannotOpen), got \(String(describing: resetError))")
      return
    }
    #expect(resetReason.contains("connecting again"))
    #expect(!listener.isConnected)
  }
}

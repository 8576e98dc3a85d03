import HDSCore
import Testing

@testable import HDSStorePostgres

@Suite("PostgreSQL error mapping", .enabled(if: TestServer.isConfigured))
struct ErrorMappingTests {
  @Test func uniqueViolationKeepsSQLState() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try connection.execute(
      "CREATE TABLE courier (name text CONSTRAINT courier_name_unique UNIQUE)",
      context: "creating the table")
    try connection.run(
      "INSERT INTO courier (name) VALUES ($1)", [.text("Agus")], context: "adding Agus")

    let error = storeError { () throws(StoreError) in
      try connection.run(
        "INSERT INTO courier (name) VALUES ($1)", [.text("Agus")],
        context: "adding Agus again")
    }

    guard case .engine(let code, let message, let context) = error else {
      Issue.record("expected .engine, got \(String(describing: error))")
      return
    }
    #expect(SQLState(packed: code) == .uniqueViolation)
    #expect(message.contains("courier_name_unique"))
    #expect(message.contains("SQLSTATE 23505"))
    #expect(context == "adding Agus again")
  }

  @Test func syntaxErrorKeepsSQLState() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()

    let error = storeError { () throws(StoreError) in
      try connection.execute("SELEKT 1", context: "running a misspelt query")
    }

    guard case .engine(let code, _, _) = error else {
      Issue.record("expected .engine, got \(String(describing: error))")
      return
    }
    #expect(SQLState(packed: code) == .syntaxError)
    #expect(connection.isConnected)
  }

  /// Two REPEATABLE READ transactions update the same row: the second fails with
  /// SQLSTATE 40001 once the first has committed, which a caller retries.
  @Test func serializationFailureMapsToLocked() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let first = try schema.connect()
    let second = try schema.connect()
    try first.execute(
      "CREATE TABLE counter (id bigint PRIMARY KEY, value bigint NOT NULL);"
        + " INSERT INTO counter VALUES (1, 0)",
      context: "creating the table")

    let error = storeError { () throws(StoreError) in
      try second.transaction(.repeatableRead) { () throws(StoreError) in
        let before = try second.integer(
          "SELECT value FROM counter WHERE id = 1", context: "reading the counter")
        #expect(before == 0)
        try first.run(
          "UPDATE counter SET value = value + 1 WHERE id = 1", context: "the first update")
        try second.run(
          "UPDATE counter SET value = value + 10 WHERE id = 1", context: "the second update")
      }
    }

    guard case .storage(let server, let failure, let reason) = error else {
      Issue.record("expected .storage, got \(String(describing: error))")
      return
    }
    #expect(failure == .locked)
    #expect(server == second.url.masked)
    #expect(reason.contains("SQLSTATE 40001"))
    #expect(reason.contains("the second update"))
    #expect(!second.isInTransaction)
    #expect(second.isConnected)
    #expect(
      try first.integer("SELECT value FROM counter WHERE id = 1", context: "reading") == 1)
  }

  @Test func wrongPasswordIsConnectionFailure() throws {
    let serverURL = try TestServer.requiredURL()
    let realPassword = try #require(TestServer.components(of: serverURL).password)
    let wrongPassword = "salah-7f3a9c"
    let url = try TestServer.url(serverURL, password: wrongPassword)

    let error = storeError { () throws(StoreError) in
      _ = try PostgresConnection(url: url)
    }

    guard case .storage(let server, let failure, let reason) = error else {
      Issue.record("expected .storage, got \(String(describing: error))")
      return
    }
    #expect(failure == .cannotOpen)
    #expect(server.contains(":***@127.0.0.1"))
    #expect(reason.contains("password authentication failed"))
    let description = error?.description ?? ""
    #expect(!description.contains(wrongPassword))
    #expect(!description.contains(realPassword))
  }

  @Test func closedPortIsConnectionFailure() throws {
    let serverURL = try TestServer.requiredURL()
    let password = try #require(TestServer.components(of: serverURL).password)
    let port = try closedPort()
    let url = try TestServer.url(serverURL, port: port)

    let error = storeError { () throws(StoreError) in
      _ = try PostgresConnection(url: url)
    }

    guard case .storage(let server, let failure, let reason) = error else {
      Issue.record("expected .storage, got \(String(describing: error))")
      return
    }
    #expect(failure == .cannotOpen)
    #expect(server.contains("127.0.0.1:\(port)"))
    #expect(reason.contains("Connection refused"))
    let description = error?.description ?? ""
    #expect(!description.contains(password))
  }

  @Test func postgresSchemeConnects() throws {
    let serverURL = try TestServer.requiredURL()
    let long = "postgresql://"
    try #require(serverURL.hasPrefix(long))
    let short = "postgres://" + serverURL.dropFirst(long.count)

    let connection = try PostgresConnection(url: short)
    #expect(try connection.integer("SELECT 1", context: "checking") == 1)
  }
}

import HDSCore
import Testing

@testable import HDSStorePostgres

@Suite("PostgreSQL transactions", .enabled(if: TestServer.isConfigured))
struct TransactionTests {
  private static func makeTable(_ connection: PostgresConnection) throws {
    try connection.execute(
      "CREATE TABLE event (id bigint PRIMARY KEY, note text NOT NULL)",
      context: "creating the table")
  }

  @Test func commitIsVisibleToOtherConnection() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let writer = try schema.connect()
    let reader = try schema.connect()
    try Self.makeTable(writer)

    let returned = try writer.transaction { () throws(StoreError) -> Int in
      try writer.run(
        "INSERT INTO event (id, note) VALUES ($1, $2)", [.integer(1), .text("dibuat")],
        context: "inserting")
      #expect(writer.isInTransaction)
      let seen = try reader.integer("SELECT count(*) FROM event", context: "reading early")
      #expect(seen == 0, "the reader sees the row before the commit")
      return 7
    }

    #expect(returned == 7)
    #expect(!writer.isInTransaction)
    #expect(try reader.integer("SELECT count(*) FROM event", context: "reading") == 1)
  }

  @Test func throwRollsBack() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try Self.makeTable(connection)

    let error = storeError { () throws(StoreError) in
      try connection.transaction { () throws(StoreError) in
        try connection.run(
          "INSERT INTO event (id, note) VALUES ($1, $2)", [.integer(1), .text("batal")],
          context: "inserting")
        throw .invalid("the test stops here")
      }
    }

    #expect(error == .invalid("the test stops here"))
    #expect(!connection.isInTransaction)
    #expect(try connection.integer("SELECT count(*) FROM event", context: "counting") == 0)
  }

  @Test func failedStatementRollsBack() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try Self.makeTable(connection)

    let error = storeError { () throws(StoreError) in
      try connection.transaction { () throws(StoreError) in
        try connection.run(
          "INSERT INTO event (id, note) VALUES ($1, $2)", [.integer(1), .text("pertama")],
          context: "inserting the first row")
        try connection.run(
          "INSERT INTO event (id, note) VALUES ($1, NULL)", [.integer(2)],
          context: "inserting a row without a note")
      }
    }

    guard case .engine(let code, _, let context) = error else {
      Issue.record("expected .engine, got \(String(describing: error))")
      return
    }
    #expect(SQLState(packed: code) == SQLState("23502"))
    #expect(context == "inserting a row without a note")
    #expect(!connection.isInTransaction)
    #expect(try connection.integer("SELECT count(*) FROM event", context: "counting") == 0)
  }

  /// PostgreSQL turns the COMMIT of an aborted transaction into a ROLLBACK without an
  /// error; the wrapper must not report it as saved.
  @Test func commitAfterSwallowedErrorThrows() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try Self.makeTable(connection)

    let error = storeError { () throws(StoreError) in
      try connection.transaction { () throws(StoreError) in
        try connection.run(
          "INSERT INTO event (id, note) VALUES ($1, $2)", [.integer(1), .text("pertama")],
          context: "inserting")
        _ = storeError { () throws(StoreError) in
          try connection.execute("SELECT no_such_column FROM event", context: "failing")
        }
      }
    }

    guard case .engine(_, let message, let context) = error else {
      Issue.record("expected .engine, got \(String(describing: error))")
      return
    }
    #expect(message.contains("rolled the transaction back"))
    #expect(context == "committing a transaction")
    #expect(!connection.isInTransaction)
    #expect(try connection.integer("SELECT count(*) FROM event", context: "counting") == 0)
  }

  @Test func nestedTransactionRejected() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()

    let error = storeError { () throws(StoreError) in
      try connection.transaction { () throws(StoreError) in
        try connection.transaction { () throws(StoreError) in }
      }
    }

    guard case .engine(_, let message, _) = error else {
      Issue.record("expected .engine, got \(String(describing: error))")
      return
    }
    #expect(message.contains("already open"))
    #expect(!connection.isInTransaction)
  }

  @Test(arguments: IsolationLevel.allCases)
  func isolationLevelIsSet(level: IsolationLevel) throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()

    let reported = try connection.transaction(level) { () throws(StoreError) -> String? in
      try connection.firstRow("SHOW transaction_isolation", context: "reading the level") {
        (row) throws(StoreError) -> String in try row.text(0)
      }
    }
    #expect(reported == level.rawValue.lowercased())
  }
}

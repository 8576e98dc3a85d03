import HDSCore
import HDSStoreSQL
import Testing

@testable import HDSStorePostgres

@Suite("PostgreSQL values", .enabled(if: TestServer.isConfigured))
struct ValueTests {
  @Test func connectsAsURLUser() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()

    #expect(connection.isConnected)
    #expect(connection.backendProcessID > 0)
    #expect(connection.serverVersion >= 100_000)
    let user = try TestServer.components(of: schema.url).user
    let current = try connection.firstRow("SELECT current_user", context: "reading the user") {
      (row) throws(StoreError) -> String in try row.text(0)
    }
    #expect(current == user)
    let searchPath = try connection.firstRow("SHOW search_path", context: "reading the path") {
      (row) throws(StoreError) -> String in try row.text(0)
    }
    #expect(searchPath == schema.name)
  }

  @Test func roundTripsEveryValueType() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try connection.execute(
      "CREATE TABLE sample (id bigint PRIMARY KEY, number bigint, amount double precision,"
        + " label text)",
      context: "creating the table")

    let rows: [(Int64, Int64?, Double?, String?)] = [
      (1, 0, 0, ""),
      (2, Int64.max, 0.1, "Siti Nur'aini"),
      (3, Int64.min, -1e300, "Bambang \"Bams\" Suprapto"),
      (4, nil, nil, nil),
      (5, 42, Double.leastNonzeroMagnitude, "Dusun Krajan – Desa Jambuwer, Kecamatan Kromengan"),
      (6, -7, 1.7976931348623157e308, "Ngadirejo 🏠 ꦏꦿꦺꦩꦔꦤ꧀ back\\slash"),
    ]
    for (id, number, amount, label) in rows {
      try connection.run(
        "INSERT INTO sample (id, number, amount, label) VALUES ($1, $2, $3, $4)",
        [
          .integer(id), .optionalInteger(number), amount.map { .real($0) } ?? .null,
          .optionalText(label),
        ],
        context: "inserting row \(id)")
    }

    let read = try connection.rows(
      "SELECT id, number, amount, label FROM sample ORDER BY id", context: "reading the rows"
    ) { (row) throws(StoreError) -> (Int64, Int64?, Double?, String?) in
      (
        try row.integer(0), try row.optionalInteger(1), try row.optionalReal(2),
        try row.optionalText(3)
      )
    }
    #expect(read.count == rows.count)
    for (stored, expected) in zip(read, rows) {
      #expect(stored.0 == expected.0)
      #expect(stored.1 == expected.1, "number of row \(expected.0)")
      #expect(stored.2 == expected.2, "amount of row \(expected.0)")
      #expect(stored.3 == expected.3, "label of row \(expected.0)")
    }
  }

  @Test func roundTripsSpecialDoubles() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()

    for value in [Double.infinity, -.infinity, -0.0, 1.0 / 3.0] {
      let read = try connection.firstRow(
        "SELECT $1::double precision", [.real(value)], context: "echoing \(value)"
      ) { (row) throws(StoreError) -> Double in try row.real(0) }
      #expect(read == value)
      #expect(read?.sign == value.sign)
    }
    let nan = try connection.firstRow(
      "SELECT $1::double precision", [.real(.nan)], context: "echoing NaN"
    ) { (row) throws(StoreError) -> Double in try row.real(0) }
    #expect(nan?.isNaN == true)
  }

  @Test func injectionAttemptStaysAValue() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try connection.execute(
      "CREATE TABLE resident (name text NOT NULL)", context: "creating the table")

    let attack = "x'); DROP TABLE resident; SELECT ('"
    try connection.run(
      "INSERT INTO resident (name) VALUES ($1)", [.text(attack)], context: "inserting")
    try connection.run(
      "INSERT INTO resident (name) VALUES ($1)", [.text("$1; DELETE FROM resident")],
      context: "inserting a placeholder lookalike")

    let names = try connection.rows(
      "SELECT name FROM resident ORDER BY name DESC", context: "reading"
    ) { (row) throws(StoreError) -> String in try row.text(0) }
    #expect(names == [attack, "$1; DELETE FROM resident"])
    let matches = try connection.integer(
      "SELECT count(*) FROM resident WHERE name = $1", [.text(attack)], context: "counting")
    #expect(matches == 1)
  }

  @Test func rejectsNulCharacterInText() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()

    let error = storeError { () throws(StoreError) in
      try connection.run("SELECT $1", [.text("Siti\u{0}Aminah")], context: "echoing")
    }
    guard case .invalid(let message) = error else {
      Issue.record("expected .invalid, got \(String(describing: error))")
      return
    }
    #expect(message.contains("parameter $1"))
    #expect(message.contains("NUL"))
  }

  @Test func valueKeepsColumnType() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()

    let values = try connection.firstRow(
      "SELECT 7::smallint, 8::integer, 9::bigint, 1.5::real, 2.5::double precision,"
        + " 0.1::numeric, 'teks'::text, true, DATE '2026-12-04', NULL::bigint",
      context: "reading typed values"
    ) { (row) throws(StoreError) -> [SQLValue] in
      var values: [SQLValue] = []
      for column in 0..<row.columnCount { values.append(try row.value(column)) }
      return values
    }
    #expect(
      values == [
        .integer(7), .integer(8), .integer(9), .real(1.5), .real(2.5), .text("0.1"),
        .text("teks"), .text("t"), .text("2026-12-04"), .null,
      ])
  }

  /// The wrapper hard-codes the OIDs of the types it reads and sends; the server's
  /// catalog must agree.
  @Test func typeOIDsMatchCatalog() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()

    let expected: [(String, UInt32)] = [
      ("bool", PostgresType.bool), ("int8", PostgresType.int8), ("int2", PostgresType.int2),
      ("int4", PostgresType.int4), ("oid", PostgresType.oid), ("float4", PostgresType.float4),
      ("float8", PostgresType.float8), ("numeric", PostgresType.numeric),
    ]
    for (name, oid) in expected {
      let stored = try connection.integer(
        "SELECT oid FROM pg_type WHERE typname = $1 AND typnamespace = 'pg_catalog'::regnamespace",
        [.text(name)], context: "reading the OID of \(name)")
      #expect(stored == Int64(oid), "OID of \(name)")
    }
  }

  @Test func typedReadsRejectMismatches() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()

    func readError(_ read: @escaping (PostgresRow) throws(StoreError) -> Void) -> StoreError? {
      storeError { () throws(StoreError) in
        _ = try connection.firstRow(
          "SELECT 'abc' AS label, NULL::bigint AS missing", context: "reading a test row", read)
      }
    }
    let notInteger = readError { (row) throws(StoreError) in _ = try row.integer(0) }
    guard case .engine(_, let notIntegerMessage, let context) = notInteger else {
      Issue.record("expected .engine, got \(String(describing: notInteger))")
      return
    }
    #expect(notIntegerMessage.contains("column 0 (label) holds \"abc\""))
    #expect(context == "reading a test row")

    let nullRead = readError { (row) throws(StoreError) in _ = try row.text(1) }
    guard case .engine(_, let nullMessage, _) = nullRead else {
      Issue.record("expected .engine, got \(String(describing: nullRead))")
      return
    }
    #expect(nullMessage.contains("column 1 (missing) is NULL"))

    let outOfRange = readError { (row) throws(StoreError) in _ = try row.optionalText(2) }
    guard case .engine(_, let rangeMessage, _) = outOfRange else {
      Issue.record("expected .engine, got \(String(describing: outOfRange))")
      return
    }
    #expect(rangeMessage.contains("column 2 does not exist"))

    let integerOfNull = try connection.integer("SELECT NULL::bigint", context: "summing nothing")
    #expect(integerOfNull == 0)
  }

  @Test func commandResultCountsRows() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try connection.execute(
      "CREATE TABLE courier (name text PRIMARY KEY, active bigint NOT NULL)",
      context: "creating the table")

    let insert = try connection.run(
      "INSERT INTO courier (name, active) VALUES ($1, 1), ($2, 1), ($3, 0)",
      [.text("Agus"), .text("Dewi"), .text("Eko")], context: "inserting couriers")
    #expect(insert == PostgresCommandResult(status: "INSERT 0 3", affectedRows: 3))
    let update = try connection.run(
      "UPDATE courier SET active = 0 WHERE active = $1", [.integer(1)],
      context: "deactivating couriers")
    #expect(update == PostgresCommandResult(status: "UPDATE 2", affectedRows: 2))
    let none = try connection.run(
      "DELETE FROM courier WHERE name = $1", [.text("Fajar")], context: "deleting a courier")
    #expect(none.affectedRows == 0)
    let create = try connection.run("CREATE INDEX ON courier (active)", context: "indexing")
    #expect(create == PostgresCommandResult(status: "CREATE INDEX", affectedRows: 0))
  }
}

// Shared fixtures: a fresh temp directory (and store) per test, valid NIKs, residents
// in Kromengan desa, and helpers that walk a request through its states.

import Foundation
import HDSCore
import Testing

@testable import HDSStorePostgres
@testable import HDSStoreSQL
@testable import HDSStoreSQLite

/// The engine that `TemporaryDirectory.openStore` opens stores on. `bash .ci/test` runs
/// this suite twice: on SQLite, then with HDS_TEST_STORE=postgresql on the throwaway
/// server of HDS_TEST_POSTGRES_URL. Tests of what only SQLite has open `SQLiteStore`
/// themselves, and run in both passes.
enum TestEngine: Equatable {
  case sqlite
  case postgresql

  static let current: TestEngine =
    ProcessInfo.processInfo.environment["HDS_TEST_STORE"] == "postgresql" ? .postgresql : .sqlite
}

/// A directory under the system temp directory, removed when the value goes away. On
/// PostgreSQL its store is a schema of its own, dropped with the directory.
final class TemporaryDirectory {
  let path: String
  /// The test server's URL with this directory's schema as search_path, once a store
  /// was opened on PostgreSQL.
  private var schemaURL: String?
  private let schema: String

  init() throws {
    let id = UUID().uuidString
    path = (NSTemporaryDirectory() as NSString).appendingPathComponent("hds-store-tests-" + id)
    schema = "test_" + id.lowercased().replacingOccurrences(of: "-", with: "")
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
    if schemaURL != nil, let server = Self.serverURL,
      let admin = try? PostgresConnection(url: server)
    {
      try? admin.execute("DROP SCHEMA \(schema) CASCADE", context: "dropping a test schema")
    }
  }

  func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  var storePath: String { file("hds.sqlite") }

  /// Opens this directory's store on `TestEngine.current`: `hds.sqlite` in it, or its
  /// schema on the PostgreSQL test server. Every open reaches the same store.
  func openStore(readOnly: Bool = false) throws -> SQLStore {
    switch TestEngine.current {
    case .sqlite:
      return try SQLiteStore(path: storePath, readOnly: readOnly)
    case .postgresql:
      return try PostgresStore(url: try postgresURL(), readOnly: readOnly, officeDirectory: path)
    }
  }

  private static let serverURL: String? = {
    let value = ProcessInfo.processInfo.environment["HDS_TEST_POSTGRES_URL"] ?? ""
    return value.isEmpty ? nil : value
  }()

  private func postgresURL() throws -> String {
    if let schemaURL { return schemaURL }
    guard let server = Self.serverURL else {
      throw StoreError.invalid(
        "HDS_TEST_STORE=postgresql needs HDS_TEST_POSTGRES_URL; run bash .ci/test, which"
          + " starts a throwaway server and sets both")
    }
    let admin = try PostgresConnection(url: server)
    try admin.execute("CREATE SCHEMA \(schema)", context: "creating a test schema")
    // SQLite's quote(), which the tests' own queries use to compare rows as text: NULL,
    // a number as it is, and text in quotes.
    try admin.execute(
      """
      CREATE FUNCTION \(schema).quote(value anyelement) RETURNS text LANGUAGE sql IMMUTABLE
      AS $$
        SELECT CASE
          WHEN value IS NULL THEN 'NULL'
          WHEN pg_typeof(value) IN ('bigint'::regtype, 'integer'::regtype,
            'double precision'::regtype, 'numeric'::regtype) THEN value::text
          ELSE quote_literal(value) END
      $$
      """, context: "creating quote() in a test schema")
    // libpq rejects a second "=" in a query parameter, so the one inside the value is
    // percent-encoded.
    let url = server + (server.contains("?") ? "&" : "?") + "options=-csearch_path%3D" + schema
    schemaURL = url
    return url
  }
}

enum Fixture {
  static let user = Actor.operator("operator1")
  static let day = CalendarDay(year: 2026, month: 12, day: 4)

  /// `hour`:`minute` WIB on `day`.
  static func time(_ hour: Int, _ minute: Int = 0, on day: CalendarDay = Fixture.day) -> Date {
    day.start.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
  }

  /// Returns a Kromengan NIK for a birth date of 15-08-1990, with 40 added to the day for
  /// women.
  static func nik(_ serial: Int, female: Bool = false) -> NIK {
    let text = "350731" + (female ? "55" : "15") + "0890" + String(format: "%04d", serial)
    // The digits are a real date, non-zero region codes and a non-zero serial.
    return try! NIK(text)
  }

  static func address(desa index: Int = 0, street: String = "Jl. Raya 1") -> Address {
    let desa = Kromengan.kecamatan.desa[index]
    let dusun = desa.dusun[0]
    let rw = dusun.rukunWarga[0]
    return Address(
      desaCode: desa.code, dusun: dusun.name, rw: rw.number, rt: rw.rukunTetangga[0],
      street: street)
  }

  static func resident(_ serial: Int, desa: Int = 0, name: String? = nil) -> Resident {
    Resident(
      nik: nik(serial, female: serial % 2 == 0), name: name ?? "Warga \(serial)",
      kk: try! KKNumber("350731010120\(String(format: "%04d", serial))"),
      phone: try! PhoneNumber("0812-3456-\(String(format: "%04d", serial))"),
      address: address(desa: desa))
  }

  static func newRequest(_ serial: Int, desa: Int = 0, document: DocumentKind = .ktpEl)
    -> NewRequest
  {
    NewRequest(resident: resident(serial, desa: desa), document: document, note: "")
  }

  static func newCourier(_ name: String, desa: Int = 3) -> NewCourier {
    NewCourier(
      name: name, phone: try! PhoneNumber("081298765432"), vehicle: "motor",
      homeDesaCode: Kromengan.kecamatan.desa[desa].code, dailyCapacity: 15)
  }

  static let resident = Handover(recipientKind: .resident, recipientName: "Warga")
}

extension SQLStore {
  /// Creates a request and brings it to ready.
  func readyRequest(_ serial: Int, desa: Int = 0, readyAt: Date = Fixture.time(8)) throws
    -> DeliveryRequest
  {
    let created = try createRequest(
      Fixture.newRequest(serial, desa: desa), by: Fixture.user, at: readyAt.addingTimeInterval(-60))
    _ = try apply(
      .sendToDukcapil, to: created.id, expectedVersion: nil, by: Fixture.user,
      at: readyAt.addingTimeInterval(-30))
    return try apply(
      .markReady, to: created.id, expectedVersion: nil, by: Fixture.user, at: readyAt)
  }

  /// Brings a ready request to out for delivery with `courier` on `day`.
  @discardableResult
  func dispatch(_ id: Int64, courier: Int64, day: CalendarDay = Fixture.day) throws
    -> DeliveryRequest
  {
    _ = try apply(
      .assign(courierID: courier, day: day), to: id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(9, on: day))
    return try apply(
      .dispatch, to: id, expectedVersion: nil, by: .operator("courier1"),
      at: Fixture.time(9, 30, on: day))
  }

  /// Runs a query on the store's own connection and returns its integer columns.
  func integers(_ sql: String) throws -> [[Int64]] {
    try withConnection { (connection) throws(StoreError) -> [[Int64]] in
      try connection.rows(sql, context: "test query") { (row) throws(StoreError) -> [Int64] in
        (0..<row.columnCount).map { row.integer($0) }
      }
    }
  }

  /// Returns the change token once it differs from `token`, or the same token after 5 s.
  /// SQLite's data version changes with another connection's commit. PostgreSQL delivers
  /// the commit's notification moments after the commit returns.
  func changeToken(differentFrom token: Int64) throws -> Int64 {
    let deadline = Date().addingTimeInterval(5)
    while true {
      let current = try changeToken()
      if current != token || Date() > deadline { return current }
      Thread.sleep(forTimeInterval: 0.005)
    }
  }

  /// Returns SQLite's integrity check report, "ok" for a sound file. PostgreSQL has no
  /// such check of a database built in (it checks each page as it reads it, when the
  /// cluster has data checksums), so there the report is "ok" once a query reads every
  /// table.
  func integrityReport() throws -> String {
    if let sqlite = self as? SQLiteStore { return try sqlite.integrityCheck() }
    for table in ["resident", "courier", "request", "request_event", "complaint"] {
      _ = try integers("SELECT count(*) FROM \(table)")
    }
    return "ok"
  }

  func execute(_ sql: String) throws {
    try withConnection { (connection) throws(StoreError) in
      try connection.execute(sql, context: "test statement")
    }
  }
}

extension TemporaryDirectory {
  /// Opens a new store on `TestEngine.current` with one resident (id 1, a Kromengan NIK),
  /// as `writeStoreFile` writes, and then runs `rows`, INSERT statements that name their
  /// ids. On PostgreSQL the identity columns then go on after the largest id inserted.
  func openStore(insertingRows rows: String) throws -> SQLStore {
    let store = try openStore()
    try store.execute(
      """
      INSERT INTO resident (id, nik, name, kk, desa_code, dusun, rw, rt, street)
        VALUES (1, '3507311508900001', 'Warga', '3507310101200001', '35.07.31.2001',
          'Krajan', 1, 1, 'Jl. Raya 1');
      """ + rows)
    if store.dialect == .postgresql {
      for table in ["resident", "request"] {
        try store.execute(
          "SELECT setval(pg_get_serial_sequence('\(table)', 'id'), max(id)) FROM \(table)"
            + " HAVING max(id) IS NOT NULL")
      }
    }
    return store
  }
}

/// Writes a store file at `path` with the first `version` migrations and one resident
/// (id 1, a Kromengan NIK), then runs `rows`, for tests of a later migration.
func writeStoreFile(at path: String, version: Int, rows: String) throws {
  let connection = try Connection(path: path, readOnly: false)
  try connection.execute("PRAGMA application_id = \(Schema.applicationID)", context: "test")
  for migration in Schema.migrations.prefix(version) {
    try connection.execute(migration, context: "test")
  }
  try connection.execute(
    """
    PRAGMA user_version = \(version);
    INSERT INTO resident (id, nik, name, kk, desa_code, dusun, rw, rt, street)
      VALUES (1, '3507311508900001', 'Warga', '3507310101200001', '35.07.31.2001',
        'Krajan', 1, 1, 'Jl. Raya 1');
    """ + rows, context: "test")
}

extension SQLStore {
  /// Runs a query on the store's own connection and returns its first column as text.
  func texts(_ sql: String) throws -> [String] {
    try withConnection { (connection) throws(StoreError) -> [String] in
      try connection.rows(sql, context: "test query") { $0.text(0) }
    }
  }

  /// Returns every column of every request event as SQL literals, in id order, to check
  /// that later commands leave earlier events exactly as they were.
  func storedEvents() throws -> [String] {
    let columns = [
      "id", "request_id", "time", "\"user\"", "action", "from_state", "to_state", "detail",
      "courier_id", "corrects_event_id",
    ]
    let quote = dialect == .sqlite ? "quote" : "quote_nullable"
    let literals = columns.map { "\(quote)(\($0))" }.joined(separator: " || '|' || ")
    return try texts("SELECT \(literals) FROM request_event ORDER BY id")
  }

  /// Returns the non-zero `request_count` rows as "desa state count", in key order.
  func requestCounters() throws -> [String] {
    try texts(
      """
      SELECT desa_code || ' ' || state || ' ' || count FROM request_count WHERE count > 0
      ORDER BY desa_code, state
      """)
  }

  /// Returns COUNT(*) of `request` per desa and state, in the form of `requestCounters()`.
  func countedRequests() throws -> [String] {
    try texts(
      """
      SELECT desa_code || ' ' || state || ' ' || count(*) FROM request
      GROUP BY desa_code, state ORDER BY desa_code, state
      """)
  }
}

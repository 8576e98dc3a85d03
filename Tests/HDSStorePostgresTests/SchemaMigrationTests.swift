import Foundation
import HDSCore
import Testing

@testable import HDSStorePostgres

@Suite("PostgreSQL schema migration", .enabled(if: TestServer.isConfigured))
struct SchemaMigrationTests {
  @Test func newSchemaMigratesToLatest() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()

    #expect(try PostgresSchema.check(connection) == 0)
    let applied = try PostgresSchema.migrate(connection)

    #expect(applied == PostgresSchema.latestVersion)
    #expect(try version(connection) == PostgresSchema.latestVersion)
    #expect(try PostgresSchema.check(connection) == PostgresSchema.latestVersion)
    let setting = try connection.rows(
      "SELECT key, value FROM setting", context: "reading settings"
    ) { (row) throws(StoreError) -> String in "\(try row.text(0))=\(try row.text(1))" }
    #expect(setting == ["max_attempts=2"])
  }

  @Test func secondMigrationChangesNothing() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try PostgresSchema.migrate(connection)
    let layout = try PostgresLayout.read(connection)
    let versionRow = try versionRowWriter(connection)

    let applied = try PostgresSchema.migrate(connection)

    #expect(applied == 0)
    #expect(try PostgresLayout.read(connection) == layout)
    #expect(try versionRowWriter(connection) == versionRow, "hds_schema was written again")
    #expect(try connection.integer("SELECT count(*) FROM setting", context: "counting") == 1)
  }

  @Test func stepwiseMigrationEndsAtLatest() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()

    for target in 1...PostgresSchema.latestVersion {
      #expect(try PostgresSchema.migrate(connection, to: target) == 1)
      #expect(try version(connection) == target)
    }
    #expect(try PostgresSchema.migrate(connection, to: 2) == 0, "a lower target migrates down")
    #expect(try version(connection) == PostgresSchema.latestVersion)
  }

  @Test func targetOutsideRangeIsInvalid() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()

    let error = storeError { () throws(StoreError) in
      try PostgresSchema.migrate(connection, to: PostgresSchema.latestVersion + 1)
    }

    guard case .invalid(let message) = error else {
      Issue.record("expected .invalid, got \(String(describing: error))")
      return
    }
    #expect(message.contains("\(PostgresSchema.latestVersion + 1)"))
    #expect(
      try connection.integer(
        "SELECT count(*) FROM pg_tables"
          + " WHERE schemaname = current_schema()", context: "counting tables") == 0)
  }

  @Test func newerVersionIsRejected() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try PostgresSchema.migrate(connection)
    let newer = PostgresSchema.latestVersion + 1
    try connection.run(
      "UPDATE hds_schema SET version = $1", [.integer(newer)], context: "faking a newer hds")

    let error = storeError { () throws(StoreError) in try PostgresSchema.migrate(connection) }

    guard case .incompatible(let location, let reason) = error else {
      Issue.record("expected .incompatible, got \(String(describing: error))")
      return
    }
    #expect(location.contains("schema \(schema.name)"))
    #expect(!location.contains(try passwordOfTestServer()), "the message shows the password")
    #expect(reason.contains("version is \(newer)"))
    #expect(reason.contains("versions up to \(PostgresSchema.latestVersion)"))
    #expect(reason.contains("use a newer hds"))
    #expect(try version(connection) == newer)
  }

  @Test func schemaOfOtherProgramIsRejected() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try connection.execute(
      "CREATE TABLE invoice (id bigint PRIMARY KEY)", context: "creating another program's table")

    let error = storeError { () throws(StoreError) in try PostgresSchema.migrate(connection) }

    guard case .incompatible(_, let reason) = error else {
      Issue.record("expected .incompatible, got \(String(describing: error))")
      return
    }
    #expect(reason.contains("invoice"))
    #expect(reason.contains("schema of its own"))
    let tables = try connection.integer(
      "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()",
      context: "counting tables")
    #expect(tables == 1, "the migration wrote to another program's schema")
  }

  @Test func versionWithoutTablesIsRejected() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try PostgresSchema.migrate(connection)
    try connection.execute("DROP TABLE setting_event", context: "dropping a table")

    let error = storeError { () throws(StoreError) in _ = try PostgresSchema.check(connection) }

    guard case .incompatible(_, let reason) = error else {
      Issue.record("expected .incompatible, got \(String(describing: error))")
      return
    }
    #expect(reason.contains("missing tables: setting_event"))
  }

  @Test func emptyVersionTableIsRejected() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try PostgresSchema.migrate(connection)
    let secondRow = storeError { () throws(StoreError) in
      try connection.execute("INSERT INTO hds_schema VALUES (1)", context: "adding a row")
    }
    #expect(secondRow != nil, "hds_schema took a second row")
    try connection.execute("DELETE FROM hds_schema", context: "emptying hds_schema")

    let error = storeError { () throws(StoreError) in try PostgresSchema.migrate(connection) }

    guard case .incompatible(_, let reason) = error else {
      Issue.record("expected .incompatible, got \(String(describing: error))")
      return
    }
    #expect(reason.contains("exactly one row"))
  }

  @Test func failedMigrationLeavesNoTrace() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try PostgresSchema.migrate(connection, to: 1)
    // Version 2 creates an index of this name, so it fails halfway.
    try connection.execute(
      "CREATE INDEX request_by_age ON setting (value)", context: "taking an index name")

    let error = storeError { () throws(StoreError) in try PostgresSchema.migrate(connection) }

    guard case .engine(_, let message, let context) = error else {
      Issue.record("expected .engine, got \(String(describing: error))")
      return
    }
    #expect(message.contains("request_by_age"))
    #expect(context == "migrating the schema from version 1 to 2")
    #expect(try version(connection) == 1)
    let added = try connection.integer(
      "SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema()"
        + " AND table_name = 'request' AND column_name = 'requirements'",
      context: "looking for a column of version 2")
    #expect(added == 0, "the failed migration left a column behind")
  }

  @Test func missingSchemaIsRejected() throws {
    let schema = try TestSchema()
    schema.drop()
    let connection = try schema.connect()

    let error = storeError { () throws(StoreError) in try PostgresSchema.migrate(connection) }

    guard case .incompatible(_, let reason) = error else {
      Issue.record("expected .incompatible, got \(String(describing: error))")
      return
    }
    #expect(reason.contains("search_path"))
  }

  @Test func concurrentMigrationsRunOnce() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let url = schema.url
    // A third connection holds the advisory lock until both migrating connections wait
    // for it, so that they really start at the same time.
    let holder = try schema.connect()
    try holder.run(
      "SELECT pg_advisory_lock($1)", [.integer(PostgresSchema.advisoryLockKey)],
      context: "holding the migration lock")

    let results = MigrationResults()
    let group = DispatchGroup()
    for _ in 0..<2 {
      DispatchQueue.global().async(group: group) {
        Self.migrateInBackground(url: url, results: results)
      }
    }
    try waitForWaiters(results, holder: holder)
    try holder.run(
      "SELECT pg_advisory_unlock($1)", [.integer(PostgresSchema.advisoryLockKey)],
      context: "releasing the migration lock")
    #expect(group.wait(timeout: .now() + 60) == .success, "the migrations did not finish")

    let outcomes = results.outcomes
    #expect(outcomes.count == 2)
    #expect(outcomes.compactMap(\.error).isEmpty, "errors: \(outcomes.compactMap(\.error))")
    #expect(outcomes.map(\.applied).reduce(0, +) == PostgresSchema.latestVersion)
    #expect(try version(holder) == PostgresSchema.latestVersion)
    #expect(try holder.integer("SELECT count(*) FROM setting", context: "counting") == 1)
  }

  @Test func nameSearchIndexServesPartialNames() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try PostgresSchema.migrate(connection)
    try connection.execute(
      """
      INSERT INTO resident (nik, name, kk, desa_code, dusun, rw, rt, street) VALUES
        ('3507121111110001', 'Siti Aminah', '1', '3507120001', 'Krajan', 1, 1, 'Jl. A'),
        ('3507121111110002', 'AMINUDDIN', '2', '3507120001', 'Krajan', 1, 1, 'Jl. B'),
        ('3507121111110003', 'Budi Santoso', '3', '3507120001', 'Krajan', 1, 1, 'Jl. C')
      """, context: "inserting residents")

    let search = "SELECT name FROM resident WHERE lower(name) LIKE '%amin%' ORDER BY name"
    let names = try connection.rows(search, context: "searching") {
      (row) throws(StoreError) -> String in try row.text(0)
    }
    #expect(names == ["AMINUDDIN", "Siti Aminah"])

    try connection.transaction { () throws(StoreError) in
      try connection.execute("SET LOCAL enable_seqscan = off", context: "preferring indexes")
      let plan = try connection.rows("EXPLAIN " + search, context: "explaining") {
        (row) throws(StoreError) -> String in try row.text(0)
      }
      #expect(plan.joined().contains("resident_name_search"), "plan: \(plan)")
    }
  }

  @Test func triggersIgnoreCallerSearchPath() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    try PostgresSchema.migrate(try schema.connect())
    // A connection without the test schema on its search_path names the tables in full.
    let outsider = try PostgresConnection(url: try TestServer.requiredURL())
    let prefix = try outsider.quoteIdentifier(schema.name) + "."

    try outsider.execute(
      """
      INSERT INTO \(prefix)resident (nik, name, kk, desa_code, dusun, rw, rt, street) VALUES
        ('3507121111110001', 'Siti Aminah', '1', '3507120001', 'Krajan', 1, 1, 'Jl. A');
      INSERT INTO \(prefix)request (year, serial, resident_id, desa_code, document, state,
          received_at, ready_at, delivered_at)
        VALUES (2026, 1, 1, '3507120001', 'ktp-el', 'delivered', 1798000000, 1798100000,
          1798200000)
      """, context: "writing from another search_path")

    let counts = try outsider.rows(
      "SELECT desa_code || ' ' || state || ' ' || count FROM \(prefix)request_count",
      context: "reading request_count"
    ) { (row) throws(StoreError) -> String in try row.text(0) }
    #expect(counts == ["3507120001 delivered 1"])
    let days = try outsider.rows(
      "SELECT day || ' ' || count FROM \(prefix)delivery_count", context: "reading delivery_count"
    ) { (row) throws(StoreError) -> String in try row.text(0) }
    #expect(days == ["2026-12-25 1"])
  }

  @Test func trigramExtensionElsewhereIsUsed() throws {
    // The extension exists once per database, so moving it would break the tests that
    // share the test server's database. This test has a server of its own.
    let server = try PrivateServer()
    defer { server.stop() }
    let admin = try PostgresConnection(url: server.url)
    try admin.execute(
      "CREATE SCHEMA extensions; CREATE EXTENSION pg_trgm SCHEMA extensions; CREATE SCHEMA hds",
      context: "installing pg_trgm in its own schema")
    let separator = server.url.contains("?") ? "&" : "?"
    let connection = try PostgresConnection(
      url: server.url + separator + "options=-csearch_path%3Dhds")

    try PostgresSchema.migrate(connection)

    let definition = try connection.firstRow(
      "SELECT pg_get_indexdef('hds.resident_name_search'::regclass)",
      context: "reading the index definition"
    ) { (row) throws(StoreError) -> String in try row.text(0) }
    #expect(definition?.contains("extensions.gin_trgm_ops") == true, "\(definition ?? "none")")
    let installed = try admin.rows(
      "SELECT extnamespace::regnamespace::text FROM pg_extension WHERE extname = 'pg_trgm'",
      context: "finding pg_trgm"
    ) { (row) throws(StoreError) -> String in try row.text(0) }
    #expect(installed == ["extensions"])
  }

  // MARK: Helpers

  private func version(_ connection: PostgresConnection) throws -> Int {
    Int(try connection.integer("SELECT version FROM hds_schema", context: "reading the version"))
  }

  /// Returns the id of the transaction that last wrote the `hds_schema` row.
  private func versionRowWriter(_ connection: PostgresConnection) throws -> String {
    try connection.firstRow("SELECT xmin::text FROM hds_schema", context: "reading xmin") {
      (row) throws(StoreError) -> String in try row.text(0)
    } ?? ""
  }

  private func passwordOfTestServer() throws -> String {
    try TestServer.components(of: TestServer.requiredURL()).password ?? "no password"
  }

  /// Waits up to 30 s until the two migrating connections wait for the advisory lock.
  private func waitForWaiters(_ results: MigrationResults, holder: PostgresConnection) throws {
    let deadline = Date().addingTimeInterval(30)
    while Date() < deadline {
      let processes = results.processIDs
      if processes.count == 2 {
        let waiting = try holder.integer(
          "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
            + " AND pid = ANY ($1::int[])",
          [.text("{" + processes.map(String.init).joined(separator: ",") + "}")],
          context: "counting the waiting migrations")
        if waiting == 2 { return }
      }
      Thread.sleep(forTimeInterval: 0.02)
    }
    Issue.record("the two migrations never waited for the lock together")
  }

  /// Connects, records the connection's server process, and migrates. Static, so that
  /// the closure does not capture the test.
  private static func migrateInBackground(url: String, results: MigrationResults) {
    do throws(StoreError) {
      let connection = try PostgresConnection(url: url)
      results.record(processID: connection.backendProcessID)
      let applied = try PostgresSchema.migrate(connection)
      results.record(MigrationOutcome(applied: applied, error: nil))
    } catch {
      results.record(MigrationOutcome(applied: 0, error: error))
    }
  }
}

struct MigrationOutcome: Sendable {
  let applied: Int
  let error: StoreError?
}

/// What the background migrations report, behind a lock.
final class MigrationResults: @unchecked Sendable {
  private let lock = NSLock()
  private var recordedProcessIDs: [Int32] = []
  private var recordedOutcomes: [MigrationOutcome] = []

  var processIDs: [Int32] { lock.withLock { recordedProcessIDs } }
  var outcomes: [MigrationOutcome] { lock.withLock { recordedOutcomes } }

  func record(processID: Int32) {
    lock.withLock { recordedProcessIDs.append(processID) }
  }

  func record(_ outcome: MigrationOutcome) {
    lock.withLock { recordedOutcomes.append(outcome) }
  }
}

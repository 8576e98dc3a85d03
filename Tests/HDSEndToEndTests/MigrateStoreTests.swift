// `hds migrate-store` run as the real binary against real SQLite files and the test
// PostgreSQL server: the copy, its checks, a second run, rejected targets and inputs, a
// kill in the middle, and the store's use on the server afterwards.

import Foundation
import HDSCore
import HDSStoreMove
import Testing

@testable import HDSStorePostgres
@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("hds migrate-store", .enabled(if: MoveSchema.serverURL != nil))
struct MigrateStoreTests {
  // MARK: Helpers

  /// Runs `hds migrate-store` with `arguments`, HDS_STORE removed from the environment
  /// unless `environment` sets it.
  private func move(_ arguments: [String], environment extra: [String: String] = [:]) throws
    -> ProcessOutput
  {
    var environment = ProcessInfo.processInfo.environment
    environment["HDS_STORE"] = nil
    environment.merge(extra) { $1 }
    return try ChildProcess.run(
      try HDSBinary.url(), ["migrate-store"] + arguments, environment: environment)
  }

  /// Runs `hds demo` into `name` inside `directory` with `seed`, and returns the data
  /// directory.
  private func demoStore(_ directory: TestDirectory, _ name: String = "data", seed: Int = 1)
    throws -> String
  {
    let data = directory.path(name)
    let result = try ChildProcess.run(
      try HDSBinary.url(), ["demo", "--data", data, "--seed", String(seed)])
    guard result.status == 0 else {
      throw EndToEndError.commandFailed(
        command: "hds demo", status: result.status, errorOutput: result.errorOutput)
    }
    return data
  }

  /// Returns the rows per table that the output's table lists: name to (source, target,
  /// verdict).
  private func tableLines(_ output: String) -> [String: (Int, Int, String)] {
    var result: [String: (Int, Int, String)] = [:]
    for line in output.split(separator: "\n") {
      let words = line.split(separator: " ").filter { $0 != "*" }
      guard words.count == 4, let source = Int(words[1]), let target = Int(words[2]) else {
        continue
      }
      result[String(words[0])] = (source, target, String(words[3]))
    }
    return result
  }

  /// Returns each table's rows from `connection`, as text, for comparing engines.
  private func rows(
    _ table: MoveTable, _ connection: any SQLConnection, columns: [String]
  ) throws(StoreError) -> [String] {
    let filter = table.countColumn.map { " WHERE \"\($0)\" <> 0" } ?? ""
    let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
    let order = table.key.map { "\"\($0)\"" }.joined(separator: ", ")
    return try connection.rows(
      "SELECT \(list) FROM \(table.name)\(filter) ORDER BY \(order)", context: "reading"
    ) { row in
      (0..<Int32(columns.count)).map { "\(row.value($0))" }.joined(separator: "|")
    }
  }

  /// Returns the non-generated columns of `table` in the SQLite store.
  private func columns(_ table: String, _ connection: any SQLConnection) throws(StoreError)
    -> [String]
  {
    try connection.rows(
      "SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid", [.text(table)],
      context: "reading columns"
    ) { $0.text(0) }
  }

  // MARK: The copy

  @Test("full copy matches every table and counter")
  func fullCopy() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let schema = try MoveSchema()
    defer { schema.drop() }
    let data = try demoStore(directory)

    let result = try move(["--from", data, "--to", schema.url])
    #expect(result.status == 0, "\(result.errorOutput)")
    #expect(result.output.hasPrefix("Moved \(data)/hds.sqlite into schema \(schema.name) of"))
    #expect(!result.output.contains(schema.password))
    // Progress comes at most once a second, so a small store on a loaded machine may print
    // a line or two, but never more than its tables.
    let progress = result.errorOutput.split(separator: "\n")
    #expect(progress.allSatisfy { $0.hasPrefix("hds: ") }, "\(result.errorOutput)")
    #expect(progress.count <= MoveTables.copied.count, "\(result.errorOutput)")
    let listed = tableLines(result.output)
    #expect(listed.count == MoveTables.copied.count + MoveTables.derived.count)
    for (table, figures) in listed {
      #expect(figures.0 == figures.1, "\(table)")
      #expect(figures.2 == "ok", "\(table)")
    }
    #expect((listed["request"]?.0 ?? 0) == 300)

    // Compared here independently of the program's own check: every row of every copied
    // table, and the counters' rows with a count.
    let source = try SQLiteStore(path: data + "/hds.sqlite", readOnly: true)
    let target = try PostgresStore(url: schema.url, readOnly: true, officeDirectory: data)
    for table in MoveTables.copied + MoveTables.derived {
      let names = try source.withConnection { (connection) throws(StoreError) in
        try columns(table.name, connection)
      }
      let expected = try source.withConnection { (connection) throws(StoreError) in
        try rows(table, connection, columns: names)
      }
      let actual = try target.withConnection { (connection) throws(StoreError) in
        try rows(table, connection, columns: names)
      }
      #expect(expected.count == actual.count, "\(table.name)")
      #expect(expected == actual, "\(table.name)")
      #expect(listed[table.name]?.0 == expected.count, "\(table.name)")
    }
  }

  @Test("dashboard reads equal on both stores")
  func dashboardReadsEqual() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let schema = try MoveSchema()
    defer { schema.drop() }
    let data = try demoStore(directory)
    let result = try move(["--from", data, "--to", schema.url])
    #expect(result.status == 0, "\(result.errorOutput)")

    let source = try SQLiteStore(path: data + "/hds.sqlite", readOnly: true)
    let target = try PostgresStore(url: schema.url, readOnly: true, officeDirectory: data)
    let today = CalendarDay(containing: Date())
    #expect(try source.totals(on: today) == target.totals(on: today))
    let sourceQueue = try source.pendingQueue(offset: 0, limit: 40)
    let targetQueue = try target.pendingQueue(offset: 0, limit: 40)
    #expect(sourceQueue.total == targetQueue.total)
    #expect(sourceQueue.rows == targetQueue.rows)
    #expect(try source.courierBoard(on: today) == target.courierBoard(on: today))
    #expect(try source.desaLoads(on: today) == target.desaLoads(on: today))
    #expect(try source.maxAttempts() == target.maxAttempts())

    let sqliteSummary = try ChildProcess.run(try HDSBinary.url(), ["summary", "--data", data])
    let serverSummary = try ChildProcess.run(
      try HDSBinary.url(), ["summary", "--data", data, "--store", schema.url])
    #expect(sqliteSummary.status == 0)
    #expect(serverSummary.status == 0, "\(serverSummary.errorOutput)")
    #expect(sqliteSummary.output == serverSummary.output)
  }

  @Test("second run changes nothing")
  func secondRun() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let schema = try MoveSchema()
    defer { schema.drop() }
    let data = try demoStore(directory)
    let first = try move(["--from", data, "--to", schema.url])
    #expect(first.status == 0, "\(first.errorOutput)")
    let before = try schema.fingerprint()

    // The second run takes the URL from HDS_STORE and the file itself as --from.
    let second = try move(
      ["--from", data + "/hds.sqlite"], environment: ["HDS_STORE": schema.url])
    #expect(second.status == 0, "\(second.errorOutput)")
    #expect(
      second.output.hasPrefix(
        "The store in \(data)/hds.sqlite is already in schema \(schema.name) of"))
    #expect(second.output.contains("nothing was written"))
    #expect(tableLines(second.output)["request"]?.1 == 300)
    #expect(try schema.fingerprint() == before)

    let log = try String(contentsOfFile: data + "/hds.log", encoding: .utf8)
    #expect(log.contains("migrate-store from \(data)/hds.sqlite to schema \(schema.name)"))
    #expect(log.contains("already there (2"))
    #expect(!log.contains(schema.password))
  }

  @Test("later insert on the target works")
  func laterInsert() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let schema = try MoveSchema()
    defer { schema.drop() }
    let data = try demoStore(directory)
    #expect(try move(["--from", data, "--to", schema.url]).status == 0)

    let store = try PostgresStore(url: schema.url, readOnly: false, officeDirectory: data)
    let before = try store.totals(on: CalendarDay(containing: Date())).requests
    let resident = Resident(
      nik: try NIK("3507311508909999"), name: "Warga Pindahan",
      kk: try KKNumber("3507310101209999"),
      phone: nil,
      address: Address(
        desaCode: Kromengan.kecamatan.desa[0].code,
        dusun: Kromengan.kecamatan.desa[0].dusun[0].name,
        rw: Kromengan.kecamatan.desa[0].dusun[0].rukunWarga[0].number,
        rt: Kromengan.kecamatan.desa[0].dusun[0].rukunWarga[0].rukunTetangga[0],
        street: "Jl. Baru 1"))
    let created = try store.createRequest(
      NewRequest(resident: resident, document: .kk, note: ""), by: .operator("mover"),
      at: Date())
    #expect(created.id == 301)
    #expect(try store.totals(on: CalendarDay(containing: Date())).requests == before + 1)

    let courier = try ChildProcess.run(
      try HDSBinary.url(),
      [
        "courier", "add", "--data", data, "--store", schema.url, "--name", "Kurir Baru",
        "--phone", "081234500001", "--home-desa", "Jambuwer", "--capacity", "10",
      ])
    #expect(courier.status == 0, "\(courier.errorOutput)")
    #expect(try store.couriers(includeInactive: true).map(\.id).max() == 7)
  }

  // MARK: Rejected targets

  @Test("target with another store is rejected unchanged")
  func otherStoreRejected() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let schema = try MoveSchema()
    defer { schema.drop() }
    let first = try demoStore(directory, "first", seed: 1)
    let second = try demoStore(directory, "second", seed: 2)
    #expect(try move(["--from", first, "--to", schema.url]).status == 0)
    let before = try schema.fingerprint()

    let result = try move(["--from", second, "--to", schema.url])
    #expect(result.status == 1)
    #expect(result.output.isEmpty)
    #expect(result.errorOutput.contains("schema \(schema.name) of"))
    #expect(result.errorOutput.contains("already holds a different store"))
    #expect(result.errorOutput.contains("row id 1 of table resident differs"))
    #expect(result.errorOutput.contains("Nothing was written"))
    #expect(result.errorOutput.contains("DROP SCHEMA NAME CASCADE"))
    #expect(!result.errorOutput.contains(schema.password))
    #expect(try schema.fingerprint() == before)
  }

  @Test("kecamatan another schema holds is rejected")
  func claimedKecamatanRejected() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let first = try MoveSchema()
    defer { first.drop() }
    let second = try MoveSchema()
    defer { second.drop() }
    // Kasembon, a code no other test on the shared server sets.
    var stores: [String] = []
    for (name, seed) in [("first", 1), ("second", 2)] {
      let data = try demoStore(directory, name, seed: seed)
      let set = try ChildProcess.run(
        try HDSBinary.url(), ["settings", "--data", data, "--kecamatan", "35.07.28"])
      #expect(set.status == 0, "\(set.errorOutput)")
      stores.append(data)
    }
    #expect(try move(["--from", stores[0], "--to", first.url]).status == 0)
    let before = try second.fingerprint()

    let result = try move(["--from", stores[1], "--to", second.url])
    #expect(result.status == 1)
    #expect(result.errorOutput.contains("kecamatan 35.07.28 (Kasembon)"), "\(result.errorOutput)")
    #expect(result.errorOutput.contains("is the code of schema \(first.name)"))
    #expect(result.errorOutput.contains("Nothing was written"))
    #expect(try second.fingerprint() == before)
    // The store already in its schema is still found there.
    let again = try move(["--from", stores[0], "--to", first.url])
    #expect(again.status == 0, "\(again.errorOutput)")
    #expect(again.output.contains("nothing was written"), "\(again.output)")
  }

  @Test("moved file is rejected for writing")
  func movedFileRejected() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let schema = try MoveSchema()
    defer { schema.drop() }
    let data = try demoStore(directory)
    #expect(try move(["--from", data, "--to", schema.url]).status == 0)
    let marker = try String(contentsOfFile: data + "/moved-to-server.txt", encoding: .utf8)
    #expect(marker.hasPrefix("schema \(schema.name) of"), "\(marker)")
    #expect(!marker.contains(schema.password))

    var environment = ProcessInfo.processInfo.environment
    environment["HDS_STORE"] = nil
    let hds = try HDSBinary.url()
    let write = try ChildProcess.run(
      hds, ["settings", "--data", data, "--max-attempts", "3"], environment: environment)
    #expect(write.status == 1)
    #expect(
      write.errorOutput.contains("was moved to schema \(schema.name)"), "\(write.errorOutput)")
    #expect(write.errorOutput.contains("--read-only"))
    #expect(!write.errorOutput.contains(schema.password))
    // Reading the old file still works, and so does writing through the server.
    let read = try ChildProcess.run(hds, ["settings", "--data", data], environment: environment)
    #expect(read.status == 0, "\(read.errorOutput)")
    environment["HDS_STORE"] = schema.url
    let server = try ChildProcess.run(
      hds, ["settings", "--data", data, "--max-attempts", "3"], environment: environment)
    #expect(server.status == 0, "\(server.errorOutput)")
    #expect(server.output.contains("max-attempts: 3"))
  }

  @Test("grown source is not topped up")
  func grownSourceRejected() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let schema = try MoveSchema()
    defer { schema.drop() }
    let data = try demoStore(directory)
    #expect(try move(["--from", data, "--to", schema.url]).status == 0)
    let before = try schema.fingerprint()

    // An office that goes back to its file, as the refusal's message allows, and works on.
    try FileManager.default.removeItem(atPath: data + "/moved-to-server.txt")
    let added = try ChildProcess.run(
      try HDSBinary.url(),
      [
        "courier", "add", "--data", data, "--name", "Kurir Baru", "--phone", "081234500001",
        "--home-desa", "Jambuwer", "--capacity", "10",
      ])
    #expect(added.status == 0, "\(added.errorOutput)")
    let result = try move(["--from", data, "--to", schema.url])
    #expect(result.status == 1)
    #expect(result.errorOutput.contains("it lacks row id 7 of table courier, which the source has"))
    #expect(result.errorOutput.contains("does not merge stores or top up an earlier move"))
    #expect(try schema.fingerprint() == before)
  }

  @Test("target with rows the source lacks is rejected")
  func extraTargetRowsRejected() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let schema = try MoveSchema()
    defer { schema.drop() }
    let data = try demoStore(directory)
    #expect(try move(["--from", data, "--to", schema.url]).status == 0)
    let added = try ChildProcess.run(
      try HDSBinary.url(),
      ["settings", "--data", data, "--store", schema.url, "--max-attempts", "3"])
    #expect(added.status == 0, "\(added.errorOutput)")
    let before = try schema.fingerprint()

    let result = try move(["--from", data, "--to", schema.url])
    #expect(result.status == 1)
    #expect(result.errorOutput.contains("row key 'max_attempts' of table setting differs"))
    #expect(try schema.fingerprint() == before)
  }

  // MARK: A kill in the middle

  @Test("kill mid-copy leaves target empty, rerun completes")
  func killMidCopy() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let schema = try MoveSchema()
    defer { schema.drop() }
    let data = directory.path("big")
    let bench = try HDSBinary.url().deletingLastPathComponent().appendingPathComponent("hds-bench")
    let generated = try ChildProcess.run(
      bench, ["generate", "--data", data, "--requests", "20000", "--seed", "5"])
    #expect(generated.status == 0, "\(generated.errorOutput)")

    let process = try BackgroundProcess(
      try HDSBinary.url(), ["migrate-store", "--from", data, "--to", schema.url],
      outputPath: directory.path("move.out"))
    // The first progress line, at most a second into the copy, shows that rows are going
    // in. The requests and their events, which follow the residents, take longer.
    let deadline = Date().addingTimeInterval(120)
    while !process.errorOutput.contains("hds: copying ") && process.isRunning
      && Date() < deadline
    {
      // A blocking sleep: an async one waits for a thread of Swift Testing's pool, which the
      // other tests' blocking child processes may hold for seconds, past the copy's end.
      usleep(50_000)
    }
    #expect(process.isRunning, "the move ended before the kill: \(process.errorOutput)")
    process.kill()
    #expect(try process.wait() == 128 + SIGKILL)

    // The tables were created in the killed transaction, so none is left.
    #expect(try schema.tables().isEmpty)

    let rerun = try move(["--from", data], environment: ["HDS_STORE": schema.url])
    #expect(rerun.status == 0, "\(rerun.errorOutput)")
    #expect(rerun.output.hasPrefix("Moved "))
    #expect(tableLines(rerun.output)["request"]?.1 == 20_000)
    #expect(rerun.errorOutput.contains("hds: copying request:"))
  }

  // MARK: Bad inputs

  /// Runs a move that must fail with `status` and a message that contains every one of
  /// `fragments`, and checks that the target schema is still empty.
  private func expectRejected(
    _ arguments: [String], environment: [String: String] = [:], status: Int32 = 1,
    _ fragments: [String], schema: MoveSchema, sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    let result = try move(arguments, environment: environment)
    #expect(result.status == status, "\(arguments)", sourceLocation: sourceLocation)
    #expect(result.output.isEmpty, sourceLocation: sourceLocation)
    for fragment in fragments {
      #expect(
        result.errorOutput.contains(fragment), "\(result.errorOutput)",
        sourceLocation: sourceLocation)
    }
    #expect(!result.errorOutput.contains(schema.password), sourceLocation: sourceLocation)
    #expect(try schema.tables().isEmpty, sourceLocation: sourceLocation)
  }

  @Test("bad source is rejected with its fix")
  func badSources() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let schema = try MoveSchema()
    defer { schema.drop() }
    let data = try demoStore(directory)
    let to = ["--to", schema.url]

    try expectRejected(
      ["--from", directory.path("none/hds.sqlite")] + to,
      ["--from \(directory.path("none/hds.sqlite")): no such file or directory", "pass the"],
      schema: schema)
    try FileManager.default.createDirectory(
      atPath: directory.path("empty"), withIntermediateDirectories: true)
    try expectRejected(
      ["--from", directory.path("empty")] + to,
      ["--from \(directory.path("empty")) is a directory without hds.sqlite"], schema: schema)
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path("empty")).isEmpty)

    let text = directory.path("notes.txt")
    try String(repeating: "not a database\n", count: 100).write(
      toFile: text, atomically: true, encoding: .utf8)
    try expectRejected(
      ["--from", text] + to,
      ["\(text) cannot be used as an HDS store: the file is not an SQLite database", "--from"],
      schema: schema)

    let emptyFile = directory.path("empty.sqlite")
    FileManager.default.createFile(atPath: emptyFile, contents: Data())
    try expectRejected(
      ["--from", emptyFile] + to, ["is an SQLite database without HDS tables"], schema: schema)

    let foreign = directory.path("foreign.sqlite")
    try Connection(path: foreign, readOnly: false).execute(
      "CREATE TABLE invoice (id INTEGER PRIMARY KEY)", context: "making a foreign database")
    try expectRejected(
      ["--from", foreign] + to, ["SQLite database of another program (tables invoice)"],
      schema: schema)

    // A store of schema version 5, as an hds of that time left it.
    let old = directory.path("old.sqlite")
    let oldConnection = try Connection(path: old, readOnly: false)
    try oldConnection.execute(
      "PRAGMA application_id = \(Schema.applicationID)", context: "making an old store")
    for migration in Schema.migrations.prefix(5) {
      try oldConnection.execute(migration, context: "making an old store")
    }
    try oldConnection.execute("PRAGMA user_version = 5", context: "making an old store")
    try expectRejected(
      ["--from", old] + to,
      [
        "--from \(old) has schema version 5, and this hds moves stores of version"
          + " \(Schema.latestVersion) only", "open it once read-write with this hds",
      ], schema: schema)

    let newer = directory.path("newer.sqlite")
    try FileManager.default.copyItem(atPath: data + "/hds.sqlite", toPath: newer)
    try Connection(path: newer, readOnly: false).execute(
      "PRAGMA user_version = 99", context: "making a newer store")
    try expectRejected(
      ["--from", newer] + to, ["its schema version is 99", "use a newer hds"], schema: schema)

    try expectRejected([] + to, status: 2, ["hds migrate-store needs --from"], schema: schema)
    try expectRejected(
      ["--from", data, "--data", data] + to, status: 2, ["--data does not apply"],
      schema: schema)
  }

  @Test("bad target is rejected with its fix")
  func badTargets() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let schema = try MoveSchema()
    defer { schema.drop() }
    let data = try demoStore(directory)
    let from = ["--from", data]
    let server = try #require(MoveSchema.serverURL)
    let password = schema.password

    try expectRejected(
      from, status: 2, ["needs the server's URL: --to postgresql://"], schema: schema)
    try expectRejected(
      from + ["--to", "mysql://hds:\(password)@127.0.0.1/hds"], status: 2,
      ["--to is \"mysql://hds:***@127.0.0.1/hds\", which is not a postgresql:// URL"],
      schema: schema)
    try expectRejected(
      from + ["--to", "postgresql://hds:\(password)@[::1/hds"], status: 2,
      ["--to: the PostgreSQL URL \"postgresql://hds:***@[::1/hds\" is invalid: end of string"],
      schema: schema)
    try expectRejected(
      from, environment: ["HDS_STORE": "/var/lib/hds"], status: 2,
      ["HDS_STORE is \"/var/lib/hds\", which is not a postgresql:// URL"], schema: schema)
    try expectRejected(
      from + ["--to", "postgresql://hds:\(password)@127.0.0.1:1/hds?connect_timeout=2"],
      ["postgresql://hds:***@127.0.0.1:1/hds", "connection to the PostgreSQL server failed"],
      schema: schema)
    let wrongPassword = try #require(
      URLComponents(string: server).map { components -> String? in
        var changed = components
        changed.password = "wrong-" + password
        return changed.string
      } ?? nil)
    try expectRejected(
      from + ["--to", wrongPassword + "&options=-csearch_path%3D" + schema.name],
      ["connection to the PostgreSQL server failed"], schema: schema)

    let missing = try MoveSchema(create: false)
    try expectRejected(
      from + ["--to", missing.url], ["names no existing schema"], schema: schema)

    // A schema that a newer hds made.
    let newer = try MoveSchema()
    defer { newer.drop() }
    let connection = try newer.connect()
    try PostgresSchema.migrate(connection)
    try connection.execute("UPDATE hds_schema SET version = 99", context: "making it newer")
    let before = try newer.fingerprint()
    let result = try move(from + ["--to", newer.url])
    #expect(result.status == 1)
    #expect(result.errorOutput.contains("its schema version is 99"))
    #expect(result.errorOutput.contains("use a newer hds"))
    #expect(try newer.fingerprint() == before)
  }

  // MARK: Output and bookkeeping

  @Test("help and table lists are complete")
  func helpAndTables() throws {
    let help = try ChildProcess.run(try HDSBinary.url(), ["migrate-store", "--help"])
    #expect(help.status == 0)
    #expect(help.output.hasPrefix("Usage: hds migrate-store --from FILE|DIR [--to URL]"))
    let main = try ChildProcess.run(try HDSBinary.url(), ["--help"])
    #expect(main.output.contains("hds migrate-store"))

    // Every table of a new store is copied, left to triggers or engine-own, once.
    let directory = try TestDirectory()
    defer { directory.remove() }
    let store = try SQLiteStore(path: directory.path("hds.sqlite"))
    let tables = try store.withConnection { (connection) throws(StoreError) in
      try connection.rows(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
          + " AND name NOT LIKE 'resident_name_search_%'", context: "listing tables"
      ) { $0.text(0) }
    }
    let classified =
      (MoveTables.copied + MoveTables.derived).map(\.name) + ["resident_name_search"]
    #expect(Set(tables) == Set(classified))
    #expect(classified.count == Set(classified).count)
  }
}

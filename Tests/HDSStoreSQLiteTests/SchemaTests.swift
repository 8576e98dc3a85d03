import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Opening and migrating")
struct SchemaTests {
  @Test("new file migrates to latest")
  func newFileMigrates() throws {
    let directory = try TemporaryDirectory()
    let store = try SQLiteStore(path: directory.storePath)

    #expect(try store.integers("PRAGMA user_version") == [[Int64(Schema.latestVersion)]])
    #expect(try store.integers("PRAGMA application_id") == [[Int64(Schema.applicationID)]])
    for table in Schema.tables {
      let found = try store.integers(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = '\(table)'")
      #expect(found == [[1]], "table \(table)")
    }
    #expect(try store.maxAttempts() == 2)
    #expect(try store.integrityCheck() == "ok")
  }

  @Test("pragmas are set")
  func pragmas() throws {
    let directory = try TemporaryDirectory()
    let store = try SQLiteStore(path: directory.storePath)

    #expect(try store.integers("PRAGMA foreign_keys") == [[1]])
    // synchronous NORMAL is 1.
    #expect(try store.integers("PRAGMA synchronous") == [[1]])
    let mode = try store.withConnection { (connection) throws(StoreError) in
      try connection.firstRow("PRAGMA journal_mode", context: "test") { $0.text(0) }
    }
    #expect(mode == "wal")
  }

  @Test("empty file migrates")
  func emptyFileMigrates() throws {
    let directory = try TemporaryDirectory()
    #expect(FileManager.default.createFile(atPath: directory.storePath, contents: Data()))
    let store = try SQLiteStore(path: directory.storePath)

    #expect(try store.integers("PRAGMA user_version") == [[Int64(Schema.latestVersion)]])
  }

  @Test("reopen keeps data")
  func reopenKeepsData() throws {
    let directory = try TemporaryDirectory()
    let created: DeliveryRequest
    do {
      let store = try SQLiteStore(path: directory.storePath)
      created = try store.createRequest(
        Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
      _ = try store.addCourier(Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(8))
    }

    let reopened = try SQLiteStore(path: directory.storePath)
    #expect(try reopened.requestDetail(id: created.id).request == created)
    #expect(try reopened.couriers(includeInactive: true).map(\.name) == ["Budi"])
    #expect(try reopened.eventCount() == 1)
  }

  @Test("open creates data directory 0700")
  func openCreatesDirectory() throws {
    let directory = try TemporaryDirectory()
    let data = directory.file("data/hds")
    let store = try SQLiteStore.open(dataDirectory: data, readOnly: false)

    #expect(store.path == data + "/hds.sqlite")
    #expect(FileManager.default.fileExists(atPath: store.path))
    let attributes = try FileManager.default.attributesOfItem(atPath: data)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
  }

  @Test("read-only open of missing file")
  func readOnlyMissingFile() throws {
    let directory = try TemporaryDirectory()
    let error = #expect(throws: StoreError.self) {
      try SQLiteStore.open(dataDirectory: directory.file("absent"), readOnly: true)
    }
    guard case .incompatible = error else {
      Issue.record("expected .incompatible, got \(String(describing: error))")
      return
    }
    #expect(!FileManager.default.fileExists(atPath: directory.file("absent")))
  }

  @Test("too-new version is rejected")
  func tooNewVersion() throws {
    let directory = try TemporaryDirectory()
    do {
      let store = try SQLiteStore(path: directory.storePath)
      try store.execute("PRAGMA user_version = 99")
    }

    let error = #expect(throws: StoreError.self) {
      try SQLiteStore(path: directory.storePath)
    }
    guard case .incompatible(let path, let reason) = error else {
      Issue.record("expected .incompatible, got \(String(describing: error))")
      return
    }
    #expect(path == directory.storePath)
    #expect(reason.contains("99"))
    #expect(reason.contains("up to \(Schema.latestVersion)"))
  }

  @Test("non-SQLite file is rejected unchanged")
  func notSQLite() throws {
    let directory = try TemporaryDirectory()
    let contents = Data(String(repeating: "NIK,nama,desa\n", count: 400).utf8)
    #expect(FileManager.default.createFile(atPath: directory.storePath, contents: contents))

    let error = #expect(throws: StoreError.self) {
      try SQLiteStore(path: directory.storePath)
    }
    guard case .incompatible(_, let reason) = error else {
      Issue.record("expected .incompatible, got \(String(describing: error))")
      return
    }
    #expect(reason.contains("not an SQLite database"))
    #expect(FileManager.default.contents(atPath: directory.storePath) == contents)
  }

  @Test("SQLite file of another program is rejected")
  func foreignDatabase() throws {
    let directory = try TemporaryDirectory()
    do {
      let connection = try Connection(path: directory.storePath, readOnly: false)
      try connection.execute("CREATE TABLE inventory (item TEXT)", context: "test")
    }

    let error = #expect(throws: StoreError.self) {
      try SQLiteStore(path: directory.storePath)
    }
    guard case .incompatible(_, let reason) = error else {
      Issue.record("expected .incompatible, got \(String(describing: error))")
      return
    }
    #expect(reason.contains("inventory"))
  }

  @Test("read-only open does not migrate")
  func readOnlyDoesNotMigrate() throws {
    let directory = try TemporaryDirectory()
    #expect(FileManager.default.createFile(atPath: directory.storePath, contents: Data()))

    #expect(throws: StoreError.self) {
      try SQLiteStore(path: directory.storePath, readOnly: true)
    }
    let size = try FileManager.default.attributesOfItem(atPath: directory.storePath)[.size]
    #expect((size as? NSNumber)?.intValue == 0)
  }

  @Test("open states match ComplaintState")
  func openComplaintStates() {
    let open = ComplaintState.allCases.filter(\.isOpen).map(\.rawValue)
    #expect(Set(open) == Set(HDSStoreSQL.openComplaintStates))
  }

  @Test("query plans use indexes")
  func queryPlans() throws {
    let directory = try TemporaryDirectory()
    let store = try SQLiteStore(path: directory.storePath)
    // An empty file without ANALYZE statistics is the planner's worst case for choosing
    // an index.
    for sql in SQLiteStore.indexedQueries {
      let plan = try store.withSQLite { (connection) throws(StoreError) -> [String] in
        let statement = try connection.prepareStatement(
          "EXPLAIN QUERY PLAN " + sql, context: "test")
        try statement.bind(Array(repeating: .integer(1), count: statement.parameterCount))
        var details: [String] = []
        while try statement.step() { details.append(statement.row.text(3)) }
        return details
      }
      // A SELECT of scalar subqueries alone reads one constant row, which is no table scan.
      let fullScans = plan.filter {
        $0.hasPrefix("SCAN") && !$0.contains("USING") && $0 != "SCAN CONSTANT ROW"
      }
      #expect(fullScans.isEmpty, "\(sql)\n\(plan)")
      let sorts = plan.filter { $0.contains("TEMP B-TREE FOR ORDER BY") }
      #expect(sorts.isEmpty, "sorts instead of reading in index order: \(sql)\n\(plan)")
    }
  }
}

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Schema version 6")
struct MigrationSixTests {
  @Test("version 5 file loses request_pending")
  func dropsPendingIndex() throws {
    let directory = try TemporaryDirectory()
    try writeStoreFile(
      at: directory.storePath, version: 5,
      rows: """
        INSERT INTO request (id, year, serial, resident_id, desa_code, document, state,
          attempts, received_at, ready_at)
          VALUES (1, 2026, 1, 1, '35.07.31.2001', 'ktp-el', 'ready', 0, 100, 200),
            (2, 2026, 2, 1, '35.07.31.2001', 'kk', 'in-process', 0, 50, NULL),
            (3, 2026, 3, 1, '35.07.31.2001', 'kia', 'assigned', 0, 60, 150);
        """)

    let store = try SQLiteStore(path: directory.storePath)
    #expect(try store.integers("PRAGMA user_version") == [[Int64(Schema.latestVersion)]])
    let indexes = try store.texts(
      "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'request'")
    #expect(!indexes.contains("request_pending"))
    #expect(indexes.contains("request_pending_by_age"))

    // The pending queue reads the pending requests oldest first, as before the migration.
    let page = try store.pendingQueue(offset: 0, limit: 10)
    #expect(page.total == 2)
    #expect(page.rows.map(\.number.serial) == [3, 1])
    #expect(try store.integrityCheck() == "ok")
  }
}

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQLite

@Suite("Schema version 6")
struct MigrationSixTests {
  @Test("version 5 file loses request_pending")
  func dropsPendingIndex() throws {
    let directory = try TemporaryDirectory()
    do {
      let connection = try Connection(path: directory.storePath, readOnly: false)
      try connection.execute("PRAGMA application_id = \(Schema.applicationID)", context: "test")
      for migration in Schema.migrations.prefix(5) {
        try connection.execute(migration, context: "test")
      }
      try connection.execute(
        """
        PRAGMA user_version = 5;
        INSERT INTO resident (id, nik, name, kk, desa_code, dusun, rw, rt, street)
          VALUES (1, '3507311508900001', 'Warga', '3507310101200001', '35.07.31.2001',
            'Krajan', 1, 1, 'Jl. Raya 1');
        INSERT INTO request (id, year, serial, resident_id, desa_code, document, state,
          attempts, received_at, ready_at)
          VALUES (1, 2026, 1, 1, '35.07.31.2001', 'ktp-el', 'ready', 0, 100, 200),
            (2, 2026, 2, 1, '35.07.31.2001', 'kk', 'in-process', 0, 50, NULL),
            (3, 2026, 3, 1, '35.07.31.2001', 'kia', 'assigned', 0, 60, 150);
        """, context: "test")
    }

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

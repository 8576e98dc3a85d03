// An SQLite file and a PostgreSQL schema at the same schema version, for running the
// same SQL on both engines and comparing what they store.

import Foundation
import HDSCore

@testable import HDSStorePostgres
@testable import HDSStoreSQLite

/// The rows a query returned, each column as text in the engine's text format, or nil
/// for NULL. Integer and text columns print the same on both engines.
typealias TextRows = [[String?]]

/// An SQLite store in a temporary directory and a PostgreSQL test schema, both migrated
/// to the same version. Tests call `drop()` in a `defer`.
final class TwinStores {
  let directory: TemporaryDirectory
  let sqlite: Connection
  let schema: TestSchema
  let postgres: PostgresConnection

  /// Migrates both to the latest version, SQLite through `SQLiteStore` as the program
  /// opens a file.
  convenience init() throws {
    try self.init(version: nil)
  }

  /// Migrates both to `version`, or to the latest version through `SQLiteStore` when it
  /// is nil.
  init(version: Int?) throws {
    directory = try TemporaryDirectory()
    if version == nil {
      _ = try SQLiteStore(path: directory.storePath)
    }
    sqlite = try Connection(path: directory.storePath, readOnly: false)
    try sqlite.execute("PRAGMA foreign_keys = ON", context: "enabling foreign keys")
    schema = try TestSchema()
    postgres = try schema.connect()
    if let version {
      try migrateSQLite(from: 0, to: version)
      try PostgresSchema.migrate(postgres, to: version)
    } else {
      try PostgresSchema.migrate(postgres)
    }
  }

  func drop() {
    schema.drop()
  }

  /// Runs the migrations after `version` on both, each engine in its own way.
  func migrateToLatest(from version: Int) throws {
    try migrateSQLite(from: version, to: Schema.latestVersion)
    try PostgresSchema.migrate(postgres)
  }

  private func migrateSQLite(from start: Int, to end: Int) throws {
    for index in start..<end {
      try sqlite.execute(
        "BEGIN; \(Schema.migrations[index]); PRAGMA user_version = \(index + 1); COMMIT;",
        context: "migrating the SQLite file to version \(index + 1)")
    }
  }

  /// Runs `sql` (one or more statements) on both engines, each in one transaction.
  func execute(_ sql: String) throws {
    try sqlite.execute("BEGIN; \(sql); COMMIT;", context: "running on SQLite: \(sql)")
    try postgres.execute("BEGIN; \(sql); COMMIT;", context: "running on PostgreSQL: \(sql)")
  }

  /// Runs `sql` on both engines and returns each engine's error, or nil where it
  /// succeeded. A failed statement leaves no change on either engine.
  func failures(_ sql: String) -> (sqlite: StoreError?, postgres: StoreError?) {
    let sqliteError = storeError { () throws(StoreError) in
      try sqlite.execute("SAVEPOINT attempt", context: "starting a savepoint")
      do throws(StoreError) {
        try sqlite.execute(sql, context: "running on SQLite: \(sql)")
        try sqlite.execute("RELEASE attempt", context: "releasing the savepoint")
      } catch {
        try? sqlite.execute(
          "ROLLBACK TO attempt; RELEASE attempt", context: "rolling back the savepoint")
        throw error
      }
    }
    let postgresError = storeError { () throws(StoreError) in
      try postgres.transaction { () throws(StoreError) in
        try postgres.execute(sql, context: "running on PostgreSQL: \(sql)")
      }
    }
    return (sqliteError, postgresError)
  }

  /// Returns the rows `sql` selects on each engine.
  func rows(_ sql: String) throws -> (sqlite: TextRows, postgres: TextRows) {
    let sqliteRows = try sqlite.rows(sql, context: "reading on SQLite: \(sql)") { row in
      (0..<row.columnCount).map { row.optionalText($0) }
    }
    let postgresRows = try postgres.rows(sql, context: "reading on PostgreSQL: \(sql)") {
      (row) throws(StoreError) -> [String?] in
      var columns: [String?] = []
      for column in 0..<row.columnCount {
        columns.append(try row.optionalText(column))
      }
      return columns
    }
    return (sqliteRows, postgresRows)
  }
}

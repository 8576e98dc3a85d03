import Foundation
import HDSCore
import Testing

@testable import HDSStorePostgres
@testable import HDSStoreSQLite

/// A fresh SQLite store and a freshly migrated PostgreSQL schema have the same layout.
@Suite("PostgreSQL schema layout", .enabled(if: TestServer.isConfigured))
struct PostgresSchemaLayoutTests {
  /// SQLite's FTS5 name index is a virtual table kept by these triggers on `resident`.
  /// Its PostgreSQL twin is the GIN index `resident_name_search`, which needs no trigger.
  static let nameSearchTriggers: Set = [
    "resident_name_search_insert", "resident_name_search_delete",
    "resident_name_search_update",
  ]

  @Test func migrationListsHaveSameLength() {
    #expect(
      PostgresSchema.migrations.count == Schema.migrations.count,
      "every SQLite migration needs its PostgreSQL twin in PostgresSchema.migrations")
    #expect(PostgresSchema.latestVersion == Schema.latestVersion)
    #expect(PostgresSchema.tables == Schema.tables)
  }

  @Test func layoutsAreEqual() throws {
    let directory = try TemporaryDirectory()
    _ = try SQLiteStore(path: directory.storePath)
    let sqlite = try SQLiteLayout.read(path: directory.storePath)

    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try PostgresSchema.migrate(connection)
    let postgres = try PostgresLayout.read(connection)

    #expect(postgres.keys.sorted() == sqlite.keys.sorted())
    for (table, expected) in sqlite.sorted(by: { $0.key < $1.key }) {
      guard let found = postgres[table] else { continue }
      var expectedColumns = expected.columns
      if table == "request_number_counter" {
        // `year INTEGER PRIMARY KEY` is the rowid in SQLite, but it is a year that every
        // insert names, not an id, so PostgreSQL has a plain bigint key.
        expectedColumns[0] = "year bigint not null"
      }
      #expect(found.columns == expectedColumns, "columns of \(table)")
      #expect(found.primaryKey == expected.primaryKey, "primary key of \(table)")
      #expect(found.uniqueKeys == expected.uniqueKeys, "unique keys of \(table)")
      #expect(found.foreignKeys == expected.foreignKeys, "foreign keys of \(table)")
      #expect(found.checkedColumns == expected.checkedColumns, "CHECK constraints of \(table)")

      var expectedIndexes = expected.indexes
      if table == "resident" {
        expectedIndexes["resident_name_search"] = "(expression)"
      }
      #expect(found.indexes == expectedIndexes, "indexes of \(table)")

      let expectedTriggers = expected.triggers.filter { !Self.nameSearchTriggers.contains($0.key) }
      #expect(found.triggers == expectedTriggers, "triggers of \(table)")
    }
  }

  @Test func indexMethodsAreBtreeButNameSearch() throws {
    let schema = try TestSchema()
    defer { schema.drop() }
    let connection = try schema.connect()
    try PostgresSchema.migrate(connection)

    let methods = try PostgresLayout.accessMethods(connection)
    #expect(methods["resident_name_search"] == "gin")
    let others = methods.filter { $0.key != "resident_name_search" && $0.value != "btree" }
    #expect(others.isEmpty, "indexes that are not B-trees: \(others)")
  }

  @Test func layoutReaderSeesEveryConstruct() throws {
    // Guards the readers above: a reader that returned nothing would make the layouts
    // equal trivially.
    let directory = try TemporaryDirectory()
    _ = try SQLiteStore(path: directory.storePath)
    let sqlite = try SQLiteLayout.read(path: directory.storePath)

    #expect(sqlite.count == 21)
    let request = try #require(sqlite["request"])
    #expect(request.columns.first == "id bigint not null identity")
    #expect(request.columns.contains("note text not null default ''"))
    #expect(request.uniqueKeys == ["year, serial"])
    #expect(request.foreignKeys.contains("resident_id -> resident (id)"))
    #expect(request.indexes["request_by_state_age"] == "(state, expression, id)")
    #expect(request.indexes["request_open_by_resident"] == "partial (resident_id, document)")
    #expect(request.triggers["request_count_update"] == "AFTER UPDATE OF state, desa_code WHEN")
    #expect(request.triggers["request_count_insert"] == "AFTER INSERT")
    let complaint = try #require(sqlite["complaint"])
    #expect(complaint.columns.contains("is_open bigint not null generated"))
    #expect(complaint.indexes["complaint_open_first"] == "(is_open DESC, received_at, id)")
    let courier = try #require(sqlite["courier"])
    #expect(courier.checkedColumns == ["daily_capacity", "is_active"])
    let survey = try #require(sqlite["survey_response"])
    #expect(survey.checkedColumns == (1...9).map { "u\($0)" })
    let count = try #require(sqlite["request_count"])
    #expect(count.primaryKey == ["desa_code", "state"])
    #expect(count.columns.first == "desa_code text not null")
  }
}

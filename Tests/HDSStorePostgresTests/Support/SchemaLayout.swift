// The table layout of an HDS store read back from each engine's catalog, written in one
// notation (PostgreSQL's type names), so that the layouts of both engines compare equal.

import Foundation
import HDSCore

@testable import HDSStorePostgres
@testable import HDSStoreSQLite

/// One table's layout. Every entry is text in a notation both readers produce.
struct TableLayout: Equatable {
  /// Columns in order: "name type", then " not null", " default VALUE", " identity" or
  /// " generated" where they apply.
  var columns: [String] = []
  var primaryKey: [String] = []
  /// Column lists of the UNIQUE constraints, such as "year, serial".
  var uniqueKeys: Set<String> = []
  /// "column -> table (column)" for each foreign key.
  var foreignKeys: Set<String> = []
  /// The column that each CHECK constraint tests, sorted. Every HDS CHECK tests one
  /// column, which it names first.
  var checkedColumns: [String] = []
  /// Index name to "unique partial (key, key DESC, expression)" for indexes that a
  /// CREATE INDEX made. Indexes behind PRIMARY KEY and UNIQUE are in the keys above.
  var indexes: [String: String] = [:]
  /// Trigger name to its event, such as "AFTER UPDATE OF state, desa_code" or
  /// "AFTER INSERT WHEN".
  var triggers: [String: String] = [:]
}

/// Reads CHECK constraints of either engine.
enum CheckText {
  /// Returns the first column name inside each CHECK of `definition`, such as
  /// "daily_capacity" for "CHECK (daily_capacity >= 1)" or "CHECK ((daily_capacity >= 1))".
  static func columns(in definition: String) -> [String] {
    var columns: [String] = []
    var rest = definition[...]
    while let match = rest.range(
      of: #"CHECK\s*[(\s]+[a-z_0-9]+"#, options: .regularExpression)
    {
      let text = rest[match]
      let name = text.reversed().prefix { $0.isLetter || $0.isNumber || $0 == "_" }
      columns.append(String(name.reversed()))
      rest = rest[match.upperBound...]
    }
    return columns
  }
}

/// Reads trigger definitions of either engine: both print "AFTER UPDATE OF a, b ON t"
/// and, when there is one, a WHEN clause before the body.
enum TriggerText {
  static func event(of definition: String) -> String {
    let flattened = definition.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard
      let match = flattened.range(
        of: #"(BEFORE|AFTER|INSTEAD OF) (INSERT|DELETE|UPDATE)( OF [a-z_, ]+?)? ON "#,
        options: .regularExpression)
    else { return "unreadable: \(flattened)" }
    let event = String(flattened[match].dropLast(" ON ".count))
    let rest = flattened[match.upperBound...]
    let bodyStart =
      rest.range(of: " BEGIN ")?.lowerBound ?? rest.range(of: " EXECUTE ")?.lowerBound
      ?? rest.endIndex
    let hasCondition = rest[..<bodyStart].contains(" WHEN ")
    return hasCondition ? event + " WHEN" : event
  }
}

// MARK: - SQLite

enum SQLiteLayout {
  /// Reads every table of the file at `path`, except virtual tables such as FTS5 ones and
  /// their shadow tables, which have no PostgreSQL twin table.
  static func read(path: String) throws -> [String: TableLayout] {
    let connection = try Connection(path: path, readOnly: true)
    let names = try connection.rows(
      "SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_schema"
        + " WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      context: "listing tables"
    ) { (name: $0.text(0), isVirtual: $0.int(1) == 1) }
    let virtualTables = names.filter(\.isVirtual).map(\.name)
    let tables = names.map(\.name).filter { name in
      !virtualTables.contains { name == $0 || name.hasPrefix($0 + "_") }
    }

    var layouts: [String: TableLayout] = [:]
    for table in tables {
      layouts[table] = try readTable(table, connection)
    }
    return layouts
  }

  private static func readTable(_ table: String, _ connection: Connection) throws -> TableLayout {
    var layout = TableLayout()
    let isRowidTable =
      try connection.integer(
        "SELECT NOT wr FROM pragma_table_list WHERE name = ?1", [.text(table)],
        context: "reading \(table)") == 1
    let primaryKey = try connection.rows(
      "SELECT name FROM pragma_table_info(?1) WHERE pk > 0 ORDER BY pk", [.text(table)],
      context: "reading the primary key of \(table)"
    ) { $0.text(0) }
    layout.primaryKey = primaryKey
    // `INTEGER PRIMARY KEY` in a rowid table is the rowid: the twin of an identity column.
    let rowidColumn = isRowidTable && primaryKey.count == 1 ? primaryKey[0] : nil

    layout.columns = try connection.rows(
      "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?1)"
        + " ORDER BY cid", [.text(table)], context: "reading the columns of \(table)"
    ) { row in
      let name = row.text(0)
      let type = row.text(1)
      var text = "\(name) \(postgresType(sqliteType: type))"
      // PostgreSQL makes every primary-key column NOT NULL. SQLite enforces that in
      // WITHOUT ROWID tables and for the rowid. A text key of a rowid table (setting.key)
      // would take NULL in SQLite, which HDS never writes.
      if row.int(2) == 1 || row.int(4) > 0 { text += " not null" }
      if let value = row.optionalText(3) { text += " default \(value)" }
      if name == rowidColumn && type == "INTEGER" { text += " identity" }
      if row.int(5) == 2 || row.int(5) == 3 { text += " generated" }
      return text
    }

    let keyIndexes = try connection.rows(
      "SELECT name, origin FROM pragma_index_list(?1) ORDER BY name", [.text(table)],
      context: "listing the indexes of \(table)"
    ) { (name: $0.text(0), origin: $0.text(1)) }
    for index in keyIndexes where index.origin == "u" {
      let columns = try connection.rows(
        "SELECT name FROM pragma_index_info(?1) ORDER BY seqno", [.text(index.name)],
        context: "reading index \(index.name)"
      ) { $0.text(0) }
      layout.uniqueKeys.insert(columns.joined(separator: ", "))
    }
    layout.indexes = try createdIndexes(table, connection)

    layout.foreignKeys = Set(
      try connection.rows(
        "SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?1)", [.text(table)],
        context: "reading the foreign keys of \(table)"
      ) { "\($0.text(0)) -> \($0.text(1)) (\($0.text(2)))" })

    // SQLite appends each ADD COLUMN to the table's CREATE TABLE text, so the text has
    // every CHECK.
    let tableText = try connection.firstRow(
      "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?1", [.text(table)],
      context: "reading the definition of \(table)"
    ) { $0.text(0) }
    layout.checkedColumns = CheckText.columns(in: tableText ?? "").sorted()

    let triggers = try connection.rows(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ?1",
      [.text(table)], context: "listing the triggers of \(table)"
    ) { (name: $0.text(0), sql: $0.text(1)) }
    for trigger in triggers {
      layout.triggers[trigger.name] = TriggerText.event(of: trigger.sql)
    }
    return layout
  }

  private static func createdIndexes(_ table: String, _ connection: Connection) throws
    -> [String: String]
  {
    let indexes = try connection.rows(
      "SELECT name, \"unique\", partial FROM pragma_index_list(?1) WHERE origin = 'c'",
      [.text(table)], context: "listing the indexes of \(table)"
    ) { (name: $0.text(0), isUnique: $0.int(1) == 1, isPartial: $0.int(2) == 1) }
    var described: [String: String] = [:]
    for index in indexes {
      let keys = try connection.rows(
        "SELECT name, \"desc\", coll FROM pragma_index_xinfo(?1) WHERE key = 1 ORDER BY seqno",
        [.text(index.name)], context: "reading index \(index.name)"
      ) { row -> String in
        // An expression key has no column name. A NOCASE key's twin is an expression too:
        // lower(name COLLATE "C").
        guard let name = row.optionalText(0), row.text(2) != "NOCASE" else { return "expression" }
        return row.int(1) == 1 ? name + " DESC" : name
      }
      described[index.name] = IndexText.describe(
        isUnique: index.isUnique, isPartial: index.isPartial, keys: keys)
    }
    return described
  }

  private static func postgresType(sqliteType: String) -> String {
    switch sqliteType {
    case "INTEGER": return "bigint"
    case "REAL": return "double precision"
    case "TEXT": return "text"
    default: return "unmapped \(sqliteType)"
    }
  }
}

enum IndexText {
  static func describe(isUnique: Bool, isPartial: Bool, keys: [String]) -> String {
    var text = ""
    if isUnique { text += "unique " }
    if isPartial { text += "partial " }
    return text + "(" + keys.joined(separator: ", ") + ")"
  }
}

// MARK: - PostgreSQL

enum PostgresLayout {
  /// Reads every table of the connection's current schema except `hds_schema`, the twin
  /// of SQLite's `PRAGMA user_version`.
  static func read(_ connection: PostgresConnection) throws -> [String: TableLayout] {
    let tables = try connection.rows(
      "SELECT class.relname FROM pg_class class"
        + " JOIN pg_namespace namespace ON namespace.oid = class.relnamespace"
        + " WHERE namespace.nspname = current_schema() AND class.relkind = 'r'"
        + " AND class.relname <> 'hds_schema' ORDER BY 1",
      context: "listing tables"
    ) { (row) throws(StoreError) -> String in try row.text(0) }

    var layouts: [String: TableLayout] = [:]
    for table in tables {
      layouts[table] = try readTable(table, connection)
    }
    return layouts
  }

  /// Returns the access method of each index of the current schema by name, such as
  /// "btree" or "gin".
  static func accessMethods(_ connection: PostgresConnection) throws -> [String: String] {
    let pairs = try connection.rows(
      "SELECT class.relname, method.amname FROM pg_class class"
        + " JOIN pg_am method ON method.oid = class.relam"
        + " WHERE class.relkind = 'i'"
        + " AND class.relnamespace ="
        + " (SELECT oid FROM pg_namespace WHERE nspname = current_schema())",
      context: "listing index access methods"
    ) { (row) throws(StoreError) -> (String, String) in (try row.text(0), try row.text(1)) }
    return Dictionary(uniqueKeysWithValues: pairs)
  }

  private static func readTable(_ table: String, _ connection: PostgresConnection) throws
    -> TableLayout
  {
    var layout = TableLayout()
    let context = "reading table \(table)"
    layout.columns = try connection.rows(
      "SELECT attribute.attname, format_type(attribute.atttypid, attribute.atttypmod),"
        + " attribute.attnotnull, pg_get_expr(default_value.adbin, default_value.adrelid),"
        + " attribute.attidentity, attribute.attgenerated"
        + " FROM pg_attribute attribute"
        + " LEFT JOIN pg_attrdef default_value ON default_value.adrelid = attribute.attrelid"
        + " AND default_value.adnum = attribute.attnum"
        + " WHERE attribute.attrelid = $1::regclass AND attribute.attnum > 0"
        + " AND NOT attribute.attisdropped ORDER BY attribute.attnum",
      [.text(table)], context: context
    ) { (row) throws(StoreError) -> String in
      var text = "\(try row.text(0)) \(try row.text(1))"
      if try row.text(2) == "t" { text += " not null" }
      let isGenerated = try row.text(5) == "s"
      if !isGenerated, let value = try row.optionalText(3) {
        // PostgreSQL prints a text default with its cast: ''::text.
        text += " default " + value.replacingOccurrences(of: "::text", with: "")
      }
      if try row.text(4) == "d" { text += " identity" }
      if isGenerated { text += " generated" }
      return text
    }

    layout.primaryKey = try constraintColumns(table, type: "p", connection).first ?? []
    layout.uniqueKeys = Set(
      try constraintColumns(table, type: "u", connection).map { $0.joined(separator: ", ") })
    layout.foreignKeys = Set(
      try connection.rows(
        "SELECT source.attname, constraint_row.confrelid::regclass::text, target.attname"
          + " FROM pg_constraint constraint_row"
          + " JOIN pg_attribute source ON source.attrelid = constraint_row.conrelid"
          + " AND source.attnum = constraint_row.conkey[1]"
          + " JOIN pg_attribute target ON target.attrelid = constraint_row.confrelid"
          + " AND target.attnum = constraint_row.confkey[1]"
          + " WHERE constraint_row.conrelid = $1::regclass AND constraint_row.contype = 'f'",
        [.text(table)], context: context
      ) { (row) throws(StoreError) -> String in
        "\(try row.text(0)) -> \(try row.text(1)) (\(try row.text(2)))"
      })
    layout.indexes = try createdIndexes(table, connection)
    let checks = try connection.rows(
      "SELECT pg_get_constraintdef(oid) FROM pg_constraint"
        + " WHERE conrelid = $1::regclass AND contype = 'c'",
      [.text(table)], context: context
    ) { (row) throws(StoreError) -> String in try row.text(0) }
    layout.checkedColumns = checks.flatMap { CheckText.columns(in: $0) }.sorted()

    let triggers = try connection.rows(
      "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger"
        + " WHERE tgrelid = $1::regclass AND NOT tgisinternal",
      [.text(table)], context: context
    ) { (row) throws(StoreError) -> (String, String) in (try row.text(0), try row.text(1)) }
    for (name, definition) in triggers {
      layout.triggers[name] = TriggerText.event(of: definition)
    }
    return layout
  }

  /// Returns the column lists of the table's constraints of `type` ("p" or "u").
  private static func constraintColumns(
    _ table: String, type: String, _ connection: PostgresConnection
  ) throws -> [[String]] {
    let lists = try connection.rows(
      "SELECT (SELECT string_agg(attribute.attname, ',' ORDER BY key.position)"
        + " FROM unnest(constraint_row.conkey) WITH ORDINALITY AS key (number, position)"
        + " JOIN pg_attribute attribute ON attribute.attrelid = constraint_row.conrelid"
        + " AND attribute.attnum = key.number)"
        + " FROM pg_constraint constraint_row"
        + " WHERE constraint_row.conrelid = $1::regclass AND constraint_row.contype = $2",
      [.text(table), .text(type)], context: "reading the keys of \(table)"
    ) { (row) throws(StoreError) -> String in try row.text(0) }
    return lists.map { $0.split(separator: ",").map(String.init) }
  }

  private static func createdIndexes(_ table: String, _ connection: PostgresConnection) throws
    -> [String: String]
  {
    let rows = try connection.rows(
      "SELECT class.relname, index_row.indisunique, index_row.indpred IS NOT NULL,"
        + " (SELECT string_agg("
        + " CASE WHEN key.number = 0 THEN 'expression' ELSE attribute.attname"
        + " || CASE WHEN key.option & 1 = 1 THEN ' DESC' ELSE '' END END,"
        + " ', ' ORDER BY key.position)"
        + " FROM unnest(index_row.indkey::int2[], index_row.indoption::int2[])"
        + " WITH ORDINALITY AS key (number, option, position)"
        + " LEFT JOIN pg_attribute attribute ON attribute.attrelid = index_row.indrelid"
        + " AND attribute.attnum = key.number"
        + " WHERE key.position <= index_row.indnkeyatts)"
        + " FROM pg_index index_row JOIN pg_class class ON class.oid = index_row.indexrelid"
        + " WHERE index_row.indrelid = $1::regclass"
        + " AND NOT EXISTS (SELECT FROM pg_constraint WHERE conindid = index_row.indexrelid)",
      [.text(table)], context: "listing the indexes of \(table)"
    ) { (row) throws(StoreError) -> (String, String) in
      let keys = try row.text(3).components(separatedBy: ", ")
      return (
        try row.text(0),
        IndexText.describe(
          isUnique: try row.text(1) == "t", isPartial: try row.text(2) == "t", keys: keys)
      )
    }
    return Dictionary(uniqueKeysWithValues: rows)
  }
}

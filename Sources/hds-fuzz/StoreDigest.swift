import CSQLite
import Foundation

/// A read-only SQLite connection to the store under test, for digests and the rows the
/// valid input files are made from. The store's own module keeps its connection type
/// internal, so the fuzzer opens the file itself.
final class StoreReader {
  private let handle: OpaquePointer

  init(path: String) throws(FuzzError) {
    var opened: OpaquePointer?
    let code = sqlite3_open_v2(path, &opened, SQLITE_OPEN_READONLY, nil)
    guard code == SQLITE_OK, let opened else {
      if let opened { sqlite3_close_v2(opened) }
      throw .setup("cannot open \(path) read-only: SQLite code \(code)")
    }
    handle = opened
    sqlite3_busy_timeout(handle, 5_000)
  }

  deinit {
    sqlite3_close_v2(handle)
  }

  /// Returns every row of `sql`, each column as text (nil for NULL).
  func rows(_ sql: String) throws(FuzzError) -> [[String?]] {
    var rows: [[String?]] = []
    try forEachRow(sql) { rows.append($0) }
    return rows
  }

  /// Runs `sql` and calls `body` with each row, columns as text (nil for NULL).
  func forEachRow(_ sql: String, _ body: ([String?]) -> Void) throws(FuzzError) {
    var statement: OpaquePointer?
    guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement
    else {
      throw .setup("SQLite rejected \(sql): \(String(cString: sqlite3_errmsg(handle)))")
    }
    defer { sqlite3_finalize(statement) }
    let columns = sqlite3_column_count(statement)
    while true {
      let code = sqlite3_step(statement)
      if code == SQLITE_DONE { return }
      guard code == SQLITE_ROW else {
        throw .setup("SQLite failed on \(sql): \(String(cString: sqlite3_errmsg(handle)))")
      }
      var row: [String?] = []
      for column in 0..<columns {
        row.append(sqlite3_column_text(statement, column).map { String(cString: $0) })
      }
      body(row)
    }
  }

  /// Returns the lines of `PRAGMA integrity_check`, joined: "ok" for a sound file.
  func integrityCheck() throws(FuzzError) -> String {
    try rows("PRAGMA integrity_check").map { $0.first.flatMap { $0 } ?? "" }.joined(
      separator: "\n")
  }
}

/// A summary of the store's contents, a few numbers per table: the row count, the
/// largest id, and an order-independent hash of every row's values.
///
/// Two digests are equal when no row was added, removed or changed, short of a hash
/// collision, so a rejected import must leave the digest as it was.
struct StoreDigest: Equatable {
  struct Table: Equatable {
    let name: String
    let rows: Int
    /// The largest rowid, which for the event tables is the latest event id; 0 for a
    /// table without rowid or without rows.
    let maxRowID: Int64
    let hash: UInt64
  }

  let tables: [Table]

  /// Reads every table of the store at `path`, including SQLite's full-text index.
  static func read(path: String) throws(FuzzError) -> StoreDigest {
    let reader = try StoreReader(path: path)
    let tableRows = try reader.rows(
      "SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_master"
        + " WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    var tables: [Table] = []
    for row in tableRows {
      guard let name = row[0] else { continue }
      let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      var count = 0
      var hash: UInt64 = 0
      try reader.forEachRow("SELECT * FROM \(quoted)") { values in
        count += 1
        // A wrapping sum does not depend on the order SQLite returns the rows in.
        hash &+= Self.hash(values)
      }
      var maxRowID: Int64 = 0
      if row[1] == "0" {
        maxRowID = Int64(try reader.rows("SELECT max(rowid) FROM \(quoted)")[0][0] ?? "0") ?? 0
      }
      tables.append(Table(name: name, rows: count, maxRowID: maxRowID, hash: hash))
    }
    return StoreDigest(tables: tables)
  }

  /// Returns the tables that differ between `self` and `later`, one line each.
  func differences(to later: StoreDigest) -> [String] {
    var lines: [String] = []
    let before = Dictionary(uniqueKeysWithValues: tables.map { ($0.name, $0) })
    for table in later.tables {
      guard let old = before[table.name] else {
        lines.append("\(table.name): new table")
        continue
      }
      if old != table {
        lines.append(
          "\(table.name): rows \(old.rows) → \(table.rows), max id \(old.maxRowID) →"
            + " \(table.maxRowID), content hash \(old.hash == table.hash ? "same" : "changed")")
      }
    }
    return lines
  }

  /// FNV-1a (64 bit) over the values, each followed by a separator byte and NULL marked
  /// apart from the empty text.
  private static func hash(_ values: [String?]) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for value in values {
      for byte in (value.map { "v" + $0 } ?? "n").utf8 {
        hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
      }
      hash = (hash ^ 0x1f) &* 0x100_0000_01b3
    }
    return hash
  }
}

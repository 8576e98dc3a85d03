// Reading a table in primary-key order a page at a time, on either engine, and a digest
// of the rows read.

import HDSCore
import HDSStoreSQL

/// Returns `name` as a quoted SQL identifier, which both engines read the same way.
func quoted(_ name: String) -> String {
  "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
}

/// The rows of one table in key order, read in pages of `pageSize` rows by their key
/// (keyset paging), so that a big table is never in memory whole and each page is one
/// index range on both engines.
struct RowCursor {
  let table: MoveTable
  let columns: [String]
  private let connection: any SQLConnection
  private let keyPositions: [Int]
  private let firstPageSQL: String
  private let nextPageSQL: String
  private let pageSize: Int
  private var page: [[SQLValue]] = []
  private var position = 0
  private var finished = false

  /// Selects `columns` of `table`, which must include its key columns. A counter table's
  /// rows with count 0 are left out.
  init(
    _ table: MoveTable, columns: [String], on connection: any SQLConnection, pageSize: Int
  ) throws(StoreError) {
    var positions: [Int] = []
    for key in table.key {
      guard let position = columns.firstIndex(of: key) else {
        throw .invalid("table \(table.name) has no key column \(key)")
      }
      positions.append(position)
    }
    self.table = table
    self.columns = columns
    self.connection = connection
    self.pageSize = pageSize
    keyPositions = positions

    let select =
      "SELECT " + columns.map(quoted).joined(separator: ", ") + " FROM " + quoted(table.name)
    let keys = table.key.map(quoted)
    let order = " ORDER BY " + keys.joined(separator: ", ") + " LIMIT \(pageSize)"
    let counted = table.countColumn.map { quoted($0) + " <> 0" }
    // Both engines read a row-value comparison, (a, b) > (?, ?), in key order.
    let after =
      keys.count == 1
      ? "\(keys[0]) > ?"
      : "(" + keys.joined(separator: ", ") + ") > ("
        + Array(repeating: "?", count: keys.count).joined(separator: ", ") + ")"
    firstPageSQL = select + (counted.map { " WHERE " + $0 } ?? "") + order
    nextPageSQL =
      select + " WHERE " + ([counted, after].compactMap { $0 }.joined(separator: " AND "))
      + order
  }

  /// Returns the next row, or nil after the last.
  mutating func next() throws(StoreError) -> [SQLValue]? {
    if position == page.count {
      guard !finished else { return nil }
      try readPage()
      guard !page.isEmpty else { return nil }
    }
    let row = page[position]
    position += 1
    return row
  }

  /// Returns the key of `row`, in the key's column order.
  func key(of row: [SQLValue]) -> [SQLValue] {
    keyPositions.map { row[$0] }
  }

  private mutating func readPage() throws(StoreError) {
    let sql: String
    var values: [SQLValue] = []
    if let last = page.last {
      sql = nextPageSQL
      values = key(of: last)
    } else {
      sql = firstPageSQL
    }
    let width = Int32(columns.count)
    page = try connection.rows(sql, values, context: "reading table \(table.name)") { row in
      (0..<width).map { row.value($0) }
    }
    position = 0
    finished = page.count < pageSize
  }
}

/// A running digest of rows: FNV-1a (64 bit) over each value's type and bytes. It finds
/// accidental differences, such as a value that changed type or lost digits on the way,
/// not deliberate ones.
struct RowDigest: Equatable, Sendable {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
  private(set) var rows = 0

  mutating func add(_ row: [SQLValue]) {
    for item in row {
      switch item {
      case .null:
        mix(byte: 0)
      case .integer(let number):
        mix(byte: 1)
        mix(word: UInt64(bitPattern: number))
      case .real(let number):
        mix(byte: 2)
        mix(word: number.bitPattern)
      case .text(let text):
        mix(byte: 3)
        for byte in text.utf8 { mix(byte: byte) }
        mix(byte: 0xff)
      }
    }
    mix(byte: 0x1e)
    rows += 1
  }

  private mutating func mix(byte: UInt8) {
    value = (value ^ UInt64(byte)) &* 0x100_0000_01b3
  }

  private mutating func mix(word: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) {
      mix(byte: UInt8(truncatingIfNeeded: word >> UInt64(shift)))
    }
  }
}

/// Returns whether key `left` comes before key `right` in the order both engines use:
/// integers by value, text byte by byte, NULL first.
func keyPrecedes(_ left: [SQLValue], _ right: [SQLValue]) -> Bool {
  for (a, b) in zip(left, right) where a != b {
    switch (a, b) {
    case (.null, _): return true
    case (_, .null): return false
    case (.integer(let x), .integer(let y)): return x < y
    case (.real(let x), .real(let y)): return x < y
    case (.integer(let x), .real(let y)): return Double(x) < y
    case (.real(let x), .integer(let y)): return x < Double(y)
    case (.text(let x), .text(let y)): return x.utf8.lexicographicallyPrecedes(y.utf8)
    // Both engines order numbers before text.
    case (.text, _): return false
    case (_, .text): return true
    }
  }
  return false
}

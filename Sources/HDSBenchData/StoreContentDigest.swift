import CSQLite

/// A digest of every row of every table of a store, rows ordered by all their columns, for checking that two
/// generations with the same arguments wrote the same content.
///
/// Each value enters as its SQLite type and its text form, so 1 and '1' differ. The
/// digest is FNV-1a (64 bit): it finds accidental differences, not deliberate ones.
public enum StoreContentDigest {
  /// Returns one digest per table, by table name, the FTS5 index's shadow tables
  /// included.
  public static func compute(path: String) throws(BenchDataError) -> [String: UInt64] {
    let connection = try BulkConnection(path: path, readOnly: true)
    let names = try connection.prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    var tables: [String] = []
    while try names.step() { tables.append(names.text(0)) }

    var digests: [String: UInt64] = [:]
    for table in tables {
      let quoted = "\"" + table.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      // Virtual tables and WITHOUT ROWID tables have no rowid order to rely on, so all
      // columns order every table.
      let columns = try connection.prepare("SELECT * FROM \(quoted) LIMIT 0").columnCount
      let order = (1...max(1, columns)).map(String.init).joined(separator: ", ")
      let statement = try connection.prepare("SELECT * FROM \(quoted) ORDER BY \(order)")
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      while try statement.step() {
        for column in 0..<statement.columnCount {
          let (type, bytes) = statement.columnBytes(column)
          hash = (hash ^ UInt64(UInt8(truncatingIfNeeded: type))) &* 0x100_0000_01b3
          for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
          }
          hash = (hash ^ 0x1f) &* 0x100_0000_01b3
        }
        hash = (hash ^ 0x1e) &* 0x100_0000_01b3
      }
      digests[table] = hash
    }
    return digests
  }
}

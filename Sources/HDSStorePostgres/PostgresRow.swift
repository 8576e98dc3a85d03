// The rows of a query result, read column by column from libpq's text format.

import CLibPQ
import HDSCore
import HDSStoreSQL

/// A libpq result (PGresult), freed when the last reference goes away.
final class PostgresResult {
  let handle: OpaquePointer
  /// The step that ran the query, such as "reading the queue", for the messages of
  /// failed column reads.
  let context: String

  init(handle: OpaquePointer, context: String) {
    self.handle = handle
    self.context = context
  }

  deinit {
    hds_PQclear(handle)
  }

  var rowCount: Int32 { hds_PQntuples(handle) }

  var columnCount: Int32 { hds_PQnfields(handle) }

  /// The command tag, such as "INSERT 0 1" or "UPDATE 3".
  var commandStatus: String { String(cString: hds_PQcmdStatus(handle)) }

  /// Rows that an INSERT, UPDATE, DELETE, MERGE, SELECT, MOVE, FETCH or COPY touched; 0
  /// for other commands, for which libpq returns an empty string.
  var affectedRows: Int { Int(String(cString: hds_PQcmdTuples(handle))) ?? 0 }

  func row(_ index: Int32) -> PostgresRow { PostgresRow(result: self, index: index) }
}

/// The number of rows a command changed, and its command tag.
struct PostgresCommandResult: Equatable, Sendable {
  /// The command tag, such as "INSERT 0 1" or "UPDATE 3".
  let status: String
  let affectedRows: Int
}

/// Column reads of one row of a result, by 0-based column index.
///
/// A read of the wrong type or of NULL into a non-optional value throws `.engine` naming
/// the column and the value, because it is a mistake in the query, not in the data.
struct PostgresRow {
  fileprivate let result: PostgresResult
  fileprivate let index: Int32

  var columnCount: Int32 { result.columnCount }

  func columnName(_ column: Int32) -> String {
    guard let name = hds_PQfname(result.handle, column) else { return "?" }
    return String(cString: name)
  }

  func isNull(_ column: Int32) -> Bool {
    hds_PQgetisnull(result.handle, index, column) != 0
  }

  func integer(_ column: Int32) throws(StoreError) -> Int64 {
    let text = try required(column, as: "an integer")
    guard let number = Int64(text) else { throw mismatch(column, text, expected: "an integer") }
    return number
  }

  func int(_ column: Int32) throws(StoreError) -> Int { Int(try integer(column)) }

  func optionalInteger(_ column: Int32) throws(StoreError) -> Int64? {
    try isNullInRange(column) ? nil : try integer(column)
  }

  /// Reads a float4, float8 or numeric column. Numeric values beyond a `Double`'s 15 to
  /// 17 significant digits are rounded.
  func real(_ column: Int32) throws(StoreError) -> Double {
    let text = try required(column, as: "a number")
    guard let number = Self.double(text) else { throw mismatch(column, text, expected: "a number") }
    return number
  }

  func optionalReal(_ column: Int32) throws(StoreError) -> Double? {
    try isNullInRange(column) ? nil : try real(column)
  }

  /// Reads any column in PostgreSQL's text format (a boolean as "t" or "f").
  func text(_ column: Int32) throws(StoreError) -> String {
    try required(column, as: "text")
  }

  func optionalText(_ column: Int32) throws(StoreError) -> String? {
    try isNullInRange(column) ? nil : rawText(column)
  }

  /// Returns the column as the value it holds, to bind it again unchanged. Integer
  /// columns become `.integer` and float columns `.real`. A numeric column becomes `.text`
  /// because a `Double` would round it, and every other type `.text` in its text format.
  func value(_ column: Int32) throws(StoreError) -> SQLValue {
    if try isNullInRange(column) { return .null }
    switch hds_PQftype(result.handle, column) {
    case PostgresType.int2, PostgresType.int4, PostgresType.int8, PostgresType.oid:
      return .integer(try integer(column))
    case PostgresType.float4, PostgresType.float8:
      return .real(try real(column))
    default:
      return .text(rawText(column))
    }
  }

  private func rawText(_ column: Int32) -> String {
    guard let bytes = hds_PQgetvalue(result.handle, index, column) else { return "" }
    return String(cString: bytes)
  }

  /// Whether the column is NULL; throws for a column the result does not have, for which
  /// libpq's PQgetisnull would return true.
  private func isNullInRange(_ column: Int32) throws(StoreError) -> Bool {
    guard column >= 0, column < result.columnCount else {
      throw .engine(
        code: 0,
        message: "the result has \(result.columnCount) columns, so column \(column) does not exist",
        context: result.context)
    }
    return isNull(column)
  }

  private func required(_ column: Int32, as expected: String) throws(StoreError) -> String {
    guard try !isNullInRange(column) else {
      throw .engine(
        code: 0,
        message: "column \(column) (\(columnName(column))) is NULL where \(expected) is expected;"
          + " read it as optional",
        context: result.context)
    }
    return rawText(column)
  }

  private func mismatch(_ column: Int32, _ text: String, expected: String) -> StoreError {
    .engine(
      code: 0,
      message:
        "column \(column) (\(columnName(column))) holds \"\(text)\", which is not \(expected)",
      context: result.context)
  }

  /// Parses float8 output, including PostgreSQL's "Infinity", "-Infinity" and "NaN".
  private static func double(_ text: String) -> Double? {
    switch text {
    case "Infinity": return .infinity
    case "-Infinity": return -.infinity
    case "NaN": return .nan
    default: return Double(text)
    }
  }
}

import CLibPQ
import HDSStoreSQL

/// A statement parameter (`$1`, `$2`, …) as libpq sends it: in PostgreSQL's text format.
extension SQLValue {
  /// The value in PostgreSQL's text format, or nil for NULL.
  ///
  /// Swift prints a `Double` with the fewest digits that read back as the same value,
  /// which float8 input reads exactly. Infinities and NaN get PostgreSQL's spelling.
  var parameterText: String? {
    switch self {
    case .null: return nil
    case .integer(let number): return String(number)
    case .real(let number):
      if number.isNaN { return "NaN" }
      if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
      return "\(number)"
    case .text(let text): return text
    }
  }

  /// The parameter's type: int8 and float8 for numbers. Text and NULL go as type 0
  /// (unknown), so the server infers the column's type as it does for a quoted literal.
  /// A text value can then fill a date or a boolean column.
  var parameterType: Oid {
    switch self {
    case .null, .text: return 0
    case .integer: return PostgresType.int8
    case .real: return PostgresType.float8
    }
  }
}

/// The type OIDs of PostgreSQL's built-in types that the wrapper reads or sends, as the
/// pg_type catalog lists them. Built-in OIDs are assigned when the server is built, and
/// the tests check these against the test server's catalog.
enum PostgresType {
  static let bool: Oid = 16
  static let text: Oid = 25
  static let int8: Oid = 20
  static let int2: Oid = 21
  static let int4: Oid = 23
  static let oid: Oid = 26
  static let float4: Oid = 700
  static let float8: Oid = 701
  static let numeric: Oid = 1700
}

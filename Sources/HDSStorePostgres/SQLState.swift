// PostgreSQL's five-character error codes (SQLSTATE), and which of them come from the
// connection, from a clash with another transaction or from the server's disk rather
// than from the data. Each becomes the `StoreError` a caller can act on: retry, show a
// banner, or report the message.

import HDSCore

/// A PostgreSQL error code, such as 23505 for a unique violation. The first two
/// characters are its class ("23" is integrity constraint violations). The PostgreSQL
/// manual lists the codes in appendix A, "PostgreSQL Error Codes", and its section 13.5
/// advises retrying a transaction that failed with 40001 or 40P01.
struct SQLState: Hashable, Sendable, CustomStringConvertible {
  let code: String

  /// Returns nil unless `code` is five digits or capital letters.
  init?(_ code: String) {
    let isValid = code.unicodeScalars.allSatisfy { scalar in
      ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar)
    }
    guard code.unicodeScalars.count == 5, isValid else { return nil }
    self.code = code
  }

  private init(known code: String) {
    self.code = code
  }

  static let uniqueViolation = SQLState(known: "23505")
  static let foreignKeyViolation = SQLState(known: "23503")
  static let serializationFailure = SQLState(known: "40001")
  static let deadlockDetected = SQLState(known: "40P01")
  static let lockNotAvailable = SQLState(known: "55P03")
  static let diskFull = SQLState(known: "53100")
  static let ioError = SQLState(known: "58030")
  static let dataCorrupted = SQLState(known: "XX001")
  static let indexCorrupted = SQLState(known: "XX002")
  static let readOnlyTransaction = SQLState(known: "25006")
  static let insufficientPrivilege = SQLState(known: "42501")
  static let adminShutdown = SQLState(known: "57P01")
  static let crashShutdown = SQLState(known: "57P02")
  static let cannotConnectNow = SQLState(known: "57P03")
  static let syntaxError = SQLState(known: "42601")

  /// The two-character class, such as "08" for connection exceptions.
  var errorClass: Substring { code.prefix(2) }

  /// The code packed into 30 bits, six per character, as PostgreSQL's MAKE_SQLSTATE macro
  /// (src/include/utils/elog.h) packs it. It is the `code` of a `StoreError.engine`, so
  /// that a caller can tell one SQLSTATE from another without parsing the message.
  var packed: Int32 {
    var value: Int32 = 0
    for (offset, scalar) in code.unicodeScalars.enumerated() {
      value |= ((Int32(scalar.value) - 48) & 0x3f) << (6 * offset)
    }
    return value
  }

  /// Unpacks a code made by `packed`; returns nil for a number that is not one.
  init?(packed: Int32) {
    guard packed >= 0, packed < 1 << 30 else { return nil }
    var scalars = String.UnicodeScalarView()
    for offset in 0..<5 {
      let sixBits = (packed >> (6 * offset)) & 0x3f
      guard let scalar = Unicode.Scalar(UInt32(sixBits + 48)) else { return nil }
      scalars.append(scalar)
    }
    self.init(String(scalars))
  }

  var description: String { code }
}

/// A cause behind a PostgreSQL error that is not about the data in the statement: the
/// connection, a clash with a concurrent transaction, or the server's disk.
struct PostgresProblem: Equatable {
  let failure: StorageFailure

  /// A connection that failed to open or broke.
  static let connectionLost = PostgresProblem(failure: .cannotOpen)

  private init(failure: StorageFailure) {
    self.failure = failure
  }

  /// Classifies an error. `connectionLost` is true when libpq reports the connection as
  /// broken, which it does with no SQLSTATE when the server closed the socket. Returns nil
  /// for an error about the data or the statement, such as a unique violation.
  init?(sqlState: SQLState?, connectionLost: Bool) {
    // NOTE: StoreError has no case for a lost server connection or for a transaction that
    // lost a serialization race, so they map to the nearest StorageFailure: .cannotOpen
    // and .locked. Both are distinct from every other PostgreSQL error.
    if connectionLost {
      failure = .cannotOpen
      return
    }
    guard let sqlState else { return nil }
    switch sqlState {
    case .serializationFailure, .deadlockDetected, .lockNotAvailable:
      failure = .locked
    case .diskFull:
      failure = .diskFull
    case .dataCorrupted, .indexCorrupted:
      failure = .damaged
    case .readOnlyTransaction, .insufficientPrivilege:
      failure = .notWritable
    case .ioError:
      failure = .inputOutput
    case .adminShutdown, .crashShutdown, .cannotConnectNow:
      failure = .cannotOpen
    default:
      guard sqlState.errorClass == "08" else { return nil }
      failure = .cannotOpen
    }
  }

  /// Returns the explanation and the fix, with the server's or libpq's `message`.
  func reason(message: String, sqlState: SQLState?, context: String) -> String {
    let cause =
      sqlState.map { "(PostgreSQL: \(message), SQLSTATE \($0), while \(context))" }
      ?? "(libpq: \(message), while \(context))"
    switch failure {
    case .cannotOpen:
      return "the connection to the PostgreSQL server failed \(cause). Check that the server"
        + " runs and accepts connections at the URL's host and port, and that its user and"
        + " password are right, then try again"
    case .locked:
      return "another transaction changed or locked the same rows at the same time \(cause)."
        + " No change was saved. Try again"
    case .diskFull:
      return "the PostgreSQL server's disk is full \(cause). No change was saved. Free space"
        + " on the server's disk and try again"
    case .damaged:
      return "the PostgreSQL server found damaged data \(cause). Ask the server's"
        + " administrator to check the database and restore the last good backup"
    case .notWritable:
      return "the PostgreSQL role may not make this change, or the server only reads"
        + " \(cause). Grant the role the rights it needs, or connect to the primary server"
    case .inputOutput:
      return "the PostgreSQL server failed to read or write its files \(cause). Check the"
        + " server's disk and its log"
    case .fileSizeLimit:
      return "the PostgreSQL server reached a file-size limit \(cause). Check the server's"
        + " log"
    case .outcomeUnknown:
      return "the connection to the PostgreSQL server broke while it committed the change"
        + " \(cause), so the server may or may not have saved it. Look at the data again"
        + " before repeating the change"
    }
  }

  /// Returns the `StoreError` for this problem on the server at `server` (a masked URL).
  func error(server: String, message: String, sqlState: SQLState?, context: String)
    -> StoreError
  {
    .storage(
      path: server, failure: failure,
      reason: reason(message: message, sqlState: sqlState, context: context))
  }
}

// The few places where the store's SQL differs between SQLite and PostgreSQL. Every
// other statement is written once, in the subset both engines read the same way.

/// The SQL dialect of a connection.
public enum SQLDialect: Sendable {
  case sqlite
  case postgresql

  /// Starts a transaction whose queries all see one snapshot.
  public var beginRead: String {
    switch self {
    case .sqlite: return "BEGIN DEFERRED"
    case .postgresql: return "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"
    }
  }

  /// Starts a write transaction that no other writer runs beside. SQLite takes its write
  /// lock. PostgreSQL takes a transaction-level advisory lock that every HDS writer of the
  /// schema takes first, so that each command's check of the current state and its write
  /// stay together as they do under SQLite's single writer.
  public var beginWrite: String {
    switch self {
    case .sqlite: return "BEGIN IMMEDIATE"
    case .postgresql:
      return "BEGIN ISOLATION LEVEL READ COMMITTED;"
        + " SELECT pg_advisory_xact_lock(\(Self.writeLock), hashtext(current_schema()))"
    }
  }

  /// The first key of the advisory lock of HDS writers, "HDSW" in ASCII; the second is the
  /// schema's name hashed.
  static let writeLock: Int32 = 0x4844_5357

  /// The channel PostgreSQL listeners hear every committed change on, with the HDS
  /// schema as the payload, because the channel is the database's.
  public static let changeChannel = "hds_change"

  /// Returns the WIB calendar day ("YYYY-MM-DD") of a time in unix seconds.
  func wibDay(_ seconds: String) -> String {
    switch self {
    case .sqlite: return "date(\(seconds) + 25200, 'unixepoch')"
    case .postgresql: return "wib_day(\(seconds))"
    }
  }

  /// Returns the whole number of `length` seconds in `seconds`, rounded toward zero as the
  /// schema's week counters round.
  func whole(_ seconds: String, per length: Int) -> String {
    switch self {
    case .sqlite: return "CAST(\(seconds) / \(length) AS INTEGER)"
    case .postgresql: return "trunc(\(seconds) / \(length))::bigint"
    }
  }

  /// Returns an ORDER BY term that orders `text` as SQLite's NOCASE does: ASCII letters folded,
  /// then bytes. The PostgreSQL form is the courier index's expression.
  func caseless(_ text: String) -> String {
    switch self {
    case .sqlite: return "\(text) COLLATE NOCASE"
    case .postgresql: return "lower(\(text) COLLATE \"C\")"
    }
  }

  /// Returns a condition that `name` contains the LIKE pattern in the next parameter, ASCII
  /// letters in either case, with `\` escaping `%` and `_`.
  func nameLike(_ name: String) -> String {
    switch self {
    case .sqlite: return "\(name) LIKE ? ESCAPE '\\'"
    case .postgresql: return "lower(\(name)) LIKE lower(CAST(? AS text)) ESCAPE '\\'"
    }
  }

  /// The schema of temporary tables, which belong to the connection that made them.
  var temporarySchema: String {
    switch self {
    case .sqlite: return "temp"
    case .postgresql: return "pg_temp"
    }
  }
}

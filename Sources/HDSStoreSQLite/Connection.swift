// A thin wrapper over one SQLite connection: open, prepare, bind, step and read columns.
// Every SQLite error becomes a `StoreError` that names what the store was doing. No
// SQLite type leaves this module.

import CSQLite
import HDSCore
import HDSStoreSQL

/// One open SQLite database handle.
///
/// Not thread-safe: `SQLiteStore` serialises every call with its lock, so the handle is
/// opened with `SQLITE_OPEN_NOMUTEX`.
final class Connection: SQLConnection {
  let dialect = SQLDialect.sqlite

  let path: String
  let isReadOnly: Bool
  /// The SQLite handle; only this module's wrappers use it.
  let handle: OpaquePointer
  /// The fix a damaged-file message gives for a file that is not the live store, such as
  /// a backup. Nil gives the fix for the store.
  var damagedFileAdvice: String?

  /// Opens the file; read-write opening creates it when it does not exist.
  init(path: String, readOnly: Bool) throws(StoreError) {
    self.path = path
    self.isReadOnly = readOnly
    let access = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    var opened: OpaquePointer?
    let code = sqlite3_open_v2(path, &opened, access | SQLITE_OPEN_NOMUTEX, nil)
    guard code == SQLITE_OK, let opened else {
      let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      let systemErrno = opened.map { sqlite3_system_errno($0) } ?? 0
      if let opened { sqlite3_close_v2(opened) }
      let context = "opening \(path)"
      if let problem = StorageProblem(code: code, systemErrno: systemErrno) {
        throw problem.error(path: path, message: message, context: context)
      }
      throw .engine(code: code, message: message, context: context)
    }
    handle = opened
    sqlite3_extended_result_codes(handle, 1)
  }

  deinit {
    sqlite3_close_v2(handle)
  }

  /// Makes a locked database wait up to `milliseconds` before a statement fails with
  /// SQLITE_BUSY.
  func setBusyTimeout(milliseconds: Int32) {
    sqlite3_busy_timeout(handle, milliseconds)
  }

  /// Keeps the `-wal` and `-shm` files after the last connection closes, when SQLite
  /// would otherwise delete them (SQLITE_FCNTL_PERSIST_WAL). A reader who may not write
  /// the directory cannot create them again, and SQLite cannot read a WAL store without
  /// them.
  func keepWriteAheadLogFiles() throws(StoreError) {
    var enabled: Int32 = 1
    let code = sqlite3_file_control(handle, "main", SQLITE_FCNTL_PERSIST_WAL, &enabled)
    guard code == SQLITE_OK else {
      throw error(code: code, context: "keeping the WAL files of \(path)")
    }
  }

  /// Runs one or more statements that take no parameters and return no rows.
  func execute(_ sql: String, context: String) throws(StoreError) {
    let code = sqlite3_exec(handle, sql, nil, nil, nil)
    guard code == SQLITE_OK else { throw error(code: code, context: context) }
  }

  func prepare(_ sql: String, context: String) throws(StoreError) -> any SQLStatement {
    try prepareStatement(sql, context: context)
  }

  /// Prepares `sql` as SQLite's own statement, for the calls only SQLite has.
  func prepareStatement(_ sql: String, context: String) throws(StoreError) -> Statement {
    var prepared: OpaquePointer?
    let code = sqlite3_prepare_v2(handle, sql, -1, &prepared, nil)
    guard code == SQLITE_OK, let prepared else { throw error(code: code, context: context) }
    return Statement(handle: prepared, connection: self, context: context)
  }

  /// Rows changed by the last INSERT, UPDATE or DELETE.
  var changes: Int { Int(sqlite3_changes(handle)) }

  /// Whether the connection is inside an open transaction.
  var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

  /// `PRAGMA data_version`, which changes when another connection commits.
  func otherCommits() throws(StoreError) -> Int64 {
    try integer("PRAGMA data_version", context: "reading the data version")
  }

  /// The data version with the connection's own commits: together they change with every
  /// commit to the file.
  func requestVersion(ownCommits: Int64) throws(StoreError) -> Int64 {
    (try otherCommits() << 32) &+ ownCommits
  }

  /// Turns an SQLite result code into the `StoreError` a caller can act on.
  func error(code: Int32, context: String) -> StoreError {
    let primary = code & 0xff
    // Plain SQLITE_READONLY on a connection opened read-only is a write the role may not
    // make. The extended codes (such as SQLITE_READONLY_CANTINIT) are file-system problems.
    if primary == SQLITE_READONLY && isReadOnly && code == SQLITE_READONLY {
      return .readOnly(path: path)
    }
    if primary == SQLITE_NOTADB {
      let fix =
        damagedFileAdvice
        ?? "Pass --data DIR with the directory of the store, or, when this file was the"
        + " store, move it aside and restore the last good backup with hds restore FILE"
      return .incompatible(path: path, reason: "the file is not an SQLite database. " + fix)
    }
    let message = String(cString: sqlite3_errmsg(handle))
    if let problem = StorageProblem(code: code, systemErrno: sqlite3_system_errno(handle)) {
      return problem.error(
        path: path, message: message, context: context, advice: damagedFileAdvice)
    }
    return .engine(code: code, message: message, context: context)
  }
}

/// A prepared statement. It is finalised when the last reference goes away.
final class Statement: SQLStatement {
  private let handle: OpaquePointer
  private let connection: Connection
  private let context: String

  fileprivate init(handle: OpaquePointer, connection: Connection, context: String) {
    self.handle = handle
    self.connection = connection
    self.context = context
  }

  deinit {
    sqlite3_finalize(handle)
  }

  /// Whether the statement leaves the database unchanged (sqlite3_stmt_readonly).
  var isReadOnly: Bool { sqlite3_stmt_readonly(handle) != 0 }

  /// Parameters the statement takes.
  var parameterCount: Int { Int(sqlite3_bind_parameter_count(handle)) }

  /// Makes the statement ready to run again and clears its bindings, so that a loop can
  /// prepare it once. SQLite reports the last run's error again here, which `step()`
  /// already threw, so the result is ignored.
  func reset() {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
  }

  /// Binds `values` to the parameters `?1`, `?2`, … in order.
  func bind(_ values: [SQLValue]) throws(StoreError) {
    for (offset, value) in values.enumerated() {
      let index = Int32(offset + 1)
      let code: Int32
      switch value {
      case .null: code = sqlite3_bind_null(handle, index)
      case .integer(let number): code = sqlite3_bind_int64(handle, index, number)
      case .real(let number): code = sqlite3_bind_double(handle, index, number)
      case .text(let text):
        code = sqlite3_bind_text(handle, index, text, -1, hds_sqlite_transient())
      }
      guard code == SQLITE_OK else { throw connection.error(code: code, context: context) }
    }
  }

  /// Advances to the next row; returns false when the statement has finished.
  func step() throws(StoreError) -> Bool {
    let code = sqlite3_step(handle)
    switch code {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default: throw connection.error(code: code, context: context)
    }
  }

  /// The current row; valid until the next `step()`.
  var row: any SQLRow { Row(handle: handle) }
}

/// Column reads of the current row of a statement, by 0-based column index.
struct Row: SQLRow {
  fileprivate let handle: OpaquePointer

  var columnCount: Int32 { sqlite3_column_count(handle) }

  func isNull(_ column: Int32) -> Bool {
    sqlite3_column_type(handle, column) == SQLITE_NULL
  }

  func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

  func real(_ column: Int32) -> Double { sqlite3_column_double(handle, column) }

  /// Returns the column as the value it holds, to bind it again unchanged.
  func value(_ column: Int32) -> SQLValue {
    switch sqlite3_column_type(handle, column) {
    case SQLITE_INTEGER: return .integer(integer(column))
    case SQLITE_FLOAT: return .real(real(column))
    case SQLITE_NULL: return .null
    default: return .text(text(column))
    }
  }

  /// Reads the column as text, and NULL as "".
  func text(_ column: Int32) -> String {
    guard let bytes = sqlite3_column_text(handle, column) else { return "" }
    return String(cString: bytes)
  }
}

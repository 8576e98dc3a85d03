// A minimal SQLite connection for bulk loading. HDSStoreSQLite keeps its connection type
// internal, and the store's one-transaction-per-command writes would take hours for a
// million requests, so the generator writes the rows itself through prepared statements.

import CSQLite
import Foundation

/// A reason the generator or the print-list writer stopped.
public struct BenchDataError: Error, CustomStringConvertible, Sendable {
  public let description: String

  public init(_ description: String) {
    self.description = description
  }
}

/// One SQLite handle opened read-write without a mutex, used by one thread.
final class BulkConnection {
  let handle: OpaquePointer
  let path: String

  init(path: String, readOnly: Bool = false) throws(BenchDataError) {
    self.path = path
    var opened: OpaquePointer?
    let flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
    let code = sqlite3_open_v2(path, &opened, flags | SQLITE_OPEN_NOMUTEX, nil)
    guard code == SQLITE_OK, let opened else {
      let message = opened.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory"
      if let opened { sqlite3_close_v2(opened) }
      throw BenchDataError("cannot open \(path): \(message) (SQLite code \(code))")
    }
    handle = opened
    sqlite3_busy_timeout(handle, 5_000)
  }

  deinit {
    sqlite3_close_v2(handle)
  }

  func execute(_ sql: String) throws(BenchDataError) {
    let code = sqlite3_exec(handle, sql, nil, nil, nil)
    guard code == SQLITE_OK else { throw failure(code, sql) }
  }

  func prepare(_ sql: String) throws(BenchDataError) -> BulkStatement {
    var prepared: OpaquePointer?
    let code = sqlite3_prepare_v2(handle, sql, -1, &prepared, nil)
    guard code == SQLITE_OK, let prepared else { throw failure(code, sql) }
    return BulkStatement(handle: prepared, connection: self, sql: sql)
  }

  /// Returns the first column of the first row of `sql` as text, nil for NULL or no row.
  func text(_ sql: String) throws(BenchDataError) -> String? {
    let statement = try prepare(sql)
    guard try statement.step() else { return nil }
    return statement.optionalText(0)
  }

  func integer(_ sql: String) throws(BenchDataError) -> Int64 {
    let statement = try prepare(sql)
    guard try statement.step() else { return 0 }
    return statement.integer(0)
  }

  func failure(_ code: Int32, _ sql: String) -> BenchDataError {
    let message = String(cString: sqlite3_errmsg(handle))
    let head = sql.split(separator: "\n").first.map(String.init) ?? sql
    return BenchDataError("SQLite failed on \(head) in \(path): \(message) (code \(code))")
  }
}

/// A prepared statement: bind by 1-based index, then `run()` or `step()`.
final class BulkStatement {
  private let handle: OpaquePointer
  private unowned let connection: BulkConnection
  private let sql: String

  fileprivate init(handle: OpaquePointer, connection: BulkConnection, sql: String) {
    self.handle = handle
    self.connection = connection
    self.sql = sql
  }

  deinit {
    sqlite3_finalize(handle)
  }

  func bind(_ index: Int32, _ value: Int) {
    sqlite3_bind_int64(handle, index, Int64(value))
  }

  func bind(_ index: Int32, _ value: Int64) {
    sqlite3_bind_int64(handle, index, value)
  }

  func bind(_ index: Int32, _ value: Double) {
    sqlite3_bind_double(handle, index, value)
  }

  func bind(_ index: Int32, _ value: String) {
    sqlite3_bind_text(handle, index, value, -1, hds_sqlite_transient())
  }

  func bind(_ index: Int32, _ value: Int?) {
    if let value { bind(index, value) } else { sqlite3_bind_null(handle, index) }
  }

  func bind(_ index: Int32, _ value: Double?) {
    if let value { bind(index, value) } else { sqlite3_bind_null(handle, index) }
  }

  func bind(_ index: Int32, _ value: String?) {
    if let value { bind(index, value) } else { sqlite3_bind_null(handle, index) }
  }

  /// Runs the statement to its end and makes it ready for the next bindings.
  func run() throws(BenchDataError) {
    defer {
      sqlite3_reset(handle)
      sqlite3_clear_bindings(handle)
    }
    while true {
      let code = sqlite3_step(handle)
      if code == SQLITE_DONE { return }
      guard code == SQLITE_ROW else { throw connection.failure(code, sql) }
    }
  }

  /// Advances to the next row; false at the end.
  func step() throws(BenchDataError) -> Bool {
    let code = sqlite3_step(handle)
    switch code {
    case SQLITE_ROW: return true
    case SQLITE_DONE: return false
    default: throw connection.failure(code, sql)
    }
  }

  func reset() {
    sqlite3_reset(handle)
    sqlite3_clear_bindings(handle)
  }

  var columnCount: Int32 { sqlite3_column_count(handle) }

  func integer(_ column: Int32) -> Int64 { sqlite3_column_int64(handle, column) }

  func text(_ column: Int32) -> String {
    sqlite3_column_text(handle, column).map { String(cString: $0) } ?? ""
  }

  func optionalText(_ column: Int32) -> String? {
    sqlite3_column_text(handle, column).map { String(cString: $0) }
  }

  /// Returns the raw bytes of a column's text form and its type, for digests.
  func columnBytes(_ column: Int32) -> (type: Int32, bytes: UnsafeRawBufferPointer) {
    let type = sqlite3_column_type(handle, column)
    guard type != SQLITE_NULL, let text = sqlite3_column_text(handle, column) else {
      return (type, UnsafeRawBufferPointer(start: nil, count: 0))
    }
    let length = Int(sqlite3_column_bytes(handle, column))
    return (type, UnsafeRawBufferPointer(start: text, count: length))
  }
}

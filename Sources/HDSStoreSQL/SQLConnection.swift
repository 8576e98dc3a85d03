// The engine interface of `SQLStore`: statements with parameters, rows of
// columns, transactions and a way to notice other connections' commits. SQLite and
// PostgreSQL each implement it in their own module; no engine type enters this one.

import HDSCore

/// A value bound to a statement parameter.
public enum SQLValue: Equatable, Sendable {
  case null
  case integer(Int64)
  case real(Double)
  case text(String)

  public static func integer(_ value: Int) -> SQLValue { .integer(Int64(value)) }

  public static func optionalText(_ value: String?) -> SQLValue {
    value.map(SQLValue.text) ?? .null
  }

  public static func optionalInteger(_ value: Int64?) -> SQLValue {
    value.map(SQLValue.integer) ?? .null
  }
}

/// Column reads of the current row of a statement, by 0-based column index.
///
/// The reads convert as SQLite's column functions do: NULL reads as 0 or "", and a
/// column read as another type than it holds is converted rather than rejected. The
/// store's queries read each column as the type its schema gives it.
public protocol SQLRow {
  var columnCount: Int32 { get }
  func isNull(_ column: Int32) -> Bool
  func integer(_ column: Int32) -> Int64
  func real(_ column: Int32) -> Double
  /// Reads the column as text, and NULL as "".
  func text(_ column: Int32) -> String
  /// Returns the column as the value it holds, to bind it again unchanged.
  func value(_ column: Int32) -> SQLValue
}

extension SQLRow {
  public func int(_ column: Int32) -> Int { Int(integer(column)) }

  public func optionalInteger(_ column: Int32) -> Int64? {
    isNull(column) ? nil : integer(column)
  }

  public func optionalReal(_ column: Int32) -> Double? {
    isNull(column) ? nil : real(column)
  }

  public func optionalText(_ column: Int32) -> String? {
    isNull(column) ? nil : text(column)
  }
}

/// A statement prepared once and run any number of times, each time with new values.
public protocol SQLStatement: AnyObject {
  /// Binds `values` to the parameters `?1`, `?2`, … in order.
  func bind(_ values: [SQLValue]) throws(StoreError)
  /// Advances to the next row; returns false when the statement has finished.
  func step() throws(StoreError) -> Bool
  /// The current row; valid until the next `step()`.
  var row: any SQLRow { get }
  /// Whether the statement leaves the database unchanged.
  var isReadOnly: Bool { get }
  /// Makes the statement ready to run again and clears its bindings.
  func reset()
}

/// One open connection to a database.
///
/// Statements are written in SQLite's dialect with `?` and `?N` parameters. An engine
/// with another dialect translates the parameters, and `dialect` gives the parts it
/// spells differently. Not thread-safe: `SQLStore` serialises every call.
public protocol SQLConnection: AnyObject {
  var dialect: SQLDialect { get }
  /// Runs one or more statements that take no parameters and return no rows.
  func execute(_ sql: String, context: String) throws(StoreError)
  func prepare(_ sql: String, context: String) throws(StoreError) -> any SQLStatement
  /// Rows changed by the last INSERT, UPDATE or DELETE.
  var changes: Int { get }
  /// Whether the connection is inside an open transaction.
  var isInTransaction: Bool { get }
  /// Returns a number that changes when another connection commits a change. A
  /// connection's own commits need not change it.
  func otherCommits() throws(StoreError) -> Int64
  /// Returns a number that tells the requests a read transaction sees apart: inside one,
  /// equal numbers mean the same requests. `ownCommits` counts this connection's commits,
  /// for an engine whose number leaves them out.
  func requestVersion(ownCommits: Int64) throws(StoreError) -> Int64
  /// Runs `body` in one transaction and commits it, or rolls it back when `body` throws.
  /// A read sees one snapshot. A write runs while no other writer of the store does
  /// (`SQLDialect.beginWrite`).
  func transaction<T>(writing: Bool, _ body: () throws(StoreError) -> T) throws(StoreError) -> T
}

extension SQLConnection {
  /// Runs one statement that returns no rows, or whose rows are not needed.
  public func run(_ sql: String, _ values: [SQLValue] = [], context: String) throws(StoreError) {
    let statement = try prepare(sql, context: context)
    try statement.bind(values)
    while try statement.step() {}
  }

  /// Runs one statement and decodes each row it returns.
  public func rows<T>(
    _ sql: String, _ values: [SQLValue] = [], context: String,
    _ decode: (any SQLRow) throws(StoreError) -> T
  ) throws(StoreError) -> [T] {
    let statement = try prepare(sql, context: context)
    try statement.bind(values)
    var result: [T] = []
    while try statement.step() {
      result.append(try decode(statement.row))
    }
    return result
  }

  /// Runs one statement and decodes its first row, or returns nil when it returns none.
  public func firstRow<T>(
    _ sql: String, _ values: [SQLValue] = [], context: String,
    _ decode: (any SQLRow) throws(StoreError) -> T
  ) throws(StoreError) -> T? {
    let statement = try prepare(sql, context: context)
    try statement.bind(values)
    guard try statement.step() else { return nil }
    let result = try decode(statement.row)
    // An INSERT … RETURNING can fail after its first row, for example on a full disk.
    // SQLite then reports the error only to the next step, which finalising ignores.
    if !statement.isReadOnly {
      while try statement.step() {}
    }
    return result
  }

  /// Returns the first column of the first row as an integer; 0 when there is no row or
  /// the value is NULL, which is what COUNT and SUM queries need.
  public func integer(_ sql: String, _ values: [SQLValue] = [], context: String)
    throws(StoreError) -> Int64
  {
    try firstRow(sql, values, context: context) { $0.integer(0) } ?? 0
  }

  /// Runs `body` in the dialect's read or write transaction.
  public func transaction<T>(writing: Bool, _ body: () throws(StoreError) -> T)
    throws(StoreError) -> T
  {
    try transaction(
      writing ? dialect.beginWrite : dialect.beginRead,
      context: writing ? "a write transaction" : "a read transaction", body)
  }

  /// Runs `body` between `begin` and COMMIT, and rolls back when it throws.
  public func transaction<T>(
    _ begin: String, context: String, _ body: () throws(StoreError) -> T
  ) throws(StoreError) -> T {
    try execute(begin, context: "starting \(context)")
    do throws(StoreError) {
      let result = try body()
      try execute("COMMIT", context: "committing \(context)")
      return result
    } catch {
      // A failed COMMIT can leave the transaction open; ROLLBACK then ends it. When the
      // engine already rolled back, ROLLBACK fails harmlessly, so its own error is ignored.
      if isInTransaction {
        try? execute("ROLLBACK", context: "rolling back \(context)")
      }
      throw error
    }
  }
}

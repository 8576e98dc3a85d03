// The `Store` written once in SQL for every engine: SQLiteStore (one file per
// kecamatan) and PostgresStore (one server for the kabupaten) are this class over their
// own connection.

import Foundation
import HDSCore

/// A `Store` over one connection to an SQL database.
///
/// `@unchecked Sendable` because a connection is not thread-safe by itself: every method
/// takes `lock` before it touches `connection`, so calls from any thread are serialised.
/// Other processes are kept in step by the engine: every command runs in a write
/// transaction that no other writer runs beside (`SQLDialect.beginWrite`), and every
/// read runs in a transaction that sees one snapshot.
open class SQLStore: Store, @unchecked Sendable {
  /// The store's place, for messages: the file, or the server's URL without a password.
  public let path: String
  public let isReadOnly: Bool
  /// The office's data directory, which holds its `road-distances.csv`.
  public let officeDirectory: String

  private let lock = NSLock()
  private let connection: any SQLConnection
  let decoder: RowDecoder
  let dialect: SQLDialect
  /// Transactions this connection committed, for `changeToken()`.
  package private(set) var ownCommits: Int64 = 0
  /// Known places of rows in queue orders; only used under `lock`.
  let queueAnchors = QueueAnchors()
  /// The parsed region file of the store's kecamatan, kept while its digest stays.
  let regionCache = RegionCache()

  /// Wraps an open connection whose schema is current. `path` names the store in
  /// messages.
  package init(
    connection: any SQLConnection, path: String, readOnly: Bool, officeDirectory: String
  ) {
    self.connection = connection
    self.path = path
    self.officeDirectory = officeDirectory
    self.isReadOnly = readOnly
    self.dialect = connection.dialect
    self.decoder = RowDecoder(path: path)
  }

  // MARK: Serialised access

  /// Runs `body` with the connection while holding the lock.
  package func withConnection<T>(_ body: (any SQLConnection) throws(StoreError) -> T)
    throws(StoreError) -> T
  {
    lock.lock()
    defer { lock.unlock() }
    return try body(connection)
  }

  /// Runs `body` in a read transaction, so that its queries see one snapshot.
  package func read<T>(_ body: (any SQLConnection) throws(StoreError) -> T) throws(StoreError)
    -> T
  {
    try withConnection { (connection) throws(StoreError) -> T in
      try connection.transaction(writing: false) { () throws(StoreError) -> T in
        try body(connection)
      }
    }
  }

  /// Runs `body` as one write transaction, rolled back when anything in it throws. Throws
  /// `.readOnly` on a read-only store before touching it.
  package func write<T>(_ body: (any SQLConnection) throws(StoreError) -> T) throws(StoreError)
    -> T
  {
    guard !isReadOnly else { throw .readOnly(path: path) }
    return try withConnection { (connection) throws(StoreError) -> T in
      let result = try connection.transaction(writing: true) { () throws(StoreError) -> T in
        try body(connection)
      }
      ownCommits += 1
      return result
    }
  }

  /// Forgets the known places of rows in queue orders. Only for a store whose connection
  /// now reads another schema, where the same version would name other rows; call it
  /// inside `withConnection`.
  package func forgetQueuePositions() {
    queueAnchors.removeAll()
  }

  // MARK: Change detection

  /// Combines the connection's count of other connections' commits with its own commit
  /// count, because an engine need not count a connection's own commits.
  public func changeToken() throws(StoreError) -> Int64 {
    try withConnection { (connection) throws(StoreError) -> Int64 in
      let others = try connection.otherCommits()
      return (others << 32) &+ (ownCommits & 0xffff_ffff)
    }
  }

  /// Returns the other stores of the same database that claim kecamatan `code`, by name,
  /// read on `connection` inside the caller's transaction. A file contains one store, so
  /// SQLite returns none, and PostgreSQL lists the other HDS schemas.
  open func otherStores(claiming code: KecamatanCode, _ connection: any SQLConnection)
    throws(StoreError) -> [String]
  {
    []
  }

  /// Returns the number of request events stored, for tests and `hds` checks.
  public func eventCount() throws(StoreError) -> Int {
    try withConnection { (connection) throws(StoreError) -> Int in
      Int(try connection.integer("SELECT count(*) FROM request_event", context: "counting events"))
    }
  }
}

// The PostgreSQL side of `hds migrate-store`: one write transaction that creates or
// migrates the HDS schema and fills it, so that a failed or killed move leaves the
// schema as it was.

import Foundation
import HDSCore
import HDSStoreSQL

/// The HDS schema that `hds migrate-store` moves an SQLite store into: the first schema
/// of the URL's search_path.
///
/// Unlike `PostgresStore`, opening it writes nothing. The schema is created or migrated
/// inside `write`'s transaction, together with the rows.
public final class PostgresMoveTarget {
  private let connection: PostgresConnection
  private let statements: PostgresStoreConnection

  /// The schema's name, as `current_schema()` returns it.
  public let schema: String
  /// "schema NAME of URL" with the URL's password masked, for messages and the log.
  public let location: String
  /// The schema version when the connection opened: 0 for a schema without HDS tables.
  public let version: Int

  /// Returns `url` with its password replaced by `***`, for messages and logs about a URL
  /// that may not even parse.
  public static func masked(_ url: String) -> String { PostgresURL.mask(url) }

  /// The schema version this program writes.
  public static var latestVersion: Int { PostgresSchema.latestVersion }

  /// Connects to `url` and checks the database and the schema without writing.
  ///
  /// Throws `.invalid` for a malformed URL, and `.storage(…, .cannotOpen, …)` when the
  /// server cannot be reached. Throws `.incompatible` for a database whose text order is
  /// not bytewise, a search_path that names no existing schema, a schema of a newer
  /// version, and one with another program's tables. No message contains the password.
  public init(url: String) throws(StoreError) {
    let connection = try PostgresConnection(url: url)
    try PostgresStore.requireByteOrder(connection, location: connection.url.masked)
    version = try PostgresSchema.check(connection)
    statements = try PostgresStoreConnection(connection, readOnly: false)
    self.connection = connection
    schema = statements.schema
    location = "schema \(statements.schema) of \(connection.url.masked)"
  }

  /// Returns the other HDS schemas of the database that claim kecamatan `code`, read on
  /// `connection` inside `write`'s transaction.
  public func otherSchemas(claiming code: KecamatanCode, _ connection: any SQLConnection)
    throws(StoreError) -> [String]
  {
    try PostgresStore.claimingSchemas(code, connection, quoting: self.connection, path: location)
      .filter { $0 != schema }
  }

  /// Runs `body` in one READ COMMITTED transaction under the store's write lock
  /// (`SQLDialect.beginWrite`), after running the migrations the schema lacks in the
  /// same transaction. Commits when `body` returns, and rolls everything back when it
  /// throws.
  ///
  /// The connection that `body` gets takes statements in SQLite's spelling, as
  /// `SQLStore`'s do. Every open dashboard of the schema hears of the commit through
  /// `SQLDialect.changeChannel`. When the connection breaks during COMMIT, the error is
  /// `.storage(…, .outcomeUnknown, …)`.
  public func write<T>(_ body: (any SQLConnection) throws(StoreError) -> T) throws(StoreError)
    -> T
  {
    let context = "the move's write transaction"
    try connection.execute(
      SQLDialect.postgresql.beginWrite, context: "starting \(context) and taking the write lock")
    do throws(StoreError) {
      try PostgresSchema.migrateInOpenTransaction(connection)
      let result = try body(statements)
      try connection.run(
        "SELECT pg_notify($1, current_schema())", [.text(SQLDialect.changeChannel)],
        context: "announcing the change")
      try connection.commit()
      return result
    } catch {
      if connection.isConnected && connection.isInTransaction {
        try? connection.execute("ROLLBACK", context: "rolling back \(context)")
      }
      throw error
    }
  }
}

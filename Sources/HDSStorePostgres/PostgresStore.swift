// The PostgreSQL implementation of `Store`: one server database for the whole
// kabupaten, shared by the hds processes of every kecamatan office and Dukcapil.

import Foundation
import HDSCore
import HDSStoreSQL

/// A `Store` kept in a PostgreSQL database, in the first schema of the URL's search_path.
///
/// Writers take one advisory lock per HDS schema (`SQLDialect.beginWrite`), so commands
/// run one after another as they do on SQLite, and readers never wait for them.
public final class PostgresStore: SQLStore, @unchecked Sendable {
  /// The libpq connection `SQLStore` serialises; use it only inside `withConnection`.
  let postgres: PostgresStoreConnection

  /// Returns the message that explains why `url` is not a valid PostgreSQL URL and how to
  /// write it, without its password, or nil when it is one. The check reads the URL only
  /// and connects to nothing.
  public static func urlProblem(_ url: String) -> String? {
    let parsed: PostgresURL
    do {
      parsed = try PostgresURL(url)
    } catch {
      guard case .invalid(let message) = error else { return error.description }
      return message
    }
    return PostgresConnection.syntaxProblem(in: parsed).map {
      PostgresConnection.invalidURLMessage(parsed, $0)
    }
  }

  /// Returns whether `error` means that the URL itself is invalid: malformed, or with a
  /// parameter value libpq rejects on connecting, such as `sslmode=bogus`. The caller then
  /// requests a corrected URL instead of a running server.
  public static func isURLProblem(_ error: StoreError) -> Bool {
    guard case .invalid(let message) = error else { return false }
    return message.hasPrefix(PostgresConnection.invalidURLPrefix)
  }

  /// Connects to the database at `url` (postgresql://…), creating and migrating the HDS
  /// schema when it is new or older than this program.
  ///
  /// `officeDirectory` is the office's data directory, which holds its
  /// `road-distances.csv`. A read-only store never migrates, and every command on it
  /// throws `.readOnly`.
  /// Throws `.invalid` for a malformed URL, `.storage(…, .cannotOpen, …)` when the server
  /// cannot be reached, and `.incompatible` for a database whose text order is not
  /// bytewise or a schema this program cannot use. No message holds the password.
  public init(url: String, readOnly: Bool = false, officeDirectory: String) throws(StoreError) {
    let connection = try PostgresConnection(url: url)
    let location = connection.url.masked
    try Self.requireByteOrder(connection, location: location)
    if readOnly {
      let version = try PostgresSchema.check(connection)
      guard version == PostgresSchema.latestVersion else {
        guard version == 0 else {
          throw .incompatible(
            path: location,
            reason: "it has schema version \(version) and this program needs version"
              + " \(PostgresSchema.latestVersion); a read-only connection cannot migrate it, so"
              + " open it once with its office's role (hds without --read-only), or use the HDS"
              + " version that matches it")
        }
        // A viewer pointed at the database rather than at a kecamatan's schema lands here.
        // Creating a store in that schema would only add a second Kromengan.
        throw .incompatible(
          path: location,
          reason: "its search_path names no HDS store: name a kecamatan's schema in the URL"
            + " (options=-csearch_path%3DSCHEMA, then K in the dashboard switches between"
            + " kecamatan), or move an office's store into this schema with hds migrate-store")
      }
    } else {
      try PostgresSchema.migrate(connection)
    }
    postgres = try PostgresStoreConnection(connection, readOnly: readOnly)
    super.init(
      connection: postgres, path: location, readOnly: readOnly, officeDirectory: officeDirectory)
  }

  /// Checks that the database compares text byte by byte, as SQLite does. NIK and phone
  /// prefix searches read ranges of text, and a store moved from SQLite must keep its
  /// queue orders and counters.
  static func requireByteOrder(_ connection: PostgresConnection, location: String)
    throws(StoreError)
  {
    let settings = try connection.firstRow(
      """
      SELECT datcollate, pg_encoding_to_char(encoding) FROM pg_database
      WHERE datname = current_database()
      """, context: "reading the database's collation"
    ) { (row) throws(StoreError) -> (String, String) in (try row.text(0), try row.text(1)) }
    guard let (collation, encoding) = settings else { return }
    guard ["C", "POSIX", "C.UTF-8", "C.utf8"].contains(collation) && encoding == "UTF8" else {
      throw .incompatible(
        path: location,
        reason: "the database has collation \(collation) and encoding \(encoding), and HDS"
          + " needs collation C and encoding UTF8 so that text sorts byte by byte as on SQLite;"
          + " create it with CREATE DATABASE … TEMPLATE template0 ENCODING 'UTF8' LOCALE 'C'")
    }
  }

  /// Lists the other HDS schemas of the database that claim `code`, among those the role
  /// may read.
  public override func otherStores(claiming code: KecamatanCode, _ connection: any SQLConnection)
    throws(StoreError) -> [String]
  {
    try claimingSchemas(code, connection).filter { $0 != postgres.schema }
  }
}

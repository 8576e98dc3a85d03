import Foundation
import HDSCore

@testable import HDSStorePostgres

/// A schema of its own on the test server (HDS_TEST_POSTGRES_URL, which `bash .ci/test`
/// sets) for one `hds migrate-store` test. Tests call `drop()` in a `defer`.
final class MoveSchema {
  static let serverURL: String? = {
    let value = ProcessInfo.processInfo.environment["HDS_TEST_POSTGRES_URL"] ?? ""
    return value.isEmpty ? nil : value
  }()

  let name: String
  /// The server's URL with the schema as its search_path.
  let url: String
  private let server: String

  /// Creates the schema, unless `create` is false, for a test of a schema that does not
  /// exist.
  init(create: Bool = true) throws {
    guard let server = Self.serverURL else {
      throw EndToEndError.commandFailed(
        command: "connecting to the test server", status: -1,
        errorOutput: "HDS_TEST_POSTGRES_URL is not set; run the tests with bash .ci/test")
    }
    self.server = server
    name = "move_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    url = server + (server.contains("?") ? "&" : "?") + "options=-csearch_path%3D" + name
    if create {
      try PostgresConnection(url: server).execute(
        "CREATE SCHEMA \(name)", context: "creating the test schema")
    }
  }

  func connect() throws -> PostgresConnection {
    try PostgresConnection(url: url)
  }

  func drop() {
    guard let admin = try? PostgresConnection(url: server) else { return }
    try? admin.execute("DROP SCHEMA IF EXISTS \(name) CASCADE", context: "dropping \(name)")
  }

  /// The password of the server's URL, which no output may show.
  var password: String {
    URLComponents(string: server)?.password ?? "password-not-found"
  }

  /// Returns the schema's tables.
  func tables() throws -> [String] {
    try connect().rows(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY 1",
      [.text(name)], context: "listing tables"
    ) { (row) throws(StoreError) -> String in try row.text(0) }
  }

  /// Returns the rows of every table of the schema as one text per table, and the next
  /// value of every sequence, to tell whether anything in the schema changed.
  func fingerprint() throws -> [String: String] {
    let connection = try connect()
    var result: [String: String] = [:]
    for table in try tables() {
      result[table] =
        try connection.firstRow(
          "SELECT coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') || ' '"
            + " || count(*) FROM \(name).\(table) t", context: "reading \(table)"
        ) { (row) throws(StoreError) -> String in try row.text(0) } ?? ""
    }
    let sequences = try connection.rows(
      "SELECT sequencename, coalesce(last_value, 0) FROM pg_sequences WHERE schemaname = $1",
      [.text(name)], context: "reading sequences"
    ) { (row) throws(StoreError) -> (String, String) in (try row.text(0), try row.text(1)) }
    for (sequence, value) in sequences {
      result["sequence " + sequence] = value
    }
    return result
  }
}

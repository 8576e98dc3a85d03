// The kabupaten's view of a PostgreSQL database: every kecamatan's HDS schema and its
// code, and the switch between them for Dukcapil's read-only viewer. The figures of each
// schema are read in PostgresStore+KabupatenFigures.swift.

import Foundation
import HDSCore
import HDSStoreSQL

extension PostgresStore: KabupatenStore {
  /// The HDS schema version this program reads and writes.
  public static var schemaVersion: Int { PostgresSchema.latestVersion }

  /// Schemas that hold `hds_schema` and `setting`, both readable by the role: every
  /// version of the HDS schema has them. A schema the role may not read is left out, as
  /// if absent. The second column counts the tables of the figures that the role may read
  /// there: the counter tables and `request`, whose pending rows give the overdue count.
  static let readableSchemasSQL = """
    SELECT n.nspname,
      (SELECT count(*) FROM pg_catalog.pg_class t
        WHERE t.relnamespace = n.oid AND t.relkind IN ('r', 'p')
          AND t.relname IN ('request_count', 'delivery_count', 'complaint_count', 'request')
          AND has_table_privilege(t.oid, 'SELECT'))
    FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relname = 'hds_schema' AND c.relkind IN ('r', 'p')
      AND has_schema_privilege(n.oid, 'USAGE') AND has_table_privilege(c.oid, 'SELECT')
      AND EXISTS (
        SELECT 1 FROM pg_catalog.pg_class t
        WHERE t.relnamespace = n.oid AND t.relkind IN ('r', 'p') AND t.relname = 'setting'
          AND has_table_privilege(t.oid, 'SELECT'))
    ORDER BY n.nspname
    """

  /// How many tables the figures read (`readableSchemasSQL` names them), which a schema
  /// at this program's version has.
  static let figureTableCount = 4

  /// Runs `body` again, up to `listingAttempts` times, when it fails because a schema was
  /// dropped between the listing of the schemas and the read of their tables. Each run
  /// is a new transaction, which lists the schemas anew.
  func retryingDroppedSchemas<T>(_ body: () throws(StoreError) -> T) throws(StoreError) -> T {
    var attempt = 1
    while true {
      do throws(StoreError) {
        return try body()
      } catch {
        guard Self.droppedMeanwhile(error), attempt < Self.listingAttempts else { throw error }
        attempt += 1
      }
    }
  }

  /// How many times a read of every schema starts again after a schema was dropped under it.
  static let listingAttempts = 5

  /// Returns whether `error` is a schema or table that the statement named being gone
  /// (SQLSTATE 3F000 or 42P01), because another session dropped a schema after the listing.
  static func droppedMeanwhile(_ error: StoreError) -> Bool {
    guard case .engine(let code, _, _) = error, let state = SQLState(packed: code) else {
      return false
    }
    return state.code == "3F000" || state.code == "42P01"
  }

  /// The HDS stores of a database as `readStores` lists them, before their figures are read.
  struct StoreListing {
    /// One entry per store whose code no other store claims, in code order, with figures
    /// of 0. A store at another schema version has `otherVersion` set.
    var kecamatan: [KecamatanFigures]
    let conflicts: [KecamatanConflict]
    /// The schemas of the `kecamatan` entries at this program's version, whose figures
    /// can be read, in name order.
    let current: [SchemaLabel]
  }

  /// Lists every HDS store of the database that the role may read, with its kecamatan code,
  /// on `connection`. A store at another schema version than this program's, where an
  /// office runs an older or newer HDS, is listed with its version. Stores that claim one
  /// code are left out and named in `conflicts`. A store at this program's version whose
  /// figure tables the role may not all read is left out, as if absent.
  func readStores(_ connection: any SQLConnection) throws(StoreError) -> StoreListing {
    let labels = try Self.readLabels(connection, quoting: postgres.connection)
    var claims: [KecamatanCode: [String]] = [:]
    var codes: [Int: KecamatanCode] = [:]
    for (index, label) in labels.enumerated() {
      let code = try Self.code(label.codeText, schema: label.schema, path: path)
      codes[index] = code
      claims[code, default: []].append(label.schema)
    }
    let conflicts = claims.filter { $0.value.count > 1 }
      .map { KecamatanConflict(code: $0.key, schemas: $0.value.sorted()) }
      .sorted { $0.code < $1.code }

    var kecamatan: [KecamatanFigures] = []
    var current: [SchemaLabel] = []
    for (index, label) in labels.enumerated() {
      guard let code = codes[index], claims[code]?.count == 1 else { continue }
      let readable = label.version == PostgresSchema.latestVersion
      if readable && label.readableFigureTables < Self.figureTableCount { continue }
      if readable { current.append(label) }
      kecamatan.append(
        KecamatanFigures(
          code: code, schema: label.schema, pending: 0, overdue: 0, deliveredOnDay: 0,
          openComplaints: 0, otherVersion: readable ? nil : label.version))
    }
    return StoreListing(
      kecamatan: kecamatan.sorted { $0.code < $1.code }, conflicts: conflicts, current: current)
  }

  /// Returns the schemas that claim `code`, in name order, read on `connection`.
  func claimingSchemas(_ code: KecamatanCode, _ connection: any SQLConnection)
    throws(StoreError) -> [String]
  {
    try Self.claimingSchemas(code, connection, quoting: postgres.connection, path: path)
  }

  /// Returns the schemas whose `kecamatan_code` setting is `code`, in name order, read on
  /// `connection`, with identifiers quoted by `quoting`'s libpq connection.
  static func claimingSchemas(
    _ code: KecamatanCode, _ connection: any SQLConnection, quoting: PostgresConnection,
    path: String
  ) throws(StoreError) -> [String] {
    // This runs inside a READ COMMITTED write, in which each statement reads the schemas
    // committed before it. A schema dropped between the listing and the read of its
    // setting is found gone, and the savepoint lets the listing run again.
    var attempt = 1
    var labels: [SchemaLabel] = []
    while true {
      try connection.execute("SAVEPOINT hds_kabupaten", context: "reading every schema")
      do throws(StoreError) {
        labels = try readLabels(connection, quoting: quoting)
        try connection.execute("RELEASE SAVEPOINT hds_kabupaten", context: "reading every schema")
        break
      } catch {
        guard droppedMeanwhile(error), attempt < listingAttempts else { throw error }
        try connection.execute(
          "ROLLBACK TO SAVEPOINT hds_kabupaten", context: "reading every schema again")
        attempt += 1
      }
    }
    // Only a code that was set counts. A schema without one is Kromengan's by default, as
    // a store that no office configured, and the viewer shows such a clash until one is set.
    return labels.filter { label in
      guard let text = label.codeText else { return false }
      return (try? Self.code(text, schema: label.schema, path: path)) == code
    }
    .map(\.schema)
  }

  /// One HDS schema of the database as `readLabels` lists it.
  struct SchemaLabel {
    let schema: String
    /// `schema` quoted as an SQL identifier.
    let quoted: String
    /// How many of the tables of the figures the role may read there.
    let readableFigureTables: Int
    let version: Int
    /// The `kecamatan_code` setting; nil when none is set.
    let codeText: String?
  }

  /// Lists the HDS schemas the role may read, in name order, with their versions and
  /// codes, in two statements on `connection`. Identifiers are quoted by `quoting`'s
  /// libpq connection.
  static func readLabels(_ connection: any SQLConnection, quoting: PostgresConnection)
    throws(StoreError) -> [SchemaLabel]
  {
    let listed = try connection.rows(
      readableSchemasSQL, context: "listing the HDS schemas of the database"
    ) { (row) throws(StoreError) -> (String, Int) in (row.text(0), row.int(1)) }
    guard !listed.isEmpty else { return [] }
    var quoted: [String] = []
    for (schema, _) in listed { quoted.append(try quoting.quoteIdentifier(schema)) }
    let rows = try connection.rows(
      labelsSQL(quoted), context: "reading the version and code of every kecamatan"
    ) { (row) throws(StoreError) -> (Int, Int, String?) in
      (row.int(0), row.int(1), row.isNull(2) ? nil : row.text(2))
    }
    return rows.map { index, version, codeText in
      SchemaLabel(
        schema: listed[index].0, quoted: quoted[index], readableFigureTables: listed[index].1,
        version: version, codeText: codeText)
    }
  }

  /// Returns the message for stores that claim one kecamatan code, naming the schemas and
  /// the fix.
  public static func describe(_ conflict: KecamatanConflict) -> String {
    "schemas \(conflict.schemas.joined(separator: " and ")) all claim kecamatan"
      + " \(conflict.code) (\(conflict.code.name)); set the right code in all but one of them"
      + " with hds settings --kecamatan 35.07.NN, run with that schema's search_path"
  }

  /// One row per schema, numbered by its place in `schemas` (already quoted): its
  /// version and its kecamatan code.
  static func labelsSQL(_ schemas: [String]) -> String {
    schemas.enumerated().map { index, schema in
      """
      SELECT \(index) AS place,
        (SELECT max(version) FROM \(schema).hds_schema) AS version,
        (SELECT value FROM \(schema).setting WHERE key = 'kecamatan_code') AS code
      """
    }
    .joined(separator: "\nUNION ALL\n") + "\nORDER BY 1"
  }

  private static func code(_ text: String?, schema: String, path: String) throws(StoreError)
    -> KecamatanCode
  {
    guard let text else { return .kromengan }
    do {
      return try KecamatanCode(parsing: text)
    } catch {
      throw .incompatible(
        path: "\(path) schema \(schema)",
        reason: "setting kecamatan_code is '\(text)': \(error); set it again with hds settings"
          + " --kecamatan 35.07.NN")
    }
  }

  public func kabupatenChangeToken() throws(StoreError) -> Int64 {
    try withConnection { (_) throws(StoreError) -> Int64 in
      let others = try postgres.otherKabupatenCommits()
      return (others << 32) &+ (ownCommits & 0xffff_ffff)
    }
  }

  /// Switches to the store of `code`. Throws `.invalid` naming the stores there are when
  /// the database has none for `code` that the role may read.
  public func switchKecamatan(to code: KecamatanCode) throws(StoreError) {
    let stores = try retryingDroppedSchemas { () throws(StoreError) -> StoreListing in
      try read { (connection) throws(StoreError) -> StoreListing in try readStores(connection) }
    }
    if let conflict = stores.conflicts.first(where: { $0.code == code }) {
      throw .invalid(Self.describe(conflict))
    }
    guard let target = stores.kecamatan.first(where: { $0.code == code }) else {
      let known = stores.kecamatan.map { "\($0.code) \($0.code.name)" }.joined(separator: ", ")
      throw .invalid(
        "the database has no HDS store of kecamatan \(code) (\(code.name)) that this role may"
          + " read; it has \(known.isEmpty ? "none" : known)")
    }
    if let version = target.otherVersion {
      throw .incompatible(
        path: "\(path) schema \(target.schema)",
        reason: "kecamatan \(code) (\(code.name)) has schema version \(version) and this"
          + " program reads version \(PostgresSchema.latestVersion); use the HDS version its"
          + " office runs to view it")
    }
    try withConnection { (_) throws(StoreError) in
      try postgres.useSchema(target.schema)
      forgetQueuePositions()
    }
  }

  /// The HDS schema the store reads now.
  public var currentSchema: String {
    (try? withConnection { (_) throws(StoreError) -> String in postgres.schema }) ?? ""
  }
}

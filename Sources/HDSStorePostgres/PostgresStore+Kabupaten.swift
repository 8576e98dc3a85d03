// The kabupaten's view of a PostgreSQL database: every kecamatan's HDS schema, its code
// and totals, and the switch between them for Dukcapil's read-only viewer.

import Foundation
import HDSCore
import HDSStoreSQL

extension PostgresStore: KabupatenStore {
  /// The HDS schema version this program reads and writes.
  public static var schemaVersion: Int { PostgresSchema.latestVersion }

  /// Schemas that hold `hds_schema` and `setting`, both readable by the role: every
  /// version of the HDS schema has them. A schema the role may not read is left out, as
  /// if absent. The second column counts the counter tables of the figures that the role
  /// may read there.
  static let readableSchemasSQL = """
    SELECT n.nspname,
      (SELECT count(*) FROM pg_catalog.pg_class t
        WHERE t.relnamespace = n.oid AND t.relkind IN ('r', 'p')
          AND t.relname IN ('request_count', 'delivery_count', 'complaint_count')
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

  /// How many counter tables the figures read (`readableSchemasSQL` names them), which a
  /// schema at this program's version has.
  static let counterTableCount = 3

  /// Lists every HDS store of the database that the role may read, with its kecamatan
  /// code and totals on `day`, in code order. A store at another schema version than this
  /// program's, where an office runs an older or newer HDS, is listed with its version
  /// and no figures. It is left out of the sums, so that one office's upgrade hides no
  /// other office. Throws `.invalid` when two schemas claim one kecamatan code.
  ///
  /// One statement reads every schema's version and code, and a second, in the same
  /// snapshot, pending from `request_count`, the day's deliveries from `delivery_count`
  /// and open complaints from `complaint_count`, so no request row is read. The database
  /// adds up the kabupaten's totals in the second statement.
  public func kabupatenFigures(on day: CalendarDay) throws(StoreError) -> KabupatenFigures {
    // A schema dropped between the listing and the read of its tables fails the read; a
    // new transaction lists the schemas anew.
    var attempt = 1
    while true {
      do throws(StoreError) {
        return try readKabupatenFigures(on: day)
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

  private func readKabupatenFigures(on day: CalendarDay) throws(StoreError) -> KabupatenFigures {
    try read { (connection) throws(StoreError) -> KabupatenFigures in
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
      var current: [Int] = []
      for (index, label) in labels.enumerated() {
        guard let code = codes[index], claims[code]?.count == 1 else { continue }
        let readable = label.version == PostgresSchema.latestVersion
        // A current schema whose counters the role may not read is left out, as if absent.
        if readable && label.readableCounters < Self.counterTableCount { continue }
        if readable { current.append(index) }
        kecamatan.append(
          KecamatanFigures(
            code: code, schema: label.schema, pending: 0, deliveredOnDay: 0,
            openComplaints: 0, otherVersion: readable ? nil : label.version))
      }

      var total = (pending: 0, delivered: 0, complaints: 0)
      if !current.isEmpty {
        let sql = Self.figuresSQL(current.map { (place: $0, schema: labels[$0].quoted) })
        let rows = try connection.rows(
          sql, [.text(day.description)], context: "reading the totals of every kecamatan"
        ) { (row) throws(StoreError) -> (Int, Int, Int, Int) in
          (row.int(0), row.int(1), row.int(2), row.int(3))
        }
        for (index, pending, delivered, complaints) in rows {
          guard index >= 0 else {
            total = (pending, delivered, complaints)
            continue
          }
          guard let entry = kecamatan.firstIndex(where: { $0.schema == labels[index].schema })
          else {
            continue
          }
          kecamatan[entry].pending = pending
          kecamatan[entry].deliveredOnDay = delivered
          kecamatan[entry].openComplaints = complaints
        }
      }
      return KabupatenFigures(
        day: day, kecamatan: kecamatan.sorted { $0.code < $1.code }, pending: total.pending,
        deliveredOnDay: total.delivered, openComplaints: total.complaints,
        conflicts: conflicts)
    }
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
    /// How many of the counter tables of the figures the role may read there.
    let readableCounters: Int
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
        schema: listed[index].0, quoted: quoted[index], readableCounters: listed[index].1,
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

  /// Returns the statement of the figures: one row per schema, numbered by its `place` in
  /// the list of schemas, then a row numbered -1 with the sums. ?1 is the WIB day, as `delivery_count.day` spells it.
  static func figuresSQL(_ schemas: [(place: Int, schema: String)]) -> String {
    let pending = "'ready', 'assigned', 'out-for-delivery'"
    let open = openComplaintStates.map { "'\($0)'" }.joined(separator: ", ")
    let perSchema = schemas.map { place, schema in
      """
      SELECT \(place) AS place,
        (SELECT coalesce(sum(count), 0) FROM \(schema).request_count
          WHERE state IN (\(pending))) AS pending,
        (SELECT coalesce(sum(count), 0) FROM \(schema).delivery_count WHERE day = ?1)
          AS delivered,
        (SELECT coalesce(sum(count), 0) FROM \(schema).complaint_count
          WHERE state IN (\(open))) AS complaints
      """
    }
    return """
      WITH per_schema AS (
      \(perSchema.joined(separator: "\nUNION ALL\n"))
      )
      SELECT place, pending, delivered, complaints FROM per_schema
      UNION ALL
      SELECT -1, coalesce(sum(pending), 0), coalesce(sum(delivered), 0),
        coalesce(sum(complaints), 0)
      FROM per_schema
      ORDER BY 1
      """
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
    let figures = try kabupatenFigures(on: CalendarDay(containing: Date()))
    if let conflict = figures.conflicts.first(where: { $0.code == code }) {
      throw .invalid(Self.describe(conflict))
    }
    guard let target = figures.figures(of: code) else {
      let known = figures.kecamatan.map { "\($0.code) \($0.code.name)" }.joined(separator: ", ")
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

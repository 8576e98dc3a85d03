// The kabupaten's view of a PostgreSQL database: every kecamatan's HDS schema, its code
// and totals, and the switch between them for Dukcapil's read-only viewer.

import Foundation
import HDSCore
import HDSStoreSQL

extension PostgresStore: KabupatenStore {
  /// Schemas that hold `hds_schema` and the tables the kabupaten figures read, each of
  /// which the role may read. A schema the role may not read is left out, as if absent.
  static let readableSchemasSQL = """
    SELECT n.nspname FROM pg_catalog.pg_class c
    JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relname = 'hds_schema' AND c.relkind IN ('r', 'p')
      AND has_schema_privilege(n.oid, 'USAGE') AND has_table_privilege(c.oid, 'SELECT')
      AND (
        SELECT count(*) FROM pg_catalog.pg_class t
        WHERE t.relnamespace = n.oid AND t.relkind IN ('r', 'p')
          AND t.relname IN ('setting', 'request_count', 'delivery_count', 'complaint_count')
          AND has_table_privilege(t.oid, 'SELECT')) = 4
    ORDER BY n.nspname
    """

  /// Lists every HDS store of the database that the role may read, with its kecamatan
  /// code and totals on `day`, in code order. Throws `.invalid` when two schemas claim
  /// one kecamatan code, and `.incompatible` for a schema of another version than this
  /// program's.
  ///
  /// One statement in one snapshot reads pending from `request_count`, the day's
  /// deliveries from `delivery_count` and open complaints from `complaint_count`, so no
  /// request row is read. The database adds up the kabupaten's totals in the same
  /// statement.
  public func kabupatenFigures(on day: CalendarDay) throws(StoreError) -> KabupatenFigures {
    try read { (connection) throws(StoreError) -> KabupatenFigures in
      let schemas = try connection.rows(
        Self.readableSchemasSQL, context: "listing the HDS schemas of the database"
      ) { (row) throws(StoreError) -> String in row.text(0) }
      guard !schemas.isEmpty else {
        return KabupatenFigures(
          day: day, kecamatan: [], pending: 0, deliveredOnDay: 0, openComplaints: 0)
      }
      var quoted: [String] = []
      for schema in schemas { quoted.append(try postgres.connection.quoteIdentifier(schema)) }
      let sql = Self.figuresSQL(quoted)
      let rows = try connection.rows(
        sql, [.text(day.description)], context: "reading the totals of every kecamatan"
      ) { (row) throws(StoreError) -> (Int, Int, String?, Int, Int, Int) in
        (
          row.int(0), row.int(1), row.isNull(2) ? nil : row.text(2), row.int(3), row.int(4),
          row.int(5)
        )
      }
      var kecamatan: [KecamatanFigures] = []
      var total = (pending: 0, delivered: 0, complaints: 0)
      for (index, version, codeText, pending, delivered, complaints) in rows {
        guard index >= 0 else {
          total = (pending, delivered, complaints)
          continue
        }
        let schema = schemas[index]
        guard version == PostgresSchema.latestVersion else {
          throw .incompatible(
            path: "\(path) schema \(schema)",
            reason: "it has schema version \(version) and this program reads version"
              + " \(PostgresSchema.latestVersion); open it once with its office's role to"
              + " migrate it, or leave it to the matching HDS version")
        }
        let code = try Self.code(codeText, schema: schema, path: path)
        if let other = kecamatan.first(where: { $0.code == code }) {
          throw .invalid(
            "schemas \(other.schema) and \(schema) both claim kecamatan \(code)"
              + " (\(code.name)); set the right code in one of them with hds settings"
              + " --kecamatan 35.07.NN, run with that schema's search_path")
        }
        kecamatan.append(
          KecamatanFigures(
            code: code, schema: schema, pending: pending, deliveredOnDay: delivered,
            openComplaints: complaints))
      }
      return KabupatenFigures(
        day: day, kecamatan: kecamatan.sorted { $0.code < $1.code }, pending: total.pending,
        deliveredOnDay: total.delivered, openComplaints: total.complaints)
    }
  }

  /// One row per schema, numbered by its place in `schemas` (already quoted), then a row
  /// numbered -1 with the sums. ?1 is the WIB day, as `delivery_count.day` spells it.
  static func figuresSQL(_ schemas: [String]) -> String {
    let pending = "'ready', 'assigned', 'out-for-delivery'"
    let open = openComplaintStates.map { "'\($0)'" }.joined(separator: ", ")
    let perSchema = schemas.enumerated().map { index, schema in
      """
      SELECT \(index) AS place,
        (SELECT max(version) FROM \(schema).hds_schema) AS version,
        (SELECT value FROM \(schema).setting WHERE key = 'kecamatan_code') AS code,
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
      SELECT place, version, code, pending, delivered, complaints FROM per_schema
      UNION ALL
      SELECT -1, 0, NULL, coalesce(sum(pending), 0), coalesce(sum(delivered), 0),
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
    guard let target = figures.figures(of: code) else {
      let known = figures.kecamatan.map { "\($0.code) \($0.code.name)" }.joined(separator: ", ")
      throw .invalid(
        "the database has no HDS store of kecamatan \(code) (\(code.name)) that this role may"
          + " read; it has \(known.isEmpty ? "none" : known)")
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

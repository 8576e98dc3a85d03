// The figures of every kecamatan store of a PostgreSQL database for Dukcapil's view of the
// kabupaten: each schema's pending and overdue requests, the day's deliveries and the open
// complaints, with the kabupaten's sums, read in one statement over every schema.

import Foundation
import HDSCore
import HDSStoreSQL

extension PostgresStore {
  /// Lists every HDS store of the database that the role may read, with its kecamatan
  /// code and figures on `day`, in code order. A store at another schema version than this
  /// program's, where an office runs an older or newer HDS, is listed with its version
  /// and no figures. It is left out of the sums, so that one office's upgrade hides no
  /// other office. Two schemas that claim one kecamatan code are left out and named in
  /// `conflicts`.
  ///
  /// A pending request is overdue as in the kecamatan's own summary: it became ready
  /// before the earliest ready day still within its kind's target on `day`, by that
  /// store's own `target.KIND` settings and the working days of `calendar`. Throws
  /// `.incompatible`, naming the schema, when a stored target is not 1 to 30.
  ///
  /// Two statements list the schemas with their versions and codes, and a third reads the
  /// targets of the schemas at this program's version. A fourth, in the same snapshot,
  /// reads the figures and adds up the kabupaten's sums. It takes pending from
  /// `request_count`, the day's deliveries from `delivery_count`, open complaints from
  /// `complaint_count`, and the overdue requests from an index of the pending requests by
  /// age.
  ///
  /// Complexity: per schema, a few counter rows and the index entries of the pending
  /// requests that became ready before its latest cut-off, each with its row for the
  /// document kind. No other request row is read.
  public func kabupatenFigures(on day: CalendarDay, calendar: WorkingCalendar)
    throws(StoreError) -> KabupatenFigures
  {
    try retryingDroppedSchemas { () throws(StoreError) -> KabupatenFigures in
      try read { (connection) throws(StoreError) -> KabupatenFigures in
        try readFigures(on: day, calendar: calendar, connection)
      }
    }
  }

  private func readFigures(
    on day: CalendarDay, calendar: WorkingCalendar, _ connection: any SQLConnection
  ) throws(StoreError) -> KabupatenFigures {
    var stores = try readStores(connection)
    guard !stores.current.isEmpty else {
      return KabupatenFigures(
        day: day, kecamatan: stores.kecamatan, pending: 0, overdue: 0, deliveredOnDay: 0,
        openComplaints: 0, conflicts: stores.conflicts)
    }

    let targets = try readTargets(of: stores.current, connection)
    let rows = try connection.rows(
      Self.figuresSQL(stores.current.map(\.quoted)),
      Self.figuresValues(day: day, targets: targets, calendar: calendar),
      context: "reading the totals of every kecamatan"
    ) { (row) throws(StoreError) -> FiguresRow in
      FiguresRow(
        place: row.int(0), pending: row.int(1), overdue: row.int(2), delivered: row.int(3),
        complaints: row.int(4))
    }

    var total = FiguresRow(place: -1, pending: 0, overdue: 0, delivered: 0, complaints: 0)
    for row in rows {
      guard row.place >= 0 else {
        total = row
        continue
      }
      let schema = stores.current[row.place].schema
      guard let entry = stores.kecamatan.firstIndex(where: { $0.schema == schema }) else {
        continue
      }
      stores.kecamatan[entry].pending = row.pending
      stores.kecamatan[entry].overdue = row.overdue
      stores.kecamatan[entry].deliveredOnDay = row.delivered
      stores.kecamatan[entry].openComplaints = row.complaints
    }
    return KabupatenFigures(
      day: day, kecamatan: stores.kecamatan, pending: total.pending, overdue: total.overdue,
      deliveredOnDay: total.delivered, openComplaints: total.complaints,
      conflicts: stores.conflicts)
  }

  /// One row of `figuresSQL`.
  private struct FiguresRow {
    let place: Int
    let pending: Int
    let overdue: Int
    let delivered: Int
    let complaints: Int
  }

  /// Reads the service-time targets of each of `schemas`, in their order: the defaults
  /// with the schema's `target.KIND` settings over them. Throws `.incompatible`, naming
  /// the schema, for a stored target that is not a whole number from 1 to 30.
  private func readTargets(of schemas: [SchemaLabel], _ connection: any SQLConnection)
    throws(StoreError) -> [ServiceTargets]
  {
    let kinds = Dictionary(
      uniqueKeysWithValues: DocumentKind.allCases.map { (Self.targetKey($0), $0) })
    let rows = try connection.rows(
      Self.targetsSQL(schemas.map(\.quoted)),
      context: "reading the service-time targets of every kecamatan"
    ) { (row) throws(StoreError) -> (Int, String, String) in
      (row.int(0), row.text(1), row.text(2))
    }
    var targets = Array(repeating: ServiceTargets(), count: schemas.count)
    for (place, key, text) in rows {
      guard let kind = kinds[key] else { continue }
      targets[place].workingDays[kind] = try Self.targetDays(
        text, key: key, path: "\(path) schema \(schemas[place].schema)")
    }
    return targets
  }

  /// Returns the statement of the stored service-time targets: one row per `target.KIND`
  /// setting of each schema, numbered by the schema's place in `schemas` (already quoted).
  static func targetsSQL(_ schemas: [String]) -> String {
    let keys = DocumentKind.allCases.map { "'\(targetKey($0))'" }.joined(separator: ", ")
    return schemas.enumerated().map { place, schema in
      "SELECT \(place) AS place, key, value FROM \(schema).setting WHERE key IN (\(keys))"
    }
    .joined(separator: "\nUNION ALL\n") + "\nORDER BY 1, 2"
  }

  /// How many parameters each schema's overdue count takes: its latest cut-off, then one
  /// per document kind.
  static let cutoffParameterCount = 1 + DocumentKind.allCases.count

  /// Returns the statement of the figures: one row per schema, numbered by its place in
  /// `schemas` (already quoted), then a row numbered -1 with the sums. ?1 is the WIB day,
  /// as `delivery_count.day` spells it, and the schema at place P takes the cut-offs from
  /// ?(2 + P × `cutoffParameterCount`) on, as `figuresValues` orders them.
  static func figuresSQL(_ schemas: [String]) -> String {
    let open = openComplaintStates.map { "'\($0)'" }.joined(separator: ", ")
    let perSchema = schemas.enumerated().map { place, schema in
      """
      SELECT \(place) AS place,
        (SELECT coalesce(sum(count), 0) FROM \(schema).request_count
          WHERE state IN \(pendingStatesSQL)) AS pending,
        \(overdueSQL(schema, firstParameter: 2 + place * cutoffParameterCount)) AS overdue,
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
      SELECT place, pending, overdue, delivered, complaints FROM per_schema
      UNION ALL
      SELECT -1, coalesce(sum(pending), 0), coalesce(sum(overdue), 0),
        coalesce(sum(delivered), 0), coalesce(sum(complaints), 0)
      FROM per_schema
      ORDER BY 1
      """
  }

  /// Returns the subquery that counts `schema`'s pending requests whose age key,
  /// `coalesce(ready_at, received_at)`, is before the cut-off of their document kind, as
  /// `SQLStore.overdueByDesaSQL` counts one store's. ?`first` is the latest cut-off, which
  /// bounds the range read from an index of the pending requests by age key: the partial
  /// index `request_pending_by_age`, or `request_by_state_age` for the three pending
  /// states, whichever the planner finds cheaper. The CASE takes ?(`first` + 1)… in
  /// `DocumentKind.allCases` order.
  static func overdueSQL(_ schema: String, firstParameter first: Int) -> String {
    let cases = DocumentKind.allCases.enumerated().map { index, kind in
      "WHEN '\(kind.rawValue)' THEN ?\(first + 1 + index)"
    }
    return """
      (SELECT count(*) FROM \(schema).request
          WHERE state IN \(pendingStatesSQL) AND coalesce(ready_at, received_at) < ?\(first)
            AND coalesce(ready_at, received_at)
              < CASE document \(cases.joined(separator: " ")) END)
      """
  }

  /// Returns the values of `figuresSQL`: the WIB day, then for each schema, in the order of
  /// `targets`, its latest cut-off and the cut-off of each document kind. A cut-off is the
  /// start (WIB midnight, in unix seconds) of the earliest ready day still within the
  /// kind's target on `day`.
  static func figuresValues(
    day: CalendarDay, targets: [ServiceTargets], calendar: WorkingCalendar
  ) -> [SQLValue] {
    var values: [SQLValue] = [.text(day.description)]
    for schemaTargets in targets {
      let cutoffs = DocumentKind.allCases.map { kind in
        schemaTargets.earliestOnTimeReadyDay(for: kind, on: day, in: calendar).start
          .timeIntervalSince1970
      }
      // `DocumentKind.allCases` is never empty, so the maximum always exists.
      values.append(.real(cutoffs.max() ?? day.start.timeIntervalSince1970))
      values += cutoffs.map { .real($0) }
    }
    return values
  }
}

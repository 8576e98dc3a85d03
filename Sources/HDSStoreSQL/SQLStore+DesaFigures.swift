// Per-desa figures for the village map, its table and the summary. Every query reads
// through an index; `desaFiguresQueries` lists them for the query-plan test.

import Foundation
import HDSCore

extension SQLStore {
  // MARK: Indexed query texts

  /// Pending requests whose age key is before the cut-off of their document kind, per
  /// desa. ?1 is the latest cut-off, which bounds the range read from an index on the age
  /// key. The CASE takes ?2… in `DocumentKind.allCases` order.
  static let overdueByDesaSQL: String = {
    let cases = DocumentKind.allCases.enumerated().map { index, kind in
      "WHEN '\(kind.rawValue)' THEN ?\(index + 2)"
    }
    return """
      SELECT desa_code, count(*) FROM request
      WHERE state IN \(pendingStatesSQL) AND coalesce(ready_at, received_at) < ?1
        AND coalesce(ready_at, received_at) < CASE document \(cases.joined(separator: " ")) END
      GROUP BY desa_code
      """
  }()

  /// Open complaints per desa: the complaint's own desa, else its request's. A partial
  /// index of open complaints gives them without a scan.
  static let openComplaintsByDesaSQL = """
    SELECT coalesce(c.desa_code, r.desa_code) AS desa, count(*)
    FROM complaint c LEFT JOIN request r ON r.id = c.request_id
    WHERE c.state IN \(openComplaintStatesListSQL) AND coalesce(c.desa_code, r.desa_code) IS NOT NULL
    GROUP BY desa
    """

  /// Couriers with a stop per desa on the delivery day ?1, through `request_by_day_courier`.
  static let couriersByDesaSQL = """
    SELECT DISTINCT desa_code, courier_id FROM request
    WHERE delivery_day = ?1 AND courier_id IS NOT NULL
      AND state IN ('assigned', 'out-for-delivery', 'delivered')
    """

  static let desaFiguresQueries = [
    overdueByDesaSQL, openComplaintsByDesaSQL, couriersByDesaSQL, deliveriesByDesaSQL,
  ]

  private static var openComplaintStatesListSQL: String {
    "(" + openComplaintStates.map { "'\($0)'" }.joined(separator: ", ") + ")"
  }

  // MARK: Desa figures

  public func desaFigures(
    in period: ReportPeriod, earliestOnTimeReadyDays: [DocumentKind: CalendarDay]
  ) throws(StoreError) -> [DesaFigures] {
    try read { (connection) throws(StoreError) -> [DesaFigures] in
      let pendingRows = try connection.rows(
        """
        SELECT desa_code, sum(count) FROM request_count
        WHERE state IN \(pendingStatesSQL) GROUP BY desa_code
        """,
        context: "counting pending requests per desa"
      ) { (row) throws(StoreError) -> (String, Int) in (row.text(0), row.int(1)) }
      let pending = Dictionary(pendingRows, uniquingKeysWith: +)
      let overdue = try overdueByDesa(connection, earliestOnTimeReadyDays)
      let delivered = try deliveriesByDesa(
        connection, from: period.first, until: period.last.adding(days: 1))
      let complaints = try countsByDesa(
        connection, Self.openComplaintsByDesaSQL, [],
        context: "counting open complaints per desa")

      let codes = Set(pending.keys).union(overdue.keys).union(delivered.keys)
        .union(complaints.keys).sorted()
      return codes.compactMap { code in
        let figures = DesaFigures(
          desaCode: code, pending: pending[code] ?? 0, overdue: overdue[code] ?? 0,
          delivered: delivered[code] ?? 0, openComplaints: complaints[code] ?? 0)
        return figures == .zero(code) ? nil : figures
      }
    }
  }

  public func couriersByDesa(on day: CalendarDay) throws(StoreError) -> [String: Set<Int64>] {
    try read { (connection) throws(StoreError) -> [String: Set<Int64>] in
      let rows = try connection.rows(
        Self.couriersByDesaSQL, [.text(day.description)],
        context: "listing couriers per desa on \(day)"
      ) { (row) throws(StoreError) -> (String, Int64) in (row.text(0), row.integer(1)) }
      var couriers: [String: Set<Int64>] = [:]
      for (desa, courier) in rows { couriers[desa, default: []].insert(courier) }
      return couriers
    }
  }

  private func overdueByDesa(
    _ connection: any SQLConnection, _ cutoffs: [DocumentKind: CalendarDay]
  ) throws(StoreError) -> [String: Int] {
    // A kind without a cut-off gets the earliest possible time, so none of it is overdue.
    let times = DocumentKind.allCases.map { kind in
      cutoffs[kind].map { $0.start.timeIntervalSince1970 } ?? -Double.greatestFiniteMagnitude
    }
    guard let latest = times.max(), latest > -Double.greatestFiniteMagnitude else { return [:] }
    return try countsByDesa(
      connection, Self.overdueByDesaSQL, [.real(latest)] + times.map { .real($0) },
      context: "counting overdue requests per desa")
  }

  private func countsByDesa(
    _ connection: any SQLConnection, _ sql: String, _ values: [SQLValue], context: String
  ) throws(StoreError) -> [String: Int] {
    let rows = try connection.rows(sql, values, context: context) {
      (row) throws(StoreError) -> (String, Int) in (row.text(0), row.int(1))
    }
    return Dictionary(rows, uniquingKeysWith: +)
  }
}

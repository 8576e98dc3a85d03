// The complaint list, the complaint detail and the resolution rate. Each runs in one read
// transaction through the complaint indexes of schema version 4; `complaintQueries` lists
// their texts for the test that checks the query plans.

import Foundation
import HDSCore

/// Complaint states that `complaint.is_open` counts as open; a test checks that this
/// matches `ComplaintState.isOpen`.
package let openComplaintStates = [
  "received", "verified", "assigned", "in-follow-up", "postponed",
]

/// The open complaint states as an SQL list, in the order of the partial indexes'
/// WHERE clauses, which SQLite must find word for word in a query to use them.
let openComplaintStatesSQL =
  "(" + openComplaintStates.map { "'\($0)'" }.joined(separator: ", ") + ")"

/// The WHERE terms and bound values of a complaint filter.
struct ComplaintFilterSQL {
  /// Terms after the open or closed condition, each starting with " AND ".
  let terms: String
  let values: [SQLValue]

  init(_ filter: ComplaintFilter) {
    var terms = ""
    var values: [SQLValue] = []
    if let state = filter.state {
      terms += " AND c.state = ?"
      values.append(.text(state.rawValue))
    }
    if let channel = filter.channel {
      terms += " AND c.channel = ?"
      values.append(.text(channel.rawValue))
    }
    if let desa = filter.desaCode {
      terms += " AND c.desa_code = ?"
      values.append(.text(desa))
    }
    self.terms = terms
    self.values = values
  }
}

extension SQLStore {
  // MARK: Query texts

  static let complaintRowColumns =
    "\(RowDecoder.complaintColumns), r.year, r.serial"

  /// Open complaints by deadline. With a desa, `complaint_open_by_desa` gives that order
  /// for the one desa; without, `complaint_open_by_deadline`. Complaints logged before
  /// schema version 4 have no deadline and come first.
  static func openComplaintsSQL(_ filter: ComplaintFilterSQL, byDesa: Bool) -> String {
    let index = byDesa ? "complaint_open_by_desa" : "complaint_open_by_deadline"
    return """
      SELECT \(complaintRowColumns)
      FROM complaint c INDEXED BY \(index) LEFT JOIN request r ON r.id = c.request_id
      WHERE c.state IN \(openComplaintStatesSQL)\(filter.terms)
      ORDER BY c.deadline_day, c.id LIMIT ? OFFSET ?
      """
  }

  /// Closed complaints, last closed first, through `complaint_by_closed_at`.
  static func closedComplaintsSQL(_ filter: ComplaintFilterSQL) -> String {
    """
    SELECT \(complaintRowColumns)
    FROM complaint c INDEXED BY complaint_by_closed_at LEFT JOIN request r ON r.id = c.request_id
    WHERE c.closed_at IS NOT NULL\(filter.terms)
    ORDER BY c.closed_at DESC, c.id DESC LIMIT ? OFFSET ?
    """
  }

  static func openComplaintCountSQL(_ filter: ComplaintFilterSQL, byDesa: Bool) -> String {
    let index = byDesa ? "complaint_open_by_desa" : "complaint_open_by_deadline"
    return """
      SELECT count(*) FROM complaint c INDEXED BY \(index)
      WHERE c.state IN \(openComplaintStatesSQL)\(filter.terms)
      """
  }

  static func closedComplaintCountSQL(_ filter: ComplaintFilterSQL) -> String {
    """
    SELECT count(*) FROM complaint c INDEXED BY complaint_by_closed_at
    WHERE c.closed_at IS NOT NULL\(filter.terms)
    """
  }

  static let complaintEventsSQL = """
    SELECT \(RowDecoder.complaintEventColumns) FROM complaint_event
    WHERE complaint_id = ?1 ORDER BY id
    """

  /// The counts of `ResolutionRate` for [?1, ?2): the complaints received then, through
  /// `complaint_by_received_at`, with those in an excluded state before ?2; and the
  /// complaints resolved then, through `complaint_by_closed_at`.
  ///
  /// Closed states are final, so a closed state with `closed_at` before ?2 was the state
  /// at the period's end, and a resolved complaint's `closed_at` is its `resolved_at`. The
  /// deadline day is compared with the WIB day of `resolved_at` (UTC+7, no daylight
  /// saving). A complaint logged before schema version 4 and never changed since has no
  /// deadline day: the migration set its `resolved_at` to its `received_at`, so it counts
  /// as resolved within deadline.
  static func resolutionRateSQL(_ dialect: SQLDialect) -> String {
    """
    SELECT
      (SELECT count(*) FROM complaint c INDEXED BY complaint_by_received_at
        WHERE c.received_at >= ?1 AND c.received_at < ?2),
      (SELECT count(*) FROM complaint c INDEXED BY complaint_by_received_at
        WHERE c.received_at >= ?1 AND c.received_at < ?2
          AND c.state = 'not-our-authority' AND c.closed_at < ?2),
      (SELECT count(*) FROM complaint c INDEXED BY complaint_by_received_at
        WHERE c.received_at >= ?1 AND c.received_at < ?2
          AND c.state = 'archived' AND c.closed_at < ?2),
      (SELECT count(*) FROM complaint c INDEXED BY complaint_by_closed_at
        WHERE c.closed_at >= ?1 AND c.closed_at < ?2 AND c.state = 'resolved'),
      (SELECT count(*) FROM complaint c INDEXED BY complaint_by_closed_at
        WHERE c.closed_at >= ?1 AND c.closed_at < ?2 AND c.state = 'resolved'
          AND \(dialect.wibDay("c.resolved_at"))
            <= coalesce(c.deadline_day, \(dialect.wibDay("c.received_at"))))
    """
  }

  /// Every complaint query, unfiltered and with all three filters, for the plan test.
  static var complaintQueries: [String] {
    let plain = ComplaintFilterSQL(.all)
    let full = ComplaintFilterSQL(
      ComplaintFilter(state: .verified, channel: .lapor, desaCode: "35.07.31.2001"))
    return [
      openComplaintsSQL(plain, byDesa: false), openComplaintsSQL(full, byDesa: true),
      closedComplaintsSQL(plain), closedComplaintsSQL(full),
      openComplaintCountSQL(full, byDesa: true), closedComplaintCountSQL(full),
      complaintEventsSQL, resolutionRateSQL(.sqlite),
    ]
  }

  // MARK: List

  /// Reads one page of the complaints `filter` selects: the open ones by deadline, then
  /// the closed ones last closed first. Without a channel or desa filter the totals come
  /// from `complaint_count`.
  ///
  /// Complexity: O(offset + limit) index entries. A channel or desa filter also reads
  /// every entry it skips, and counts by reading the open, or the closed, index.
  public func complaints(_ filter: ComplaintFilter, offset: Int, limit: Int)
    throws(StoreError) -> Page<ComplaintRow>
  {
    let offset = max(0, offset)
    let limit = max(0, limit)
    let terms = ComplaintFilterSQL(filter)
    let byDesa = filter.desaCode != nil
    return try read { (connection) throws(StoreError) -> Page<ComplaintRow> in
      let (openTotal, closedTotal) = try complaintTotals(filter, terms, connection)

      var rows: [ComplaintRow] = []
      if filter.includesOpen, offset < openTotal {
        rows = try complaintRows(
          Self.openComplaintsSQL(terms, byDesa: byDesa), terms, limit: limit, offset: offset,
          connection)
      }
      if filter.includesClosed, rows.count < limit {
        rows += try complaintRows(
          Self.closedComplaintsSQL(terms), terms, limit: limit - rows.count,
          offset: max(0, offset - openTotal), connection)
      }
      return Page(total: openTotal + closedTotal, offset: offset, rows: rows)
    }
  }

  private func complaintTotals(
    _ filter: ComplaintFilter, _ terms: ComplaintFilterSQL, _ connection: any SQLConnection
  ) throws(StoreError) -> (open: Int, closed: Int) {
    var open = 0
    var closed = 0
    if filter.channel == nil && filter.desaCode == nil {
      let counts = try connection.rows(
        "SELECT state, count FROM complaint_count", context: "counting complaints"
      ) { (row) throws(StoreError) -> (String, Int) in (row.text(0), row.int(1)) }
      for (state, count) in counts where filter.state == nil || filter.state?.rawValue == state {
        if openComplaintStates.contains(state) { open += count } else { closed += count }
      }
    } else {
      if filter.includesOpen {
        open = Int(
          try connection.integer(
            Self.openComplaintCountSQL(terms, byDesa: filter.desaCode != nil), terms.values,
            context: "counting open complaints"))
      }
      if filter.includesClosed {
        closed = Int(
          try connection.integer(
            Self.closedComplaintCountSQL(terms), terms.values,
            context: "counting closed complaints"))
      }
    }
    return (filter.includesOpen ? open : 0, filter.includesClosed ? closed : 0)
  }

  private func complaintRows(
    _ sql: String, _ terms: ComplaintFilterSQL, limit: Int, offset: Int,
    _ connection: any SQLConnection
  ) throws(StoreError) -> [ComplaintRow] {
    let numberColumn = RowDecoder.complaintColumnCount
    return try connection.rows(
      sql, terms.values + [.integer(limit), .integer(offset)],
      context: "reading the complaints list"
    ) { (row) throws(StoreError) -> ComplaintRow in
      let number =
        row.isNull(numberColumn)
        ? nil : RequestNumber(year: row.int(numberColumn), serial: row.int(numberColumn + 1))
      return ComplaintRow(complaint: try decoder.decodeComplaint(row), requestNumber: number)
    }
  }

  // MARK: Detail

  /// Reads the complaint, its events in commit order, the resident's name, and the linked
  /// request's detail, all in one snapshot. Throws `.notFound` for an unknown id.
  public func complaintDetail(id: Int64) throws(StoreError) -> ComplaintDetail {
    try read { (connection) throws(StoreError) -> ComplaintDetail in
      let complaint = try loadComplaint(connection, id: id)
      let events = try connection.rows(
        Self.complaintEventsSQL, [.integer(id)],
        context: "reading the events of complaint \(id)", decoder.decodeComplaintEvent)
      let request = try complaint.requestID.map { (requestID) throws(StoreError) in
        try loadRequestDetail(connection, id: requestID)
      }
      let residentName = try complaint.residentID.flatMap { (residentID) throws(StoreError) in
        try connection.firstRow(
          "SELECT name FROM resident WHERE id = ?1", [.integer(residentID)],
          context: "reading the resident of complaint \(id)"
        ) { $0.text(0) }
      }
      return ComplaintDetail(
        complaint: complaint, requestNumber: request?.request.number,
        residentName: residentName, events: events, request: request)
    }
  }

  // MARK: Resolution rate

  /// Counts the complaints received in `period` in one indexed aggregate.
  ///
  /// Complexity: O(complaints received in the period).
  public func resolutionRate(for period: ReportPeriod) throws(StoreError) -> ResolutionRate {
    try read { (connection) throws(StoreError) -> ResolutionRate in
      let counts = try connection.firstRow(
        Self.resolutionRateSQL(dialect),
        [.real(period.start.timeIntervalSince1970), .real(period.end.timeIntervalSince1970)],
        context: "counting the complaints of \(period)"
      ) { (row) throws(StoreError) -> [Int] in (0..<5).map { row.int($0) } }
      let values = counts ?? [0, 0, 0, 0, 0]
      return ResolutionRate(
        period: period, received: values[0],
        excluded: [.notOurAuthority: values[1], .archived: values[2]], resolved: values[3],
        resolvedWithinDeadline: values[4])
    }
  }
}

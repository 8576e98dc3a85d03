// The figures of the summary screen and the reports. Each reads through the indexes on
// `request.delivered_at`, `request_event.time` and the pending queue, groups in SQL,
// and leaves to Swift only the working-day rule, which needs the holiday calendar.

import Foundation
import HDSCore

extension SQLStore {
  /// Deliveries in [?1, ?2) grouped by delivery day, ready day, document, desa and whether
  /// the delivery came at the first visit, through `request_by_delivered_at`. WIB is UTC+7
  /// all year (no daylight saving since 1964), so the dialect's fixed offset gives the same
  /// day as `CalendarDay(containing:)`.
  static func groupedDeliveriesSQL(_ dialect: SQLDialect) -> String {
    """
    SELECT \(dialect.wibDay("delivered_at")), \(dialect.wibDay("ready_at")), document,
      desa_code, attempts = 0, count(*)
    FROM request WHERE delivered_at >= ?1 AND delivered_at < ?2
    GROUP BY 1, 2, 3, 4, 5
    """
  }

  /// Failed attempts in [?1, ?2) that no undo took back, by reason and whether it was the
  /// first visit, through `request_event_by_time`.
  static let failuresByReasonSQL = """
    SELECT reason, attempt = 1, count(*) FROM request_event e
    WHERE time >= ?1 AND time < ?2 AND action = 'fail-attempt' AND \(notUndoneSQL)
    GROUP BY 1, 2
    """

  /// Distinct residents with a delivery in [?1, ?2), through `request_by_delivered_at`.
  static let residentsServedSQL = """
    SELECT count(DISTINCT resident_id) FROM request
    WHERE delivered_at >= ?1 AND delivered_at < ?2
    """

  /// Residents whose first delivery of the year was on WIB days ?1 to ?2, both of one year:
  /// from 1 January, the residents served in the period. At most 366 rows of
  /// `served_first_day_count`.
  static let residentsServedFromNewYearSQL = """
    SELECT coalesce(sum(count), 0) FROM served_first_day_count WHERE day >= ?1 AND day <= ?2
    """

  /// Pending requests by document and ready day, through `request_pending_by_age`.
  static func pendingByReadyDaySQL(_ dialect: SQLDialect) -> String {
    """
    SELECT document, \(dialect.wibDay("coalesce(ready_at, received_at)")), count(*)
    FROM request WHERE state IN \(pendingStatesSQL)
    GROUP BY 1, 2
    """
  }

  /// Transitions into (+1) and out of (-1) the pending states recorded since ?1, through
  /// `request_event_by_time`. Undo events are transitions too, so an undone delivery
  /// counts as a return to pending.
  static let pendingChangeSQL = """
    SELECT coalesce(sum(
      CASE
        WHEN coalesce(from_state, '') NOT IN \(pendingStatesSQL) AND to_state IN \(pendingStatesSQL)
          THEN 1
        WHEN coalesce(from_state, '') IN \(pendingStatesSQL) AND to_state NOT IN \(pendingStatesSQL)
          THEN -1
        ELSE 0
      END), 0)
    FROM request_event WHERE time >= ?1
    """

  /// Complaints received before ?1 and not closed by then, through
  /// `complaint_by_received_at`.
  static let openComplaintsAtSQL = """
    SELECT count(*) FROM complaint INDEXED BY complaint_by_received_at
    WHERE received_at < ?1 AND (closed_at IS NULL OR closed_at >= ?1)
    """

  static let statisticsQueries = [
    groupedDeliveriesSQL(.sqlite), failuresByReasonSQL, residentsServedSQL,
    residentsServedFromNewYearSQL, pendingByReadyDaySQL(.sqlite), pendingChangeSQL,
    openComplaintsAtSQL,
  ]

  /// Complexity: O(deliveries and failed attempts in the period) rows read, returned as
  /// O(days × documents × desa) groups.
  public func serviceFigures(
    for period: ReportPeriod, targets: ServiceTargets, calendar: WorkingCalendar
  ) throws(StoreError) -> ServiceFigures {
    let bounds: [SQLValue] = [
      .real(period.start.timeIntervalSince1970), .real(period.end.timeIntervalSince1970),
    ]
    return try read { (connection) throws(StoreError) -> ServiceFigures in
      var figures = ServiceFigures(period: period)
      var firstVisits = Ratio.empty
      let groups = try connection.rows(
        Self.groupedDeliveriesSQL(dialect), bounds, context: "grouping deliveries of \(period)"
      ) { (row) throws(StoreError) -> DeliveryGroup in
        DeliveryGroup(
          delivered: try wibDay(row.text(0), column: "delivered_at"),
          ready: try row.optionalText(1).map { (text) throws(StoreError) in
            try wibDay(text, column: "ready_at")
          },
          document: try decoder.value(
            DocumentKind.self, row.text(2), column: "document", of: "request"),
          desa: row.text(3), atFirstVisit: row.integer(4) != 0, count: row.int(5))
      }
      for group in groups {
        let count = group.count
        figures.deliveredByDesa[group.desa, default: [:]][group.document, default: 0] += count
        var dayFigures = figures.daily[group.delivered] ?? DayFigures()
        dayFigures.delivered += count
        if let ready = group.ready {
          let onTime = targets.isOnTime(
            group.document, ready: ready, delivered: group.delivered, in: calendar)
          let share = Ratio(part: onTime ? count : 0, whole: count)
          dayFigures.onTime = dayFigures.onTime + share
          figures.onTime = figures.onTime + share
        }
        figures.daily[group.delivered] = dayFigures
        if group.atFirstVisit { firstVisits = firstVisits + Ratio(part: count, whole: count) }
      }

      let failures = try connection.rows(
        Self.failuresByReasonSQL, bounds, context: "counting failed attempts of \(period)"
      ) { (row) throws(StoreError) -> (FailureReason, Bool, Int) in
        let reason = try decoder.value(
          FailureReason.self, row.optionalText(0) ?? "", column: "reason", of: "request_event")
        return (reason, row.integer(1) != 0, row.int(2))
      }
      for (reason, isFirstVisit, count) in failures {
        figures.failuresByReason[reason, default: 0] += count
        if isFirstVisit { firstVisits = firstVisits + Ratio(part: 0, whole: count) }
      }
      figures.firstAttempt = firstVisits
      figures.residentsServed = try Self.residentsServed(in: period, connection)
      return figures
    }
  }

  /// Complexity: O(pending requests) rows read through the pending index.
  public func pendingFigures(
    on day: CalendarDay, targets: ServiceTargets, calendar: WorkingCalendar
  ) throws(StoreError) -> PendingFigures {
    var earliest: [DocumentKind: CalendarDay] = [:]
    for kind in DocumentKind.allCases {
      earliest[kind] = targets.earliestOnTimeReadyDay(for: kind, on: day, in: calendar)
    }
    return try read { (connection) throws(StoreError) -> PendingFigures in
      var figures = PendingFigures(pending: 0, overdue: 0)
      let groups = try connection.rows(
        Self.pendingByReadyDaySQL(dialect), context: "counting pending requests"
      ) { (row) throws(StoreError) -> (DocumentKind, CalendarDay, Int) in
        (
          try decoder.value(DocumentKind.self, row.text(0), column: "document", of: "request"),
          try wibDay(row.text(1), column: "ready_at"), row.int(2)
        )
      }
      for (document, ready, count) in groups {
        figures.pending += count
        if let cutoff = earliest[document], ready < cutoff { figures.overdue += count }
      }
      return figures
    }
  }

  /// Complexity: O(events recorded since `instant`).
  public func pendingRequests(at instant: Date) throws(StoreError) -> Int {
    try read { (connection) throws(StoreError) -> Int in
      let now = try connection.integer(
        "SELECT coalesce(sum(count), 0) FROM request_count WHERE state IN \(pendingStatesSQL)",
        context: "counting pending requests")
      let change = try connection.integer(
        Self.pendingChangeSQL, [.real(instant.timeIntervalSince1970)],
        context: "counting changes of the pending requests")
      return Int(now - change)
    }
  }

  /// Complexity: O(complaints received before `instant`).
  public func openComplaints(at instant: Date) throws(StoreError) -> Int {
    try read { (connection) throws(StoreError) -> Int in
      Int(
        try connection.integer(
          Self.openComplaintsAtSQL, [.real(instant.timeIntervalSince1970)],
          context: "counting complaints open at a time"))
    }
  }

  public func firstRecordedDay() throws(StoreError) -> CalendarDay? {
    try read { (connection) throws(StoreError) -> CalendarDay? in
      let first = try connection.firstRow(
        "SELECT min(time) FROM request_event", context: "reading the first event's time"
      ) { $0.optionalReal(0) }
      return (first ?? nil).map { CalendarDay(containing: Date(timeIntervalSince1970: $0)) }
    }
  }

  /// Complexity: O(days of the period) for a period from 1 January within one year;
  /// otherwise O(deliveries in the period).
  public func residentsServed(in period: ReportPeriod) throws(StoreError) -> Int {
    try read { (connection) throws(StoreError) -> Int in
      try Self.residentsServed(in: period, connection)
    }
  }

  /// Counts the distinct residents with a delivery in `period`: from the day counts of
  /// `served_first_day_count` when the period starts on 1 January and ends in that year,
  /// from the deliveries themselves otherwise.
  static func residentsServed(in period: ReportPeriod, _ connection: any SQLConnection)
    throws(StoreError) -> Int
  {
    let context = "counting residents served in \(period)"
    let first = period.first
    if first.month == 1, first.day == 1, period.last.year == first.year {
      return Int(
        try connection.integer(
          residentsServedFromNewYearSQL,
          [.text(first.description), .text(period.last.description)], context: context))
    }
    return Int(
      try connection.integer(
        residentsServedSQL,
        [.real(period.start.timeIntervalSince1970), .real(period.end.timeIntervalSince1970)],
        context: context))
  }

  private func wibDay(_ text: String, column: String) throws(StoreError) -> CalendarDay {
    guard let day = CalendarDay(iso: text) else {
      throw .incompatible(
        path: path, reason: "request has \(column) that is not a time (day '\(text)')")
    }
    return day
  }
}

/// One group of `groupedDeliveriesSQL`.
private struct DeliveryGroup {
  let delivered: CalendarDay
  let ready: CalendarDay?
  let document: DocumentKind
  let desa: String
  let atFirstVisit: Bool
  let count: Int
}

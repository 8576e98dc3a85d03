// The dashboard and CLI queries. Each runs in one read transaction, so its figures come
// from one snapshot. Queries on `request`, `request_event` and `complaint` go through an
// index, which the test "query plans use indexes" checks for `indexedQueries`. Counts by
// state come from the trigger-kept tables `request_count` and `complaint_count`.

import Foundation
import HDSCore

/// The pending states as an SQL list, matching the `request_pending_by_age` partial index.
package let pendingStatesSQL = "('ready', 'assigned', 'out-for-delivery')"

extension SQLStore {
  // MARK: Indexed query texts

  /// Deliveries in [?1, ?2), through `request_by_delivered_at`.
  static let deliveredCountSQL =
    "SELECT count(*) FROM request WHERE delivered_at >= ?1 AND delivered_at < ?2"

  /// Failed attempts in [?1, ?2), through `request_event_by_time`.
  static let failedAttemptsSQL = """
    SELECT count(*) FROM request_event e
    WHERE time >= ?1 AND time < ?2 AND action = 'fail-attempt' AND \(notUndoneSQL)
    """

  /// Leaves out an event of `e` that an undo took back. The undo is a later event of the
  /// same request, so `request_event_by_request` finds it without a scan.
  static let notUndoneSQL = """
    NOT EXISTS (
      SELECT 1 FROM request_event u
      WHERE u.request_id = e.request_id AND u.id > e.id AND u.corrects_event_id = e.id
        AND u.action = 'undo')
    """

  /// Requests held per courier and state for the delivery day ?1, through
  /// `request_by_day_courier`.
  static let heldByCourierSQL = """
    SELECT courier_id, state, count(*) FROM request
    WHERE delivery_day = ?1 AND courier_id IS NOT NULL
      AND state IN ('assigned', 'out-for-delivery')
    GROUP BY courier_id, state
    """

  static let deliveredByCourierSQL = """
    SELECT courier_id, count(*) FROM request
    WHERE delivered_at >= ?1 AND delivered_at < ?2 AND courier_id IS NOT NULL
    GROUP BY courier_id
    """

  static let failedByCourierSQL = """
    SELECT courier_id, count(*) FROM request_event e
    WHERE time >= ?1 AND time < ?2 AND action = 'fail-attempt' AND courier_id IS NOT NULL
      AND \(notUndoneSQL)
    GROUP BY courier_id
    """

  /// Deliveries per desa from the WIB day ?1 up to, not including, the day ?2, from the
  /// trigger-kept `delivery_count`.
  static let deliveriesByDesaSQL = """
    SELECT desa_code, sum(count) FROM delivery_count
    WHERE day >= ?1 AND day < ?2 GROUP BY desa_code
    """

  /// Deliveries per desa from the month ?1 up to, not including, the month ?2 ("YYYY-MM"),
  /// from the trigger-kept `delivery_month_count`.
  static let deliveriesByDesaInMonthsSQL = """
    SELECT desa_code, sum(count) FROM delivery_month_count
    WHERE month >= ?1 AND month < ?2 GROUP BY desa_code
    """

  /// The same for one month: equal months read the primary key in desa order, so the
  /// rows need no sorting.
  static let deliveriesByDesaInMonthSQL = """
    SELECT desa_code, count FROM delivery_month_count WHERE month = ?1
    """

  static let eventsOfRequestSQL =
    "SELECT \(RowDecoder.eventColumns) FROM request_event WHERE request_id = ?1 ORDER BY id"

  static let complaintsOfRequestSQL = """
    SELECT \(RowDecoder.complaintColumns) FROM complaint c
    WHERE c.request_id = ?1 ORDER BY c.received_at, c.id
    """

  /// Every query above, the queue page query, and the complaint, desa figures', survey and
  /// statistics queries, for the test that checks their plans.
  static let indexedQueries =
    [
      deliveredCountSQL, failedAttemptsSQL, heldByCourierSQL, deliveredByCourierSQL,
      failedByCourierSQL, deliveriesByDesaSQL, deliveriesByDesaInMonthsSQL,
      deliveriesByDesaInMonthSQL,
      eventsOfRequestSQL,
      complaintsOfRequestSQL,
      queueSQL(QueueFilterSQL(.pending, .sqlite)), rowsByIDSQL(count: 3), surveyTargetByIDSQL,
      surveyTargetByNumberSQL,
      surveyOfRequestSQL, surveyIndexSQL, requestIDByNumberSQL,
    ] + complaintQueries + desaFiguresQueries + statisticsQueries + auditQueries

  // MARK: Totals

  /// Counts per state from `request_count`, deliveries and failed attempts on `day` from
  /// the indexes on `request.delivered_at` and `request_event.time`, and open complaints
  /// from `complaint_count`.
  ///
  /// Complexity: O(desa × states + deliveries and events on `day`).
  public func totals(on day: CalendarDay) throws(StoreError) -> Totals {
    try read { (connection) throws(StoreError) -> Totals in
      var byState: [RequestState: Int] = [:]
      let counts = try connection.rows(
        "SELECT state, sum(count) FROM request_count GROUP BY state",
        context: "reading request counts"
      ) { (row) throws(StoreError) -> (RequestState, Int) in
        let state = try decoder.value(
          RequestState.self, row.text(0), column: "state", of: "request_count")
        return (state, row.int(1))
      }
      for (state, count) in counts { byState[state] = count }

      return Totals(
        byState: byState,
        deliveredOnDay: try deliveredCount(connection, from: day.start, to: day.end),
        failedAttemptsOnDay: Int(
          try connection.integer(
            Self.failedAttemptsSQL,
            [.real(day.start.timeIntervalSince1970), .real(day.end.timeIntervalSince1970)],
            context: "counting failed attempts on \(day)")),
        openComplaints: Int(
          try connection.integer(
            "SELECT sum(count) FROM complaint_count WHERE state IN \(openComplaintStatesSQL)",
            context: "counting open complaints")))
    }
  }

  private func deliveredCount(_ connection: any SQLConnection, from start: Date, to end: Date)
    throws(StoreError) -> Int
  {
    Int(
      try connection.integer(
        Self.deliveredCountSQL,
        [.real(start.timeIntervalSince1970), .real(end.timeIntervalSince1970)],
        context: "counting deliveries"))
  }

  private var openComplaintStatesSQL: String {
    "(" + openComplaintStates.map { "'\($0)'" }.joined(separator: ", ") + ")"
  }

  // MARK: Courier board

  /// Lists every active courier in name order with their requests for `day`.
  ///
  /// Assigned and out count requests whose delivery day is `day`. Delivered counts the
  /// requests the courier delivered during `day` (WIB), and failed counts the courier's
  /// failed-attempt events during `day` that no undo took back.
  ///
  /// Complexity: O(couriers + requests and events of `day`).
  public func courierBoard(on day: CalendarDay) throws(StoreError) -> [CourierDayRow] {
    let start = SQLValue.real(day.start.timeIntervalSince1970)
    let end = SQLValue.real(day.end.timeIntervalSince1970)
    return try read { (connection) throws(StoreError) -> [CourierDayRow] in
      let couriers = try connection.rows(
        "SELECT id, name FROM courier WHERE is_active = 1 ORDER BY \(dialect.caseless("name")), id",
        context: "listing active couriers"
      ) { (row) throws(StoreError) -> (Int64, String) in (row.integer(0), row.text(1)) }

      var heldPerCourier: [Int64: (assigned: Int, out: Int)] = [:]
      let heldRows = try connection.rows(
        Self.heldByCourierSQL, [.text(day.description)], context: "counting assignments for \(day)"
      ) { (row) throws(StoreError) -> (Int64, String, Int) in
        (row.integer(0), row.text(1), row.int(2))
      }
      for (courier, state, count) in heldRows {
        var entry = heldPerCourier[courier] ?? (0, 0)
        if state == RequestState.assigned.rawValue {
          entry.assigned += count
        } else {
          entry.out += count
        }
        heldPerCourier[courier] = entry
      }

      let delivered = try countsByCourier(
        connection, Self.deliveredByCourierSQL, [start, end],
        context: "counting deliveries per courier on \(day)")
      let failed = try countsByCourier(
        connection, Self.failedByCourierSQL, [start, end],
        context: "counting failed attempts per courier on \(day)")

      return couriers.map { id, name in
        CourierDayRow(
          courierID: id, name: name, assigned: heldPerCourier[id]?.assigned ?? 0,
          out: heldPerCourier[id]?.out ?? 0,
          delivered: delivered[id] ?? 0, failed: failed[id] ?? 0)
      }
    }
  }

  private func countsByCourier(
    _ connection: any SQLConnection, _ sql: String, _ values: [SQLValue], context: String
  ) throws(StoreError) -> [Int64: Int] {
    let rows = try connection.rows(sql, values, context: context) {
      (row) throws(StoreError) -> (Int64, Int) in (row.integer(0), row.int(1))
    }
    return Dictionary(rows, uniquingKeysWith: +)
  }

  // MARK: Desa loads

  /// Lists pending requests (from `request_count`) and deliveries on `day` and in its
  /// calendar month (through the `delivered_at` index) per desa, in desa code order, for
  /// the desa where any of the three is not zero.
  ///
  /// Complexity: O(desa × states + deliveries in the month).
  public func desaLoads(on day: CalendarDay) throws(StoreError) -> [DesaLoad] {
    let monthStart = CalendarDay(year: day.year, month: day.month, day: 1)
    let nextMonth =
      day.month == 12
      ? CalendarDay(year: day.year + 1, month: 1, day: 1)
      : CalendarDay(year: day.year, month: day.month + 1, day: 1)

    return try read { (connection) throws(StoreError) -> [DesaLoad] in
      let pendingRows = try connection.rows(
        """
        SELECT desa_code, sum(count) FROM request_count
        WHERE state IN \(pendingStatesSQL) GROUP BY desa_code
        """,
        context: "counting pending requests per desa"
      ) { (row) throws(StoreError) -> (String, Int) in (row.text(0), row.int(1)) }
      let pending = Dictionary(pendingRows, uniquingKeysWith: +)
      let onDay = try deliveriesByDesa(connection, from: day, until: day.adding(days: 1))
      let inMonth = try deliveriesByDesa(connection, from: monthStart, until: nextMonth)

      let codes = Set(pending.keys).union(onDay.keys).union(inMonth.keys).sorted()
      return codes.compactMap { code in
        let load = DesaLoad(
          desaCode: code, pending: pending[code] ?? 0, deliveredOnDay: onDay[code] ?? 0,
          deliveredInMonth: inMonth[code] ?? 0)
        let isEmpty = load.pending == 0 && load.deliveredOnDay == 0 && load.deliveredInMonth == 0
        return isEmpty ? nil : load
      }
    }
  }

  /// Deliveries per desa from the day `first` up to, not including, `end`: from the
  /// monthly counts when both are the first of a month, else from the daily ones.
  func deliveriesByDesa(
    _ connection: any SQLConnection, from first: CalendarDay, until end: CalendarDay
  )
    throws(StoreError) -> [String: Int]
  {
    let wholeMonths = first.day == 1 && end.day == 1
    var sql = wholeMonths ? Self.deliveriesByDesaInMonthsSQL : Self.deliveriesByDesaSQL
    var bounds = [first, end].map { day in
      wholeMonths ? String(day.description.prefix(7)) : day.description
    }
    let nextMonth =
      first.month == 12
      ? CalendarDay(year: first.year + 1, month: 1, day: 1)
      : CalendarDay(year: first.year, month: first.month + 1, day: 1)
    if wholeMonths, end == nextMonth {
      sql = Self.deliveriesByDesaInMonthSQL
      bounds = [bounds[0]]
    }
    let rows = try connection.rows(
      sql, bounds.map { .text($0) },
      context: "counting deliveries per desa"
    ) { (row) throws(StoreError) -> (String, Int) in (row.text(0), row.int(1)) }
    return Dictionary(rows, uniquingKeysWith: +)
  }

  // MARK: Request detail

  /// Reads the request with its resident, courier name, events in the order they were
  /// committed, and linked complaints oldest first. Throws `.notFound` for an unknown id.
  public func requestDetail(id: Int64) throws(StoreError) -> RequestDetail {
    try read { (connection) throws(StoreError) -> RequestDetail in
      try loadRequestDetail(connection, id: id)
    }
  }

  /// Reads what `requestDetail(id:)` returns inside the caller's transaction.
  func loadRequestDetail(_ connection: any SQLConnection, id: Int64) throws(StoreError)
    -> RequestDetail
  {
    let request = try loadRequest(connection, id: id)
    let courierName = try request.courierID.flatMap { (courierID) throws(StoreError) in
      try connection.firstRow(
        "SELECT name FROM courier WHERE id = ?1", [.integer(courierID)],
        context: "reading the courier of request \(id)"
      ) { $0.text(0) }
    }
    // Event ids follow commit order, which is the true order even when the clocks of two
    // machines disagree about `time`.
    let events = try connection.rows(
      Self.eventsOfRequestSQL, [.integer(id)], context: "reading the events of request \(id)",
      decoder.decodeEvent)
    let complaints = try connection.rows(
      Self.complaintsOfRequestSQL, [.integer(id)],
      context: "reading the complaints of request \(id)",
      decoder.decodeComplaint)
    return RequestDetail(
      request: request, courierName: courierName, events: events, complaints: complaints,
      survey: try surveyResponse(ofRequest: id, connection))
  }

  /// Reads one request with its resident; throws `.notFound` when there is none.
  func loadRequest(_ connection: any SQLConnection, id: Int64) throws(StoreError) -> DeliveryRequest
  {
    let request = try connection.firstRow(
      "SELECT \(RowDecoder.requestColumns) FROM \(RowDecoder.requestFrom) WHERE r.id = ?1",
      [.integer(id)], context: "reading request \(id)", decoder.decodeRequest)
    guard let request else { throw .notFound(entity: "request", id: id) }
    return request
  }

  // MARK: Couriers and settings

  /// Lists couriers in name order, ignoring case.
  public func couriers(includeInactive: Bool) throws(StoreError) -> [Courier] {
    try read { (connection) throws(StoreError) -> [Courier] in
      try connection.rows(
        """
        SELECT \(RowDecoder.courierColumns) FROM courier
        \(includeInactive ? "" : "WHERE is_active = 1")
        ORDER BY \(dialect.caseless("name")), id
        """,
        context: "listing couriers", decoder.decodeCourier)
    }
  }

  public func maxAttempts() throws(StoreError) -> Int {
    try withConnection { (connection) throws(StoreError) -> Int in
      try readMaxAttempts(connection)
    }
  }

  public func roadFactor() throws(StoreError) -> Double {
    try withConnection { (connection) throws(StoreError) -> Double in
      try readRoadFactor(connection)
    }
  }
}

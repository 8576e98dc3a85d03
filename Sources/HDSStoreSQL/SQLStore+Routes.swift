// A courier's route for a day: reading it in order, and accepting a planned day.

import Foundation
import HDSCore

extension SQLStore {
  // MARK: Reading a route

  static let routeSQL = """
    SELECT r.id, r.year, r.serial, r.route_position, r.state, r.document, p.name, p.phone,
      p.desa_code, p.dusun, p.rw, p.rt, p.street, r.attempts, r.version,
      coalesce(r.ready_at, r.received_at)
    FROM request r JOIN resident p ON p.id = r.resident_id
    WHERE r.courier_id = ?1 AND r.delivery_day = ?2
    ORDER BY r.route_position IS NULL, r.route_position, coalesce(r.ready_at, r.received_at), r.id
    """

  /// Reads the courier's stops for `day` through `request_route`.
  ///
  /// Complexity: O(stops of the courier that day).
  public func route(of courierID: Int64, on day: CalendarDay) throws(StoreError) -> [RouteStop] {
    try read { (connection) throws(StoreError) -> [RouteStop] in
      try connection.rows(
        Self.routeSQL, [.integer(courierID), .text(day.description)],
        context: "reading the route of courier \(courierID) for \(day)"
      ) { (row) throws(StoreError) -> RouteStop in
        let label = "request \(row.integer(0))"
        return RouteStop(
          requestID: row.integer(0), number: RequestNumber(year: row.int(1), serial: row.int(2)),
          position: row.optionalInteger(3).map { Int($0) },
          state: try decoder.value(RequestState.self, row.text(4), column: "state", of: label),
          document: try decoder.value(
            DocumentKind.self, row.text(5), column: "document", of: label),
          residentName: row.text(6), phone: row.optionalText(7).flatMap { try? PhoneNumber($0) },
          address: Address(
            desaCode: row.text(8), dusun: row.text(9), rw: row.int(10), rt: row.int(11),
            street: row.text(12)),
          attempts: row.int(13), version: row.int(14),
          waitingSince: Date(timeIntervalSince1970: row.real(15)))
      }
    }
  }

  // MARK: Accepting a plan

  /// Accepts `plan` as one transaction; see `Store.acceptPlan`.
  ///
  /// A ready request is assigned (an assign event whose detail adds its position); one
  /// already assigned to another courier or day is reassigned the same way; one already
  /// on this courier's route that day (assigned, out or delivered) only moves (a route
  /// event), or stays untouched when its position is the same. Any other state rejects
  /// the plan with `.invalid`.
  @discardableResult
  public func acceptPlan(_ plan: DispatchPlan, by actor: Actor, at time: Date) throws(StoreError)
    -> PlanChanges
  {
    try actor.require(.request)
    return try write { (connection) throws(StoreError) -> PlanChanges in
      var changes = PlanChanges()
      for route in plan.routes {
        for (index, stop) in route.stops.enumerated() {
          try place(
            stop.requestID, expectedVersion: stop.version, courierID: route.courierID,
            day: plan.day, position: index + 1, by: actor, at: time, connection,
            changes: &changes)
        }
      }
      return changes
    }
  }

  private func place(
    _ requestID: Int64, expectedVersion: Int, courierID: Int64, day: CalendarDay, position: Int,
    by actor: Actor, at time: Date, _ connection: any SQLConnection, changes: inout PlanChanges
  ) throws(StoreError) {
    let current = try loadRequest(connection, id: requestID)
    guard current.version == expectedVersion else {
      throw .conflict(
        request: current.number, expectedVersion: expectedVersion, current: current.state)
    }
    // A stop already on this route keeps its state and only moves: the order of a day
    // also numbers the stops that are out or handed over, so that no two share a place.
    let onRoute: [RequestState] = [.assigned, .outForDelivery, .delivered]
    let alreadyThere =
      onRoute.contains(current.state) && current.courierID == courierID
      && current.deliveryDay == day

    if alreadyThere {
      let previous = try connection.firstRow(
        "SELECT route_position FROM request WHERE id = ?1", [.integer(requestID)],
        context: "reading the route position of request \(current.number)"
      ) { $0.optionalInteger(0) }
      let old = previous ?? nil
      guard old != Int64(position) else {
        changes.unchanged += 1
        return
      }
      changes.reordered += 1
      changes.couriers.insert(courierID)
      try connection.run(
        "UPDATE request SET route_position = ?2, version = version + 1 WHERE id = ?1",
        [.integer(requestID), .integer(position)],
        context: "moving request \(current.number) in its route")
      try insertEvent(
        connection, requestID: requestID, time: time, actor: actor, action: .route,
        from: current.state, to: current.state,
        detail: EventDetail.format([
          ("position", String(position)), ("previous-position", old.map(String.init)),
        ]),
        courierID: courierID)
      return
    }

    guard current.state == .ready || current.state == .assigned else {
      throw .invalid(
        "request \(current.number) is \(current.state.rawValue); only ready or assigned"
          + " requests can be planned")
    }
    if current.state == .assigned {
      changes.reassigned += 1
    } else {
      changes.assigned += 1
    }
    changes.couriers.insert(courierID)
    _ = try apply(
      .assign(courierID: courierID, day: day), to: requestID, expectedVersion: expectedVersion,
      by: actor, at: time, extraDetail: [("position", String(position))], in: connection)
    try connection.run(
      "UPDATE request SET route_position = ?2 WHERE id = ?1",
      [.integer(requestID), .integer(position)],
      context: "placing request \(current.number) in its route")
  }
}

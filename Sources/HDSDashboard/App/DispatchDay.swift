import Foundation
import HDSCore

/// Gathers a day's ready requests, couriers on duty and road distances from the store and
/// proposes routes with the planner. Runs on the store queue.
enum DispatchDay {
  /// Limit on the ready requests one proposal takes, oldest first.
  /// NOTE: one kecamatan has some dozens a day; a kabupaten-wide store plans per
  /// kecamatan, which the single-kecamatan gazetteer does not model yet.
  static let candidateLimit = 1_000
  /// Open complaints read for priorities; a kecamatan has a dozen at a time.
  static let complaintLimit = 500

  static func propose(
    store: Store, day: CalendarDay, calendar: WorkingCalendar, kecamatan: Kecamatan,
    catalog: Catalog
  ) throws -> Result<PlanView, StatusMessage> {
    let couriers = try store.couriers(includeInactive: false).filter {
      $0.isOnDuty(day, calendar: calendar)
    }
    guard !couriers.isEmpty else {
      return .failure(
        StatusMessage(catalog.format(.planNoCouriers, catalog.date(day)), isError: true))
    }
    let board = Dictionary(
      uniqueKeysWithValues: try store.courierBoard(on: day).map { ($0.courierID, $0) })
    let targets = try store.serviceTargets()

    // Requests someone complained about go first. Open complaints are few, so one page
    // of them contains them all.
    let complained = Set(
      try store.complaints(ComplaintFilter(openOnly: true), offset: 0, limit: complaintLimit)
        .rows.compactMap(\.complaint.requestID))

    // An assigned stop is marked urgent by the same rule as a ready one, so that `!` means
    // the same thing on every line of the plan.
    func priority(waitingSince: Date, document: DocumentKind, attempts: Int, id: Int64) -> Int {
      let waited = calendar.workingDays(from: CalendarDay(containing: waitingSince), to: day)
      return DispatchProposer.priority(
        workingDaysWaiting: waited, target: targets[document], attempts: attempts,
        hasOpenComplaint: complained.contains(id))
    }

    var candidates: [DispatchCandidate] = []
    var stops: [Int64: PlanStop] = [:]
    var capacities: [(id: Int64, capacity: Int)] = []
    func add(_ stop: RouteStop, pinnedTo courierID: Int64?) {
      candidates.append(
        DispatchCandidate(
          requestID: stop.requestID, number: stop.number, version: stop.version,
          point: DispatchProposer.point(of: stop.address, in: kecamatan),
          priority: priority(
            waitingSince: stop.waitingSince, document: stop.document, attempts: stop.attempts,
            id: stop.requestID),
          pinnedCourierID: courierID))
      stops[stop.requestID] = PlanStop(
        residentName: stop.residentName, desaCode: stop.address.desaCode,
        dusun: stop.address.dusun, document: stop.document)
    }

    for courier in couriers {
      // Documents already out or handed over today use up the courier's day.
      let used = (board[courier.id]?.out ?? 0) + (board[courier.id]?.delivered ?? 0)
      let capacity = max(0, courier.dailyCapacity - used)
      capacities.append((courier.id, capacity))
      // Assigned stops stay with their courier up to the capacity; the rest, after a
      // capacity was lowered, are offered to the others.
      let assigned = try store.route(of: courier.id, on: day).filter { $0.state == .assigned }
      for (index, stop) in assigned.enumerated() {
        add(stop, pinnedTo: index < capacity ? courier.id : nil)
      }
    }
    // Stops assigned for today to a courier who is inactive or off duty would stay with
    // nobody, so they are offered to the couriers on duty.
    let onDuty = Set(couriers.map(\.id))
    for courier in try store.couriers(includeInactive: true) where !onDuty.contains(courier.id) {
      for stop in try store.route(of: courier.id, on: day) where stop.state == .assigned {
        add(stop, pinnedTo: nil)
      }
    }

    let ready = try store.queue(QueueQuery(states: [.ready]), offset: 0, limit: candidateLimit)
    for row in ready.rows where !row.needsCompletion {
      let address = Address(desaCode: row.desaCode, dusun: row.dusun, rw: 0, rt: 0)
      candidates.append(
        DispatchCandidate(
          requestID: row.id, number: row.number, version: row.version,
          point: DispatchProposer.point(of: address, in: kecamatan),
          priority: priority(
            waitingSince: row.waitingSince, document: row.document, attempts: row.attempts,
            id: row.id),
          pinnedCourierID: nil))
      stops[row.id] = PlanStop(
        residentName: row.residentName, desaCode: row.desaCode, dusun: row.dusun,
        document: row.document)
    }
    // With nothing to place, a new plan would only reorder routes the operator may have
    // arranged by hand.
    let needsCompletion = ready.rows.filter(\.needsCompletion).count
    guard candidates.contains(where: { $0.pinnedCourierID == nil }) else {
      let text =
        needsCompletion > 0
        ? catalog.format(.planEmptyNeedsCompletion, needsCompletion) : catalog[.planEmpty]
      return .failure(StatusMessage(text, isError: true))
    }

    let roads: RoadDistances
    switch try roadDistances(store: store, kecamatan: kecamatan) {
    case .success(let distances): roads = distances
    case .failure(let error):
      let first = error.problems.first?.description ?? ""
      return .failure(
        StatusMessage(
          catalog.format(.planRoadFileInvalid, error.problems.count, first), isError: true))
    }
    let proposal = try DispatchProposer.propose(
      day: day, candidates: candidates, couriers: capacities, roads: roads)
    let names = Dictionary(uniqueKeysWithValues: couriers.map { ($0.id, $0.name) })
    var view = PlanView(proposal: proposal, rows: stops, courierNames: names)
    view.needsCompletion = needsCompletion
    view.overLimit = max(0, ready.total - ready.rows.count)
    return .success(view)
  }

  /// Reads the store's road factor and `road-distances.csv`. An invalid file fails the
  /// plan rather than falling back to estimates, because the office wrote it to replace
  /// them.
  static func roadDistances(
    store: Store, kecamatan: Kecamatan
  ) throws -> Result<RoadDistances, RoadDistanceTableError> {
    var table = RoadDistanceTable.empty
    if let text = try store.roadDistanceText() {
      do {
        table = try RoadDistanceTable(parsing: text, in: kecamatan)
      } catch {
        return .failure(error)
      }
    }
    return .success(
      try RoadDistances(
        office: .office(of: kecamatan), roadFactor: try store.roadFactor(), table: table))
  }
}

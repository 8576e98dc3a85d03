// Route order, `acceptPlan`, and the route positions that other actions clear.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Routes and plans")
struct RouteTests {
  private static let nextDay = Fixture.day.adding(days: 3)

  /// A store with two couriers, Ani (first id) and Budi.
  private static func storeWithCouriers(_ directory: TemporaryDirectory) throws
    -> (SQLStore, ani: Int64, budi: Int64)
  {
    let store = try directory.openStore()
    let ani = try store.addCourier(Fixture.newCourier("Ani"), by: Fixture.user, at: Fixture.time(7))
    let budi = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    return (store, ani.id, budi.id)
  }

  private static func version(_ store: SQLStore, _ id: Int64) throws -> Int {
    try store.requestDetail(id: id).request.version
  }

  /// `route_position` of the request as SQL text: "NULL" or the number.
  private static func position(_ store: SQLStore, _ id: Int64) throws -> String {
    try store.texts("SELECT quote(route_position) FROM request WHERE id = \(id)")[0]
  }

  /// action|from|to|courier|detail of the request's events after creation and mark-ready.
  private static func planEvents(_ store: SQLStore, _ id: Int64) throws -> [String] {
    try store.texts(
      """
      SELECT action || '|' || from_state || '|' || to_state || '|' || quote(courier_id) || '|'
        || detail
      FROM request_event
      WHERE request_id = \(id) AND action NOT IN ('create', 'send-to-dukcapil', 'mark-ready')
      ORDER BY id
      """)
  }

  private static func plan(
    _ store: SQLStore, day: CalendarDay = Fixture.day, _ routes: [(Int64, [Int64])]
  ) throws -> DispatchPlan {
    DispatchPlan(
      day: day,
      routes: try routes.map { courier, requests in
        DispatchPlan.Route(
          courierID: courier, stops: try requests.map { ($0, try version(store, $0)) })
      })
  }

  // MARK: Reading a route

  @Test("route lists positions first")
  func routeListsPositionsFirst() throws {
    let directory = try TemporaryDirectory()
    let (store, ani, budi) = try Self.storeWithCouriers(directory)
    let unplannedLate = try store.readyRequest(1, readyAt: Fixture.time(8))
    let unplannedEarly = try store.readyRequest(2, readyAt: Fixture.time(7, 30))
    let second = try store.readyRequest(3, readyAt: Fixture.time(6))
    let first = try store.readyRequest(4, readyAt: Fixture.time(9))
    let otherDay = try store.readyRequest(5)
    let otherCourier = try store.readyRequest(6)

    for request in [unplannedLate, unplannedEarly] {
      _ = try store.apply(
        .assign(courierID: ani, day: Fixture.day), to: request.id, expectedVersion: nil,
        by: Fixture.user, at: Fixture.time(10))
    }
    try store.acceptPlan(
      try Self.plan(store, [(ani, [first.id, second.id]), (budi, [otherCourier.id])]),
      by: Fixture.user, at: Fixture.time(10, 5))
    try store.acceptPlan(
      try Self.plan(store, day: Self.nextDay, [(ani, [otherDay.id])]), by: Fixture.user,
      at: Fixture.time(10, 6))

    let route = try store.route(of: ani, on: Fixture.day)
    #expect(route.map(\.number) == [first, second, unplannedEarly, unplannedLate].map(\.number))
    #expect(route.map(\.position) == [1, 2, nil, nil])
    #expect(route.allSatisfy { $0.state == .assigned })
    #expect(try store.route(of: ani, on: Self.nextDay).map(\.requestID) == [otherDay.id])
    #expect(try store.route(of: budi, on: Fixture.day).map(\.requestID) == [otherCourier.id])
    #expect(try store.route(of: budi, on: Self.nextDay).isEmpty)
  }

  @Test("accepted plan counts its changes")
  func acceptCountsChanges() throws {
    let directory = try TemporaryDirectory()
    let (store, ani, budi) = try Self.storeWithCouriers(directory)
    let kept = try store.readyRequest(1)
    let moved = try store.readyRequest(2)
    let otherDay = try store.readyRequest(3)
    let fresh = try store.readyRequest(4)
    try store.acceptPlan(
      try Self.plan(store, [(ani, [kept.id, moved.id])]), by: Fixture.user,
      at: Fixture.time(10))
    try store.acceptPlan(
      try Self.plan(store, day: Self.nextDay, [(budi, [otherDay.id])]), by: Fixture.user,
      at: Fixture.time(10, 1))

    // kept stays first with Ani, moved goes second to third, otherDay comes from Budi's
    // later day to Ani, and fresh is new with Budi.
    let changes = try store.acceptPlan(
      try Self.plan(store, [(ani, [kept.id, otherDay.id, moved.id]), (budi, [fresh.id])]),
      by: Fixture.user, at: Fixture.time(10, 5))
    #expect(changes.assigned == 1)
    #expect(changes.reassigned == 1)
    #expect(changes.reordered == 1)
    #expect(changes.unchanged == 1)
    #expect(changes.couriers == [ani, budi])
  }

  @Test("unchanged plan counts nothing")
  func acceptUnchanged() throws {
    let directory = try TemporaryDirectory()
    let (store, ani, _) = try Self.storeWithCouriers(directory)
    let ready = try store.readyRequest(1)
    let first = try store.acceptPlan(
      try Self.plan(store, [(ani, [ready.id])]), by: Fixture.user, at: Fixture.time(10))
    #expect(first.assigned == 1)
    #expect(first.couriers == [ani])

    let again = try store.acceptPlan(
      try Self.plan(store, [(ani, [ready.id])]), by: Fixture.user, at: Fixture.time(10, 5))
    #expect(again.isEmpty)
    #expect(again.unchanged == 1)
    #expect(again.couriers.isEmpty)
  }

  @Test("route stop carries waiting since")
  func routeStopWaitingSince() throws {
    let directory = try TemporaryDirectory()
    let (store, ani, _) = try Self.storeWithCouriers(directory)
    let ready = try store.readyRequest(1, readyAt: Fixture.time(7, 45))
    try store.acceptPlan(
      try Self.plan(store, [(ani, [ready.id])]), by: Fixture.user, at: Fixture.time(10))
    let stop = try #require(try store.route(of: ani, on: Fixture.day).first)
    #expect(stop.waitingSince == Fixture.time(7, 45))
  }

  @Test("route stop carries resident")
  func routeStopCarriesResident() throws {
    let directory = try TemporaryDirectory()
    let (store, ani, _) = try Self.storeWithCouriers(directory)
    let ready = try store.readyRequest(7, desa: 2)
    try store.acceptPlan(
      try Self.plan(store, [(ani, [ready.id])]), by: Fixture.user, at: Fixture.time(10))

    let stop = try #require(try store.route(of: ani, on: Fixture.day).first)
    let resident = Fixture.resident(7, desa: 2)
    #expect(stop.residentName == resident.name)
    #expect(stop.phone == resident.phone)
    #expect(stop.address == resident.address)
    #expect(stop.document == .ktpEl)
    #expect(stop.attempts == 0)
    #expect(stop.version == (try Self.version(store, ready.id)))
  }

  @Test("dispatched stop keeps position")
  func dispatchedStopKeepsPosition() throws {
    let directory = try TemporaryDirectory()
    let (store, ani, _) = try Self.storeWithCouriers(directory)
    let first = try store.readyRequest(1)
    let second = try store.readyRequest(2)
    try store.acceptPlan(
      try Self.plan(store, [(ani, [first.id, second.id])]), by: Fixture.user,
      at: Fixture.time(9))

    _ = try store.apply(
      .dispatch, to: second.id, expectedVersion: nil, by: .operator("courier1"),
      at: Fixture.time(9, 30))

    let route = try store.route(of: ani, on: Fixture.day)
    #expect(route.map(\.requestID) == [first.id, second.id])
    #expect(route.map(\.state) == [.assigned, .outForDelivery])
    #expect(route.map(\.position) == [1, 2])
  }

  // MARK: Accepting a plan

  @Test("plan assigns ready requests")
  func planAssignsReadyRequests() throws {
    let directory = try TemporaryDirectory()
    let (store, ani, budi) = try Self.storeWithCouriers(directory)
    let a = try store.readyRequest(1)
    let b = try store.readyRequest(2)
    let c = try store.readyRequest(3)
    let events = try store.eventCount()

    try store.acceptPlan(
      try Self.plan(store, [(ani, [b.id, a.id]), (budi, [c.id])]), by: .operator("planner"),
      at: Fixture.time(10))

    #expect(try store.eventCount() == events + 3)
    #expect(
      try Self.planEvents(store, b.id)
        == ["assign|ready|assigned|\(ani)|courier=\(ani) day=2026-12-04 position=1"])
    #expect(
      try Self.planEvents(store, a.id)
        == ["assign|ready|assigned|\(ani)|courier=\(ani) day=2026-12-04 position=2"])
    #expect(
      try Self.planEvents(store, c.id)
        == ["assign|ready|assigned|\(budi)|courier=\(budi) day=2026-12-04 position=1"])
    #expect(try store.route(of: ani, on: Fixture.day).map(\.requestID) == [b.id, a.id])
    #expect(try store.route(of: budi, on: Fixture.day).map(\.position) == [1])
    for request in [a, b, c] {
      let detail = try store.requestDetail(id: request.id).request
      #expect(detail.state == .assigned)
      #expect(detail.version == request.version + 1)
      #expect(detail.deliveryDay == Fixture.day)
    }
  }

  @Test("plan moves assigned stops")
  func planMovesAssignedStops() throws {
    let directory = try TemporaryDirectory()
    let (store, ani, _) = try Self.storeWithCouriers(directory)
    let a = try store.readyRequest(1)
    let b = try store.readyRequest(2)
    let c = try store.readyRequest(3)
    let unplanned = try store.readyRequest(4)
    try store.acceptPlan(
      try Self.plan(store, [(ani, [a.id, b.id, c.id])]), by: Fixture.user, at: Fixture.time(9))
    _ = try store.apply(
      .assign(courierID: ani, day: Fixture.day), to: unplanned.id, expectedVersion: nil,
      by: Fixture.user, at: Fixture.time(9, 5))
    let versionA = try Self.version(store, a.id)
    let versionC = try Self.version(store, c.id)
    let events = try store.eventCount()

    try store.acceptPlan(
      try Self.plan(store, [(ani, [a.id, unplanned.id, c.id, b.id])]), by: Fixture.user,
      at: Fixture.time(10))

    // a stays first and c third, so they get no event and keep their versions.
    #expect(try store.eventCount() == events + 2)
    #expect(try Self.version(store, a.id) == versionA)
    #expect(try Self.planEvents(store, a.id).count == 1)
    #expect(
      try Self.planEvents(store, unplanned.id).last
        == "route|assigned|assigned|\(ani)|position=2")
    #expect(try Self.version(store, c.id) == versionC)
    #expect(try Self.planEvents(store, c.id).count == 1)
    #expect(
      try Self.planEvents(store, b.id).last
        == "route|assigned|assigned|\(ani)|position=4 previous-position=2")
    #expect(
      try store.route(of: ani, on: Fixture.day).map(\.requestID)
        == [a.id, unplanned.id, c.id, b.id])
  }

  @Test("plan reassigns from another courier")
  func planReassignsFromAnotherCourier() throws {
    let directory = try TemporaryDirectory()
    let (store, ani, budi) = try Self.storeWithCouriers(directory)
    let request = try store.readyRequest(1)
    try store.acceptPlan(
      try Self.plan(store, [(budi, [request.id])]), by: Fixture.user, at: Fixture.time(9))

    try store.acceptPlan(
      try Self.plan(store, [(ani, [request.id])]), by: Fixture.user, at: Fixture.time(10))

    #expect(
      try Self.planEvents(store, request.id).last
        == "assign|assigned|assigned|\(ani)|courier=\(ani) day=2026-12-04"
        + " previous-courier=\(budi) previous-day=2026-12-04 position=1")
    #expect(try store.route(of: budi, on: Fixture.day).isEmpty)
    #expect(try store.route(of: ani, on: Fixture.day).map(\.position) == [1])
  }

  @Test("plan rejects another courier's dispatched stops")
  func planRejectsDispatchedStops() throws {
    let directory = try TemporaryDirectory()
    let (store, ani, budi) = try Self.storeWithCouriers(directory)
    let ready = try store.readyRequest(1)
    let out = try store.readyRequest(2)
    let delivered = try store.readyRequest(3)
    try store.dispatch(out.id, courier: ani)
    try store.dispatch(delivered.id, courier: budi)
    _ = try store.apply(
      .deliver(Fixture.resident), to: delivered.id, expectedVersion: nil, by: .operator("courier1"),
      at: Fixture.time(11))
    let events = try store.eventCount()
    let versions = try [ready, out, delivered].map { try Self.version(store, $0.id) }

    // Budi's handed-over stop cannot go on Ani's route.
    #expect(
      throws: StoreError.invalid(
        "request \(delivered.number) is delivered; only ready or assigned requests can be planned")
    ) {
      try store.acceptPlan(
        try Self.plan(store, [(ani, [ready.id, delivered.id])]), by: Fixture.user,
        at: Fixture.time(12))
    }
    #expect(try store.eventCount() == events)
    #expect(try [ready, out, delivered].map { try Self.version(store, $0.id) } == versions)
    #expect(try store.requestDetail(id: ready.id).request.state == .ready)
    #expect(try Self.position(store, ready.id) == "NULL")

    // Ani's own stop out for delivery only takes its place in her route.
    try store.acceptPlan(
      try Self.plan(store, [(ani, [out.id, ready.id])]), by: Fixture.user, at: Fixture.time(12))
    #expect(try store.requestDetail(id: out.id).request.state == .outForDelivery)
    #expect(try Self.position(store, out.id) == "1")
    #expect(try Self.position(store, ready.id) == "2")
    #expect(try store.requestDetail(id: out.id).events.last?.action == .route)
  }

  @Test("stale version rejects whole plan")
  func staleVersionRejectsWholePlan() throws {
    let directory = try TemporaryDirectory()
    let (store, ani, budi) = try Self.storeWithCouriers(directory)
    let a = try store.readyRequest(1)
    let b = try store.readyRequest(2)
    let c = try store.readyRequest(3)
    try store.acceptPlan(
      try Self.plan(store, [(ani, [a.id])]), by: Fixture.user, at: Fixture.time(9))
    let proposal = try Self.plan(store, [(ani, [b.id, a.id]), (budi, [c.id])])

    // Someone assigns c by hand after the proposal was made.
    _ = try store.apply(
      .assign(courierID: ani, day: Fixture.day), to: c.id, expectedVersion: nil,
      by: .operator("operator2"), at: Fixture.time(9, 30))
    let events = try store.eventCount()
    let versions = try [a, b, c].map { try Self.version(store, $0.id) }
    let positions = try [a, b, c].map { try Self.position(store, $0.id) }

    #expect(
      throws: StoreError.conflict(
        request: c.number, expectedVersion: c.version, current: .assigned)
    ) {
      try store.acceptPlan(proposal, by: Fixture.user, at: Fixture.time(10))
    }
    #expect(try store.eventCount() == events)
    #expect(try [a, b, c].map { try Self.version(store, $0.id) } == versions)
    #expect(try [a, b, c].map { try Self.position(store, $0.id) } == positions)
    #expect(try store.requestDetail(id: b.id).request.state == .ready)
  }

  @Test("overlapping plans on two connections")
  func overlappingPlansOnTwoConnections() throws {
    let directory = try TemporaryDirectory()
    let (setup, ani, budi) = try Self.storeWithCouriers(directory)
    let onlyAni = try setup.readyRequest(1)
    let shared = try setup.readyRequest(2)
    let onlyBudi = try setup.readyRequest(3)
    let planAni = try Self.plan(setup, [(ani, [onlyAni.id, shared.id])])
    let planBudi = try Self.plan(setup, [(budi, [shared.id, onlyBudi.id])])
    let events = try setup.eventCount()

    let first = try directory.openStore()
    let second = try directory.openStore()
    let results = PlanResults()
    let start = DispatchSemaphore(value: 0)
    let group = DispatchGroup()
    for (store, plan, name) in [(first, planAni, "ani"), (second, planBudi, "budi")] {
      group.enter()
      Thread.detachNewThread {
        start.wait()
        do {
          try store.acceptPlan(plan, by: .operator(name), at: Fixture.time(10))
          results.record(name, nil)
        } catch {
          results.record(name, error)
        }
        group.leave()
      }
    }
    start.signal()
    start.signal()
    #expect(group.wait(timeout: .now() + 30) == .success)

    let outcomes = results.all
    #expect(outcomes.count == 2)
    let winners = outcomes.filter { $0.value == nil }.map(\.key)
    #expect(winners.count == 1)
    let winner = try #require(winners.first)
    let loser = winner == "ani" ? "budi" : "ani"
    #expect(
      outcomes[loser] ?? nil
        == .conflict(request: shared.number, expectedVersion: shared.version, current: .assigned))

    let winnerID = winner == "ani" ? ani : budi
    let loserID = winner == "ani" ? budi : ani
    let winnerStops = winner == "ani" ? [onlyAni.id, shared.id] : [shared.id, onlyBudi.id]
    let loserOnly = winner == "ani" ? onlyBudi : onlyAni
    #expect(try setup.route(of: winnerID, on: Fixture.day).map(\.requestID) == winnerStops)
    #expect(try setup.route(of: loserID, on: Fixture.day).isEmpty)
    #expect(try setup.eventCount() == events + 2)
    #expect(try setup.requestDetail(id: shared.id).request.version == shared.version + 1)
    #expect(try setup.requestDetail(id: loserOnly.id).request == loserOnly)
  }

  // MARK: Positions other actions clear

  @Test("leaving route clears position")
  func leavingRouteClearsPosition() throws {
    let directory = try TemporaryDirectory()
    let (store, ani, budi) = try Self.storeWithCouriers(directory)
    let unassigned = try store.readyRequest(1)
    let failed = try store.readyRequest(2)
    let cancelled = try store.readyRequest(3)
    let reassigned = try store.readyRequest(4)
    let sameCourierOtherDay = try store.readyRequest(5)
    let all = [unassigned, failed, cancelled, reassigned, sameCourierOtherDay]
    try store.acceptPlan(
      try Self.plan(store, [(ani, all.map(\.id))]), by: Fixture.user, at: Fixture.time(9))
    #expect(try all.map { try Self.position(store, $0.id) } == ["1", "2", "3", "4", "5"])

    _ = try store.apply(
      .unassign, to: unassigned.id, expectedVersion: nil, by: Fixture.user, at: Fixture.time(10))
    _ = try store.apply(
      .dispatch, to: failed.id, expectedVersion: nil, by: .operator("courier1"),
      at: Fixture.time(10))
    _ = try store.apply(
      .failAttempt(.notAtHome, note: ""), to: failed.id, expectedVersion: nil,
      by: .operator("courier1"),
      at: Fixture.time(11))
    _ = try store.apply(
      .cancel(reason: "moved away"), to: cancelled.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(10))
    _ = try store.apply(
      .assign(courierID: budi, day: Fixture.day), to: reassigned.id, expectedVersion: nil,
      by: Fixture.user, at: Fixture.time(10))
    _ = try store.apply(
      .assign(courierID: ani, day: Self.nextDay), to: sameCourierOtherDay.id,
      expectedVersion: nil, by: Fixture.user, at: Fixture.time(10))

    for request in all {
      #expect(try Self.position(store, request.id) == "NULL", "request \(request.number)")
    }
    #expect(try store.route(of: ani, on: Fixture.day).isEmpty)
    #expect(try store.route(of: budi, on: Fixture.day).map(\.position) == [nil])
  }
}

/// Outcomes of the threads of one test, by name; nil for success.
private final class PlanResults: @unchecked Sendable {
  private let lock = NSLock()
  private var outcomes: [String: StoreError?] = [:]

  func record(_ name: String, _ error: Error?) {
    lock.lock()
    defer { lock.unlock() }
    outcomes.updateValue(
      error.map { ($0 as? StoreError) ?? .invalid("unexpected \($0)") }, forKey: name)
  }

  var all: [String: StoreError?] {
    lock.lock()
    defer { lock.unlock() }
    return outcomes
  }
}

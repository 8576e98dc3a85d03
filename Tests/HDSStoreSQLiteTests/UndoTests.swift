import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Undo")
struct UndoTests {
  /// An undoable action and the state it starts from.
  enum Case: String, CaseIterable, Sendable {
    case sendToDukcapil
    case markReady
    case assignFromReady
    case reassign
    case unassign
    case dispatch
    case deliver
    case deliverAtCounter
    case failAttempt
    case failAttemptToOffice
    case cancelReceived
    case cancelInProcess
    case cancelReady
    case cancelAssigned
    case cancelOutForDelivery
    case cancelReturnedToOffice
  }

  let directory: TemporaryDirectory
  let store: SQLStore
  let ani: Int64
  let budi: Int64

  static let wife = Handover(
    recipientKind: .familyMember, recipientName: "Siti", relation: "istri")

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.openStore()
    ani = try store.addCourier(Fixture.newCourier("Ani"), by: Fixture.user, at: Fixture.time(7)).id
    budi = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7)
    ).id
  }

  // MARK: Set-up

  /// Minutes after 07:00 on the fixture day, one per step, so events have distinct times.
  final class Clock {
    var minutes = 0
    func next() -> Date {
      minutes += 1
      return Fixture.time(7).addingTimeInterval(TimeInterval(minutes * 60))
    }
  }

  /// Creates a request with another request around it, brings it to the case's start,
  /// and returns it with the action to undo.
  func prepare(_ testCase: Case, clock: Clock) throws -> (id: Int64, action: RequestAction) {
    // Neighbours in the same desa and with the same couriers, so that counters and the
    // courier board have more than the one request to get wrong.
    let neighbour = try store.readyRequest(9, readyAt: clock.next())
    try store.dispatch(neighbour.id, courier: ani)

    let id = try store.createRequest(Fixture.newRequest(1), by: Fixture.user, at: clock.next()).id
    func run(_ actions: [RequestAction]) throws {
      for action in actions {
        _ = try store.apply(
          action, to: id, expectedVersion: nil, by: Fixture.user, at: clock.next())
      }
    }
    let toReady: [RequestAction] = [.sendToDukcapil, .markReady]
    let assignAni = RequestAction.assign(courierID: ani, day: Fixture.day)
    let toOut = toReady + [assignAni, .dispatch]
    let toOffice =
      toOut + [.failAttempt(.notAtHome, note: ""), assignAni, .dispatch]
      + [.failAttempt(.addressNotFound, note: "")]

    switch testCase {
    case .sendToDukcapil:
      return (id, .sendToDukcapil)
    case .markReady:
      try run([.sendToDukcapil])
      return (id, .markReady)
    case .assignFromReady:
      try run(toReady)
      return (id, assignAni)
    case .reassign:
      try run(toReady + [assignAni])
      return (id, .assign(courierID: budi, day: Fixture.day.adding(days: 1)))
    case .unassign:
      try run(toReady + [assignAni])
      return (id, .unassign)
    case .dispatch:
      try run(toReady + [assignAni])
      return (id, .dispatch)
    case .deliver:
      try run(toOut)
      return (id, .deliver(Self.wife))
    case .deliverAtCounter:
      try run(toOffice)
      return (id, .deliver(Fixture.resident))
    case .failAttempt:
      try run(toOut)
      return (id, .failAttempt(.other, note: "anjing galak"))
    case .failAttemptToOffice:
      try run(toOut + [.failAttempt(.notAtHome, note: ""), assignAni, .dispatch])
      return (id, .failAttempt(.refused, note: ""))
    case .cancelReceived:
      return (id, .cancel(reason: "salah input"))
    case .cancelInProcess:
      try run([.sendToDukcapil])
      return (id, .cancel(reason: "ditolak Dukcapil"))
    case .cancelReady:
      try run(toReady)
      return (id, .cancel(reason: "diambil sendiri"))
    case .cancelAssigned:
      try run(toReady + [assignAni])
      return (id, .cancel(reason: "diambil sendiri"))
    case .cancelOutForDelivery:
      try run(toOut)
      return (id, .cancel(reason: "pindah"))
    case .cancelReturnedToOffice:
      try run(toOffice)
      return (id, .cancel(reason: "tidak diambil"))
    }
  }

  /// Everything the dashboard shows that one request can change.
  struct Figures: Equatable {
    let counters: [String]
    let totals: Totals
    let board: [CourierDayRow]
    let loads: [DesaLoad]
    let pending: [Int64]
  }

  func figures() throws -> Figures {
    Figures(
      counters: try store.requestCounters(), totals: try store.totals(on: Fixture.day),
      board: try store.courierBoard(on: Fixture.day), loads: try store.desaLoads(on: Fixture.day),
      pending: try store.pendingQueue(offset: 0, limit: 50).rows.map(\.id))
  }

  /// Returns the error `undo` throws, or nil when it succeeds.
  func undoError(_ eventID: Int64, of id: Int64) -> StoreError? {
    do throws(StoreError) {
      _ = try store.undo(eventID: eventID, of: id, by: Fixture.user, at: Fixture.time(15))
      return nil
    } catch {
      return error
    }
  }

  // MARK: Undoable actions

  @Test("undo restores request", arguments: Case.allCases)
  func undoRestores(testCase: Case) throws {
    let clock = Clock()
    let (id, action) = try prepare(testCase, clock: clock)
    let before = try store.requestDetail(id: id)
    let storedBefore = try store.storedEvents()
    let figuresBefore = try figures()

    let acted = try store.apply(
      action, to: id, expectedVersion: nil, by: .operator("courier1"), at: clock.next())
    #expect(acted.state != before.request.state || acted.courierID != before.request.courierID)
    let actionEvent = try #require(try store.requestDetail(id: id).events.last)
    #expect(actionEvent.action == action.kind)

    let undone = try store.undo(eventID: actionEvent.id, of: id, by: Fixture.user, at: clock.next())
    var expected = before.request
    expected.version = undone.version
    #expect(undone == expected)
    #expect(undone.state == before.request.state)
    #expect(undone.attempts == before.request.attempts)
    #expect(undone.courierID == before.request.courierID)
    #expect(undone.deliveryDay == before.request.deliveryDay)
    #expect(undone.readyAt == before.request.readyAt)
    #expect(undone.deliveredAt == before.request.deliveredAt)
    #expect(undone.handover == before.request.handover)
    #expect(undone.version == before.request.version + 2)

    let after = try store.requestDetail(id: id)
    #expect(after.request == undone)
    #expect(after.courierName == before.courierName)
    #expect(after.events.count == before.events.count + 2)
    let undoEvent = try #require(after.events.last)
    #expect(undoEvent.action == .undo)
    #expect(undoEvent.correctsEventID == actionEvent.id)
    #expect(undoEvent.from == acted.state)
    #expect(undoEvent.to == before.request.state)
    #expect(undoEvent.user == Fixture.user.user)

    let storedAfter = try store.storedEvents()
    #expect(storedAfter.count == storedBefore.count + 2)
    #expect(Array(storedAfter.prefix(storedBefore.count)) == storedBefore)
    #expect(try store.requestCounters() == store.countedRequests())
    #expect(try figures() == figuresBefore)
  }

  @Test("request works on after undo")
  func actAfterUndo() throws {
    let clock = Clock()
    let (id, action) = try prepare(.failAttemptToOffice, clock: clock)
    _ = try store.apply(
      action, to: id, expectedVersion: nil, by: .operator("courier1"), at: clock.next())
    let event = try #require(try store.requestDetail(id: id).events.last)
    let undone = try store.undo(eventID: event.id, of: id, by: Fixture.user, at: clock.next())
    #expect(undone.state == .outForDelivery)
    #expect(undone.attempts == 1)

    // The courier records what really happened: the last attempt counts again.
    let delivered = try store.apply(
      .deliver(Self.wife), to: id, expectedVersion: undone.version, by: .operator("courier1"),
      at: clock.next())
    #expect(delivered.state == .delivered)
    #expect(delivered.courierID == ani)
    #expect(delivered.handover == Self.wife)
  }

  // MARK: What cannot be undone

  /// Checks that `undo(eventID:)` throws `.notLatestChange` or `.cannotUndo` naming the
  /// request, and leaves the store as it was.
  func expectRejected(_ eventID: Int64, of id: Int64, _ label: String) throws {
    let request = try store.requestDetail(id: id).request
    let events = try store.storedEvents()
    let counters = try store.requestCounters()

    let error = undoError(eventID, of: id)
    switch error {
    case .notLatestChange(let number)?, .cannotUndo(let number, _)?:
      #expect(number == request.number, "\(label)")
    default:
      Issue.record("\(label): expected a rejected undo, got \(String(describing: error))")
      return
    }
    #expect(try store.requestDetail(id: id).request == request, "\(label)")
    #expect(try store.storedEvents() == events, "\(label)")
    #expect(try store.requestCounters() == counters, "\(label)")
  }

  @Test("earlier event rejected")
  func earlierEvent() throws {
    let ready = try store.readyRequest(1)
    let events = try store.requestDetail(id: ready.id).events
    #expect(events.map(\.action) == [.create, .sendToDukcapil, .markReady])
    try expectRejected(events[1].id, of: ready.id, "send-to-dukcapil before mark-ready")
  }

  @Test("creation rejected")
  func creation() throws {
    let created = try store.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    let event = try #require(try store.requestDetail(id: created.id).events.first)
    try expectRejected(event.id, of: created.id, "create")
  }

  @Test("undo of undo rejected")
  func undoOfUndo() throws {
    let ready = try store.readyRequest(1)
    let markReady = try #require(try store.requestDetail(id: ready.id).events.last)
    _ = try store.undo(eventID: markReady.id, of: ready.id, by: Fixture.user, at: Fixture.time(9))
    let undoEvent = try #require(try store.requestDetail(id: ready.id).events.last)
    #expect(undoEvent.action == .undo)

    try expectRejected(undoEvent.id, of: ready.id, "undo")
    try expectRejected(markReady.id, of: ready.id, "mark-ready already undone")
  }

  @Test("correction rejected")
  func correction() throws {
    let ready = try store.readyRequest(1)
    let markReady = try #require(try store.requestDetail(id: ready.id).events.last)
    _ = try store.correct(
      .residentName("Warga Satu"), of: ready.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(9))
    let correctEvent = try #require(try store.requestDetail(id: ready.id).events.last)
    #expect(correctEvent.action == .correct)

    try expectRejected(correctEvent.id, of: ready.id, "correct")
    try expectRejected(markReady.id, of: ready.id, "mark-ready before a correction")
  }

  @Test("unknown event not found")
  func unknownEvent() throws {
    let first = try store.readyRequest(1)
    let second = try store.readyRequest(2)
    let otherEvent = try #require(try store.requestDetail(id: second.id).events.last)
    let events = try store.storedEvents()

    #expect(
      undoError(otherEvent.id, of: first.id)
        == .notFound(entity: "event of request \(first.number)", id: otherEvent.id))
    #expect(
      undoError(9_999, of: first.id)
        == .notFound(entity: "event of request \(first.number)", id: 9_999))
    #expect(undoError(otherEvent.id, of: 9_999) == .notFound(entity: "request", id: 9_999))
    #expect(try store.storedEvents() == events)
  }
}

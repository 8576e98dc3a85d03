import Foundation
import HDSCore
import Testing

@testable import HDSDashboard

@Suite("Dispatch day")
struct DispatchDayTests {
  let day = CalendarDay(containing: SampleFixture.now)

  func propose(_ fixture: SampleFixture) throws -> PlanView {
    let result = try DispatchDay.propose(
      store: fixture.store, day: day, calendar: WorkingCalendar(), kecamatan: Kromengan.kecamatan,
      catalog: Catalog(.indonesian))
    guard case .success(let view) = result else {
      Issue.record("no plan: \(result)")
      throw CancellationError()
    }
    return view
  }

  @Test("capacity respected, every ready request placed")
  func capacity() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let view = try propose(fixture)
    let ready = try fixture.store.queue(QueueQuery(states: [.ready]), offset: 0, limit: 1000).rows
    let placed = Set(view.proposal.routes.flatMap { $0.stops.map(\.requestID) })
    for row in ready { #expect(placed.contains(row.id), "\(row.number) not planned") }
    for route in view.proposal.routes {
      #expect(route.stops.count <= route.capacity, "courier \(route.courierID) over capacity")
    }
    #expect(view.proposal.unplaced.isEmpty)
  }

  @Test("courier off duty gets no route")
  func workingDays() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let couriers = try fixture.store.couriers(includeInactive: false)
    let off = try #require(couriers.first)
    // The fixture's day is a Friday (5); this courier now works Monday to Thursday.
    _ = try fixture.store.updateCourier(
      id: off.id, CourierUpdate(workingDays: [1, 2, 3, 4]), by: .operator("test"),
      at: SampleFixture.now)
    let view = try propose(fixture)
    #expect(!view.proposal.routes.contains { $0.courierID == off.id })
    #expect(view.proposal.routes.count == couriers.count - 1)
  }

  @Test("assigned stops stay with their courier")
  func pinned() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let view = try propose(fixture)
    for route in view.proposal.routes {
      for stop in route.stops where stop.pinnedCourierID != nil {
        #expect(stop.pinnedCourierID == route.courierID)
      }
    }
  }

  @Test("open complaint raises the priority")
  func complaintPriority() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let ready = try #require(
      try fixture.store.queue(QueueQuery(states: [.ready]), offset: 0, limit: 1000).rows.first {
        $0.attempts == 0
      })
    _ = try fixture.store.logComplaint(
      NewComplaint(
        channel: .walkIn, category: .late, weight: .light, complainantName: ready.residentName,
        requestID: ready.id, description: "Belum sampai."),
      calendar: WorkingCalendar(), by: .operator("test"), at: SampleFixture.now)
    let view = try propose(fixture)
    let stop = try #require(
      view.proposal.routes.flatMap(\.stops).first { $0.requestID == ready.id })
    #expect(stop.priority == 3)
  }

  @Test("stops of an inactive courier are offered to others")
  func inactiveCourierStops() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let board = try fixture.store.courierBoard(on: day)
    let busy = try #require(board.first { $0.assigned > 0 })
    let stranded = try fixture.store.route(of: busy.courierID, on: day).filter {
      $0.state == .assigned
    }
    _ = try fixture.store.updateCourier(
      id: busy.courierID, CourierUpdate(isActive: false), by: .operator("test"),
      at: SampleFixture.now)

    let view = try propose(fixture)
    let planned = view.proposal.routes.flatMap(\.stops)
    for stop in stranded {
      let candidate = try #require(planned.first { $0.requestID == stop.requestID })
      #expect(candidate.pinnedCourierID == nil, "\(stop.number) still pinned")
    }
    #expect(!view.proposal.routes.contains { $0.courierID == busy.courierID })
  }

  @Test("stops over a lowered capacity are offered to others")
  func loweredCapacity() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let board = try fixture.store.courierBoard(on: day)
    let busy = try #require(
      board.first { $0.assigned >= 2 && $0.out == 0 && $0.delivered == 0 }
        ?? board.first { $0.assigned >= 2 })
    let used = busy.out + busy.delivered
    _ = try fixture.store.updateCourier(
      id: busy.courierID, CourierUpdate(dailyCapacity: used + 1), by: .operator("test"),
      at: SampleFixture.now)

    let view = try propose(fixture)
    let route = try #require(view.proposal.routes.first { $0.courierID == busy.courierID })
    #expect(route.stops.count <= 1)
    let pinned = view.proposal.routes.flatMap(\.stops).filter {
      $0.pinnedCourierID == busy.courierID
    }
    #expect(pinned.count == 1)
  }

  @Test("nothing ready proposes no plan")
  func nothingReady() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let first = try propose(fixture)
    try fixture.store.acceptPlan(first.proposal.plan, by: .operator("test"), at: SampleFixture.now)

    let again = try DispatchDay.propose(
      store: fixture.store, day: day, calendar: WorkingCalendar(), kecamatan: Kromengan.kecamatan,
      catalog: Catalog(.indonesian))
    guard case .failure(let message) = again else {
      Issue.record("a plan with nothing to place")
      return
    }
    #expect(message.text == "Tidak ada dokumen siap untuk direncanakan.")
  }
}

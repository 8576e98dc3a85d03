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
      id: off.id, CourierUpdate(workingDays: [1, 2, 3, 4]), by: "test", at: SampleFixture.now)
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
      by: "test", at: SampleFixture.now)
    let view = try propose(fixture)
    let stop = try #require(
      view.proposal.routes.flatMap(\.stops).first { $0.requestID == ready.id })
    #expect(stop.priority == 3)
  }
}

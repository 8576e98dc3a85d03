import Foundation
import HDSCore
import Testing

@testable import HDSDashboard

/// The courier role sees only the route of the courier linked to its login.
@Suite("Courier's own view")
struct CourierViewTests {
  private let layout = Layout(rows: 30, cols: 100)

  @Test("the queue and courier pane keep to the own courier, whatever the filter")
  func ownCourier() throws {
    let fixture = try SampleFixture(requests: 60)
    defer { fixture.remove() }
    let base = try fixture.state()
    let board = try #require(base.snapshot?.courierBoard)
    #expect(board.count > 1)
    let own = try #require(board.last { $0.assigned + $0.out > 0 }).courierID

    var state = base
    state.role = .courier
    state.ownCourierID = own
    #expect(state.courierScope == own)
    #expect(state.courierRows.map(\.courierID) == [own])

    // A filter form that names no courier still shows only the own courier.
    state.query.courierID = nil
    _ = KeyHandler.handle(.character("F"), state: &state, layout: layout)
    let effects = KeyHandler.handle(.enter, state: &state, layout: layout)
    #expect(state.query.courierID == own)
    #expect(effects == [.setQuery(state.query)])

    let window = ViewWindow(query: state.query)
    var loaded = try fixture.state(window: window)
    loaded.role = .courier
    loaded.ownCourierID = own
    let rows = try #require(loaded.snapshot?.queue.rows)
    #expect(!rows.isEmpty, "the own courier has requests to carry")
    let detailCourier = try rows.map {
      try fixture.store.requestDetail(id: $0.id).request.courierID
    }
    #expect(detailCourier.allSatisfy { $0 == own }, "\(detailCourier)")
  }

  @Test("without a linked courier the courier role sees no requests and no complaints")
  func unlinked() throws {
    let fixture = try SampleFixture(requests: 60)
    defer { fixture.remove() }
    var state = try fixture.state()
    state.role = .courier
    #expect(state.courierScope == 0)
    #expect(state.courierRows.isEmpty)
    #expect(!state.seesComplaints)
    let text = Renderer.render(state, rows: 30, cols: 100).text
    #expect(text.contains("Aduan khusus petugas"), "\(text)")

    let window = ViewWindow(query: QueueQuery.pending.scoped(to: 0))
    let loaded = try fixture.state(window: window)
    #expect(loaded.snapshot?.queue.total == 0)
  }
}

extension QueueQuery {
  fileprivate func scoped(to courier: Int64) -> QueueQuery {
    var query = self
    query.courierID = courier
    return query
  }
}

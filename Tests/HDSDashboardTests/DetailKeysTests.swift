import Foundation
import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

/// Keys typed in a request's detail view: the command line and search close it first, and
/// u takes back that request's latest event when this user made it.
@Suite("Detail view keys")
struct DetailKeysTests {
  private let layout = Layout(rows: 30, cols: 100)

  private func type(_ text: String, _ state: inout DashboardState) -> [Effect] {
    text.flatMap { KeyHandler.handle(.character($0), state: &state, layout: layout) }
  }

  /// Returns the detail of a ready request.
  private func readyDetail(_ fixture: SampleFixture) throws -> RequestDetail {
    let row = try #require(
      try fixture.store.queue(QueueQuery(states: [.ready]), offset: 0, limit: 1).rows.first)
    return try fixture.store.requestDetail(id: row.id)
  }

  @Test("colon in detail opens command line")
  func commandFromDetail() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.overlays = [.request(try readyDetail(fixture))]

    let effects = type(":buka 117", &state)

    #expect(effects.isEmpty, "\(effects)")
    #expect(state.overlays.isEmpty, "\(state.overlays)")
    #expect(state.prompt?.text == "buka 117")
  }

  @Test("slash in detail starts search")
  func searchFromDetail() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.overlays = [.request(try readyDetail(fixture)), .help(.pane(.queue))]

    _ = type("/Sri", &state)

    #expect(state.overlays.isEmpty)
    #expect(state.search == SearchState(text: "Sri", isEditing: true))
  }

  @Test("colon over route is rejected")
  func commandOverRoute() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.overlays = [.route(try fixture.firstRoute(state))]

    _ = KeyHandler.handle(.character(":"), state: &state, layout: layout)

    guard case .route? = state.overlays.last else {
      Issue.record("the route closed: \(state.overlays)")
      return
    }
    #expect(state.prompt == nil)
    #expect(state.message?.text.hasPrefix("Tutup tampilan ini dulu") == true)
  }

  @Test("u in detail undoes own event")
  func undoFromDetail() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.user = "rina"
    let ready = try readyDetail(fixture)
    // Cancelled by this user in a bulk action, which leaves no session undo.
    _ = try fixture.store.apply(
      .cancel(reason: "uji"), to: ready.request.id, expectedVersion: nil,
      by: .operator("rina"), at: SampleFixture.now)
    let cancelled = try fixture.store.requestDetail(id: ready.request.id)
    state.lastWasBulk = true
    state.overlays = [.request(cancelled)]

    _ = KeyHandler.handle(.character("u"), state: &state, layout: layout)

    guard case .form(let form)? = state.overlays.last, case .undo(let action) = form.purpose else {
      Issue.record("no undo form: \(state.overlays), \(String(describing: state.message))")
      return
    }
    #expect(action.requestID == ready.request.id)
    #expect(action.eventID == cancelled.events.last?.id)
    #expect(action.kind == .cancel)
  }

  @Test("u rejects other user and registration")
  func undoRejections() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.user = "joko"
    let ready = try readyDetail(fixture)
    let lastUser = try #require(ready.events.last?.user)
    state.overlays = [.request(ready)]

    _ = KeyHandler.handle(.character("u"), state: &state, layout: layout)
    #expect(
      state.message?.text
        == "Perubahan terakhir \(ready.request.number) dibuat oleh \(lastUser); hanya"
        + " pembuatnya yang bisa mengurungkannya.")

    let created = try fixture.store.createRequest(
      NewRequest(
        resident: ready.request.resident, document: ready.request.document == .skp ? .kia : .skp),
      by: .operator("joko"), at: SampleFixture.now)
    state.overlays = [.request(try fixture.store.requestDetail(id: created.id))]
    _ = KeyHandler.handle(.character("u"), state: &state, layout: layout)
    #expect(
      state.message?.text
        == "Pendaftaran \(created.number) tidak bisa diurungkan; bila keliru, batalkan"
        + " permohonannya (x).")
  }

  @Test("u after correction shows reason")
  func undoAfterCorrection() throws {
    let fixture = try SampleFixture(requests: 5)
    defer { fixture.remove() }
    var state = try fixture.state()
    state.lastUndoRejection = "\"Koreksi\" pada HDS-2026-000001 tidak bisa diurungkan."

    _ = KeyHandler.handle(.character("u"), state: &state, layout: layout)

    #expect(state.message?.text == "\"Koreksi\" pada HDS-2026-000001 tidak bisa diurungkan.")
  }

  @Test("u in complaint detail shows reason")
  func undoInComplaint() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let row = try #require(state.snapshot?.complaints.rows.first)
    state.overlays = [.complaint(try fixture.store.complaintDetail(id: row.complaint.id))]

    _ = KeyHandler.handle(.character("u"), state: &state, layout: layout)

    #expect(state.message?.text.hasPrefix("Langkah aduan tidak bisa diurungkan") == true)
    #expect(state.overlays.count == 1)
  }

  @Test("arrows in route change day")
  func routeDays() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    // Friday 4 December: the next working day is Monday 7, the one before Thursday 3.
    var route = try fixture.firstRoute(state, assigned: 2)
    let courier = route.courier
    state.overlays = [.route(route)]

    #expect(
      KeyHandler.handle(.right, state: &state, layout: layout)
        == [.showRouteDay(courier.id, CalendarDay(year: 2026, month: 12, day: 7))])
    #expect(
      KeyHandler.handle(.character("h"), state: &state, layout: layout)
        == [.showRouteDay(courier.id, CalendarDay(year: 2026, month: 12, day: 3))])

    // A new order not yet saved stays on screen until it is saved or discarded.
    route.isEdited = true
    state.overlays = [.route(route)]
    #expect(KeyHandler.handle(.right, state: &state, layout: layout).isEmpty)
    #expect(state.message?.text.hasPrefix("Urutan baru belum disimpan") == true)
  }
}

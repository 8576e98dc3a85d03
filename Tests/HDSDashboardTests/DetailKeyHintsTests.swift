import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

/// The key bar of a request's detail view offers only what the request's state allows.
@Suite("Detail key bar")
struct DetailKeyHintsTests {
  @Test(
    "keys follow the request's state",
    arguments: [
      (RequestState.ready, ["a", "c", "x", "e", "u"], ["o", "d", "f", "s", "r", "v"]),
      (RequestState.outForDelivery, ["d", "f", "c", "e"], ["s", "r", "o", "v"]),
      (RequestState.delivered, ["v", "c", "e", "u"], ["a", "o", "d", "f", "x", "s", "r"]),
    ])
  func keysFollowState(requestState: RequestState, offered: [String], hidden: [String]) throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let page = try fixture.store.queue(QueueQuery(states: [requestState]), offset: 0, limit: 1)
    let row = try #require(page.rows.first, "the sample store has a \(requestState) request")
    state.overlays = [.request(try fixture.store.requestDetail(id: row.id))]

    let keys = KeyHints.forContext(state).map(\.key)

    for key in offered { #expect(keys.contains(key), "\(requestState) lacks \(key): \(keys)") }
    for key in hidden { #expect(!keys.contains(key), "\(requestState) offers \(key): \(keys)") }
    #expect(keys.last == "Esc")
  }

  @Test("viewer gets no action keys")
  func viewer() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.readOnly = true
    let row = try #require(state.snapshot?.queue.rows.first { $0.state == .ready })
    state.overlays = [.request(try fixture.store.requestDetail(id: row.id))]

    let keys = KeyHints.forContext(state).map(\.key)

    #expect(keys == ["?", "↑↓", "Esc"])
  }

  @Test("? opens the keys over the detail")
  func help() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let row = try #require(state.snapshot?.queue.rows.first)
    state.overlays = [.request(try fixture.store.requestDetail(id: row.id))]
    let layout = Layout(rows: 24, cols: 80)

    _ = KeyHandler.handle(.character("?"), state: &state, layout: layout)
    let lines = OverlayView.lines(of: try #require(state.overlays.last), state: state)
    _ = KeyHandler.handle(.escape, state: &state, layout: layout)

    #expect(lines.contains { $0.label == "e" }, "no correction key in the help")
    guard case .request? = state.overlays.last else {
      Issue.record("Esc did not come back to the detail")
      return
    }
  }

  @Test("viewer's route offers no run sheet")
  func viewerRoute() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.overlays = [.route(try fixture.firstRoute(state))]
    #expect(KeyHints.forContext(state).contains { $0.key == "w" }, "the operator writes it")

    state.readOnly = true
    let text = Renderer.render(state, rows: 24, cols: 80).text

    #expect(!KeyHints.forContext(state).contains { $0.key == "w" })
    #expect(!text.contains("surat jalan"), "\(text)")
  }

  @Test("a filter form applies, other forms save")
  func filterApplies() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let layout = Layout(rows: 24, cols: 80)

    _ = KeyHandler.handle(.character("F"), state: &state, layout: layout)
    let filter = KeyHints.forContext(state).first { $0.key == "Enter" }
    _ = KeyHandler.handle(.escape, state: &state, layout: layout)
    _ = KeyHandler.handle(.character("i"), state: &state, layout: layout)
    let intake = KeyHints.forContext(state).first { $0.key == "Enter" }

    #expect(filter?.word == .hintApply)
    #expect(intake?.word == .hintSave)
  }
}

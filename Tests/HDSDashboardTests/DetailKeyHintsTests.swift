import HDSCore
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

    #expect(keys == ["↑↓", "Esc"])
  }
}

import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

@Suite("Queue keys")
struct QueueKeysTests {
  let layout = Layout(rows: 24, cols: 80)

  func press(_ keys: [Key], _ state: inout DashboardState) -> [Effect] {
    keys.flatMap { KeyHandler.handle($0, state: &state, layout: layout) }
  }

  @Test("typing / searches from the selection")
  func incrementalSearch() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var state = try fixture.state()
    state.selection[.queue] = 3

    #expect(press([.character("/")], &state).isEmpty)
    #expect(state.search == SearchState(text: "", isEditing: true))
    let effects = press([.character("s"), .character("r"), .character("i")], &state)
    #expect(effects.last == .find(SearchTerm("sri"), from: 3, forward: true))
    #expect(press([.enter], &state).isEmpty)
    #expect(state.search?.isEditing == false)
  }

  @Test("n and N wrap round the ends")
  func nextAndPrevious() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var state = try fixture.state()
    state.search = SearchState(text: "sri", isEditing: false)
    let last = state.count(of: .queue) - 1

    state.selection[.queue] = last
    #expect(press([.character("n")], &state) == [.find(SearchTerm("sri"), from: 0, forward: true)])
    state.selection[.queue] = 0
    #expect(
      press([.character("N")], &state) == [.find(SearchTerm("sri"), from: last, forward: false)])
    #expect(press([.escape], &state).isEmpty)
    #expect(state.search == nil)
  }

  @Test("S cycles the order and resets the view")
  func sortCycle() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var state = try fixture.state()
    state.selection[.queue] = 5
    var query = QueueQuery.pending
    query.sort = .desa
    #expect(press([.character("S")], &state) == [.setQuery(query)])
    #expect(state.selected(.queue) == 0)
    let title = Renderer.render(state, rows: 24, cols: 80).text
    #expect(title.contains("Antrean ("))
    #expect(title.contains("urut desa"))
  }

  @Test("filter form sets the query")
  func filterForm() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    _ = press([.character("F"), .right, .right, .right, .down, .right, .right], &state)
    let effects = press([.enter], &state)
    let expected = QueueQuery(states: [.ready], desaCode: "35.07.31.2002")
    #expect(effects == [.setQuery(expected)])
    #expect(state.query == expected)
    #expect(state.overlays.isEmpty)
  }

  @Test("Space marks and bulk dispatch acts on all")
  func bulkDispatch() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.query = QueueQuery(states: [.assigned])
    state.snapshot = try Snapshot.load(
      from: fixture.store, window: ViewWindow(query: state.query),
      day: CalendarDay(containing: SampleFixture.now))
    let rows = try #require(state.snapshot?.queue.rows)

    _ = press([.character(" "), .character(" ")], &state)
    #expect(state.marked.count == 2)
    #expect(state.selected(.queue) == 2)
    let effects = press([.character("o")], &state)
    let targets = rows.prefix(2).map(RequestRef.init).sorted { $0.number < $1.number }
    #expect(effects == [.applyMany(.dispatch, targets)])
  }

  @Test("bulk action refused when one state does not allow it")
  func bulkRefused() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let ready = try #require(state.snapshot?.queue.rows.firstIndex { $0.state == .ready })
    state.selection[.queue] = ready
    _ = press([.character(" ")], &state)
    #expect(press([.character("o")], &state).isEmpty)
    #expect(state.message?.isError == true)
  }

  @Test("u asks before undoing")
  func undoConfirm() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var state = try fixture.state()
    #expect(press([.character("u")], &state).isEmpty)
    #expect(state.message?.text == "Belum ada tindakan di sesi ini yang bisa diurungkan.")

    let last = LastAction(
      requestID: 7, number: RequestNumber(year: 2026, serial: 7), eventID: 40, kind: .assign)
    state.lastAction = last
    _ = press([.character("u")], &state)
    let text = Renderer.render(state, rows: 24, cols: 80).text
    #expect(text.contains("Urungkan \"Ditugaskan\" pada HDS-2026-000007?"))
    #expect(press([.enter], &state) == [.undo(last)])
  }

  @Test("s and r apply at once")
  func sendAndReady() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.query = QueueQuery(states: [.received])
    state.snapshot = try Snapshot.load(
      from: fixture.store, window: ViewWindow(query: state.query),
      day: CalendarDay(containing: SampleFixture.now))
    let row = try #require(state.selectedQueueRow)
    #expect(press([.character("s")], &state) == [.apply(.sendToDukcapil, RequestRef(row))])
    _ = press([.character("r")], &state)
    #expect(state.message?.text.contains("hanya untuk status Diproses") == true)
  }
}

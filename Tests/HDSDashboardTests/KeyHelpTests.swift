import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

/// The `?` overlay lists the keys of the focused pane, and only the changes the role may
/// make.
@Suite("Key help")
struct KeyHelpTests {
  private let layout = Layout(rows: 30, cols: 100)

  private func keys(_ state: DashboardState) -> [String] {
    guard case .help(let topic)? = state.overlays.last else { return [] }
    return KeyHelp.lines(for: topic, state: state).map(\.label).filter { !$0.isEmpty }
  }

  @Test("? opens the focused pane's keys, then every pane's; Esc closes")
  func opens() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var state = try fixture.state()
    _ = KeyHandler.handle(.character("?"), state: &state, layout: layout)
    let queue = keys(state)
    #expect(queue.prefix(3) == ["i", "s", "r"])
    #expect(queue.contains("/"))
    #expect(queue.contains("Tab  Shift-Tab"))
    let text = Renderer.render(state, rows: 30, cols: 100).text
    #expect(text.contains("Tombol · Antrean"), "\(text)")
    #expect(text.contains("catat permohonan baru"))
    _ = KeyHandler.handle(.escape, state: &state, layout: layout)
    #expect(state.overlays.isEmpty)

    _ = KeyHandler.handle(.character("3"), state: &state, layout: layout)
    _ = KeyHandler.handle(.character("?"), state: &state, layout: layout)
    #expect(keys(state).prefix(3) == ["← → ↑ ↓", "Enter", "Esc"])
  }

  @Test("a viewer's help lists no change keys; a supervisor's lists complaint assignment")
  func byRole() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var viewer = try fixture.state()
    viewer.readOnly = true
    viewer.role = .viewer
    _ = KeyHandler.handle(.character("?"), state: &viewer, layout: layout)
    #expect(keys(viewer).first == "/")
    #expect(!keys(viewer).contains("d"))

    var supervisor = try fixture.state()
    supervisor.role = .supervisor
    _ = KeyHandler.handle(.character("4"), state: &supervisor, layout: layout)
    _ = KeyHandler.handle(.character("?"), state: &supervisor, layout: layout)
    #expect(keys(supervisor).prefix(2) == ["a", "F"])
  }

  @Test("every help text exists in both languages")
  func texts() {
    for language in [Language.indonesian, .english] {
      let catalog = Catalog(language)
      let topics = PaneID.allCases.map(HelpTopic.pane) + [.route, .plan]
      for topic in topics {
        let state = DashboardState(
          catalog: catalog, kecamatan: Kromengan.kecamatan, now: SampleFixture.now)
        let title = catalog[KeyHelp.title(of: topic)]
        #expect(!title.contains("help."), "\(language) \(topic): \(title)")
        for line in KeyHelp.lines(for: topic, state: state) where !line.label.isEmpty {
          #expect(!line.value.contains("help."), "\(language) \(topic): \(line.value)")
        }
      }
    }
  }

  @Test("? over a route lists its keys; Esc comes back to the route")
  func routeHelp() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.overlays = [.route(try fixture.firstRoute(state))]
    #expect(KeyHints.forContext(state).map(\.key).contains("?"))

    _ = KeyHandler.handle(.character("?"), state: &state, layout: layout)
    #expect(
      keys(state) == [
        "↑ ↓  j k", "← →  h l", "K J", "Enter", "i", "w", "Esc  q", "?", "Ctrl-C",
      ])
    let text = Renderer.render(state, rows: 24, cols: 80).text
    #expect(text.contains("Tombol · Rute kurir"), "\(text)")
    #expect(text.contains("tulis surat jalan ke berkas"), "\(text)")
    _ = KeyHandler.handle(.escape, state: &state, layout: layout)
    guard case .route? = state.overlays.last else {
      Issue.record("Esc did not come back to the route: \(state.overlays)")
      return
    }

    // A viewer may neither reorder nor write the run sheet.
    state.readOnly = true
    state.role = .viewer
    _ = KeyHandler.handle(.character("?"), state: &state, layout: layout)
    #expect(keys(state) == ["↑ ↓  j k", "← →  h l", "i", "Esc  q", "?", "Ctrl-C"])
  }

  @Test("? over a plan lists its keys; Esc comes back to the plan")
  func planHelp() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let result = try DispatchDay.propose(
      store: fixture.store, day: CalendarDay(containing: SampleFixture.now),
      calendar: WorkingCalendar(), kecamatan: Kromengan.kecamatan, catalog: state.catalog)
    guard case .success(let plan) = result else {
      Issue.record("no plan: \(result)")
      return
    }
    state.overlays = [.plan(plan)]
    #expect(KeyHints.forContext(state).map(\.key).contains("?"))

    _ = KeyHandler.handle(.character("?"), state: &state, layout: layout)
    #expect(keys(state).prefix(3) == ["↑ ↓  j k", "← →  h l", "K J"])
    let text = Renderer.render(state, rows: 24, cols: 80).text
    #expect(text.contains("Tombol · Rencana antar"), "\(text)")
    #expect(text.contains("buang rencana; tidak ada yang ditugaskan"), "\(text)")
    _ = KeyHandler.handle(.escape, state: &state, layout: layout)
    guard case .plan? = state.overlays.last else {
      Issue.record("Esc did not come back to the plan: \(state.overlays)")
      return
    }
  }

  @Test("z zooms the focused pane")
  func zoom() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var state = try fixture.state()
    _ = KeyHandler.handle(.character("2"), state: &state, layout: layout)
    _ = KeyHandler.handle(.character("z"), state: &state, layout: layout)
    var text = Renderer.render(state, rows: 24, cols: 80).text
    #expect(text.contains("┌ Kurir hari ini ──────────────────────────────────────"), "\(text)")
    #expect(!text.contains("Antrean ("), "\(text)")
    #expect(Layout(rows: 24, cols: 80)!.zoomed(state.zoomedPane).visibleRows(.couriers) == 18)

    _ = KeyHandler.handle(.tab, state: &state, layout: layout)
    text = Renderer.render(state, rows: 24, cols: 80).text
    #expect(text.contains("Peta desa"), "\(text)")
    #expect(!text.contains("Kurir hari ini"), "\(text)")
    _ = KeyHandler.handle(.escape, state: &state, layout: layout)
    #expect(!state.isZoomed)
    text = Renderer.render(state, rows: 24, cols: 80).text
    #expect(text.contains("Antrean ("))
    #expect(text.contains("Kurir hari ini"))
  }

  @Test("Esc takes back one thing at a time: search, zoom, then the filter")
  func escapeCascade() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var state = try fixture.state()
    state.query.desaCode = state.kecamatan.desa[0].code
    state.query.sort = .document
    state.isZoomed = true
    state.search = SearchState(text: "Sri", isEditing: false)

    _ = KeyHandler.handle(.escape, state: &state, layout: layout)
    #expect(state.search == nil)
    #expect(state.isZoomed)
    #expect(state.query.desaCode != nil)
    _ = KeyHandler.handle(.escape, state: &state, layout: layout)
    #expect(!state.isZoomed)
    #expect(state.query.desaCode != nil)
    let effects = KeyHandler.handle(.escape, state: &state, layout: layout)
    #expect(state.query.desaCode == nil)
    #expect(state.query.sort == .document, "the order is not a filter")
    #expect(effects == [.setQuery(state.query)])
    #expect(KeyHandler.handle(.escape, state: &state, layout: layout).isEmpty)

    state.focus = .complaints
    state.complaintFilter = ComplaintFilter(state: .verified)
    #expect(
      KeyHandler.handle(.escape, state: &state, layout: layout) == [.setComplaintFilter(.all)])
    #expect(state.complaintFilter == .all)
  }
}

import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

@Suite("Village map pane and keys")
struct MapPaneTests {
  let layout = Layout(rows: 24, cols: 80)
  static let kecamatan = Kromengan.kecamatan

  static func index(_ name: String) -> Int {
    kecamatan.desa.firstIndex { $0.name == name } ?? -1
  }

  @Test("shade levels by band")
  func levels() {
    #expect(ShadeScale.level(0, minimum: 1, maximum: 4) == 0)
    #expect(ShadeScale.level(1, minimum: 1, maximum: 4) == 1)
    #expect(ShadeScale.level(2.5, minimum: 1, maximum: 4) == 2)
    #expect(ShadeScale.level(3.9, minimum: 1, maximum: 4) == 3)
    #expect(ShadeScale.level(4, minimum: 1, maximum: 4) == 3)
    #expect(ShadeScale.level(2, minimum: 2, maximum: 2) == 3)
  }

  @Test("arrows move to the desa in that direction")
  func spatialMoves() {
    func next(_ from: String, _ dx: Int, _ dy: Int) -> String? {
      MapKeys.nearest(from: Self.index(from), dx: dx, dy: dy, Self.kecamatan).map {
        Self.kecamatan.desa[$0].name
      }
    }
    #expect(next("Jambuwer", 1, 0) == "Peniwen")
    #expect(next("Karangrejo", 1, 0) == "Ngadirejo")
    #expect(next("Karangrejo", 0, 1) == "Kromengan")
    #expect(next("Jatikerto", 0, 1) == "Slorok")
    #expect(next("Jatikerto", -1, 0) == "Ngadirejo")
    #expect(next("Slorok", 0, -1) == "Jatikerto")
    #expect(next("Jambuwer", -1, 0) == nil)
    #expect(next("Jambuwer", 0, -1) == nil)
  }

  @Test("every desa reachable by arrows")
  func reachable() {
    var seen: Set<Int> = [0]
    var frontier = [0]
    while let from = frontier.popLast() {
      for (dx, dy) in [(1, 0), (-1, 0), (0, 1), (0, -1)] {
        guard let to = MapKeys.nearest(from: from, dx: dx, dy: dy, Self.kecamatan) else { continue }
        if seen.insert(to).inserted { frontier.append(to) }
      }
    }
    #expect(seen.count == Self.kecamatan.desa.count)
  }

  @Test("Enter filters queue and couriers to the desa")
  func enterFilters() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.focus = .map
    state.selection[.queue] = 5
    let jatikerto = Self.kecamatan.desa[Self.index("Jatikerto")]
    state.selection[.map] = Self.index("Jatikerto")

    let effects = KeyHandler.handle(.enter, state: &state, layout: layout)
    #expect(state.query.desaCode == jatikerto.code)
    #expect(effects == [.setQuery(state.query)])
    #expect(state.selected(.queue) == 0)
    #expect(state.focus == .map)

    let couriers = try #require(state.snapshot?.couriersByDesa[jatikerto.code])
    #expect(state.courierRows.map(\.courierID).allSatisfy { couriers.contains($0) })
    #expect(state.courierRows.count == couriers.count)

    let text = Renderer.render(state, rows: 24, cols: 80).text
    #expect(text.contains("· Jatikerto"))
    #expect(text.contains("Kurir ke Jatikerto"))
    let wide = Renderer.render(state, rows: 50, cols: 200).text
    #expect(wide.contains("Kurir hari ini · Jatikerto"))
    #expect(text.contains("Peta desa · Jatikerto"))

    _ = KeyHandler.handle(.enter, state: &state, layout: layout)
    #expect(state.query.desaCode == nil)
  }

  @Test("Esc clears the desa filter")
  func escapeClears() throws {
    let fixture = try SampleFixture(requests: 40)
    defer { fixture.remove() }
    var state = try fixture.state()
    state.focus = .map
    _ = KeyHandler.handle(.enter, state: &state, layout: layout)
    #expect(state.query.desaCode != nil)
    let effects = KeyHandler.handle(.escape, state: &state, layout: layout)
    #expect(state.query.desaCode == nil)
    #expect(effects == [.setQuery(state.query)])
  }

  @Test("left past the western desa changes pane")
  func leavesPane() throws {
    let fixture = try SampleFixture(requests: 20)
    defer { fixture.remove() }
    var state = try fixture.state()
    state.focus = .map
    state.selection[.map] = Self.index("Jambuwer")
    _ = KeyHandler.handle(.left, state: &state, layout: layout)
    #expect(state.focus == .couriers)
    state.focus = .map
    _ = KeyHandler.handle(.character("l"), state: &state, layout: layout)
    #expect(state.focus == .map)
    #expect(state.selected(.map) == Self.index("Peniwen"))
  }

  @Test("t shows the table, moved in list order")
  func table() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.focus = .map
    _ = KeyHandler.handle(.character("t"), state: &state, layout: layout)
    #expect(state.map.view == .table)
    _ = KeyHandler.handle(.down, state: &state, layout: layout)
    _ = KeyHandler.handle(.character("j"), state: &state, layout: layout)
    #expect(state.selected(.map) == 2)

    let screen = Renderer.render(state, rows: 24, cols: 80)
    let text = screen.text
    #expect(text.contains("Tabel desa"))
    for desa in Self.kecamatan.desa { #expect(text.contains(desa.name)) }
    let jatikerto = state.figures(ofDesaAt: Self.index("Jatikerto"))
    let row = try #require(text.split(separator: "\n").first { $0.contains("│Jatikerto") })
    #expect(row.contains(" \(jatikerto.pending) "))
    #expect(row.contains(" \(jatikerto.overdue) "))
  }

  @Test("wide table has every column and the total")
  func wideTable() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.focus = .map
    state.map.view = .table
    state.isZoomed = true
    let text = Renderer.render(state, rows: 24, cols: 80).text
    for heading in ["km", "Pddk", "Antre", "Lewat", "Srh bln", "Aduan", "Jumlah"] {
      #expect(text.contains(heading), "missing \(heading)")
    }
    #expect(text.contains("41.985"))
    #expect(text.contains("garis lurus"))
    // Straight line from the estimated office to Jatikerto's centroid.
    #expect(text.contains("5,3"))

    // The complaints with no desa are named, so that the total agrees with the header's.
    let snapshot = try #require(state.snapshot)
    let inDesa = snapshot.desaFigures.values.reduce(0) { $0 + $1.openComplaints }
    let withoutDesa = snapshot.totals.openComplaints - inDesa
    try #require(withoutDesa > 0, "the sample has complaints with no desa")
    #expect(text.contains("Aduan tanpa desa, di luar baris desa: \(withoutDesa)"), "\(text)")
  }

  @Test("map names every desa at 80x24")
  func mapText() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.focus = .map
    let screen = Renderer.render(state, rows: 24, cols: 80)
    let text = screen.text
    for desa in Self.kecamatan.desa {
      #expect(text.contains(MapLayout.labelChoices(desa.name).last ?? desa.name))
    }
    #expect(text.contains("■ Kantor (perkiraan)"))
    #expect(text.contains("per 1.000"))
    _ = KeyHandler.handle(.character("o"), state: &state, layout: layout)
    #expect(Renderer.render(state, rows: 24, cols: 80).text.contains("lewat target"))
  }
}

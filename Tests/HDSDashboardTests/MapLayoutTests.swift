import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

@Suite("Village map layout")
struct MapLayoutTests {
  static let sizes = [(7, 28), (8, 30), (12, 44), (20, 66), (40, 120)]

  @Test("every desa inside the area", arguments: sizes)
  func markersInside(size: (Int, Int)) {
    let area = Rect(row: 3, col: 5, height: size.0, width: size.1)
    let placements = MapLayout.place(Kromengan.kecamatan, loads: [:], in: area)
    #expect(placements.count == 8)
    for placement in placements {
      #expect(area.contains(row: placement.marker.row, col: placement.marker.col))
      if !placement.label.isEmpty {
        #expect(area.contains(row: placement.labelAt.row, col: placement.labelAt.col))
        let end = placement.labelAt.col + TextWidth.columns(placement.label) - 1
        #expect(area.contains(row: placement.labelAt.row, col: end))
      }
    }
  }

  @Test("labels never overlap markers or each other", arguments: sizes)
  func noOverlap(size: (Int, Int)) {
    let area = Rect(row: 0, col: 0, height: size.0, width: size.1)
    let placements = MapLayout.place(Kromengan.kecamatan, loads: [:], in: area)
    var cells = Set<Int>()
    for placement in placements {
      #expect(cells.insert(placement.marker.row * 1000 + placement.marker.col).inserted)
    }
    for placement in placements where !placement.label.isEmpty {
      for offset in 0..<TextWidth.columns(placement.label) {
        let cell = placement.labelAt.row * 1000 + placement.labelAt.col + offset
        #expect(cells.insert(cell).inserted, "label \(placement.label) overlaps")
      }
    }
  }

  @Test("west to east and north to south kept")
  func orientation() {
    let area = Rect(row: 0, col: 0, height: 20, width: 66)
    let placements = MapLayout.place(Kromengan.kecamatan, loads: [:], in: area)
    func marker(_ name: String) -> Position {
      let index = Kromengan.kecamatan.desa.firstIndex { $0.name == name }
      return placements.first { $0.index == index }!.marker
    }
    // Jambuwer is the north-western desa, Jatikerto the eastern and Slorok the southern.
    #expect(marker("Jambuwer").col < marker("Kromengan").col)
    #expect(marker("Kromengan").col < marker("Jatikerto").col)
    #expect(marker("Jambuwer").row < marker("Slorok").row)
    #expect(marker("Karangrejo").row < marker("Kromengan").row)
  }

  @Test("every desa labelled at 80x24")
  func labelledAtSmallestLayout() throws {
    let layout = try #require(Layout(rows: 24, cols: 80))
    let pane = try #require(layout.panes[.map])
    let area = Rect(
      row: pane.inner.row, col: pane.inner.col, height: pane.inner.height - 1,
      width: pane.inner.width)
    let placements = MapLayout.place(Kromengan.kecamatan, loads: [:], in: area)
    #expect(placements.filter { $0.index != nil && $0.label.isEmpty }.isEmpty)
  }
}

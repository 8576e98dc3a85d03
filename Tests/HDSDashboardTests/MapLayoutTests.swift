import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

@Suite("Village map layout")
struct MapLayoutTests {
  static let kecamatan = Kromengan.kecamatan

  /// Returns the inside of the map pane at a terminal size, or of the zoomed pane.
  static func content(cols: Int, rows: Int, zoomed: Bool = false) -> Rect {
    guard let layout = Layout(rows: rows, cols: cols), let pane = layout.panes[.map] else {
      return Rect(row: 0, col: 0, height: 0, width: 0)
    }
    return (zoomed ? layout.body : pane).inner
  }

  /// The smallest terminal, 80x24, 100x30, 200x60 and the zoomed pane at 80x24 and 200x60.
  static let panes = [
    content(cols: 72, rows: 20), content(cols: 80, rows: 24), content(cols: 100, rows: 30),
    content(cols: 200, rows: 60), content(cols: 80, rows: 24, zoomed: true),
    content(cols: 200, rows: 60, zoomed: true),
  ]

  static func layout(_ content: Rect) -> MapLayout {
    MapLayout(kecamatan, in: content, legendRows: MapPane.legendRows(content))
  }

  static func cells(_ label: MapLayout.Label) -> Range<Int> {
    label.position.col..<(label.position.col + label.width)
  }

  @Test("every desa inside the pane", arguments: panes)
  func markersInside(content: Rect) {
    let layout = Self.layout(content)
    #expect(layout.markers.count == Self.kecamatan.desa.count)
    for marker in layout.markers + [layout.office] {
      #expect(layout.area.contains(row: marker.row, col: marker.col), "\(marker) in \(content)")
    }
    let cells = (layout.markers + [layout.office]).map { $0.row * 1000 + $0.col }
    #expect(Set(cells).count == cells.count, "two markers share a cell")
  }

  @Test("every desa labelled beside its marker", arguments: panes)
  func labelsBeside(content: Rect) {
    let layout = Self.layout(content)
    for (index, label) in layout.labels.enumerated() {
      let desa = Self.kecamatan.desa[index]
      let marker = layout.markers[index]
      #expect(MapLayout.labelChoices(desa.name).contains(label.text), "\(desa.name): \(label)")
      #expect(label.position.row == marker.row, "\(desa.name) label off its row")
      let beside =
        label.position.col == marker.col + 1 || Self.cells(label).upperBound == marker.col
      #expect(beside, "\(desa.name) label not next to its marker")
      #expect(label.position.col >= layout.area.col)
      #expect(Self.cells(label).upperBound <= layout.area.right)
    }
  }

  @Test("labels overlap no marker, label or legend", arguments: panes)
  func noOverlap(content: Rect) {
    let layout = Self.layout(content)
    #expect(layout.legend.row >= layout.area.bottom)
    #expect(layout.legend.bottom <= content.bottom)
    let markers = layout.markers + [layout.office]
    for (index, label) in layout.labels.enumerated() {
      #expect(!layout.legend.contains(row: label.position.row, col: label.position.col))
      for marker in markers where marker.row == label.position.row {
        #expect(!Self.cells(label).contains(marker.col), "\(label.text) covers a marker")
      }
      for other in layout.labels[(index + 1)...] where other.position.row == label.position.row {
        // One blank cell at least between two labels on a row.
        let apart =
          Self.cells(label).upperBound < other.position.col
          || Self.cells(other).upperBound < label.position.col
        #expect(apart, "\(label.text) and \(other.text) touch")
      }
    }
  }

  @Test("west to east and north to south kept", arguments: panes)
  func orientation(content: Rect) {
    let layout = Self.layout(content)
    let points = Self.kecamatan.desa.map(\.centroid) + [Self.kecamatan.office]
    let markers = layout.markers + [layout.office]
    for first in points.indices {
      for second in points.indices where first != second {
        if points[first].longitude < points[second].longitude {
          #expect(markers[first].col <= markers[second].col)
        }
        if points[first].latitude > points[second].latitude {
          #expect(markers[first].row <= markers[second].row)
        }
      }
    }
    // Jambuwer is the north-western desa, Jatikerto the eastern and Slorok the southern.
    func marker(_ name: String) -> Position? {
      Self.kecamatan.desa.firstIndex { $0.name == name }.map { layout.markers[$0] }
    }
    #expect((marker("Jambuwer")?.col ?? 0) < (marker("Jatikerto")?.col ?? 0))
    #expect((marker("Jambuwer")?.row ?? 0) < (marker("Slorok")?.row ?? 0))
    #expect((marker("Karangrejo")?.row ?? 0) < (marker("Kromengan")?.row ?? 0))
  }

  @Test("labels on a row in marker order", arguments: panes)
  func rowOrder(content: Rect) {
    let layout = Self.layout(content)
    for first in layout.labels.indices {
      for second in layout.labels.indices where first != second {
        guard layout.markers[first].row == layout.markers[second].row,
          layout.markers[first].col < layout.markers[second].col
        else { continue }
        #expect(layout.labels[first].position.col < layout.labels[second].position.col)
      }
    }
  }

  @Test(
    "full names from 100x30 up",
    arguments: [
      content(cols: 100, rows: 30), content(cols: 200, rows: 60),
      content(cols: 80, rows: 24, zoomed: true), content(cols: 200, rows: 60, zoomed: true),
    ])
  func fullNames(content: Rect) {
    let layout = Self.layout(content)
    #expect(layout.labels.map(\.text) == Self.kecamatan.desa.map(\.name))
  }

  @Test("same size gives the same layout")
  func stable() {
    let content = Self.content(cols: 80, rows: 24)
    #expect(Self.layout(content) == Self.layout(content))
    let moved = Rect(
      row: content.row + 3, col: content.col + 7, height: content.height, width: content.width)
    let shifted = Self.layout(moved)
    #expect(shifted.labels.map(\.text) == Self.layout(content).labels.map(\.text))
    #expect(shifted.markers.map(\.col) == Self.layout(content).markers.map { $0.col + 7 })
  }

  @Test("short forms unique and readable")
  func shortForms() {
    #expect(MapLayout.labelChoices("Karangrejo") == ["Karangrejo", "Kara.", "Kar"])
    #expect(MapLayout.labelChoices("Slorok") == ["Slorok", "Slor.", "Slo"])
    for length in [1, 2] {
      let forms = Self.kecamatan.desa.map { MapLayout.labelChoices($0.name)[length] }
      #expect(Set(forms).count == forms.count, "\(forms)")
    }
  }

  @Test("each marker in its own region")
  func regions() {
    let layout = Self.layout(Self.content(cols: 200, rows: 60, zoomed: true))
    let points = GeographicPoints(Self.kecamatan)
    for (index, marker) in layout.markers.enumerated() {
      #expect(layout.region(row: marker.row, col: marker.col, points: points) == index)
    }
    // The far corner is more than the reach from every centroid.
    #expect(layout.region(row: layout.area.bottom - 1, col: layout.area.col, points: points) == nil)
  }
}

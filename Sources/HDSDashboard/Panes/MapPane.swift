import Foundation
import HDSCore
import HDSTerminal

/// The village map: each desa drawn at its centroid, scaled to the pane with terminal
/// cells counted as twice as tall as wide, labelled with its pending and delivered-this-
/// month counts. The kantor kecamatan is marked ■.
enum MapPane {
  static func draw(_ state: DashboardState, in rect: Rect, focused: Bool, into screen: inout Screen)
  {
    let catalog = state.catalog
    screen.box(rect, title: catalog[.paneMap], focused: focused)
    let inner = rect.inner
    guard inner.height >= 3, inner.width >= 10 else { return }

    let area = Rect(row: inner.row, col: inner.col, height: inner.height - 1, width: inner.width)
    let placements = MapLayout.place(
      state.kecamatan, loads: state.snapshot?.desaLoads ?? [:], in: area)
    for placement in placements {
      let selected = focused && state.selected(.map) == placement.index
      if let index = placement.index {
        let style: Style =
          selected ? .selected : labelStyle(state, desa: state.kecamatan.desa[index])
        screen.put("•", row: placement.marker.row, col: placement.marker.col, style: .accent)
        screen.put(
          placement.label, row: placement.labelAt.row, col: placement.labelAt.col, style: style)
      } else {
        screen.put("■", row: placement.marker.row, col: placement.marker.col, style: .title)
      }
    }
    let legend = "■ " + catalog[.mapOffice] + "  " + catalog[.mapLegend]
    let short = "■ " + catalog[.mapOffice] + "  " + catalog[.mapLegendShort]
    screen.put(
      TextWidth.columns(legend) <= inner.width ? legend : short, row: inner.bottom - 1,
      col: inner.col, style: .dim, width: inner.width)
  }

  /// Shades a label by pending documents per 1,000 residents.
  private static func labelStyle(_ state: DashboardState, desa: Desa) -> Style {
    let pending = state.snapshot?.desaLoads[desa.code]?.pending ?? 0
    let perThousand = Double(pending) * 1000 / Double(max(1, desa.residents))
    if perThousand >= 3 { return .danger }
    if perThousand >= 1.5 { return .warning }
    return .normal
  }
}

/// Where the map puts each marker and label.
struct MapLayout {
  struct Placement: Equatable {
    /// Index into the kecamatan's desa, nil for the office.
    let index: Int?
    let marker: Position
    let label: String
    let labelAt: Position
  }

  /// Places the office and every desa inside `area`. Each label goes right of its
  /// marker, or left when it would leave the area, moving a row up or down, then
  /// shortening the name, when it would overlap another label.
  static func place(_ kecamatan: Kecamatan, loads: [String: DesaLoad], in area: Rect) -> [Placement]
  {
    let points = kecamatan.desa.map(\.centroid) + [kecamatan.office]
    let projection = Projection(points: points, area: area, labelRoom: 8)
    var taken = Set<Int>()
    var placements: [Placement] = []

    func key(_ row: Int, _ col: Int) -> Int { row * 10_000 + col }
    func isFree(_ row: Int, _ col: Int, _ width: Int) -> Bool {
      guard row >= area.row, row < area.bottom, col >= area.col, col + width <= area.right else {
        return false
      }
      return (col..<(col + width)).allSatisfy { !taken.contains(key(row, $0)) }
    }
    func take(_ row: Int, _ col: Int, _ width: Int) {
      for column in col..<(col + width) { taken.insert(key(row, column)) }
    }

    // Every marker is reserved before any label, so no label covers a marker.
    let office = projection.position(of: kecamatan.office)
    let markers = kecamatan.desa.map { projection.position(of: $0.centroid) }
    for marker in markers + [office] { take(marker.row, marker.col, 1) }
    placements.append(Placement(index: nil, marker: office, label: "", labelAt: office))
    for (index, desa) in kecamatan.desa.enumerated() {
      let marker = markers[index]
      let load = loads[desa.code]
      let counts = " \(load?.pending ?? 0)/\(load?.deliveredInMonth ?? 0)"
      let candidates = [
        desa.name + counts, String(desa.name.prefix(3)) + counts, String(desa.name.prefix(3)),
      ]
      // Same row beside the marker first; then the row above or below, starting or ending
      // in the marker's column, so that a label always touches its own marker.
      var chosen: (String, Position)?
      search: for label in candidates {
        let width = TextWidth.columns(label)
        let spots = [
          (marker.row, marker.col + 1), (marker.row, marker.col - width),
          (marker.row - 1, marker.col), (marker.row + 1, marker.col),
          (marker.row - 1, marker.col - width + 1), (marker.row + 1, marker.col - width + 1),
        ]
        for (row, col) in spots where isFree(row, col, width) {
          chosen = (label, Position(row: row, col: col))
          break search
        }
      }
      // With no free place the desa keeps its marker only; the table in its detail view
      // still gives the counts.
      let (label, at) = chosen ?? ("", marker)
      take(at.row, at.col, TextWidth.columns(label))
      placements.append(Placement(index: index, marker: marker, label: label, labelAt: at))
    }
    return placements
  }
}

/// An equirectangular projection of a small area onto terminal cells, which are about
/// twice as tall as they are wide.
struct Projection {
  let minLongitude: Double
  let maxLatitude: Double
  let kmPerDegreeLongitude: Double
  let kmPerDegreeLatitude = 110.6
  let kmPerColumn: Double
  let origin: Position
  let area: Rect

  init(points: [Coordinate], area: Rect, labelRoom: Int) {
    let latitudes = points.map(\.latitude)
    let longitudes = points.map(\.longitude)
    let minLatitude = latitudes.min() ?? 0
    maxLatitude = latitudes.max() ?? 0
    minLongitude = longitudes.min() ?? 0
    let maxLongitude = longitudes.max() ?? 0
    kmPerDegreeLongitude = 111.3 * cos((minLatitude + maxLatitude) / 2 * .pi / 180)
    self.area = area

    let widthKm = (maxLongitude - minLongitude) * kmPerDegreeLongitude
    let heightKm = (maxLatitude - minLatitude) * kmPerDegreeLatitude
    let usableCols = Double(max(1, area.width - 1 - labelRoom))
    let usableRows = Double(max(1, area.height - 1))
    kmPerColumn = max(widthKm / usableCols, heightKm / (usableRows * 2), 0.001)

    let drawnCols = Int((widthKm / kmPerColumn).rounded())
    let drawnRows = Int((heightKm / (kmPerColumn * 2)).rounded())
    origin = Position(
      row: area.row + max(0, (area.height - 1 - drawnRows) / 2),
      col: area.col + max(0, (area.width - 1 - labelRoom - drawnCols) / 2))
  }

  func position(of point: Coordinate) -> Position {
    let x = (point.longitude - minLongitude) * kmPerDegreeLongitude / kmPerColumn
    let y = (maxLatitude - point.latitude) * kmPerDegreeLatitude / (kmPerColumn * 2)
    return Position(
      row: min(area.bottom - 1, max(area.row, origin.row + Int(y.rounded()))),
      col: min(area.right - 1, max(area.col, origin.col + Int(x.rounded()))))
  }
}

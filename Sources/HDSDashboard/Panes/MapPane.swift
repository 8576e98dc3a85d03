import Foundation
import HDSCore
import HDSTerminal
import Synchronization

/// The village map: each desa's region around its centroid shaded by its load, its
/// marker and name, the kantor kecamatan marked ■, and a legend. With t it shows the
/// desa table instead.
enum MapPane {
  static func draw(_ state: DashboardState, in rect: Rect, focused: Bool, into screen: inout Screen)
  {
    screen.box(rect, title: title(state), focused: focused)
    let inner = rect.inner
    guard inner.height >= 2, inner.width >= 10 else { return }
    guard state.kecamatan.hasGeography else {
      // Another kecamatan's desa are not in the program: say so rather than draw
      // Kromengan's map under another name.
      let text = state.catalog.format(.mapNoGeography, state.kecamatan.name)
      for (offset, line) in Renderer.wrap(text, width: inner.width - 2, maxLines: inner.height)
        .enumerated()
      {
        screen.put(" " + line, row: inner.row + offset, col: inner.col, style: .dim)
      }
      return
    }
    switch state.map.view {
    case .map: drawMap(state, in: inner, focused: focused, into: &screen)
    case .table: DesaTable.draw(state, in: inner, focused: focused, into: &screen)
    }
  }

  /// "Peta desa", or "Tabel desa", then the desa filter: "Peta desa · Jatikerto".
  static func title(_ state: DashboardState) -> String {
    let head = state.map.view == .map ? state.catalog[.paneMap] : state.catalog[.mapTable]
    return ([head] + (state.desaFilter.map { [$0.name] } ?? [])).joined(separator: " · ")
  }

  /// Rows the legend may take under a map drawn in `inner`: two from 7 rows up.
  static func legendRows(_ inner: Rect) -> Int { inner.height >= 7 ? 2 : 1 }

  /// The scale from which each desa's region is shaded, rather than only its marker.
  static let regionFillColumnsPerKm = 4.0

  /// Returns the desa drawn at a screen cell of the pane `rect`: its marker or name, else
  /// the region around its centroid. Returns nil on the legend, between regions and
  /// elsewhere.
  static func desa(at point: (row: Int, col: Int), state: DashboardState, in rect: Rect) -> Int? {
    let inner = rect.inner
    guard inner.height >= 2, inner.width >= 10, inner.contains(row: point.row, col: point.col),
      state.kecamatan.hasGeography
    else { return nil }
    let legend = MapLegend.lines(
      ShadeScale(state), catalog: state.catalog, width: inner.width, rows: legendRows(inner))
    let layout = MapLayoutCache.layout(state.kecamatan, in: inner, legendRows: legend.count)
    guard layout.area.contains(row: point.row, col: point.col) else { return nil }
    for (index, marker) in layout.markers.enumerated()
    where marker.row == point.row && marker.col == point.col {
      return index
    }
    for (index, label) in layout.labels.enumerated()
    where label.position.row == point.row && point.col >= label.position.col
      && point.col < label.position.col + label.width
    {
      return index
    }
    return layout.region(
      row: point.row, col: point.col, points: GeographicPoints(state.kecamatan))
  }

  private static func drawMap(
    _ state: DashboardState, in inner: Rect, focused: Bool, into screen: inout Screen
  ) {
    let scale = ShadeScale(state)
    let legend = MapLegend.lines(
      scale, catalog: state.catalog, width: inner.width, rows: legendRows(inner))
    let layout = MapLayoutCache.layout(state.kecamatan, in: inner, legendRows: legend.count)
    let points = GeographicPoints(state.kecamatan)

    // On a small map the regions would be a few cells each, broken up by labels, so there
    // the marker itself takes its desa's shade.
    let fillsRegions = layout.columnsPerKm >= regionFillColumnsPerKm
    if fillsRegions {
      // A blank cell either side of each label keeps the name apart from the shading.
      var margins = Set<Int>()
      for label in layout.labels {
        for col in (label.position.col - 1)...(label.position.col + label.width) {
          margins.insert(label.position.row * 10_000 + col)
        }
      }
      for row in layout.area.row..<layout.area.bottom {
        for col in layout.area.col..<layout.area.right where !margins.contains(row * 10_000 + col) {
          guard let desa = layout.region(row: row, col: col, points: points) else { continue }
          let level = scale.levels[desa]
          guard level > 0 else { continue }
          screen.put(
            ShadeScale.glyphs[level], row: row, col: col, style: ShadeScale.styles[level])
        }
      }
    }

    screen.put("■", row: layout.office.row, col: layout.office.col, style: .title)
    let filter = state.query.desaCode
    for (index, desa) in state.kecamatan.desa.enumerated() {
      let label = layout.labels[index]
      let marker = layout.markers[index]
      let isCursor = focused && state.selected(.map) == index
      var style = Style.normal
      if desa.code == filter { style = .selectedUnfocused }
      if isCursor { style = .selected }
      let level = scale.levels[index]
      let shaded = !fillsRegions && level > 0
      let markerStyle = shaded ? ShadeScale.styles[level] : .accent
      screen.put(
        shaded ? ShadeScale.glyphs[level] : "•", row: marker.row, col: marker.col,
        style: isCursor ? .selected : markerStyle)
      screen.put(label.text, row: label.position.row, col: label.position.col, style: style)
    }

    for (offset, line) in legend.enumerated() {
      var col = layout.legend.col
      for segment in line {
        col += screen.put(
          segment.text, row: layout.legend.row + offset, col: col, style: segment.style,
          width: max(0, layout.legend.right - col))
      }
    }
  }
}

/// The shading levels of the desa: none for a zero figure, then three bands of equal
/// width from the smallest figure above zero to the largest. The map so shows where the
/// load is higher and lower, and the legend gives the figures each band stands for.
struct ShadeScale {
  static let glyphs = [" ", "░", "▒", "▓"]
  static let styles: [Style] = [.normal, .success, .warning, .danger]

  let shading: MapState.Shading
  /// The figure of each desa, in gazetteer order.
  let values: [Double]
  /// The smallest figure above zero and the largest; both 0 when every figure is 0.
  let minimum: Double
  let maximum: Double
  /// The level, 0 to 3, of each desa, in gazetteer order.
  let levels: [Int]

  init(_ state: DashboardState) {
    shading = state.map.shading
    values = state.kecamatan.desa.indices.map { index in
      let figures = state.figures(ofDesaAt: index)
      switch state.map.shading {
      case .overdue:
        return Double(figures.overdue)
      case .pendingPerThousand:
        let residents = max(1, state.kecamatan.desa[index].residents)
        return Double(figures.pending) * 1000 / Double(residents)
      }
    }
    let minimum = values.filter { $0 > 0 }.min() ?? 0
    let maximum = values.max() ?? 0
    self.minimum = minimum
    self.maximum = maximum
    levels = values.map { Self.level($0, minimum: minimum, maximum: maximum) }
  }

  /// Returns 0 for 0, else the band 1 to 3; when every figure above zero is the same, 3.
  static func level(_ value: Double, minimum: Double, maximum: Double) -> Int {
    guard value > 0 else { return 0 }
    guard maximum > minimum else { return 3 }
    return 1 + min(2, max(0, Int(3 * (value - minimum) / (maximum - minimum))))
  }

  /// Returns the largest figure of each band 1 to 3 as the legend writes it, nil for a
  /// band no figure can fall in. Counts give whole numbers, rates one decimal.
  func upperBounds(_ catalog: Catalog) -> [String?] {
    (1...3).map { band in
      switch shading {
      case .overdue:
        let counts = (max(1, Int(minimum))...max(1, Int(maximum))).filter {
          Self.level(Double($0), minimum: minimum, maximum: maximum) == band
        }
        return counts.last.map { catalog.number($0) }
      case .pendingPerThousand:
        guard maximum > minimum || band == 3 else { return nil }
        let bound = minimum + (maximum - minimum) * Double(band) / 3
        return catalog.decimal(bound, digits: 1)
      }
    }
  }
}

/// The legend under the map: the shading bands with their figures, what the figure is,
/// and the office marker.
enum MapLegend {
  struct Segment {
    let text: String
    let style: Style
  }

  /// Returns one or two lines that fit `width`, the longer wordings first.
  static func lines(_ scale: ShadeScale, catalog: Catalog, width: Int, rows: Int) -> [[Segment]] {
    var bands: [Segment] = []
    if scale.maximum > 0 {
      for (band, bound) in scale.upperBounds(catalog).enumerated() {
        guard let bound else { continue }
        bands.append(Segment(text: ShadeScale.glyphs[band + 1], style: ShadeScale.styles[band + 1]))
        bands.append(Segment(text: "≤" + bound + " ", style: .dim))
      }
    }
    let metric: [String]
    switch scale.shading {
    case .pendingPerThousand where scale.maximum > 0:
      metric = [catalog[.mapMetricPending], catalog[.mapMetricPendingShort]]
    case .pendingPerThousand: metric = [catalog[.mapNothingPending]]
    case .overdue where scale.maximum > 0: metric = [catalog[.mapMetricOverdue]]
    case .overdue: metric = [catalog[.mapNothingOverdue]]
    }
    let offices = ["■ " + catalog[.mapOfficeEstimate], "■ " + catalog[.mapOffice]]

    // Both on one line, then on two, then the bands alone when the office has no room.
    var options: [[[Segment]]] = []
    for name in metric {
      for office in offices {
        let key = bands + [Segment(text: name, style: .dim)]
        let mark = [Segment(text: office, style: .dim)]
        options.append([key + [Segment(text: "  ", style: .dim)] + mark])
        if rows >= 2 { options.append([key, mark]) }
      }
    }
    options += metric.map { [bands + [Segment(text: $0, style: .dim)]] } + [[bands]]
    let fitting = options.first { lines in
      lines.allSatisfy { line in line.reduce(0) { $0 + TextWidth.columns($1.text) } <= width }
    }
    return fitting ?? options.last ?? []
  }
}

/// Layouts by pane size and kecamatan, so that the label search runs once per size, not
/// once per frame.
enum MapLayoutCache {
  private static let cache = Mutex<[CacheKey: MapLayout]>([:])

  private struct CacheKey: Hashable {
    let row: Int
    let col: Int
    let height: Int
    let width: Int
    let legendRows: Int
    /// Desa codes and names, then the centroids and the office, which an imported region
    /// or an office setting can change while the pane keeps its size.
    let desa: [String]
    let points: [Coordinate]
  }

  static func layout(_ kecamatan: Kecamatan, in content: Rect, legendRows: Int) -> MapLayout {
    let key = CacheKey(
      row: content.row, col: content.col, height: content.height, width: content.width,
      legendRows: legendRows, desa: kecamatan.desa.flatMap { [$0.code, $0.name] },
      points: kecamatan.desa.map(\.centroid) + [kecamatan.office])
    if let cached = cache.withLock({ $0[key] }) { return cached }
    let layout = MapLayout(kecamatan, in: content, legendRows: legendRows)
    cache.withLock { cached in
      // A handful of sizes at most; a long resize session starts the cache afresh.
      if cached.count > 32 { cached = [:] }
      cached[key] = layout
    }
    return layout
  }
}

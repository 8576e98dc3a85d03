import Foundation
import HDSCore
import HDSTerminal

/// The positions of the village map's desa markers, their labels and the office for one
/// pane size. Pure: the same kecamatan and rectangle always give the same layout.
///
/// The centroids are projected equirectangularly with a terminal cell counted as twice
/// as tall as it is wide. A label sits on its marker's row, right or left of it. Labels
/// never cover a marker or another label, and one blank cell or the area's edge ends
/// each label. Among the scales and offsets tried, the layout keeps the most full names
/// and then the largest map: a name is shortened to "Kara." or "Kar" only where no
/// scale down to half the largest gives it room.
struct MapLayout: Equatable, Sendable {
  struct Label: Equatable, Sendable {
    let text: String
    let position: Position

    var width: Int { TextWidth.columns(text) }
  }

  /// Cells the markers and labels use.
  let area: Rect
  /// Rows under the map kept for the legend.
  let legend: Rect
  /// One marker per desa, in gazetteer order.
  let markers: [Position]
  let office: Position
  /// One label per desa, in gazetteer order.
  let labels: [Label]
  /// Columns per kilometre; a row is two columns tall.
  let columnsPerKm: Double
  /// Fractional column and row of the north-western corner of the centroids' extent.
  let origin: (col: Double, row: Double)

  /// Lays out the map in `content`, keeping its last `legendRows` rows for the legend.
  ///
  /// Complexity: O(scales × offsets × desa), with up to 6^k label choices tried for k desa
  /// on one row. An 80x24 pane, where no scale fits every full name, took 0.14 s in a
  /// debug build on a 2-core virtual machine, so `MapLayoutCache` keeps one per size.
  init(_ kecamatan: Kecamatan, in content: Rect, legendRows: Int) {
    let rows = max(0, min(legendRows, content.height - 1))
    area = Rect(
      row: content.row, col: content.col, height: content.height - rows, width: content.width)
    legend = Rect(row: area.bottom, col: content.col, height: rows, width: content.width)
    let points = GeographicPoints(kecamatan)
    let names = kecamatan.desa.map { MapLayout.labelChoices($0.name) }
    let best = MapLayout.bestCandidate(points, names: names, in: area)
    markers = best.markers
    office = best.office
    labels = best.labels
    columnsPerKm = best.scale
    origin = best.origin
  }

  static func == (lhs: MapLayout, rhs: MapLayout) -> Bool {
    lhs.area == rhs.area && lhs.legend == rhs.legend && lhs.markers == rhs.markers
      && lhs.office == rhs.office && lhs.labels == rhs.labels
  }

  /// Returns the desa whose region contains the cell, or nil outside every region and on
  /// the borders between two, for the shading. A region is the cells nearer to its
  /// centroid than to any other, up to `reachKm`.
  ///
  /// Complexity: O(desa).
  func region(row: Int, col: Int, points: GeographicPoints, reachKm: Double = 1.6) -> Int? {
    guard columnsPerKm > 0 else { return nil }
    let x = (Double(col - area.col) - origin.col) / columnsPerKm
    let y = (Double(row - area.row) - origin.row) * 2 / columnsPerKm
    var nearest = (index: -1, distance: Double.infinity)
    var second = Double.infinity
    for (index, point) in points.desa.enumerated() {
      let distance = hypot(point.x - x, point.y - y)
      if distance < nearest.distance {
        second = nearest.distance
        nearest = (index, distance)
      } else if distance < second {
        second = distance
      }
    }
    guard nearest.index >= 0, nearest.distance <= reachKm else { return nil }
    // Cells about as near to two centroids draw the border between their regions.
    return second - nearest.distance < 0.8 / columnsPerKm ? nil : nearest.index
  }

  // MARK: Label choices

  /// Returns a desa's label texts, best first: the full name, four letters and a full
  /// stop, and three letters. Every prefix of three letters is unique among Kromengan's desa.
  static func labelChoices(_ name: String) -> [String] {
    var choices = [name]
    if name.count > 5 { choices.append(String(name.prefix(4)) + ".") }
    if name.count > 3 { choices.append(String(name.prefix(3))) }
    return choices
  }

  // MARK: Search

  private struct Candidate {
    var markers: [Position]
    var office: Position
    var labels: [Label]
    var scale: Double
    var origin: (col: Double, row: Double)
    /// Shortened labels; a missing label counts as 100.
    var cost: Double
  }

  /// Tries scales from the largest that fits down to half of it, each with offsets from
  /// the centre outwards, and returns the candidate with the lowest cost. Shrinking the
  /// map by a quarter costs as much as one shortened label.
  private static func bestCandidate(_ points: GeographicPoints, names: [[String]], in area: Rect)
    -> Candidate
  {
    let spanX = max(points.width, 0.001)
    let spanY = max(points.height, 0.001)
    let largest = max(
      0.001, min(Double(area.width - 1) / spanX, 2 * Double(area.height - 1) / spanY))
    let widest = Int((largest * spanX).rounded(.down))
    var scales = [largest]
    if widest >= 2 {
      for width in stride(from: widest - 1, through: max(1, widest / 2), by: -1) {
        scales.append(Double(width) / spanX)
      }
    }

    var best: Candidate?
    for scale in scales {
      let shrinkCost = (1 - scale / largest) * 4
      if let best, shrinkCost >= best.cost { break }
      let freeCols = max(0, Double(area.width - 1) - scale * spanX)
      let freeRows = max(0, Double(area.height - 1) - scale * spanY / 2)
      for origin in offsets(freeCols: freeCols, freeRows: freeRows) {
        guard
          var candidate = place(points, names: names, in: area, scale: scale, origin: origin)
        else { continue }
        candidate.cost += shrinkCost
        if best == nil || candidate.cost < best!.cost { best = candidate }
        if candidate.cost == 0 { return candidate }
      }
    }
    return best ?? fallback(points, in: area, scale: largest)
  }

  /// Offsets to try, nearest the centre first: half-column steps across and quarter-row
  /// steps down, at most about 40 and 16 of them.
  private static func offsets(freeCols: Double, freeRows: Double) -> [(col: Double, row: Double)] {
    func samples(_ free: Double, step: Double, limit: Int) -> [Double] {
      let size = max(step, free / Double(limit))
      let count = Int(free / size)
      let values = (0...count).map { Double($0) * size }
      return values.sorted { abs($0 - free / 2) < abs($1 - free / 2) }
    }
    let cols = samples(freeCols, step: 0.5, limit: 40)
    let rows = samples(freeRows, step: 0.25, limit: 16)
    var result: [(col: Double, row: Double)] = []
    for row in rows {
      for col in cols { result.append((col, row)) }
    }
    return result.sorted {
      abs($0.col - freeCols / 2) + abs($0.row - freeRows / 2) * 2 < abs($1.col - freeCols / 2)
        + abs($1.row - freeRows / 2) * 2
    }
  }

  private static func project(
    _ point: GeographicPoints.Point, in area: Rect, scale: Double,
    origin: (col: Double, row: Double)
  ) -> Position {
    Position(
      row: area.row + Int((origin.row + point.y * scale / 2).rounded()),
      col: area.col + Int((origin.col + point.x * scale).rounded()))
  }

  /// Places the markers and labels for one scale and offset, or returns nil when two
  /// markers share a cell or a desa has no room for any of its labels.
  private static func place(
    _ points: GeographicPoints, names: [[String]], in area: Rect, scale: Double,
    origin: (col: Double, row: Double)
  ) -> Candidate? {
    let markers = points.desa.map { project($0, in: area, scale: scale, origin: origin) }
    let office = project(points.office, in: area, scale: scale, origin: origin)
    let cells = (markers + [office]).map { $0.row * 100_000 + $0.col }
    guard Set(cells).count == cells.count else { return nil }

    var labels = markers.map { Label(text: "", position: $0) }
    var cost = 0.0
    for row in Set(markers.map(\.row)).sorted() {
      let members = markers.indices.filter { markers[$0].row == row }
      let obstacles = (markers + [office]).filter { $0.row == row }.map(\.col)
      guard
        let solved = RowLabels.solve(
          members.map { (col: markers[$0].col, choices: names[$0]) }, obstacles: obstacles,
          from: area.col, to: area.right)
      else { return nil }
      for (member, choice) in zip(members, solved.choices) {
        labels[member] = Label(text: choice.text, position: Position(row: row, col: choice.start))
      }
      cost += Double(solved.cost)
    }
    return Candidate(
      markers: markers, office: office, labels: labels, scale: scale, origin: origin, cost: cost)
  }

  /// Markers only, centred, for an area too small for any complete layout.
  private static func fallback(_ points: GeographicPoints, in area: Rect, scale: Double)
    -> Candidate
  {
    let origin = (
      col: max(0, Double(area.width - 1) - scale * points.width) / 2,
      row: max(0, Double(area.height - 1) - scale * points.height / 2) / 2
    )
    let markers = points.desa.map { project($0, in: area, scale: scale, origin: origin) }
    return Candidate(
      markers: markers, office: project(points.office, in: area, scale: scale, origin: origin),
      labels: markers.map { Label(text: "", position: $0) }, scale: scale, origin: origin,
      cost: 100 * Double(markers.count))
  }
}

/// The desa centroids and the office in kilometres east and south of the north-western
/// corner of the centroids' extent.
struct GeographicPoints: Sendable {
  struct Point: Sendable {
    let x: Double
    let y: Double
  }

  let desa: [Point]
  let office: Point
  /// Extent of the points, east to west and north to south, in kilometres.
  let width: Double
  let height: Double

  /// Projects equirectangularly at the extent's mean latitude, good to well under a cell
  /// across a kecamatan of 10 km.
  init(_ kecamatan: Kecamatan) {
    let coordinates = kecamatan.desa.map(\.centroid) + [kecamatan.office]
    let west = coordinates.map(\.longitude).min() ?? 0
    let north = coordinates.map(\.latitude).max() ?? 0
    let south = coordinates.map(\.latitude).min() ?? 0
    let kmPerDegreeLongitude = 111.3 * cos((north + south) / 2 * .pi / 180)
    let kmPerDegreeLatitude = 110.6
    let points = coordinates.map {
      Point(
        x: ($0.longitude - west) * kmPerDegreeLongitude,
        y: (north - $0.latitude) * kmPerDegreeLatitude)
    }
    desa = Array(points.dropLast())
    office = points.last ?? Point(x: 0, y: 0)
    width = points.map(\.x).max() ?? 0
    height = points.map(\.y).max() ?? 0
  }
}

/// The labels of the markers on one row: each desa takes one of its texts, right or left
/// of its marker.
enum RowLabels {
  struct Choice {
    let text: String
    let start: Int
    var end: Int { start + TextWidth.columns(text) }
  }

  /// Returns the cheapest choice per member (a text's cost is its index in `choices`),
  /// or nil when some member has no room. `obstacles` are the marker columns of the row;
  /// labels stay within `from..<to`.
  ///
  /// Complexity: O(6^members) at worst, a few hundred steps for the rows of a map.
  static func solve(
    _ members: [(col: Int, choices: [String])], obstacles: [Int], from: Int, to: Int
  ) -> (choices: [Choice], cost: Int)? {
    let options = members.map { member in
      member.choices.enumerated().flatMap { cost, text in
        let width = TextWidth.columns(text)
        return [
          (Choice(text: text, start: member.col + 1), cost),
          (Choice(text: text, start: member.col - width), cost),
        ]
      }.filter { fits($0.0, own: member.col, obstacles: obstacles, from: from, to: to) }
    }
    var best: (choices: [Choice], cost: Int)?
    var chosen: [Choice] = []

    func search(_ index: Int, cost: Int) {
      if let best, cost >= best.cost { return }
      guard index < options.count else {
        best = (chosen, cost)
        return
      }
      for (choice, extra) in options[index] where chosen.allSatisfy({ apart($0, choice) }) {
        chosen.append(choice)
        search(index + 1, cost: cost + extra)
        chosen.removeLast()
      }
    }
    search(0, cost: 0)
    return best
  }

  /// Returns whether a label stays inside the row and touches only its own marker, with
  /// none under it and none right after its far end, so it never runs into another.
  private static func fits(_ choice: Choice, own: Int, obstacles: [Int], from: Int, to: Int)
    -> Bool
  {
    guard choice.start >= from, choice.end <= to else { return false }
    return obstacles.filter { $0 >= choice.start - 1 && $0 <= choice.end } == [own]
  }

  /// Returns whether two labels keep at least one blank cell between them.
  private static func apart(_ first: Choice, _ second: Choice) -> Bool {
    first.end < second.start || second.end < first.start
  }
}

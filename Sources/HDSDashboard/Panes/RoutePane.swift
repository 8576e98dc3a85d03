import Foundation
import HDSCore
import HDSTerminal

/// Draws one courier's day: progress and estimated distance, then the stops in route
/// order with desa, dusun, resident and document; the selected stop stands out.
enum RoutePane {
  static func draw(_ route: RouteView, state: DashboardState, screen: inout Screen) {
    let catalog = state.catalog
    let rect = OverlayView.detailFrame(rows: screen.rows, cols: screen.cols)
    screen.fill(rect, style: .dialog)
    let day = "\(catalog.weekday(route.day)), \(catalog.date(route.day))"
    screen.box(rect, title: catalog.format(.routeTitle, route.courier.name, day), focused: true)
    let inner = rect.inner

    let delivered = route.stops.filter { $0.state == .delivered }.count
    let out = route.stops.filter { $0.state == .outForDelivery }.count
    let left = route.stops.filter { $0.state == .assigned }.count
    let kilometres = catalog.decimal(route.distance(in: state.kecamatan), digits: 1)
    var lines: [(String, Style)] = [
      (catalog.format(.routeSummary, route.stops.count, delivered, out, left, kilometres), .title)
    ]
    if route.stops.isEmpty { lines.append((catalog[.routeEmpty], .dim)) }
    let header = lines.count
    for (index, text) in stopLines(route, state: state, width: inner.width - 1).enumerated() {
      lines.append((text, QueuePane.stateStyle(route.stops[index].state) ?? .dialog))
    }
    // The hint wraps instead of losing its end, which names where the files go. Roles that
    // may not write the files get none.
    if !state.readOnly && state.role.writes {
      for line in Renderer.wrap(catalog[.routeWrite], width: max(8, inner.width - 2)) {
        lines.append((line, .dim))
      }
    }

    let selectedLine = header + route.selected
    let first = max(0, min(selectedLine - inner.height / 2, lines.count - inner.height))
    for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
      let isSelected = first + offset == selectedLine && !route.stops.isEmpty
      let row = inner.row + offset
      if isSelected {
        screen.fill(Rect(row: row, col: inner.col, height: 1, width: inner.width), style: .selected)
      }
      screen.put(
        " " + line.0, row: row, col: inner.col, style: isSelected ? .selected : line.1,
        width: inner.width)
    }
  }

  /// Returns a line for each stop in aligned columns: place, request number, desa and dusun,
  /// resident, document and state. The state always shows, and a long desa or name is
  /// clipped with an ellipsis, the name first down to 10 columns.
  static func stopLines(_ route: RouteView, state: DashboardState, width: Int) -> [String] {
    let catalog = state.catalog
    let places = route.stops.map {
      QueuePane.desaName($0.address.desaCode, state.kecamatan) + " / " + $0.address.dusun
    }
    let names = route.stops.map(\.residentName)
    let documents = route.stops.map(\.document.shortName)
    let states = route.stops.map { catalog.state($0.state) }
    func widest(_ texts: [String]) -> Int { texts.map { TextWidth.columns($0) }.max() ?? 0 }

    let indexWidth = String(route.stops.count).count + 2
    let numberWidth = widest(route.stops.map(\.number.description))
    let documentWidth = widest(documents)
    let stateWidth = widest(states)
    let fixed = indexWidth + numberWidth + documentWidth + stateWidth + 4 * 2
    let room = max(0, width - fixed)
    var placeWidth = widest(places)
    var nameWidth = widest(names)
    if placeWidth + 2 + nameWidth > room {
      nameWidth = max(min(nameWidth, 10), room - 2 - placeWidth)
      placeWidth = max(4, room - 2 - nameWidth)
    }
    return route.stops.indices.map { index in
      TextWidth.fit("\(index + 1).", to: indexWidth - 1, alignRight: true) + " "
        + TextWidth.fit(route.stops[index].number.description, to: numberWidth) + "  "
        + TextWidth.fit(places[index], to: placeWidth) + "  "
        + TextWidth.fit(names[index], to: nameWidth) + "  "
        + TextWidth.fit(documents[index], to: documentWidth) + "  " + states[index]
    }
  }
}

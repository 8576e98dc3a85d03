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
    for (index, stop) in route.stops.enumerated() {
      let desa = QueuePane.desaName(stop.address.desaCode, state.kecamatan)
      let number = String(index + 1)
      let text =
        String(repeating: " ", count: max(0, 2 - number.count)) + number + ". "
        + stop.number.description + "  " + desa + " / " + stop.address.dusun + "  "
        + stop.residentName + "  " + stop.document.shortName + "  " + catalog.state(stop.state)
      lines.append((text, QueuePane.stateStyle(stop.state) ?? .dialog))
    }
    lines.append((catalog[.routeWrite], .dim))

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
}

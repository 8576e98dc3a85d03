import HDSCore
import HDSTerminal

/// Per active courier: assigned, out for delivery, delivered and failed today.
enum CourierPane {
  static func draw(_ state: DashboardState, in rect: Rect, focused: Bool, into screen: inout Screen)
  {
    let catalog = state.catalog
    screen.box(rect, title: title(state, width: rect.width - 4), focused: focused)
    let inner = rect.inner
    guard inner.height > 1, state.snapshot != nil else { return }
    let board = state.courierRows

    // Three columns of counts always; the failed column when the pane has room. Each
    // count column is as wide as its heading, at least 3.
    let headings = [
      catalog[.colAssigned], catalog[.colOut], catalog[.colDelivered], catalog[.colFailed],
    ]
    let widths = headings.map { max(3, TextWidth.columns($0)) }
    let counts = inner.width >= 30 ? 4 : 3
    let countsWidth = widths.prefix(counts).reduce(0) { $0 + $1 + 1 }
    var columns = [
      Column(heading: catalog[.colName], width: max(4, inner.width - 1 - countsWidth))
    ]
    for index in 0..<counts {
      columns.append(Column(heading: headings[index], width: widths[index], alignRight: true))
    }
    Table.drawHeading(
      columns, row: inner.row, col: inner.col + 1, width: inner.width - 1, into: &screen)
    if board.isEmpty {
      let empty = state.desaFilter.map { catalog.format(.mapNoCourierInDesa, $0.name) }
      screen.put(
        empty ?? catalog[.couriersEmpty], row: inner.row + 1, col: inner.col + 1, style: .dim,
        width: inner.width - 1)
      return
    }
    let visible = inner.height - 1
    let top = ListScroll.top(
      selected: state.selected(.couriers), scroll: state.scroll[.couriers],
      visible: visible, total: board.count)
    for line in 0..<min(visible, board.count - top) {
      let index = top + line
      let courier = board[index]
      let style = Table.rowStyle(selected: index == state.selected(.couriers), focused: focused)
      Table.drawRow(
        [
          name(courier, state), String(courier.assigned), String(courier.out),
          String(courier.delivered),
          String(courier.failed),
        ],
        columns: columns, row: inner.row + 1 + line, col: inner.col + 1, width: inner.width - 1,
        rowStyle: style, styles: [nil, nil, nil, .success, courier.failed > 0 ? .warning : nil],
        into: &screen)
    }
  }
}

extension CourierPane {
  /// "Kurir hari ini", with a desa filter "Kurir hari ini · Jatikerto", or "Kurir ke
  /// Jatikerto" where the longer title does not fit `width`.
  static func title(_ state: DashboardState, width: Int) -> String {
    let catalog = state.catalog
    guard let desa = state.desaFilter else { return catalog[.paneCouriers] }
    let long = catalog[.paneCouriers] + " · " + desa.name
    return TextWidth.columns(long) <= width ? long : catalog.format(.mapCouriersTo, desa.name)
  }

  /// The courier's name, marked when the courier does not work today.
  static func name(_ row: CourierDayRow, _ state: DashboardState) -> String {
    guard let courier = state.snapshot?.couriers[row.courierID], let day = state.snapshot?.day,
      !courier.isOnDuty(day, calendar: state.calendar)
    else { return row.name }
    return row.name + " (" + state.catalog[.courierOffDuty] + ")"
  }
}

/// Scrolling of short lists that are loaded whole.
enum ListScroll {
  static func top(selected: Int, scroll: Int?, visible: Int, total: Int) -> Int {
    var top = scroll ?? 0
    if selected < top { top = selected }
    if selected >= top + visible { top = selected - visible + 1 }
    return max(0, min(top, max(0, total - visible)))
  }
}

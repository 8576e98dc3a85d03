import HDSCore
import HDSTerminal

/// Complaints, open first, with age in days and the linked request.
enum ComplaintPane {
  static func draw(_ state: DashboardState, in rect: Rect, focused: Bool, into screen: inout Screen)
  {
    let catalog = state.catalog
    let open = state.snapshot?.totals.openComplaints ?? 0
    screen.box(rect, title: catalog.format(.paneComplaints, catalog.number(open)), focused: focused)
    let inner = rect.inner
    guard inner.height > 1, let page = state.snapshot?.complaints else { return }

    // Wide panes give the request number and the complainant their own columns.
    let wide = inner.width >= 56
    var columns = [
      Column(heading: "#", width: 3, alignRight: true),
      Column(heading: catalog[.colAge], width: 5, alignRight: true),
      Column(heading: catalog[.colCategory], width: wide ? 16 : max(4, inner.width - 11)),
    ]
    if wide {
      columns.append(Column(heading: catalog[.colRequest], width: 15))
      columns.append(Column(heading: catalog[.colName], width: inner.width - 11 - 17 - 16))
    }
    Table.drawHeading(columns, row: inner.row, col: inner.col, width: inner.width, into: &screen)
    if page.total == 0 {
      screen.put(
        catalog[.complaintsEmpty], row: inner.row + 1, col: inner.col + 1, style: .dim,
        width: inner.width - 1)
      return
    }
    let visible = inner.height - 1
    let top = ListScroll.top(
      selected: state.selected(.complaints), scroll: state.scroll[.complaints],
      visible: visible, total: page.total)
    for line in 0..<min(visible, page.total - top) {
      let index = top + line
      let style = Table.rowStyle(selected: index == state.selected(.complaints), focused: focused)
      let row = inner.row + 1 + line
      guard let item = state.snapshot?.complaintRow(at: index) else {
        Table.drawRow(
          ["…"], columns: columns, row: row, col: inner.col, width: inner.width,
          rowStyle: style == .normal ? .dim : style, into: &screen)
        continue
      }
      let complaint = item.complaint
      let days = max(
        0,
        CalendarDay(containing: complaint.receivedAt).days(
          until: CalendarDay(containing: state.now)))
      let overdue =
        complaint.state.isOpen
        && CalendarDay(containing: state.now) > complaint.deadline(in: state.calendar)
      var cells = [String(complaint.id), catalog.format(.ageDays, days)]
      if wide {
        cells += [
          catalog.category(complaint.category), item.requestNumber?.description ?? "",
          complaint.complainantName,
        ]
      } else {
        let serial = item.requestNumber.map { String($0.description.suffix(6)) }
        cells.append(
          [catalog.category(complaint.category), serial].compactMap { $0 }.joined(separator: " "))
      }
      Table.drawRow(
        cells, columns: columns, row: row,
        col: inner.col, width: inner.width,
        rowStyle: complaint.state.isOpen ? style : (style == .normal ? .dim : style),
        styles: [nil, overdue ? .danger : nil, nil], into: &screen)
    }
  }
}

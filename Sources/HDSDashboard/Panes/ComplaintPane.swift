import HDSCore
import HDSTerminal

/// Complaints: open ones first by deadline, with the working days left or overdue, then
/// closed ones. Below them are this month's resolution rate and the states it leaves out.
enum ComplaintPane {
  /// Panes at least this wide inside give the category and the complainant their own
  /// columns.
  static let wideWidth = 56

  static func draw(_ state: DashboardState, in rect: Rect, focused: Bool, into screen: inout Screen)
  {
    let catalog = state.catalog
    let open = state.snapshot?.totals.openComplaints ?? 0
    // A filtered list names its own count, and the header keeps the open count.
    var title = catalog.format(.paneComplaints, catalog.number(open))
    if state.complaintFilter.isFiltering, let page = state.snapshot?.complaints {
      title = catalog.format(.complaintsFiltered, catalog.number(page.total))
    }
    screen.box(rect, title: title, focused: focused)
    let inner = rect.inner
    guard state.seesComplaints else {
      let lines = Renderer.wrap(catalog[.complaintsNotForCourier], width: max(8, inner.width - 2))
      for (offset, line) in lines.prefix(inner.height).enumerated() {
        screen.put(
          " " + line, row: inner.row + offset, col: inner.col, style: .dim, width: inner.width)
      }
      return
    }
    guard inner.height > 1, let page = state.snapshot?.complaints else { return }

    let footer = footerLines(state, width: inner.width - 1, room: inner.height - 2)
    for (offset, line) in footer.enumerated() {
      screen.put(
        " " + line, row: inner.bottom - footer.count + offset, col: inner.col, style: .dim,
        width: inner.width)
    }

    let columns = self.columns(width: inner.width, catalog: catalog)
    Table.drawHeading(columns, row: inner.row, col: inner.col, width: inner.width, into: &screen)
    if page.total == 0 {
      let empty =
        state.complaintFilter.isFiltering ? MessageKey.complaintsNoneMatch : .complaintsEmpty
      screen.put(
        catalog[empty], row: inner.row + 1, col: inner.col + 1, style: .dim,
        width: inner.width - 1)
      return
    }
    let visible = inner.height - 1 - footer.count
    let top = ListScroll.top(
      selected: state.selected(.complaints), scroll: state.scroll[.complaints],
      visible: visible, total: page.total)
    for line in 0..<max(0, min(visible, page.total - top)) {
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
      let (timing, timingStyle) = self.timing(complaint, state: state)
      var cells = [String(complaint.id), timing, catalog.complaintState(complaint.state)]
      if inner.width >= wideWidth {
        cells += [catalog.category(complaint.category), complaint.complainantName]
      }
      Table.drawRow(
        cells, columns: columns, row: row, col: inner.col, width: inner.width,
        rowStyle: complaint.state.isOpen ? style : (style == .normal ? .dim : style),
        styles: [nil, timingStyle], into: &screen)
    }
  }

  private static func columns(width: Int, catalog: Catalog) -> [Column] {
    guard width >= wideWidth else {
      return [
        Column(heading: "#", width: 3, alignRight: true),
        Column(heading: catalog[.colTimeLeft], width: 7),
        Column(heading: catalog[.colStatus], width: max(4, width - 12)),
      ]
    }
    return [
      Column(heading: "#", width: 4, alignRight: true),
      Column(heading: catalog[.colTimeLeft], width: 9),
      Column(heading: catalog[.colStatus], width: 16),
      Column(heading: catalog[.colCategory], width: 14),
      Column(heading: catalog[.colName], width: width - 4 - 9 - 16 - 14 - 4),
    ]
  }

  /// Returns the time-left cell and its style. An SP4N-LAPOR! report still to verify
  /// shows its verification deadline, marked V, and a closed complaint shows a dash.
  static func timing(_ complaint: Complaint, state: DashboardState) -> (String, Style?) {
    let catalog = state.catalog
    guard complaint.state.isOpen else { return ("—", nil) }
    let today = CalendarDay(containing: state.now)
    let lapor = complaint.awaitsLaporVerification
    let deadline =
      lapor
      ? complaint.verificationDeadline(in: state.calendar) : complaint.deadline(in: state.calendar)
    let status = DeadlineStatus(deadline: deadline, on: today, in: state.calendar)
    let text = (lapor ? catalog[.laporVerifyMark] + " " : "") + catalog.deadlineCell(status)
    if status.isOverdue { return (text, .danger) }
    if status == .left(0) || lapor { return (text, .warning) }
    return (text, nil)
  }

  /// Returns the lines under the list: this month's rate overall and within deadline,
  /// and the states left out of its denominator. Narrow panes get the short wording.
  static func footerLines(_ state: DashboardState, width: Int, room: Int) -> [String] {
    guard let rate = state.snapshot?.resolutionRate, room > 0 else { return [] }
    let catalog = state.catalog
    let names = ResolutionRate.excludedStates.map { catalog.complaintState($0) }
      .joined(separator: ", ")
    let text: String
    if rate.denominator == 0 {
      text = catalog.format(.rateNoneYet, catalog.monthName(rate.period), names)
    } else if width + 1 >= wideWidth {
      text = catalog.format(
        .rateFooter, catalog.monthName(rate.period), catalog.percent(tenths: rate.overallTenths),
        catalog.percent(tenths: rate.withinDeadlineTenths), catalog.number(rate.denominator),
        catalog.excludedStates(rate))
    } else {
      text = catalog.format(
        .rateFooterShort, catalog.percent(tenths: rate.overallTenths),
        catalog.percent(tenths: rate.withinDeadlineTenths), names)
    }
    return Renderer.wrap(text, width: max(8, width), maxLines: min(3, room))
  }
}

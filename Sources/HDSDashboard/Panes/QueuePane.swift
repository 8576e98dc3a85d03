import Foundation
import HDSCore
import HDSTerminal

/// The pending queue: printed documents not yet with the resident, oldest ready first,
/// with age, desa, document, resident and state. Wider terminals add dusun and courier.
enum QueuePane {
  static func draw(_ state: DashboardState, in rect: Rect, focused: Bool, into screen: inout Screen)
  {
    let catalog = state.catalog
    let total = state.snapshot?.queue.total ?? 0
    screen.box(rect, title: title(state, total: total), focused: focused)
    let inner = rect.inner
    guard inner.height > 1, let snapshot = state.snapshot else { return }

    let columns = self.columns(width: inner.width, catalog: catalog)
    Table.drawHeading(columns, row: inner.row, col: inner.col, width: inner.width, into: &screen)
    if total == 0 {
      let empty = state.courierScope == 0 ? MessageKey.queueNotLinked : .queueEmpty
      screen.put(
        catalog[empty], row: inner.row + 1, col: inner.col + 1, style: .dim,
        width: inner.width - 1)
      return
    }

    let visible = inner.height - 1
    let top = visibleTop(state, visible: visible, total: total)
    for line in 0..<min(visible, total - top) {
      let index = top + line
      let row = inner.row + 1 + line
      let style = Table.rowStyle(selected: index == state.selected(.queue), focused: focused)
      guard let request = snapshot.queueRow(at: index) else {
        Table.drawRow(
          ["…"], columns: columns, row: row, col: inner.col, width: inner.width,
          rowStyle: style == .normal ? .dim : style, into: &screen)
        continue
      }
      let age = Age(readyAt: request.waitingSince, now: state.now, calendar: state.calendar)
      let overdue = age.workingDays > snapshot.targets[request.document]
      let mark = state.marked[request.id] == nil ? " " : "✓"
      let flag = request.needsCompletion ? "!" : mark
      var cells = [
        flag + request.number.description, age.text(catalog),
        desaName(request.desaCode, state.kecamatan), request.document.shortName,
        request.residentName, stateText(request, catalog),
      ]
      var styles: [Style?] = [
        nil, overdue ? .danger : nil, nil, nil, nil, stateStyle(request.state),
      ]
      if columns.count > 6 {
        cells += [request.dusun, request.courierName ?? ""]
        styles += [nil, nil]
      }
      Table.drawRow(
        cells, columns: columns, row: row, col: inner.col, width: inner.width, rowStyle: style,
        styles: styles, into: &screen)
    }
  }

  /// "Antrean (85)" for the pending queue; otherwise the list names its filters and
  /// order: "Permohonan (12) · Siap · Jatikerto · KTP-el · urut desa · 2 ditandai".
  static func title(_ state: DashboardState, total: Int) -> String {
    let catalog = state.catalog
    let query = state.query
    var parts: [String] = []
    if query.states != RequestState.pending {
      parts.append(
        query.states.count == 1 ? catalog.state(query.states[0]) : catalog[.filterAll])
    }
    if let code = query.desaCode { parts.append(desaName(code, state.kecamatan)) }
    if let document = query.document { parts.append(document.shortName) }
    if let id = query.courierID, let name = state.snapshot?.couriers[id]?.name {
      parts.append(name)
    }
    if let day = query.deliveryDay { parts.append(catalog.date(day)) }
    if query.needsCompletionOnly { parts.append(catalog[.filterNeedsCompletion]) }
    if query.sort != .age { parts.append(catalog.format(.titleSortedBy, catalog.sort(query.sort))) }
    if !state.marked.isEmpty { parts.append(catalog.format(.titleMarked, state.marked.count)) }
    let count = catalog.number(total)
    let head =
      query.states == RequestState.pending
      ? catalog.format(.paneQueue, count) : catalog.format(.paneRequests, count)
    return ([head] + parts).joined(separator: " · ")
  }

  /// Returns the first visible index, keeping the selection on screen after a resize.
  static func visibleTop(_ state: DashboardState, visible: Int, total: Int) -> Int {
    let selected = state.selected(.queue)
    var top = state.scroll[.queue] ?? 0
    if selected < top { top = selected }
    if selected >= top + visible { top = selected - visible + 1 }
    return max(0, min(top, max(0, total - visible)))
  }

  static func columns(width: Int, catalog: Catalog) -> [Column] {
    let fixed = [16, 6, 10, 10, 13]
    let wide = width >= 110
    let extra = wide ? 14 + 18 + 2 : 0
    // Past 36 columns a name column only adds blank space between the name and state.
    let resident = min(36, max(8, width - fixed.reduce(0, +) - fixed.count - extra))
    var columns = [
      Column(heading: " " + catalog[.colNumber], width: 16),
      Column(heading: catalog[.colAge], width: 6, alignRight: true),
      Column(heading: catalog[.colDesa], width: 10),
      Column(heading: catalog[.colDocument], width: 10),
      Column(heading: catalog[.colResident], width: resident),
      Column(heading: catalog[.colState], width: 13),
    ]
    if wide {
      columns.append(Column(heading: catalog[.colDusun], width: 14))
      columns.append(Column(heading: catalog[.colCourier], width: 18))
    }
    return columns
  }

  /// The desa's name; "—" for a code of no desa, such as a print-list resident's.
  static func desaName(_ code: String, _ kecamatan: Kecamatan) -> String {
    kecamatan.desa(code: code)?.name ?? "—"
  }

  private static func stateText(_ request: QueueRow, _ catalog: Catalog) -> String {
    let text = catalog.state(request.state)
    return request.attempts > 0 ? catalog.format(.queueAttempts, text, request.attempts) : text
  }

  static func stateStyle(_ state: RequestState) -> Style? {
    switch state {
    case .ready: return nil
    case .assigned: return .accent
    case .outForDelivery: return .success
    case .returnedToOffice, .cancelled: return .warning
    default: return .dim
    }
  }
}

/// How long a document has waited since it became ready: hours on the same day,
/// working days after.
struct Age {
  let hours: Int
  let workingDays: Int

  init(readyAt: Date, now: Date, calendar: WorkingCalendar) {
    hours = max(0, Int(now.timeIntervalSince(readyAt) / 3600))
    workingDays = max(
      0,
      calendar.workingDays(from: CalendarDay(containing: readyAt), to: CalendarDay(containing: now))
    )
  }

  func text(_ catalog: Catalog) -> String {
    let sameDay = workingDays == 0 && hours < 24
    return sameDay ? catalog.format(.ageHours, hours) : catalog.format(.ageDays, workingDays)
  }
}

import Foundation
import HDSCore
import HDSTerminal

/// Draws the whole dashboard into a screen model. Pure: the same state and size give
/// the same screen, which is what the pane tests read.
public enum Renderer {
  public static func render(_ state: DashboardState, rows: Int, cols: Int) -> Screen {
    var screen = Screen(rows: rows, cols: cols)
    guard let full = Layout(rows: rows, cols: cols) else {
      drawTooSmall(state, into: &screen)
      return screen
    }
    let layout = full.zoomed(state.zoomedPane)
    HeaderView.draw(state, in: layout.header, into: &screen)
    if state.view == .summary {
      let area = Rect(
        row: layout.header.bottom, col: 0, height: layout.bottomBar.row - layout.header.bottom,
        width: cols)
      SummaryScreen.draw(state, in: area, into: &screen)
      if let overlay = state.overlays.last {
        OverlayView.draw(overlay, state: state, screen: &screen)
      }
      drawBottomBar(state, in: layout.bottomBar, into: &screen)
      return screen
    }
    for pane in PaneID.allCases {
      guard let rect = layout.panes[pane] else { continue }
      let focused = state.focus == pane && state.overlays.isEmpty
      switch pane {
      case .queue: QueuePane.draw(state, in: rect, focused: focused, into: &screen)
      case .couriers: CourierPane.draw(state, in: rect, focused: focused, into: &screen)
      case .map: MapPane.draw(state, in: rect, focused: focused, into: &screen)
      case .complaints: ComplaintPane.draw(state, in: rect, focused: focused, into: &screen)
      }
    }
    if let overlay = state.overlays.last {
      OverlayView.draw(overlay, state: state, screen: &screen)
    }
    drawBottomBar(state, in: layout.bottomBar, into: &screen)
    return screen
  }

  private static func drawBottomBar(
    _ state: DashboardState, in rect: Rect, into screen: inout Screen
  ) {
    screen.fill(rect, style: .statusBar)
    if let prompt = state.prompt, state.overlays.isEmpty {
      let col = screen.put(
        ":" + prompt.text, row: rect.row, col: 0, style: .message, width: rect.width)
      screen.cursor = Position(row: rect.row, col: min(col, rect.width - 1))
      let note =
        prompt.error
        ?? (prompt.choices.isEmpty
          ? state.catalog[.promptHint] : prompt.choices.joined(separator: "  "))
      screen.put(
        note, row: rect.row, col: col + 2, style: prompt.error == nil ? .keyHint : .errorMessage,
        width: max(0, rect.width - col - 2))
      return
    }
    if let search = state.search, state.overlays.isEmpty, state.message == nil {
      let catalog = state.catalog
      // Once typed, the term alone leaves the bar room for the note after it.
      let prompt = " /" + (search.isEditing ? catalog[.searchPrompt] : "") + search.text
      var col = screen.put(prompt, row: rect.row, col: 0, style: .message, width: rect.width)
      if search.isEditing { screen.cursor = Position(row: rect.row, col: col) }
      let note =
        search.notFound
        // The search reads only the list on screen, so the note names that list.
        ? catalog[state.query.isFiltered ? .searchNotFoundFiltered : .searchNotFound]
        : search.isEditing ? "" : catalog[.searchHint]
      col += 2
      screen.put(
        TextWidth.clipWords(note, to: rect.width - col), row: rect.row, col: col,
        style: search.notFound ? .errorMessage : .keyHint, width: max(0, rect.width - col))
      return
    }
    if let message = state.message {
      let style: Style = message.isError ? .errorMessage : .message
      // A message too long for the bar takes the row above it too, over the panes'
      // bottom border, until the next key: its end often says what to do.
      var lines = wrap(message.text, width: max(8, rect.width - 2))
      if lines.count > 2 {
        lines = [
          lines[0], TextWidth.clip(lines.dropFirst().joined(separator: " "), to: rect.width - 2),
        ]
      }
      for (offset, line) in lines.enumerated() {
        let row = rect.row - (lines.count - 1) + offset
        screen.fill(Rect(row: row, col: 0, height: 1, width: rect.width), style: style)
        screen.put(" " + line, row: row, col: 0, style: style, width: rect.width)
      }
      return
    }
    var hints = KeyHints.forContext(state)
    // The last hint (quit or close) and ? always show, so that a narrow bar still names
    // the help that lists every other key.
    var alwaysShown = [hints.removeLast()]
    if let help = hints.firstIndex(where: { $0.key == "?" }) {
      alwaysShown.insert(hints.remove(at: help), at: 0)
    }
    var col = 1
    let room =
      rect.width - alwaysShown.reduce(0) { $0 + KeyHints.width($1, state.catalog) } - 1
    for hint in hints {
      guard col + KeyHints.width(hint, state.catalog) <= room else { break }
      col = KeyHints.draw(hint, row: rect.row, col: col, catalog: state.catalog, into: &screen)
    }
    for hint in alwaysShown {
      col = KeyHints.draw(hint, row: rect.row, col: col, catalog: state.catalog, into: &screen)
    }
  }

  private static func drawTooSmall(_ state: DashboardState, into screen: inout Screen) {
    let text = state.catalog.format(
      .screenTooSmall, Layout.minimumCols, Layout.minimumRows, screen.cols, screen.rows)
    let lines = wrap(text, width: max(1, screen.cols - 2))
    let top = max(0, (screen.rows - lines.count) / 2)
    for (index, line) in lines.enumerated() {
      let col = max(0, (screen.cols - TextWidth.columns(line)) / 2)
      screen.put(line, row: top + index, col: col, style: .warning)
    }
  }

  /// Splits text into lines of at most `width` columns at spaces.
  public static func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      let candidate = line.isEmpty ? String(word) : line + " " + word
      if TextWidth.columns(candidate) > width, !line.isEmpty {
        lines.append(line)
        line = String(word)
      } else {
        line = candidate
      }
    }
    if !line.isEmpty { lines.append(line) }
    // A last line of one short word, such as the "1." of "Diarsipkan 1.", takes the word
    // before it along, so that a count does not stand alone under its label.
    if lines.count >= 2, TextWidth.columns(lines[lines.count - 1]) <= 3,
      let space = lines[lines.count - 2].lastIndex(of: " ")
    {
      let previous = lines[lines.count - 2]
      let moved = String(previous[previous.index(after: space)...]) + " " + lines[lines.count - 1]
      if TextWidth.columns(moved) <= width {
        lines[lines.count - 2] = String(previous[..<space])
        lines[lines.count - 1] = moved
      }
    }
    return lines.map { TextWidth.clip($0, to: width) }
  }

  /// Wraps text into at most `maxLines` lines. When the text needs more, the last line
  /// kept ends in "…" after its last whole word, so a cut is never taken for the end.
  public static func wrap(_ text: String, width: Int, maxLines: Int) -> [String] {
    let lines = wrap(text, width: width)
    guard maxLines > 0 else { return [] }
    guard lines.count > maxLines else { return lines }
    var firstLines = Array(lines.prefix(maxLines))
    firstLines[maxLines - 1] = TextWidth.clipWords(
      firstLines[maxLines - 1] + " " + lines[maxLines], to: width)
    return firstLines
  }
}

/// Two header rows: the kecamatan, date and time in WIB; then the day's totals.
enum HeaderView {
  static func draw(_ state: DashboardState, in rect: Rect, into screen: inout Screen) {
    screen.fill(Rect(row: rect.row, col: 0, height: 1, width: rect.width), style: .header)
    let catalog = state.catalog
    let today = CalendarDay(containing: state.now)
    var title = " " + catalog.format(.appTitle, state.kecamatan.name)
    if state.readOnly {
      let role = state.role == .operator ? "" : " · " + catalog.role(state.role)
      title += "  [" + catalog[.headerReadOnly] + role + "]"
    } else if state.role != .operator {
      title += "  [" + catalog.role(state.role) + "]"
    }
    let time = "\(OfficeClock.timeOfDay(state.now)) WIB "
    // The weekday goes first when the role's tag leaves too little room.
    var clock = "\(catalog.weekday(today)), \(catalog.date(today))  " + time
    if TextWidth.columns(title) + TextWidth.columns(clock) >= rect.width {
      clock = "\(catalog.date(today))  " + time
    }
    screen.put(title, row: rect.row, col: 0, style: .header, width: rect.width)
    let clockCol = rect.width - TextWidth.columns(clock)
    if clockCol > TextWidth.columns(title) {
      screen.put(clock, row: rect.row, col: clockCol, style: .header)
    }

    if let outage = state.serverOutage {
      drawOutage(outage, state, row: rect.row + 1, width: rect.width, into: &screen)
      return
    }
    guard let totals = state.snapshot?.totals else {
      screen.put(" " + catalog[.loading], row: rect.row + 1, col: 0, style: .dim)
      return
    }
    let values: [CustomStringConvertible] = [
      catalog.number(totals[.ready]), catalog.number(totals[.assigned]),
      catalog.number(totals[.outForDelivery]), catalog.number(totals.deliveredOnDay),
      catalog.number(totals.openComplaints),
    ]
    if !state.calendar.hasHolidayList(for: today.year) {
      let warning = " " + catalog.format(.headerNoHolidays, today.year)
      screen.put(warning, row: rect.row + 1, col: 0, style: .warning, width: rect.width)
      return
    }
    var line = " " + format(catalog[.headerTotals], values)
    if TextWidth.columns(line) > rect.width {
      line = " " + format(catalog[.headerTotalsShort], values)
    }
    screen.put(line, row: rect.row + 1, col: 0, style: .accent, width: rect.width)
  }

  /// The banner of a lost server connection, in place of the totals line: since when,
  /// the time of the data on screen, and that changes are refused. The short form fits
  /// 80 columns.
  private static func drawOutage(
    _ outage: ServerOutage, _ state: DashboardState, row: Int, width: Int,
    into screen: inout Screen
  ) {
    let catalog = state.catalog
    let since = OfficeClock.timeOfDay(outage.since)
    let data = outage.dataAsOf.map(OfficeClock.timeOfDay) ?? "—"
    var line = " " + catalog.format(.serverLostBanner, since, data)
    if TextWidth.columns(line) > width {
      line = " " + catalog.format(.serverLostShort, since, data)
    }
    screen.fill(Rect(row: row, col: 0, height: 1, width: width), style: .errorMessage)
    screen.put(line, row: row, col: 0, style: .errorMessage, width: width)
  }

  private static func format(_ template: String, _ values: [CustomStringConvertible]) -> String {
    var text = template
    for (index, value) in values.enumerated() {
      text = text.replacingOccurrences(of: "{\(index)}", with: value.description)
    }
    return text
  }
}

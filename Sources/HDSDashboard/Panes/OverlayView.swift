import Foundation
import HDSCore
import HDSTerminal

/// Draws the topmost overlay: a detail view over most of the screen, or a form dialog.
enum OverlayView {
  static func draw(_ overlay: Overlay, state: DashboardState, screen: inout Screen) {
    switch overlay {
    case .form(let form):
      drawForm(form, state: state, screen: &screen)
    case .plan(let plan):
      PlanPane.draw(plan, state: state, screen: &screen)
    case .route(let route):
      RoutePane.draw(route, state: state, screen: &screen)
    case .request(let detail):
      drawLines(
        DetailText.request(detail, state: state),
        title: state.catalog.format(.detailRequest, detail.request.number), state: state,
        screen: &screen)
    case .complaint(let detail):
      drawLines(
        ComplaintDetailText.lines(detail, state: state),
        title: state.catalog.format(.detailComplaint, detail.complaint.id), state: state,
        screen: &screen)
    case .courier(let id):
      let name = state.snapshot?.couriers[id]?.name ?? String(id)
      drawLines(
        DetailText.courier(id, state: state), title: state.catalog.format(.detailCourier, name),
        state: state, screen: &screen)
    case .desa(let code):
      let name = state.kecamatan.desa(code: code)?.name ?? code
      drawLines(
        DetailText.desa(code, state: state), title: state.catalog.format(.detailDesa, name),
        state: state, screen: &screen)
    case .kecamatanList(let selected):
      KecamatanList.draw(selected: selected, state: state, screen: &screen)
    case .help(let topic):
      drawLines(
        KeyHelp.lines(for: topic, state: state),
        title: state.catalog.format(.helpTitle, state.catalog[KeyHelp.title(of: topic)]),
        state: state, screen: &screen)
    }
  }

  /// A line of a detail view: a label and its value, or a full-width line when the
  /// label is empty.
  struct Line {
    var label: String
    var value: String
    var style: Style = .normal
  }

  /// Returns the frame of a detail view: every row between the header and the bottom bar.
  static func detailFrame(rows: Int, cols: Int) -> Rect {
    Rect(row: 2, col: 0, height: rows - 3, width: cols)
  }

  /// Splits the lines into screen rows of the frame's width, wrapping long values at
  /// spaces under their own column.
  static func wrapped(_ lines: [Line], width: Int) -> [Line] {
    let labelWidth = min(20, lines.map { TextWidth.columns($0.label) }.max() ?? 0)
    var rows: [Line] = []
    for line in lines {
      let indent = String(line.value.prefix { $0 == " " })
      let valueWidth = (line.label.isEmpty ? width - 2 : width - labelWidth - 4) - indent.count
      let parts = Renderer.wrap(
        String(line.value.dropFirst(indent.count)), width: max(8, valueWidth))
      for (index, part) in (parts.isEmpty ? [""] : parts).enumerated() {
        if index == 0 {
          rows.append(Line(label: line.label, value: indent + part, style: line.style))
        } else {
          // A labelled value continues under its own column, not under the label.
          let under = line.label.isEmpty ? "" : String(repeating: " ", count: labelWidth + 2)
          rows.append(Line(label: "", value: under + indent + part, style: line.style))
        }
      }
    }
    return rows
  }

  /// Returns the rows a detail overlay shows at this terminal size, for scrolling.
  static func rowCount(_ overlay: Overlay, state: DashboardState, rows: Int, cols: Int) -> Int {
    let frame = detailFrame(rows: rows, cols: cols)
    return wrapped(lines(of: overlay, state: state), width: frame.inner.width).count
  }

  static func lines(of overlay: Overlay, state: DashboardState) -> [Line] {
    switch overlay {
    case .request(let detail): return DetailText.request(detail, state: state)
    case .complaint(let detail): return ComplaintDetailText.lines(detail, state: state)
    case .courier(let id): return DetailText.courier(id, state: state)
    case .desa(let code): return DetailText.desa(code, state: state)
    case .help(let topic): return KeyHelp.lines(for: topic, state: state)
    case .form, .plan, .route, .kecamatanList: return []
    }
  }

  private static func drawLines(
    _ lines: [Line], title: String, state: DashboardState, screen: inout Screen
  ) {
    let rect = detailFrame(rows: screen.rows, cols: screen.cols)
    screen.fill(rect, style: .dialog)
    screen.box(rect, title: title, focused: true)
    let inner = rect.inner
    let labelWidth = min(20, lines.map { TextWidth.columns($0.label) }.max() ?? 0)
    let rows = wrapped(lines, width: inner.width)
    let scroll = min(state.overlayScroll, max(0, rows.count - inner.height))
    for (offset, line) in rows.dropFirst(scroll).prefix(inner.height).enumerated() {
      let row = inner.row + offset
      let style = line.style == .normal ? Style.dialog : line.style
      if line.label.isEmpty {
        screen.put(" " + line.value, row: row, col: inner.col, style: style, width: inner.width)
      } else {
        screen.put(
          " " + TextWidth.fit(line.label, to: labelWidth), row: row, col: inner.col, style: .dim,
          width: inner.width)
        screen.put(
          line.value, row: row, col: inner.col + labelWidth + 3, style: style,
          width: inner.width - labelWidth - 3)
      }
    }
    // Arrows on the frame show that more lines are above or below.
    if scroll > 0 {
      screen.put(" ▲ ", row: rect.row, col: rect.right - 6, style: .focusedTitle)
    }
    if scroll + inner.height < rows.count {
      screen.put(" ▼ ", row: rect.bottom - 1, col: rect.right - 6, style: .focusedTitle)
    }
  }

  private static func drawForm(_ form: Form, state: DashboardState, screen: inout Screen) {
    let catalog = state.catalog
    let visible = form.fields.indices.filter { form.isVisible($0) }
    // Wider on a large screen, so that a field's hint beside a long value still fits.
    let width = min(screen.cols - 4, max(76, screen.cols / 2))
    let bodyLines = form.body.map { Renderer.wrap($0, width: width - 4) } ?? []
    let extra = bodyLines.isEmpty ? 0 : bodyLines.count + 1
    // An error wraps under the fields instead of losing its end, which names the fix.
    let errorLines = form.error.map { Renderer.wrap($0, width: width - 4) } ?? []
    let errorRows = max(1, errorLines.count)
    let height = min(screen.rows - 4, visible.count + extra + 3 + errorRows)
    let rect = Rect(
      row: max(2, (screen.rows - height) / 2), col: (screen.cols - width) / 2, height: height,
      width: width)
    screen.fill(rect, style: .dialog)
    screen.box(rect, title: form.title, focused: true)
    let inner = rect.inner
    for (offset, line) in bodyLines.enumerated() {
      screen.put(
        " " + line, row: inner.row + offset, col: inner.col, style: .dialog, width: inner.width)
    }

    // Rows for fields: the frame less the body and the error line. A long form scrolls so
    // that the focused field stays in view.
    let top = inner.row + (bodyLines.isEmpty ? 0 : bodyLines.count + 1)
    let room = max(1, inner.bottom - errorRows - top)
    let focusLine = visible.firstIndex(of: form.focus) ?? 0
    let first = max(0, min(focusLine - room / 2, visible.count - room))
    let labelWidth = min(
      23,
      visible.map { index -> Int in
        if case .requirement = form.fields[index].name {
          return TextWidth.columns(catalog[.detailRequirements])
        }
        return TextWidth.columns(form.fields[index].label)
      }.max() ?? 0)
    let valueCol = inner.col + labelWidth + 3
    let valueWidth = inner.right - valueCol - 1
    var cursor: Position?

    for (line, index) in visible.dropFirst(first).prefix(room).enumerated() {
      let field = form.fields[index]
      let row = top + line
      let focused = index == form.focus
      // Requirement switches read as a checklist: one heading, the item beside its box.
      var label = field.label
      var isRequirement = false
      if case .requirement = field.name {
        isRequirement = true
        let previous = visible.firstIndex(of: index).flatMap { $0 > 0 ? visible[$0 - 1] : nil }
        let follows =
          previous.map {
            if case .requirement = form.fields[$0].name { return true }
            return false
          } ?? false
        label = follows ? "" : catalog[.detailRequirements]
      }
      screen.put(
        " " + TextWidth.fit(label, to: labelWidth), row: row, col: inner.col,
        style: focused ? .dialogTitle : .dim)
      let style: Style = focused ? .focusedField : .field
      var used = 0
      switch field.value {
      case .text(let text):
        let shown = tail(text, width: max(1, valueWidth / 2))
        screen.fill(
          Rect(row: row, col: valueCol, height: 1, width: max(TextWidth.columns(shown) + 1, 18)),
          style: style)
        screen.put(shown, row: row, col: valueCol, style: style)
        used = max(TextWidth.columns(shown) + 1, 18)
        if focused { cursor = Position(row: row, col: valueCol + TextWidth.columns(shown)) }
      case .choice(let options, let chosen):
        let text = options.isEmpty ? "" : "‹ " + options[chosen] + " ›"
        used = screen.put(text, row: row, col: valueCol, style: style, width: valueWidth)
      case .toggle(let on):
        var word = on ? catalog[.valueYes] : catalog[.valueNo]
        if isRequirement { word = field.label }
        let text = (on ? "[x] " : "[ ] ") + word
        used = screen.put(text, row: row, col: valueCol, style: style, width: valueWidth)
      }
      if let hint = form.hint(
        for: index, catalog: catalog, today: CalendarDay(containing: state.now))
      {
        screen.put(
          " " + hint.text, row: row, col: valueCol + used,
          style: hint.isError ? .warning : .success,
          width: valueWidth - used)
      }
    }
    if first > 0 { screen.put(" ▲ ", row: rect.row, col: rect.right - 6, style: .focusedTitle) }
    if first + room < visible.count {
      screen.put(" ▼ ", row: rect.bottom - 1, col: rect.right - 6, style: .focusedTitle)
    }
    for (offset, line) in errorLines.enumerated() {
      screen.put(
        " " + line, row: inner.bottom - errorRows + offset, col: inner.col,
        style: .errorMessage, width: inner.width)
    }
    screen.cursor = cursor
  }

  /// Returns the end of `text` that fits, so the caret stays visible while typing.
  private static func tail(_ text: String, width: Int) -> String {
    var result = ""
    for character in text.reversed() {
      if TextWidth.columns(result) + TextWidth.columns(of: character) > width { break }
      result.insert(character, at: result.startIndex)
    }
    return result
  }
}

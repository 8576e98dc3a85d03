import HDSCore
import HDSTerminal

/// Dukcapil's list of the kecamatan stores of the database: code, name, pending, overdue,
/// delivered today and open complaints, with the kabupaten's totals on the last row.
/// The row of the kecamatan on screen is marked, and the selected one highlighted.
enum KecamatanList {
  static func draw(selected: Int, state: DashboardState, screen: inout Screen) {
    let catalog = state.catalog
    let rect = OverlayView.detailFrame(rows: screen.rows, cols: screen.cols)
    screen.fill(rect, style: .dialog)
    screen.box(
      rect, title: catalog.format(.kecamatanListTitle, KabupatenMalang.name), focused: true)
    let inner = rect.inner
    guard let figures = state.snapshot?.kabupaten else {
      screen.put(
        " " + catalog[.kecamatanListEmpty], row: inner.row, col: inner.col, style: .dim,
        width: inner.width)
      return
    }
    let columns = [
      catalog[.kecamatanColumnPending], catalog[.kecamatanColumnOverdue],
      catalog[.kecamatanColumnDelivered], catalog[.kecamatanColumnComplaints],
    ]
    // Each number column is as wide as its heading and at least 7, room for a kabupaten's
    // totals. At 80 columns the names then keep 19 or more in both languages, enough for
    // the longest, Sumbermanjing Wetan.
    let numberWidths = columns.map { max(7, TextWidth.columns($0)) }
    let numbersWidth = numberWidths.reduce(0) { $0 + $1 + 1 }
    let nameWidth = max(10, min(20, inner.width - 13 - numbersWidth))
    func line(_ code: String, _ name: String, _ values: [String]) -> String {
      " " + TextWidth.fit(code, to: 9) + " " + TextWidth.fit(name, to: nameWidth)
        + zip(values, numberWidths).map { value, width in
          " " + String(repeating: " ", count: max(0, width - TextWidth.columns(value))) + value
        }
        .joined()
    }
    screen.put(
      line(catalog[.kecamatanColumnCode], catalog[.kecamatanColumnName], columns),
      row: inner.row, col: inner.col, style: .dialogTitle, width: inner.width)

    // The header takes the first row and the kabupaten's totals the last; the list
    // scrolls between them so that the selected row stays in view.
    // Codes claimed by more than one store take the rows above the totals.
    let conflicts = figures.conflicts.prefix(max(0, inner.height - 3))
    let room = max(1, inner.height - 2 - conflicts.count)
    let stores = figures.kecamatan
    let first = max(0, min(selected - room / 2, stores.count - room))
    for (offset, store) in stores.enumerated().dropFirst(first).prefix(room) {
      let row = inner.row + 1 + offset - first
      let isCurrent = store.code.description == state.kecamatan.code
      let marker = state.unicode ? "•" : "*"
      var text =
        (isCurrent ? marker : "")
        + line(
          store.code.description, store.code.name,
          [store.pending, store.overdue, store.deliveredOnDay, store.openComplaints]
            .map(catalog.number)
        ).dropFirst(isCurrent ? 1 : 0)
      // A store this program cannot read has no figures: its version takes their place.
      if let version = store.otherVersion {
        text =
          line(store.code.description, store.code.name, [])
          + "  " + catalog.format(.kecamatanOtherVersionRow, store.code.name, version)
      }
      var style = Style.dialog
      if offset == selected {
        style = .selected
      } else if store.otherVersion != nil {
        style = .dim
      }
      if offset == selected {
        screen.fill(Rect(row: row, col: inner.col, height: 1, width: inner.width), style: style)
      }
      screen.put(text, row: row, col: inner.col, style: style, width: inner.width)
    }
    for (offset, conflict) in conflicts.enumerated() {
      let text = catalog.format(
        .kecamatanConflictRow, conflict.code.description, conflict.code.name,
        conflict.schemas.joined(separator: ", "))
      screen.put(
        " " + text, row: inner.bottom - 1 - conflicts.count + offset, col: inner.col,
        style: .errorMessage, width: inner.width)
    }
    screen.put(
      line(
        KabupatenMalang.code, catalog.format(.kabupatenName, KabupatenMalang.name),
        [figures.pending, figures.overdue, figures.deliveredOnDay, figures.openComplaints]
          .map(catalog.number)),
      row: inner.bottom - 1, col: inner.col, style: .accent, width: inner.width)
    // The sums cover only the stores this role reads at this program's version, which may
    // be fewer than the kabupaten's kecamatan: the bottom border says how many.
    let summed = stores.filter { $0.otherVersion == nil }.count
    let coverage =
      " " + catalog.format(.kecamatanListSummed, summed, KabupatenMalang.codes.count) + " "
    screen.put(
      coverage, row: rect.bottom - 1, col: rect.col + 2, style: .focusedTitle,
      width: max(0, rect.width - 10))
    if first > 0 { screen.put(" ▲ ", row: rect.row, col: rect.right - 6, style: .focusedTitle) }
    if first + room < stores.count {
      screen.put(" ▼ ", row: rect.bottom - 1, col: rect.right - 6, style: .focusedTitle)
    }
  }
}

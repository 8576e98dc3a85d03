import HDSCore
import HDSTerminal

/// The village map's table view, one row per desa in gazetteer order. Each row gives the
/// straight-line distance to the office, residents, pending, overdue, delivered this
/// month and open complaints. A total row and a note on the distance follow when there
/// is room.
enum DesaTable {
  /// A column of the table and what it shows for one desa.
  struct Field: Sendable {
    let heading: MessageKey
    /// Lower numbers stay longer when the pane is narrow.
    let priority: Int
    let value: @Sendable (DashboardState, Int) -> String
    /// The column's total, or nil for a column that adds up to nothing.
    let total: (@Sendable (DashboardState) -> String)?
  }

  /// The columns left to right after the desa name.
  static let fields: [Field] = [
    Field(
      heading: .colKm, priority: 5,
      value: { state, index in
        let desa = state.kecamatan.desa[index]
        let distance = desa.centroid.distance(to: state.kecamatan.office)
        return state.catalog.decimal(distance, digits: 1)
      }, total: nil),
    Field(
      heading: .mapColResidents, priority: 6,
      value: { state, index in state.catalog.number(state.kecamatan.desa[index].residents) },
      total: { state in state.catalog.number(state.kecamatan.residents) }),
    count(.mapColPending, priority: 1, \.pending),
    count(.mapColOverdue, priority: 2, \.overdue),
    count(.mapColDelivered, priority: 4, \.delivered),
    count(.mapColComplaints, priority: 3, \.openComplaints),
  ]

  private static func count(
    _ heading: MessageKey, priority: Int, _ figure: KeyPath<DesaFigures, Int> & Sendable
  ) -> Field {
    Field(
      heading: heading, priority: priority,
      value: { state, index in state.catalog.number(state.figures(ofDesaAt: index)[keyPath: figure])
      },
      total: { state in
        let sum = state.kecamatan.desa.indices.reduce(0) {
          $0 + state.figures(ofDesaAt: $1)[keyPath: figure]
        }
        return state.catalog.number(sum)
      })
  }

  /// Returns the fields that fit `width` next to a desa column of `nameWidth`, in table
  /// order, dropping the highest priority numbers first.
  static func columns(width: Int, nameWidth: Int, catalog: Catalog) -> [(Field, Column)] {
    var fitting = fields.map { field in
      (
        field,
        Column(heading: catalog[field.heading], width: fieldWidth(field, catalog), alignRight: true)
      )
    }
    func used() -> Int { fitting.reduce(nameWidth) { $0 + 1 + $1.1.width } }
    while used() > width,
      let drop = fitting.indices.max(by: { fitting[$0].0.priority < fitting[$1].0.priority })
    {
      fitting.remove(at: drop)
    }
    return fitting
  }

  /// Returns a column's width: its heading's, and at least 4 for a distance such as
  /// "10,2", 6 for the residents' total "41.985" and 5 for counts such as "1.234".
  private static func fieldWidth(_ field: Field, _ catalog: Catalog) -> Int {
    let least: Int
    switch field.heading {
    case .colKm: least = 4
    case .mapColResidents: least = 6
    default: least = 5
    }
    return max(least, TextWidth.columns(catalog[field.heading]))
  }

  static func draw(
    _ state: DashboardState, in inner: Rect, focused: Bool, into screen: inout Screen
  ) {
    let catalog = state.catalog
    let desa = state.kecamatan.desa
    // The names keep their full width unless that leaves room for fewer than two figures.
    let nameWidth = max(
      4, min(desa.map { TextWidth.columns($0.name) }.max() ?? 4, inner.width - 12))
    let figureColumns = columns(width: inner.width, nameWidth: nameWidth, catalog: catalog)
    let columns = [Column(heading: catalog[.colDesa], width: nameWidth)] + figureColumns.map(\.1)
    Table.drawHeading(columns, row: inner.row, col: inner.col, width: inner.width, into: &screen)

    let visible = inner.height - 1
    let top = ListScroll.top(
      selected: state.selected(.map), scroll: nil, visible: visible, total: desa.count)
    for line in 0..<min(visible, desa.count - top) {
      let index = top + line
      let style =
        Table.rowStyle(selected: index == state.selected(.map), focused: focused)
      let filtered = desa[index].code == state.query.desaCode
      Table.drawRow(
        [desa[index].name] + figureColumns.map { $0.0.value(state, index) }, columns: columns,
        row: inner.row + 1 + line, col: inner.col, width: inner.width,
        rowStyle: style == .normal && filtered ? .selectedUnfocused : style, into: &screen)
    }

    var next = inner.row + 1 + desa.count
    guard top == 0, next < inner.bottom else { return }
    Table.drawRow(
      [catalog[.mapTotal]] + figureColumns.map { $0.0.total?(state) ?? "" }, columns: columns,
      row: next,
      col: inner.col, width: inner.width, rowStyle: .columnHeading, into: &screen)
    next += 1
    let notes: [(MessageKey, MessageKey)] = [
      (.colKm, .mapKmNote), (.mapColDelivered, .mapDeliveredNote),
    ]
    var texts = notes.filter { note in figureColumns.contains { $0.0.heading == note.0 } }
      .map { catalog[$0.1] }
    // A complaint about no request and no resident has no desa, so the column's total
    // is less than the header's open complaints by those.
    let inDesa = desa.indices.reduce(0) { $0 + state.figures(ofDesaAt: $1).openComplaints }
    let open = state.snapshot?.totals.openComplaints ?? inDesa
    if open > inDesa, figureColumns.contains(where: { $0.0.heading == .mapColComplaints }) {
      texts.append(catalog.format(.mapComplaintsWithoutDesa, catalog.number(open - inDesa)))
    }
    for text in texts {
      for line in Renderer.wrap(text, width: inner.width) where next < inner.bottom {
        screen.put(line, row: next, col: inner.col, style: .dim, width: inner.width)
        next += 1
      }
    }
  }
}

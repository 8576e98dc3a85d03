import HDSTerminal

/// A column of a pane's table: heading, width in columns and alignment.
struct Column {
  let heading: String
  let width: Int
  var alignRight = false
}

/// Draws table rows inside a pane: one heading row, then the rows, with the selection.
enum Table {
  /// Lays out `columns` from `col`, one space apart, and returns each column's start.
  static func starts(_ columns: [Column], from col: Int) -> [Int] {
    var starts: [Int] = []
    var next = col
    for column in columns {
      starts.append(next)
      next += column.width + 1
    }
    return starts
  }

  static func drawHeading(
    _ columns: [Column], row: Int, col: Int, width: Int, into screen: inout Screen
  ) {
    screen.fill(Rect(row: row, col: col, height: 1, width: width), style: .columnHeading)
    for (column, start) in zip(columns, starts(columns, from: col)) {
      let text = TextWidth.fit(column.heading, to: column.width, alignRight: column.alignRight)
      screen.put(text, row: row, col: start, style: .columnHeading, width: col + width - start)
    }
  }

  /// Draws one row of cells; `styles` gives a style per cell (nil: the row's style).
  static func drawRow(
    _ cells: [String], columns: [Column], row: Int, col: Int, width: Int, rowStyle: Style,
    styles: [Style?] = [], into screen: inout Screen
  ) {
    screen.fill(Rect(row: row, col: col, height: 1, width: width), style: rowStyle)
    for (index, (column, start)) in zip(columns, starts(columns, from: col)).enumerated() {
      guard index < cells.count, start < col + width else { break }
      let text = TextWidth.fit(cells[index], to: column.width, alignRight: column.alignRight)
      let special = index < styles.count ? styles[index] : nil
      let style = rowStyle == .normal ? (special ?? rowStyle) : rowStyle
      screen.put(text, row: row, col: start, style: style, width: col + width - start)
    }
  }

  /// Returns the style of a list row: selected rows stand out, more when focused.
  static func rowStyle(selected: Bool, focused: Bool) -> Style {
    guard selected else { return .normal }
    return focused ? .selected : .selectedUnfocused
  }
}

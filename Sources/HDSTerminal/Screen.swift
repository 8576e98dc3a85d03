/// A rectangle of terminal cells: top-left corner, height and width.
public struct Rect: Sendable, Equatable {
  public var row: Int
  public var col: Int
  public var height: Int
  public var width: Int

  public init(row: Int, col: Int, height: Int, width: Int) {
    self.row = row
    self.col = col
    self.height = max(0, height)
    self.width = max(0, width)
  }

  /// The rectangle shrunk by one cell on every side, inside a border.
  public var inner: Rect { Rect(row: row + 1, col: col + 1, height: height - 2, width: width - 2) }

  public var bottom: Int { row + height }
  public var right: Int { col + width }

  public func contains(row r: Int, col c: Int) -> Bool {
    r >= row && r < bottom && c >= col && c < right
  }
}

/// A cell position on screen.
public struct Position: Sendable, Equatable {
  public var row: Int
  public var col: Int

  public init(row: Int, col: Int) {
    self.row = row
    self.col = col
  }
}

/// One terminal cell: a grapheme cluster and its style. A wide character fills its first
/// cell, and the next cell contains an empty `text` as its continuation.
public struct Cell: Sendable, Equatable {
  public var text: String
  public var style: Style

  public static let blank = Cell(text: " ", style: .normal)

  public init(text: String, style: Style) {
    self.text = text
    self.style = style
  }
}

/// The screen model: a grid of cells that panes draw into and tests read as text. It
/// does not depend on ncurses, and the terminal driver copies the cells that changed.
public struct Screen: Sendable, Equatable {
  public let rows: Int
  public let cols: Int
  public private(set) var cells: [Cell]
  /// Position of the terminal cursor, or nil to hide it.
  public var cursor: Position?

  public init(rows: Int, cols: Int) {
    self.rows = max(0, rows)
    self.cols = max(0, cols)
    cells = Array(repeating: .blank, count: self.rows * self.cols)
  }

  public var bounds: Rect { Rect(row: 0, col: 0, height: rows, width: cols) }

  public subscript(row: Int, col: Int) -> Cell {
    get { cells[row * cols + col] }
    set { cells[row * cols + col] = newValue }
  }

  /// Writes `text` from (row, col), clipped to `width` columns (default: to the screen
  /// edge). Returns the columns used. A wide character that does not fit whole is left out.
  @discardableResult
  public mutating func put(
    _ text: String, row: Int, col: Int, style: Style, width: Int? = nil
  ) -> Int {
    guard row >= 0, row < rows, col < cols else { return 0 }
    let limit = min(cols, width.map { col + $0 } ?? cols)
    var column = col
    // The first cell of the last character written, where a zero-width character goes:
    // after a wide character that is not the continuation cell at column - 1.
    var lastStart: Int?
    for character in text {
      let size = TextWidth.columns(of: character)
      if size == 0 {
        if let lastStart { self[row, lastStart].text.append(character) }
        continue
      }
      if column + size > limit { break }
      lastStart = column >= 0 ? column : nil
      if column >= 0 {
        let visible = character.isASCII && character.asciiValue! < 0x20 ? " " : String(character)
        self[row, column] = Cell(text: visible, style: style)
        if size == 2 { self[row, column + 1] = Cell(text: "", style: style) }
      }
      column += size
    }
    return column - col
  }

  /// Fills `rect` with spaces in `style`.
  public mutating func fill(_ rect: Rect, style: Style) {
    let clipped = rect.clipped(to: bounds)
    for row in clipped.row..<clipped.bottom {
      for col in clipped.col..<clipped.right {
        self[row, col] = Cell(text: " ", style: style)
      }
    }
  }

  /// Draws a single-line border round `rect`, with `title` on the top edge.
  public mutating func box(_ rect: Rect, title: String, focused: Bool) {
    guard rect.height >= 2, rect.width >= 2 else { return }
    let style: Style = focused ? .focusedBorder : .border
    let last = rect.right - 1
    put("┌", row: rect.row, col: rect.col, style: style)
    put("└", row: rect.bottom - 1, col: rect.col, style: style)
    for col in (rect.col + 1)..<last {
      put("─", row: rect.row, col: col, style: style)
      put("─", row: rect.bottom - 1, col: col, style: style)
    }
    put("┐", row: rect.row, col: last, style: style)
    put("┘", row: rect.bottom - 1, col: last, style: style)
    for row in (rect.row + 1)..<(rect.bottom - 1) {
      put("│", row: row, col: rect.col, style: style)
      put("│", row: row, col: last, style: style)
    }
    if !title.isEmpty, rect.width > 4 {
      let text = " " + TextWidth.clip(title, to: rect.width - 4) + " "
      put(text, row: rect.row, col: rect.col + 1, style: focused ? .focusedTitle : .title)
    }
  }

  /// Returns one row as plain text, wide characters once, trailing spaces kept.
  public func text(row: Int) -> String {
    (0..<cols).map { self[row, $0].text }.joined()
  }

  /// Returns the whole screen as lines of plain text, for tests.
  public var text: String {
    (0..<rows).map { text(row: $0) }.joined(separator: "\n")
  }

  public static func == (lhs: Screen, rhs: Screen) -> Bool {
    lhs.rows == rhs.rows && lhs.cols == rhs.cols && lhs.cells == rhs.cells
      && lhs.cursor == rhs.cursor
  }
}

extension Rect {
  /// Returns the part of the rectangle inside `other`.
  public func clipped(to other: Rect) -> Rect {
    let top = max(row, other.row)
    let left = max(col, other.col)
    return Rect(
      row: top, col: left, height: min(bottom, other.bottom) - top,
      width: min(right, other.right) - left)
  }
}

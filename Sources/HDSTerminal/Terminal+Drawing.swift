import CNcurses
import Glibc

extension Terminal {
  /// Copies `screen` to the terminal: writes the cells that differ from the last frame
  /// into ncurses' virtual screen, places the cursor, then calls wnoutrefresh and doupdate.
  /// When neither a cell nor the cursor changed, it makes no ncurses call.
  ///
  /// The first frame after init or `updateSize()`, or one of another size than the last,
  /// repaints every cell. A screen larger than the terminal is cut at the terminal's edge,
  /// and a smaller one leaves the rest of the terminal blank.
  ///
  /// Complexity: O(rows × cols) cell comparisons, plus one ncurses call per changed cell.
  public func draw(_ screen: Screen) {
    guard isActive else { return }
    let height = min(screen.rows, rows)
    let width = min(screen.cols, cols)
    let previous = lastFrame.flatMap {
      $0.rows == screen.rows && $0.cols == screen.cols ? $0 : nil
    }
    var changed = false

    if previous == nil {
      if needsClear { wclear(hds_stdscr()) } else { werase(hds_stdscr()) }
      needsClear = false
      changed = true
    }
    for row in 0..<height {
      for col in 0..<width where previous?[row, col] != screen[row, col] {
        writeCell(of: screen, row: row, col: col, width: width)
        changed = true
      }
    }
    // Cell writes move stdscr's cursor, so it is placed again after any of them.
    if changed || previous?.cursor != screen.cursor {
      changed = placeCursor(screen.cursor, height: height, width: width) || changed
    }

    lastFrame = screen
    if changed {
      wnoutrefresh(hds_stdscr())
      doupdate()
    }
  }

  /// Moves the cursor to `position` and shows it, or hides it for nil or a position off
  /// the drawn area. Returns whether it made an ncurses call.
  private func placeCursor(_ position: Position?, height: Int, width: Int) -> Bool {
    guard let position, position.row >= 0, position.row < height, position.col >= 0,
      position.col < width
    else {
      guard cursorVisible else { return false }
      cursorVisible = false
      curs_set(0)
      return true
    }
    if !cursorVisible {
      cursorVisible = true
      curs_set(1)
    }
    // doupdate leaves the terminal's cursor where stdscr's is.
    wmove(hds_stdscr(), Int32(position.row), Int32(position.col))
    return true
  }

  /// Writes one cell into stdscr. A continuation cell (empty text) is skipped when the
  /// wide character to its left covers it, and drawn blank otherwise.
  private func writeCell(of screen: Screen, row: Int, col: Int, width: Int) {
    let cell = screen[row, col]
    let style = styleTable[Int(cell.style.rawValue)]
    let y = Int32(row)
    let x = Int32(col)

    if cell.text.isEmpty {
      if col > 0, coversNextColumn(screen[row, col - 1].text) { return }
      addASCII(UInt8(ascii: " "), y: y, x: x, style: style)
      return
    }
    if !drawsUnicode {
      addFallback(GlyphFallback.glyph(for: cell.text), y: y, x: x, style: style)
      return
    }
    // A wide character in the last drawn column would wrap, so it is drawn as a blank.
    if TextWidth.columns(cell.text) == 2, col == width - 1 {
      addASCII(UInt8(ascii: " "), y: y, x: x, style: style)
      return
    }
    addWide(cell.text, y: y, x: x, style: style)
  }

  /// Returns whether ncurses draws `text` over two columns, so the cell after it is
  /// already covered. In ASCII mode every glyph takes one column.
  ///
  /// ncurses measures with the C library's wcwidth, which can differ from `TextWidth`
  /// (an emoji with U+FE0F is 2 columns here, 1 for glibc's wcwidth of its base).
  /// When they differ, the next cell is drawn blank so no stale glyph stays.
  private func coversNextColumn(_ text: String) -> Bool {
    guard drawsUnicode, TextWidth.columns(text) == 2, let base = text.unicodeScalars.first
    else { return false }
    return hds_wcwidth(wchar_t(bitPattern: base.value)) == 2
  }

  /// Writes a grapheme cluster with the wide-character API: a spacing character and up
  /// to four combining characters (CCHARW_MAX is 5, so longer clusters are cut).
  private func addWide(_ text: String, y: Int32, x: Int32, style: CursesStyle) {
    var characters = (wchar_t(0), wchar_t(0), wchar_t(0), wchar_t(0), wchar_t(0), wchar_t(0))
    var written = false
    withUnsafeMutableBytes(of: &characters) { raw in
      let buffer = raw.bindMemory(to: wchar_t.self)
      for (index, scalar) in text.unicodeScalars.prefix(Int(CCHARW_MAX)).enumerated() {
        buffer[index] = wchar_t(bitPattern: scalar.value)
      }
      // setcchar rejects a cluster that starts with a zero-width character.
      guard TextWidth.columns(text) > 0, let base = buffer.baseAddress else { return }
      var cell = cchar_t()
      guard setcchar(&cell, base, style.attributes, style.pair, nil) != ERR else { return }
      mvwadd_wch(hds_stdscr(), y, x, &cell)
      written = true
    }
    if !written { addASCII(UInt8(ascii: " "), y: y, x: x, style: style) }
  }

  private func addFallback(_ glyph: FallbackGlyph, y: Int32, x: Int32, style: CursesStyle) {
    switch glyph {
    case .lineDrawing(let letter):
      let line = hds_acs(CChar(bitPattern: letter.asciiValue ?? UInt8(ascii: "?")))
      mvwaddch(hds_stdscr(), y, x, line | style.attributes | hds_attr_color_pair(style.pair))
    case .ascii(let byte):
      addASCII(byte, y: y, x: x, style: style)
    }
  }

  private func addASCII(_ byte: UInt8, y: Int32, x: Int32, style: CursesStyle) {
    let character = chtype(byte) | style.attributes | hds_attr_color_pair(style.pair)
    mvwaddch(hds_stdscr(), y, x, character)
  }
}

import Testing

@testable import HDSTerminal

@Suite("Screen")
struct ScreenTests {
  // MARK: - put

  @Test("put writes a wide character and its continuation")
  func putWide() {
    var screen = Screen(rows: 1, cols: 10)
    let used = screen.put("a日b", row: 0, col: 0, style: .normal)
    #expect(used == 4)
    #expect(screen[0, 1].text == "日")
    #expect(screen[0, 2].text == "")
    #expect(screen[0, 3].text == "b")
    #expect(screen.text(row: 0) == "a日b      ")
  }

  @Test("put leaves out a wide character at the edge")
  func putWideAtEdge() {
    var screen = Screen(rows: 1, cols: 5)
    let used = screen.put("abc日", row: 0, col: 2, style: .normal)
    #expect(used == 3)
    #expect(screen[0, 4].text == "c")
    #expect(screen.text(row: 0) == "  abc")
  }

  @Test("put leaves out a wide character past the width limit")
  func putWideAtWidthLimit() {
    var screen = Screen(rows: 1, cols: 10)
    let used = screen.put("ab日", row: 0, col: 0, style: .normal, width: 3)
    #expect(used == 2)
    #expect(screen[0, 2].text == " ")
  }

  @Test("put keeps a combining mark in its cell")
  func putCombining() {
    var screen = Screen(rows: 1, cols: 4)
    screen.put("e\u{301}x", row: 0, col: 0, style: .normal)
    #expect(screen[0, 0].text == "e\u{301}")
    #expect(screen[0, 1].text == "x")
  }

  @Test("put joins a zero-width character to a wide one")
  func putZeroWidthAfterWide() {
    var screen = Screen(rows: 1, cols: 4)
    screen.put("日\u{200B}x", row: 0, col: 0, style: .normal)
    #expect(screen[0, 0].text == "日\u{200B}")
    #expect(screen[0, 1].text == "")
    #expect(screen[0, 2].text == "x")
  }

  @Test("put outside the screen writes nothing")
  func putOutside() {
    var screen = Screen(rows: 2, cols: 4)
    #expect(screen.put("x", row: 2, col: 0, style: .normal) == 0)
    #expect(screen.put("x", row: 0, col: 4, style: .normal) == 0)
    #expect(screen == Screen(rows: 2, cols: 4))
  }

  // MARK: - box

  @Test("box with title at 80x24 reads back as text")
  func boxAt80x24() {
    var screen = Screen(rows: 24, cols: 80)
    screen.box(screen.bounds, title: "Kromengan — Jatikerto ✓ 日本", focused: true)
    let lines = screen.text.split(separator: "\n", omittingEmptySubsequences: false)

    #expect(lines.count == 24)
    let top = "┌ Kromengan — Jatikerto ✓ 日本 " + String(repeating: "─", count: 48) + "┐"
    #expect(lines[0] == top)
    #expect(TextWidth.columns(String(lines[0])) == 80)
    #expect(lines[1] == "│" + String(repeating: " ", count: 78) + "│")
    #expect(lines[23] == "└" + String(repeating: "─", count: 78) + "┘")
    #expect(screen[0, 0].style == .focusedBorder)
    #expect(screen[0, 2].style == .focusedTitle)
  }

  @Test("box clips a long title")
  func boxLongTitle() {
    var screen = Screen(rows: 3, cols: 12)
    screen.box(screen.bounds, title: "Permohonan hari ini", focused: false)
    #expect(screen.text(row: 0) == "┌ Permoho… ┐")
    #expect(screen[0, 0].style == .border)
    #expect(screen[0, 2].style == .title)
  }
}

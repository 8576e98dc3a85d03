/// A key press, decoded from ncurses' input.
public enum Key: Sendable, Equatable, Hashable {
  case character(Character)
  /// Ctrl with a letter, for example `.control("l")` for Ctrl-L.
  case control(Character)
  case up, down, left, right
  case pageUp, pageDown, home, end
  case tab, backTab
  case enter, escape, backspace, delete
  case function(Int)
  /// The terminal was resized; the size is read again before the next frame.
  case resize
  /// A left click, or a press, at a screen cell (0-based row and column).
  case click(row: Int, col: Int)
  /// The mouse wheel turned up or down over a screen cell.
  case wheelUp(row: Int, col: Int)
  case wheelDown(row: Int, col: Int)
}

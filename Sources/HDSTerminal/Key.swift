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
}

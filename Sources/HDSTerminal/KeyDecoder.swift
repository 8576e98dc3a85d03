import CNcurses

/// Maps what `wget_wch` returns to a `Key`, without a terminal, so tests can call it.
enum KeyDecoder {
  /// Returns the key for one `wget_wch` result, or nil for input the dashboard has no use
  /// for (other function keys, NUL, Ctrl-\ … Ctrl-_, C1 controls, invalid code points).
  ///
  /// - Parameters:
  ///   - code: the wide character or, when `isFunctionKey`, the ncurses KEY_* code.
  ///   - isFunctionKey: whether `wget_wch` returned KEY_CODE_YES.
  static func decode(code: UInt32, isFunctionKey: Bool) -> Key? {
    isFunctionKey ? decodeFunctionKey(Int32(truncatingIfNeeded: code)) : decodeCharacter(code)
  }

  /// Returns the key for one mouse event from `getmouse`, or nil for events the dashboard
  /// has no use for (releases, the middle and right buttons).
  static func decodeMouse(state: mmask_t, row: Int, col: Int) -> Key? {
    if hds_is_wheel_up(state) != 0 { return .wheelUp(row: row, col: col) }
    if hds_is_wheel_down(state) != 0 { return .wheelDown(row: row, col: col) }
    if hds_is_left_click(state) != 0 { return .click(row: row, col: col) }
    return nil
  }

  private static func decodeFunctionKey(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_BTAB: return .backTab
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_RESIZE: return .resize
    // ncurses numbers F1…F63 as KEY_F0 + n (the KEY_F(n) macro).
    case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
    default: return nil
    }
  }

  private static func decodeCharacter(_ code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    // With nonl() the Enter key arrives as CR (13), and Ctrl-J as LF (10).
    case 10, 13: return .enter
    case 27: return .escape
    // Terminals send DEL (127) or Ctrl-H (8) for the Backspace key.
    case 8, 127: return .backspace
    case 1...26:
      let letter = Unicode.Scalar(UInt8(ascii: "a") + UInt8(code - 1))
      return .control(Character(letter))
    case 0..<32, 0x80..<0xA0:
      return nil
    default:
      return Unicode.Scalar(code).map { .character(Character($0)) }
    }
  }
}

import Testing

@testable import HDSTerminal

/// The KEY_* values from ncurses 6's curses.h, written out so the test checks the
/// decoder against the numbers the library actually returns.
private enum NcursesKey {
  static let down: UInt32 = 0o402
  static let up: UInt32 = 0o403
  static let left: UInt32 = 0o404
  static let right: UInt32 = 0o405
  static let home: UInt32 = 0o406
  static let backspace: UInt32 = 0o407
  static let f0: UInt32 = 0o410
  static let delete: UInt32 = 0o512
  static let pageDown: UInt32 = 0o522
  static let pageUp: UInt32 = 0o523
  static let enter: UInt32 = 0o527
  static let backTab: UInt32 = 0o541
  static let end: UInt32 = 0o550
  static let resize: UInt32 = 0o632
  static let mouse: UInt32 = 0o631
}

@Suite("KeyDecoder")
struct KeyDecoderTests {
  // MARK: - Function keys (KEY_CODE_YES)

  @Test(
    "function key codes map to keys",
    arguments: [
      (NcursesKey.up, Key.up), (NcursesKey.down, .down), (NcursesKey.left, .left),
      (NcursesKey.right, .right), (NcursesKey.pageUp, .pageUp), (NcursesKey.pageDown, .pageDown),
      (NcursesKey.home, .home), (NcursesKey.end, .end), (NcursesKey.backTab, .backTab),
      (NcursesKey.enter, .enter), (NcursesKey.backspace, .backspace),
      (NcursesKey.delete, .delete), (NcursesKey.resize, .resize),
    ])
  func functionKey(code: UInt32, key: Key) {
    #expect(KeyDecoder.decode(code: code, isFunctionKey: true) == key)
  }

  @Test("F1 to F63 map to function keys")
  func numberedFunctionKeys() {
    #expect(KeyDecoder.decode(code: NcursesKey.f0 + 1, isFunctionKey: true) == .function(1))
    #expect(KeyDecoder.decode(code: NcursesKey.f0 + 12, isFunctionKey: true) == .function(12))
    #expect(KeyDecoder.decode(code: NcursesKey.f0 + 63, isFunctionKey: true) == .function(63))
    #expect(KeyDecoder.decode(code: NcursesKey.f0, isFunctionKey: true) == nil)
  }

  @Test("unused function key is dropped")
  func unusedFunctionKey() {
    #expect(KeyDecoder.decode(code: NcursesKey.mouse, isFunctionKey: true) == nil)
  }

  @Test("function key code is not read as a character")
  func functionKeyFlag() {
    // KEY_UP is 259, which is also the code point of "ă".
    #expect(KeyDecoder.decode(code: NcursesKey.up, isFunctionKey: false) == .character("ă"))
  }

  // MARK: - Characters (OK)

  @Test(
    "control codes map to editing keys",
    arguments: [
      (UInt32(9), Key.tab), (10, .enter), (13, .enter), (27, .escape), (127, .backspace),
      (8, .backspace),
    ])
  func editingKey(code: UInt32, key: Key) {
    #expect(KeyDecoder.decode(code: code, isFunctionKey: false) == key)
  }

  @Test("Ctrl with a letter maps to control")
  func controlLetters() {
    #expect(KeyDecoder.decode(code: 1, isFunctionKey: false) == .control("a"))
    #expect(KeyDecoder.decode(code: 12, isFunctionKey: false) == .control("l"))
    #expect(KeyDecoder.decode(code: 26, isFunctionKey: false) == .control("z"))
    for code: UInt32 in 1...26 where ![8, 9, 10, 13].contains(code) {
      guard case .control = KeyDecoder.decode(code: code, isFunctionKey: false) else {
        Issue.record("code \(code) is not decoded as a control key")
        continue
      }
    }
  }

  @Test("other control codes are dropped")
  func otherControls() {
    for code: UInt32 in [0, 28, 29, 30, 31, 0x80, 0x9F] {
      #expect(KeyDecoder.decode(code: code, isFunctionKey: false) == nil, "code \(code)")
    }
  }

  @Test("printable code points map to characters")
  func characters() {
    #expect(KeyDecoder.decode(code: 0x71, isFunctionKey: false) == .character("q"))
    #expect(KeyDecoder.decode(code: 0x20, isFunctionKey: false) == .character(" "))
    #expect(KeyDecoder.decode(code: 0xE9, isFunctionKey: false) == .character("é"))
    #expect(KeyDecoder.decode(code: 0x65E5, isFunctionKey: false) == .character("日"))
  }

  @Test("surrogate code point is dropped")
  func invalidScalar() {
    #expect(KeyDecoder.decode(code: 0xD800, isFunctionKey: false) == nil)
  }
}

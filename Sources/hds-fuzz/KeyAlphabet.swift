import HDSSampleData

/// One input event that the key fuzzer sends to the dashboard.
enum KeyEvent {
  /// A key by tmux name: a letter, a digit, "Up", "F5", "C-a".
  case named(String)
  /// Bytes written to the pane as they are: punctuation and raw escape sequences.
  case bytes([UInt8])
  /// Text typed character by character: letters beyond ASCII, emoji, combining marks.
  case literal(String)
  /// Bytes pasted through a tmux buffer, with or without bracketed paste.
  case paste([UInt8], bracketed: Bool)
  case resize(cols: Int, rows: Int)
  /// `q`, which quits the dashboard when no form, search or detail is open.
  case quit

  /// A one-line description for the key log.
  var logLine: String {
    switch self {
    case .named(let name): return "key \(name)"
    case .bytes(let bytes): return "bytes " + bytes.map { String(format: "%02x", $0) }.joined()
    case .literal(let text): return "text \(text.debugDescription)"
    case .paste(let bytes, let bracketed):
      return "paste \(bytes.count) bytes\(bracketed ? " bracketed" : "")"
    case .resize(let cols, let rows): return "resize \(cols)x\(rows)"
    case .quit: return "key q"
    }
  }
}

/// The keys the fuzzer draws from, and their shares.
///
/// The bytes that end or stop the dashboard by design, or freeze the pane, are left out.
/// They are `q` (0x71) outside `KeyEvent.quit`, Ctrl-C (0x03, SIGINT, which quits),
/// Ctrl-\ (0x1C, SIGQUIT), Ctrl-Z (0x1A, SIGTSTP, which stops the process) and Ctrl-S
/// (0x13, XOFF, which stops the pane's output). They are removed from raw sequences and
/// pastes too, because the terminal acts on them wherever they occur.
enum KeyAlphabet {
  static let excludedBytes: Set<UInt8> = [0x71, 0x03, 0x1C, 0x1A, 0x13]

  /// One `q` in about this many keys, so the quit path and the terminal restore run
  /// many times in a long run.
  static let quitOneIn = 2_500

  static let namedKeys =
    [
      "Up", "Down", "Left", "Right", "Enter", "Escape", "Tab", "BTab", "PPage", "NPage", "Home",
      "End", "BSpace", "DC", "IC", "Space",
    ] + (1...12).map { "F\($0)" }

  static let letters = "abcdefghijklmnoprstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".map(String.init)
  static let controlLetters = "abdefghijklmnopqrtuvwxy".map { "C-\($0)" }
  static let punctuation = Array(" /:-.,?!;'\"[]{}<>=+_*&^%$#@~`|\\".utf8)
  static let literals = ["é", "ñ", "日本", "😀", "e\u{301}", "ß", "İ", "\u{200B}", "Ω", "١"]

  static func draw(_ random: inout SeededGenerator) -> KeyEvent {
    if Int.random(in: 0..<quitOneIn, using: &random) == 0 { return .quit }
    let roll = Int.random(in: 0..<1000, using: &random)
    switch roll {
    case 0..<280: return .named(letters.randomElement(using: &random)!)
    case 280..<360: return .named(String(Int.random(in: 0...9, using: &random)))
    case 360..<700: return .named(namedKeys.randomElement(using: &random)!)
    case 700..<750: return .named(controlLetters.randomElement(using: &random)!)
    case 750..<810: return .bytes([punctuation.randomElement(using: &random)!])
    case 810..<945: return .bytes(clean(escapeSequence(&random)))
    case 945..<965: return .literal(literals.randomElement(using: &random)!)
    case 965..<980:
      return .paste(clean(pasteText(&random)), bracketed: Bool.random(using: &random))
    default:
      return .resize(
        cols: Int.random(in: 20...250, using: &random), rows: Int.random(in: 6...70, using: &random)
      )
    }
  }

  private static func clean(_ bytes: [UInt8]) -> [UInt8] {
    bytes.filter { !excludedBytes.contains($0) }
  }

  /// Returns a terminal input sequence, whole or cut short: cursor and function keys
  /// with modifiers, SGR and X10 mouse reports, bracketed paste marks, OSC and DCS
  /// strings, and random CSI parameters.
  private static func escapeSequence(_ random: inout SeededGenerator) -> [UInt8] {
    let row = Int.random(in: 0...80, using: &random)
    let col = Int.random(in: 0...260, using: &random)
    let button = [0, 1, 2, 3, 32, 35, 64, 65, 66, 67].randomElement(using: &random)!
    let huge = ["0", "9999", "99999999999999999999", "-1", ""].randomElement(using: &random)!
    let texts: [String] = [
      "\u{1B}", "\u{1B}[", "\u{1B}[1;", "\u{1B}[1;5", "\u{1B}O", "\u{1B}[99", "\u{1B}[1;5A",
      "\u{1B}[1;2B", "\u{1B}[5;3~", "\u{1B}[15~", "\u{1B}[3;2~", "\u{1B}OP", "\u{1B}[Z",
      "\u{1B}[<\(button);\(col);\(row)M", "\u{1B}[<\(button);\(col);\(row)m",
      "\u{1B}[<\(button);\(huge);\(huge)M", "\u{1B}[<\(button);\(col)", "\u{1B}[<",
      "\u{1B}[200~", "\u{1B}[201~", "\u{1B}[200~abc\r\u{1B}[201~", "\u{1B}]0;title\u{07}",
      "\u{1B}P1$r\u{1B}\\", "\u{1B}[?1049h", "\u{1B}[6n", "\u{1B}[I", "\u{1B}[O",
      "\u{1B}\u{1B}[A", "\u{1B}a", "\u{1B}x",
    ]
    var bytes = Array(texts.randomElement(using: &random)!.utf8)
    switch Int.random(in: 0..<6, using: &random) {
    case 0:
      // X10 mouse: ESC [ M and three bytes from 32, as old terminals send it.
      bytes = [0x1B, 0x5B, 0x4D] + (0..<3).map { _ in UInt8.random(in: 32...126, using: &random) }
    case 1:
      // CSI with random parameters and a random final byte.
      bytes = [0x1B, 0x5B]
      for _ in 0..<Int.random(in: 0...12, using: &random) {
        bytes.append(Array("0123456789;:<=>?".utf8).randomElement(using: &random)!)
      }
      bytes.append(UInt8.random(in: 0x40...0x7E, using: &random))
    default:
      break
    }
    return bytes
  }

  /// Returns pasted text: words, line ends, tabs, UTF-8, bytes that are not UTF-8, and
  /// now and then a paste of several kilobytes.
  private static func pasteText(_ random: inout SeededGenerator) -> [UInt8] {
    let pieces: [[UInt8]] = [
      Array("3507311506900001".utf8), Array("HDS-2026-000040".utf8), Array("Siti Aminah ".utf8),
      Array("Jl. Mawar 3, RT 02/RW 05".utf8), [0x0A], [0x0D], [0x0D, 0x0A], [0x09],
      Array("é日本😀e\u{301}".utf8), [0xFF], [0xC3], [0x80], [0x1B], [0x00], Array("/:F".utf8),
    ]
    let count = Int.random(in: 0..<10, using: &random) == 0 ? 2_000 : 30
    var bytes: [UInt8] = []
    for _ in 0..<Int.random(in: 1...count, using: &random) {
      bytes += pieces.randomElement(using: &random)!
    }
    return bytes
  }
}

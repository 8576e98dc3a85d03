/// Measures and clips text by terminal columns, not by characters: a CJK character or an
/// emoji takes 2 columns, a combining mark 0.
///
/// The table is this module's own rather than `wcwidth`, which depends on the locale and
/// returns -1 for everything outside ASCII under LANG=C.
public enum TextWidth {
  /// Returns the columns `text` takes.
  public static func columns(_ text: String) -> Int {
    text.reduce(0) { $0 + columns(of: $1) }
  }

  /// Returns the columns one grapheme cluster takes: 0, 1 or 2.
  public static func columns(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value < 0x7F { return first.value < 0x20 ? 0 : 1 }
    if scalars.contains(where: { $0.properties.isEmojiPresentation })
      || scalars.contains(where: { $0.value == 0xFE0F })
    {
      return 2
    }
    switch first.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format, .control:
      return 0
    default:
      return isWide(first.value) ? 2 : 1
    }
  }

  /// East Asian Wide and Fullwidth blocks (Unicode 15, the main ranges).
  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
      0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
      0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD,
      0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }

  /// Returns `text` when it fits in `width` columns, else its leading words that fit
  /// with "…" after them, so that a hint never ends in half a word. A first word wider
  /// than `width` is clipped as `clip` does.
  public static func clipWords(_ text: String, to width: Int) -> String {
    guard width > 0 else { return "" }
    if columns(text) <= width { return text }
    var result = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: false) {
      let next = result.isEmpty ? String(word) : result + " " + word
      if columns(next) + 1 > width { break }
      result = next
    }
    while result.last == " " { result.removeLast() }
    return result.isEmpty ? clip(text, to: width) : result + "…"
  }

  /// Returns the longest prefix of `text` that fits in `width` columns, ending in "…"
  /// when something was cut.
  public static func clip(_ text: String, to width: Int, ellipsis: Bool = true) -> String {
    guard width > 0 else { return "" }
    if columns(text) <= width { return text }
    let room = ellipsis ? width - 1 : width
    var result = ""
    var used = 0
    for character in text {
      let size = columns(of: character)
      if used + size > room { break }
      result.append(character)
      used += size
    }
    return ellipsis ? result + "…" : result
  }

  /// Returns `text` clipped or padded with spaces to exactly `width` columns.
  public static func fit(_ text: String, to width: Int, alignRight: Bool = false) -> String {
    let clipped = clip(text, to: width)
    let padding = String(repeating: " ", count: max(0, width - columns(clipped)))
    return alignRight ? padding + clipped : clipped + padding
  }
}

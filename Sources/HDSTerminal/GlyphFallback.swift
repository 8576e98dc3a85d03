import Foundation

/// The replacement the driver draws for one cell when the terminal is not in UTF-8 (LANG=C,
/// or `forceASCII`): a VT100 line-drawing glyph or one ASCII character. Either takes one
/// column, so the layout the panes computed stays in place.
enum FallbackGlyph: Equatable {
  /// A glyph from the alternate character set, named by its VT100 letter ('q' horizontal
  /// line, 'x' vertical line, 'l' 'k' 'm' 'j' corners, 't' 'u' 'w' 'v' tees, 'n' cross).
  case lineDrawing(Character)
  /// A printable ASCII character (0x20–0x7E).
  case ascii(UInt8)
}

/// Replaces the glyphs the panes use with ones a terminal without UTF-8 can show.
enum GlyphFallback {
  /// Returns the glyph to draw for a cell's text (one grapheme cluster).
  ///
  /// Box drawing becomes the alternate character set. Letters with diacritics lose them
  /// (é → e, Ñ → N). Punctuation and symbols with an obvious ASCII look-alike take it
  /// (• → *, → → >, ▲ → ^). An ellipsis becomes ~, since a clipped "Alamat tidak." would
  /// read as a whole sentence. The shades ░ ▒ ▓ become . + @, which keep their order
  /// of density for the map's shading, other block elements become #, and anything else
  /// is ?.
  static func glyph(for text: String) -> FallbackGlyph {
    guard let first = text.unicodeScalars.first else { return .ascii(UInt8(ascii: " ")) }
    if first.isASCII {
      return first.value < 0x20 || first.value == 0x7F
        ? .ascii(UInt8(ascii: " ")) : .ascii(UInt8(first.value))
    }
    if let letter = lineDrawingLetters[first] { return .lineDrawing(letter) }
    if let replacement = symbolReplacements[first] { return .ascii(UInt8(ascii: replacement)) }
    if (0x2580...0x259F).contains(first.value) { return .ascii(UInt8(ascii: "#")) }
    return foldedLetter(text).map { .ascii($0) } ?? .ascii(UInt8(ascii: "?"))
  }

  /// Returns the ASCII base letter of a letter with diacritics, from its canonical
  /// decomposition (é = e + U+0301), or from a short table for letters that have none.
  private static func foldedLetter(_ text: String) -> UInt8? {
    guard let first = text.unicodeScalars.first else { return nil }
    if let letter = undecomposableLetters[first] { return UInt8(ascii: letter) }
    guard let base = text.decomposedStringWithCanonicalMapping.unicodeScalars.first,
      base.isASCII, base.properties.isAlphabetic
    else { return nil }
    return UInt8(base.value)
  }

  /// Light, heavy, double and rounded box drawing, all drawn as the single line the
  /// alternate character set has.
  private static let lineDrawingLetters: [Unicode.Scalar: Character] = {
    let groups: [(Character, String)] = [
      ("q", "─━═"), ("x", "│┃║"), ("l", "┌┏╔╭"), ("k", "┐┓╗╮"), ("m", "└┗╚╰"), ("j", "┘┛╝╯"),
      ("t", "├┣╠"), ("u", "┤┫╣"), ("w", "┬┳╦"), ("v", "┴┻╩"), ("n", "┼╋╬"),
    ]
    var table: [Unicode.Scalar: Character] = [:]
    for (letter, glyphs) in groups {
      for scalar in glyphs.unicodeScalars { table[scalar] = letter }
    }
    return table
  }()

  private static let symbolReplacements: [Unicode.Scalar: Unicode.Scalar] = [
    "…": "~", "•": "*", "·": ".", "→": ">", "←": "<", "↑": "^", "↓": "v", "▲": "^", "▼": "v",
    "▶": ">", "►": ">", "◀": "<", "◄": "<", "✓": "v", "✔": "v", "✗": "x", "✘": "x",
    "–": "-", "—": "-", "‘": "'", "’": "'", "“": "\"", "”": "\"", "«": "<", "»": ">",
    "×": "x", "\u{00A0}": " ", "°": "o", "■": "#", "‹": "<", "›": ">", "░": ".", "▒": "+",
    "▓": "@", "≤": "<", "≥": ">", "±": "~",
  ]

  /// Latin letters whose canonical decomposition has no ASCII base.
  private static let undecomposableLetters: [Unicode.Scalar: Unicode.Scalar] = [
    "ß": "s", "æ": "a", "Æ": "A", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L",
    "ı": "i", "œ": "o", "Œ": "O",
  ]
}

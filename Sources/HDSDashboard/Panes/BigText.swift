import HDSTerminal

/// Figures three rows tall, for the summary screen that is read from across a room.
///
/// Digits are three columns wide and separators one or two. With Unicode the glyphs are
/// half blocks; without, they are the seven-segment shapes of `_` and `|`.
enum BigText {
  static let height = 3

  /// Returns the three rows of `text`, or nil when it has a character the font lacks.
  static func rows(_ text: String, unicode: Bool) -> [String]? {
    let font = unicode ? blockFont : asciiFont
    var rows = ["", "", ""]
    for (index, character) in text.enumerated() {
      guard let glyph = font[character] else { return nil }
      for row in 0..<height {
        rows[row] += (index == 0 ? "" : " ") + glyph[row]
      }
    }
    return rows
  }

  /// Columns `text` takes in the big font, or nil when the font lacks a character.
  static func width(_ text: String, unicode: Bool) -> Int? {
    rows(text, unicode: unicode).map { TextWidth.columns($0[0]) }
  }

  private static let blockFont: [Character: [String]] = [
    "0": ["█▀█", "█ █", "▀▀▀"],
    "1": ["▄█ ", " █ ", "▀▀▀"],
    "2": ["▀▀█", "█▀▀", "▀▀▀"],
    "3": ["▀▀█", " ▀█", "▀▀▀"],
    "4": ["█ █", "▀▀█", "  ▀"],
    "5": ["█▀▀", "▀▀█", "▀▀▀"],
    "6": ["█▀▀", "█▀█", "▀▀▀"],
    "7": ["▀▀█", "  █", "  ▀"],
    "8": ["█▀█", "█▀█", "▀▀▀"],
    "9": ["█▀█", "▀▀█", "▀▀▀"],
    // The thousands dot sits on the line and the decimal comma hangs below it, so that
    // 1.234 and 1,5 read apart in Indonesian.
    ".": [" ", " ", "▀"],
    ",": [" ", " ", "▜"],
    "%": ["▀ ▄", " ▄▀", "▀ ▄"],
    "-": ["   ", "▀▀▀", "   "],
  ]

  private static let asciiFont: [Character: [String]] = [
    "0": [" _ ", "| |", "|_|"],
    "1": ["   ", "  |", "  |"],
    "2": [" _ ", " _|", "|_ "],
    "3": [" _ ", " _|", " _|"],
    "4": ["   ", "|_|", "  |"],
    "5": [" _ ", "|_ ", " _|"],
    "6": [" _ ", "|_ ", "|_|"],
    "7": [" _ ", "  |", "  |"],
    "8": [" _ ", "|_|", "|_|"],
    "9": [" _ ", "|_|", " _|"],
    ".": [" ", " ", "."],
    ",": [" ", " ", ","],
    "%": ["  ", "o/", "/o"],
    "-": ["   ", "___", "   "],
  ]
}

/// Bar and line charts made of characters, for the summary's trends and desa bars.
enum Chart {
  /// Returns `height` rows, top first, with one column per value: a bar whose height is the
  /// value against `maximum`. A nil value (no data that day) is a middle dot on the bottom
  /// row with Unicode, and blank in ASCII, where a dot is the lowest bar.
  static func columns(
    _ values: [Double?], height: Int, maximum: Double, unicode: Bool
  ) -> [String] {
    guard height > 0 else { return [] }
    let eighths = unicode ? Array(" ▁▂▃▄▅▆▇█") : Array(" ..::||##")
    var rows = Array(repeating: "", count: height)
    for value in values {
      guard let value else {
        for row in 0..<(height - 1) { rows[row] += " " }
        rows[height - 1] += unicode ? "·" : " "
        continue
      }
      let scaled = maximum > 0 ? max(0, min(1, value / maximum)) : 0
      var filled = Int((scaled * Double(height * 8)).rounded())
      // A value above zero always shows, so that one delivery is not drawn as none.
      if value > 0, filled == 0 { filled = 1 }
      for row in 0..<height {
        let fromBottom = height - 1 - row
        let level = max(0, min(8, filled - fromBottom * 8))
        rows[row].append(eighths[level])
      }
    }
    return rows
  }

  /// Returns a horizontal bar of `width` columns: `first` of `total` drawn solid, then
  /// `second` drawn light, the rest blank.
  static func bar(first: Int, second: Int, total: Int, width: Int, unicode: Bool) -> String {
    guard width > 0 else { return "" }
    let scale = total > 0 ? Double(width) / Double(total) : 0
    var solid = Int((Double(first) * scale).rounded())
    var light = Int((Double(first + second) * scale).rounded()) - solid
    if first > 0, solid == 0 { solid = 1 }
    if second > 0, light == 0 { light = 1 }
    solid = min(solid, width)
    light = max(0, min(light, width - solid))
    let solidGlyph = unicode ? "█" : "#"
    let lightGlyph = unicode ? "░" : "-"
    return String(repeating: solidGlyph, count: solid) + String(repeating: lightGlyph, count: light)
      + String(repeating: " ", count: width - solid - light)
  }
}

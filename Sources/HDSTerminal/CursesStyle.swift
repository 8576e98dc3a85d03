import CNcurses

/// One `Style` as curses draws it: attribute bits and a colour pair number (0 = the
/// terminal's default colours).
struct CursesStyle {
  var attributes: attr_t
  var pair: Int16

  /// Builds the table for every `Style`, indexed by `Style.rawValue`, and initialises one
  /// colour pair per style (pair n + 1 for the style with raw value n).
  ///
  /// Each colour is reduced to what the terminal has (`ColorDepth`). Falls back to
  /// `Palette.monochrome` when `useColor` is off, the terminal has no colours, or it has
  /// fewer colour pairs than there are styles.
  @MainActor
  static func table(palette: Palette, useColor: Bool) -> (table: [CursesStyle], depth: ColorDepth) {
    let styles = Style.allCases
    guard useColor, has_colors(), start_color() != ERR, Int(hds_color_pairs()) > styles.count
    else {
      let table = styles.map {
        CursesStyle(attributes: attributes(Palette.monochrome[$0]), pair: 0)
      }
      return (table, .none)
    }
    let depth = ColorDepth(colors: Int(hds_colors()))
    guard depth != .none else {
      let table = styles.map {
        CursesStyle(attributes: attributes(Palette.monochrome[$0]), pair: 0)
      }
      return (table, .none)
    }

    // With default colours the terminal's own background shows through. Without them
    // (use_default_colors fails), -1 is not a valid colour, so white on black is used.
    let hasDefaultColors = use_default_colors() != ERR
    let table = styles.map { style in
      let appearance = palette[style]
      let pair = Int16(style.rawValue) + 1
      let foreground = number(appearance.foreground, depth, hasDefaultColors, fallback: 7)
      let background = number(appearance.background, depth, hasDefaultColors, fallback: 0)
      _ = hds_init_pair(Int32(pair), Int32(foreground), Int32(background))
      return CursesStyle(attributes: attributes(appearance), pair: pair)
    }
    return (table, depth)
  }

  /// Returns the colour number for `color` at `depth`; the terminal default (-1, or
  /// `fallback` without default colours) for `.terminalDefault`.
  private static func number(
    _ color: TerminalColor, _ depth: ColorDepth, _ hasDefaultColors: Bool, fallback: Int
  ) -> Int {
    let value = depth.number(color) ?? -1
    return value < 0 && !hasDefaultColors ? fallback : value
  }

  private static func attributes(_ appearance: Appearance) -> attr_t {
    var bits: attr_t = 0
    if appearance.attributes.contains(.bold) { bits |= hds_attr_bold() }
    if appearance.attributes.contains(.dim) { bits |= hds_attr_dim() }
    if appearance.attributes.contains(.reverse) { bits |= hds_attr_reverse() }
    if appearance.attributes.contains(.underline) { bits |= hds_attr_underline() }
    return bits
  }
}

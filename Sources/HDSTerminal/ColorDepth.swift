/// How many colours a terminal shows, from what terminfo reports (`colors`), and the
/// reduction of any `TerminalColor` to a colour it has.
public enum ColorDepth: Sendable, Equatable, CaseIterable {
  /// 24-bit colour: terminfo entries such as xterm-direct, with 2^24 colours.
  case direct
  case colors256
  case colors16
  case colors8
  /// No colours: the monochrome palette with bold, dim, reverse and underline.
  case none

  /// Reads the depth of a terminal whose terminfo entry gives `colors` colours.
  public init(colors: Int) {
    switch colors {
    case (1 << 24)...: self = .direct
    case 256...: self = .colors256
    case 16...: self = .colors16
    case 8...: self = .colors8
    default: self = .none
    }
  }

  /// Returns the colour number for curses at this depth: -1 for the terminal default, a palette
  /// index, or (direct colour) the 24-bit value 0xRRGGBB. Nil at `.none`.
  public func number(_ color: TerminalColor) -> Int? {
    if color == .terminalDefault { return -1 }
    switch self {
    case .none:
      return nil
    case .direct:
      if case .rgb(let red, let green, let blue) = color {
        return Int(red) << 16 | Int(green) << 8 | Int(blue)
      }
      // Direct-colour terminfo entries keep the 8 ANSI colours at 0–7; other indexed
      // colours are drawn by their value.
      let index = color.number
      if index < 8 { return index }
      let (red, green, blue) = Self.rgb(ofIndex: index)
      return Int(red) << 16 | Int(green) << 8 | Int(blue)
    case .colors256:
      return color.number
    case .colors16:
      let index = color.number
      if index < 16 { return index }
      let (red, green, blue) = Self.rgb(ofIndex: index)
      return Self.nearest(red, green, blue, among: 0..<16)
    case .colors8:
      let index = color.number
      // A bright colour becomes its normal one. Any other keeps its hue: each channel at
      // least half the strongest one is on, so dark green stays green and grey is white
      // rather than the nearest by distance, which is often black or yellow.
      if index < 16 { return index >= 8 ? index - 8 : index }
      let (red, green, blue) = Self.rgb(ofIndex: index)
      let strongest = max(red, green, blue)
      guard strongest >= 64 else { return 0 }
      func on(_ channel: UInt8) -> Int { Int(channel) * 2 >= Int(strongest) ? 1 : 0 }
      return on(red) | on(green) << 1 | on(blue) << 2
    }
  }

  // MARK: The xterm palette

  /// The 16 ANSI colours as xterm draws them by default.
  static let ansi: [(UInt8, UInt8, UInt8)] = [
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205),
    (0, 205, 205), (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
  ]

  /// The six levels of each channel in xterm's 6×6×6 colour cube (indices 16–231).
  static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

  /// Returns the colour of xterm palette entry `index` (0–255).
  static func rgb(ofIndex index: Int) -> (UInt8, UInt8, UInt8) {
    switch index {
    case ..<16:
      return ansi[max(0, index)]
    case 16..<232:
      let cube = index - 16
      return (
        UInt8(cubeLevels[cube / 36]), UInt8(cubeLevels[(cube / 6) % 6]),
        UInt8(cubeLevels[cube % 6])
      )
    default:
      let level = UInt8(8 + 10 * (min(index, 255) - 232))
      return (level, level, level)
    }
  }

  /// Returns the palette entry of 16–255 nearest to the colour: the nearer of the cube's entry
  /// and the grey ramp's. Entries 0–15 are left out, because terminals change them.
  static func nearest256(_ red: UInt8, _ green: UInt8, _ blue: UInt8) -> Int {
    func level(_ value: UInt8) -> Int {
      cubeLevels.indices.min {
        abs(cubeLevels[$0] - Int(value)) < abs(cubeLevels[$1] - Int(value))
      }!
    }
    let cube = 16 + 36 * level(red) + 6 * level(green) + level(blue)
    let average = (Int(red) + Int(green) + Int(blue)) / 3
    let grey = 232 + min(23, max(0, (average - 3) / 10))
    return distance(rgb(ofIndex: grey), (red, green, blue))
      < distance(rgb(ofIndex: cube), (red, green, blue)) ? grey : cube
  }

  /// Returns the entry of `range` nearest to the colour.
  static func nearest(_ red: UInt8, _ green: UInt8, _ blue: UInt8, among range: Range<Int>) -> Int {
    range.min {
      distance(rgb(ofIndex: $0), (red, green, blue))
        < distance(rgb(ofIndex: $1), (red, green, blue))
    }!
  }

  /// Returns the squared distance with the channels weighted by how strongly the eye
  /// perceives them (red 3, green 4, blue 2), an estimate close enough to pick an entry.
  static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
    let red = Int(a.0) - Int(b.0)
    let green = Int(a.1) - Int(b.1)
    let blue = Int(a.2) - Int(b.2)
    return 3 * red * red + 4 * green * green + 2 * blue * blue
  }
}

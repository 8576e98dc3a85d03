import Foundation

/// A theme file: one `element = foreground background attributes` line per `Style`.
///
/// ```
/// # comment
/// header        = black   cyan     bold
/// selected      = #1d2021 #83a598
/// border        = 4       default
/// error-message = bright-white red bold,underline
/// ```
///
/// Colours are a name (black, red, green, yellow, blue, magenta, cyan, white, and the
/// same with `bright-`), a palette index 0–255, `#rrggbb`, or `default` for the
/// terminal's own colour. Attributes are bold, dim, reverse and underline, separated by
/// spaces or commas, or none. An element the file does not name, and the element of a
/// line with a mistake, keep the base palette's look; each mistake is a `ThemeProblem`.
public struct Theme: Sendable {
  public let name: String
  public let palette: Palette
  /// The lines that could not be used, in file order.
  public let problems: [ThemeProblem]

  /// Reads `text`, the contents of `file` (named in problems), over `base`.
  public init(name: String, parsing text: String, file: String, base: Palette = .defaultDark) {
    self.name = name
    var palette = base
    var problems: [ThemeProblem] = []
    var seen: [Style: Int] = [:]
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let number = index + 1
      let line = Self.withoutComment(String(raw))
      guard !line.isEmpty else { continue }
      func problem(_ reason: String) {
        problems.append(ThemeProblem(file: file, line: number, text: String(raw), reason: reason))
      }
      guard let equals = line.firstIndex(of: "=") else {
        problem("expected \"element = foreground background [attributes]\"")
        continue
      }
      let element = line[..<equals].trimmingCharacters(in: .whitespaces)
      guard let style = Style.allCases.first(where: { Self.elementName($0) == element }) else {
        problem(
          "unknown element \"\(element)\"; the elements are "
            + Style.allCases.map(Self.elementName).joined(separator: ", "))
        continue
      }
      if let earlier = seen[style] {
        problem("\(element) is set on line \(earlier) already; this line is ignored")
        continue
      }
      do throws(ThemeValueError) {
        palette[style] = try Self.appearance(String(line[line.index(after: equals)...]))
        seen[style] = number
      } catch {
        problem(error.description)
      }
    }
    self.palette = palette
    self.problems = problems
  }

  /// Returns the name of `style` in theme files: "focused-title" for `.focusedTitle`.
  public static func elementName(_ style: Style) -> String {
    String(describing: style).reduce(into: "") { name, character in
      if character.isUppercase {
        name += "-" + character.lowercased()
      } else {
        name.append(character)
      }
    }
  }

  /// Removes a comment: a line whose first character is `#`, or ` #` followed by a space
  /// or the line's end. A `#` that starts a colour stays.
  static func withoutComment(_ line: String) -> String {
    let trimmed = line.trimmingCharacters(in: .whitespaces)
    if trimmed.hasPrefix("#") { return "" }
    var searched = trimmed.startIndex
    while let range = trimmed.range(of: " #", range: searched..<trimmed.endIndex) {
      if range.upperBound == trimmed.endIndex || trimmed[range.upperBound] == " " {
        return trimmed[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
      }
      searched = range.upperBound
    }
    return trimmed
  }

  /// Reads "foreground background [attributes…]".
  static func appearance(_ value: String) throws(ThemeValueError) -> Appearance {
    let words = value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "," }).map(
      String.init)
    guard words.count >= 2 else { throw .missingColors(value.trimmingCharacters(in: .whitespaces)) }
    var appearance = Appearance(
      foreground: try color(words[0]), background: try color(words[1]))
    for word in words.dropFirst(2) {
      switch word.lowercased() {
      case "bold": appearance.attributes.insert(.bold)
      case "dim": appearance.attributes.insert(.dim)
      case "reverse": appearance.attributes.insert(.reverse)
      case "underline": appearance.attributes.insert(.underline)
      case "none": break
      default: throw .unknownAttribute(word)
      }
    }
    return appearance
  }

  static let colorNames: [String] = [
    "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
  ]

  /// Reads one colour: a name, `bright-` and a name, 0–255, #rrggbb or default.
  static func color(_ word: String) throws(ThemeValueError) -> TerminalColor {
    let name = word.lowercased()
    if name == "default" { return .terminalDefault }
    if let index = colorNames.firstIndex(of: name) {
      return [.black, .red, .green, .yellow, .blue, .magenta, .cyan, .white][index]
    }
    if name.hasPrefix("bright-"), let index = colorNames.firstIndex(of: String(name.dropFirst(7))) {
      return .indexed(8 + index)
    }
    if let index = Int(name) {
      guard (0...255).contains(index) else { throw .indexOutOfRange(word) }
      return .indexed(index)
    }
    if name.hasPrefix("#") {
      let hex = name.dropFirst()
      guard hex.count == 6, let value = UInt32(hex, radix: 16) else { throw .badHex(word) }
      return .rgb(UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF))
    }
    throw .unknownColor(word)
  }
}

/// A theme line that could not be used: its file and line, and why.
public struct ThemeProblem: Sendable, Equatable, CustomStringConvertible {
  public let file: String
  public let line: Int
  public let text: String
  public let reason: String

  /// "dark.theme line 4: unknown colour "bluu"; …".
  public var description: String { "\(file) line \(line): \(reason)" }
}

/// The reason the value after `=` could not be read.
enum ThemeValueError: Error, CustomStringConvertible {
  case missingColors(String)
  case unknownColor(String)
  case indexOutOfRange(String)
  case badHex(String)
  case unknownAttribute(String)

  var description: String {
    switch self {
    case .missingColors(let value):
      return "\"\(value)\" needs a foreground and a background colour (default for the"
        + " terminal's own), then any attributes"
    case .unknownColor(let word):
      return "unknown colour \"\(word)\"; use black, red, green, yellow, blue, magenta, cyan,"
        + " white (or bright- and one of them), 0-255, #rrggbb or default"
    case .indexOutOfRange(let word):
      return "colour \(word) is not in the palette; use an index from 0 to 255"
    case .badHex(let word):
      return "colour \"\(word)\" is not #rrggbb; write six hexadecimal digits, such as #1e90ff"
    case .unknownAttribute(let word):
      return "unknown attribute \"\(word)\"; use bold, dim, reverse, underline or none"
    }
  }
}

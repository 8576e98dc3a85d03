/// A terminal colour: the terminal's own default, one of the 8 ANSI colours, an index
/// into the 256-colour palette (8–15 are the bright ANSI colours), or a 24-bit colour.
///
/// The driver draws each colour as well as the terminal can: a 24-bit colour directly on
/// a direct-colour terminal, else the nearest of 256, 16 or 8 colours (`ColorDepth`).
public enum TerminalColor: Sendable, Equatable, Hashable {
  case terminalDefault
  case black, red, green, yellow, blue, magenta, cyan, white
  case indexed(Int)
  case rgb(UInt8, UInt8, UInt8)

  /// The curses colour number in a 256-colour palette: -1 for the terminal default, 0–7
  /// for the ANSI colours, the index itself, or the nearest palette entry of a 24-bit
  /// colour.
  public var number: Int {
    switch self {
    case .terminalDefault: -1
    case .black: 0
    case .red: 1
    case .green: 2
    case .yellow: 3
    case .blue: 4
    case .magenta: 5
    case .cyan: 6
    case .white: 7
    case .indexed(let index): index
    case .rgb(let red, let green, let blue): ColorDepth.nearest256(red, green, blue)
    }
  }
}

/// Text attributes the driver turns into curses' A_BOLD, A_DIM, A_REVERSE and A_UNDERLINE.
public struct TextAttributes: OptionSet, Sendable, Hashable {
  public let rawValue: UInt8

  public init(rawValue: UInt8) {
    self.rawValue = rawValue
  }

  public static let bold = TextAttributes(rawValue: 1 << 0)
  public static let dim = TextAttributes(rawValue: 1 << 1)
  public static let reverse = TextAttributes(rawValue: 1 << 2)
  public static let underline = TextAttributes(rawValue: 1 << 3)
}

/// The look of one `Style`: foreground, background and attributes.
public struct Appearance: Sendable, Equatable, Hashable {
  public var foreground: TerminalColor
  public var background: TerminalColor
  public var attributes: TextAttributes

  public init(
    foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
    attributes: TextAttributes = []
  ) {
    self.foreground = foreground
    self.background = background
    self.attributes = attributes
  }

  /// The terminal's default colours with no attributes.
  public static let plain = Appearance()
}

/// The appearance of every `Style`: what a theme is made of.
///
/// A theme-file parser starts from `defaultDark` and assigns the styles the file names,
/// so a file that names only a few styles still yields a complete palette.
public struct Palette: Sendable, Equatable {
  /// One appearance per `Style`, indexed by `Style.rawValue`.
  private var appearances: [Appearance]

  /// Creates a palette from `appearances`, giving `fallback` to each style it lacks.
  public init(_ appearances: [Style: Appearance], fallback: Appearance = .plain) {
    self.appearances = Style.allCases.map { appearances[$0] ?? fallback }
  }

  public subscript(style: Style) -> Appearance {
    get { appearances[Int(style.rawValue)] }
    set { appearances[Int(style.rawValue)] = newValue }
  }
}

extension Palette {
  /// The built-in colour palette for a dark terminal background. It uses only the 8 ANSI
  /// colours and the terminal's own default colours, so it also works on `TERM=xterm`
  /// or the Linux console.
  public static let defaultDark = Palette([
    .normal: Appearance(),
    .dim: Appearance(attributes: .dim),
    .header: Appearance(foreground: .black, background: .cyan, attributes: .bold),
    .title: Appearance(foreground: .cyan),
    .focusedTitle: Appearance(foreground: .yellow, attributes: .bold),
    .border: Appearance(foreground: .blue),
    .focusedBorder: Appearance(foreground: .cyan, attributes: .bold),
    .columnHeading: Appearance(foreground: .green, attributes: .bold),
    .selected: Appearance(foreground: .black, background: .cyan),
    .selectedUnfocused: Appearance(foreground: .white, background: .blue),
    .warning: Appearance(foreground: .yellow, attributes: .bold),
    .danger: Appearance(foreground: .red, attributes: .bold),
    .success: Appearance(foreground: .green),
    .accent: Appearance(foreground: .magenta, attributes: .bold),
    .keyHint: Appearance(foreground: .yellow, background: .blue, attributes: .bold),
    .statusBar: Appearance(foreground: .white, background: .blue),
    .message: Appearance(foreground: .green),
    .errorMessage: Appearance(foreground: .white, background: .red, attributes: .bold),
    .dialog: Appearance(foreground: .black, background: .white),
    .dialogTitle: Appearance(foreground: .blue, background: .white, attributes: .bold),
    .field: Appearance(foreground: .black, background: .cyan),
    .focusedField: Appearance(foreground: .black, background: .yellow),
  ])

  /// The palette for a terminal without colours, or when colours are turned off: only
  /// attributes. The selection is reverse video, focus and alarms are bold.
  public static let monochrome = Palette([
    .normal: Appearance(),
    .dim: Appearance(attributes: .dim),
    .header: Appearance(attributes: [.reverse, .bold]),
    .title: Appearance(),
    .focusedTitle: Appearance(attributes: .bold),
    .border: Appearance(),
    .focusedBorder: Appearance(attributes: .bold),
    .columnHeading: Appearance(attributes: .underline),
    .selected: Appearance(attributes: .reverse),
    .selectedUnfocused: Appearance(attributes: .underline),
    .warning: Appearance(attributes: .bold),
    .danger: Appearance(attributes: [.bold, .underline]),
    .success: Appearance(),
    .accent: Appearance(attributes: .bold),
    .keyHint: Appearance(attributes: [.reverse, .bold]),
    .statusBar: Appearance(attributes: .reverse),
    .message: Appearance(),
    .errorMessage: Appearance(attributes: [.reverse, .bold]),
    .dialog: Appearance(),
    .dialogTitle: Appearance(attributes: .bold),
    .field: Appearance(attributes: .underline),
    .focusedField: Appearance(attributes: .reverse),
  ])
}

/// Choices the command line makes before the terminal is set up.
public struct TerminalOptions: Sendable {
  /// Whether to use colours. When false, or on a terminal without colours, the driver
  /// draws with `Palette.monochrome` (bold, dim, reverse and underline only).
  public var useColor: Bool
  /// Whether to draw lines with the VT100 alternate character set and fold all other text
  /// to ASCII even in a UTF-8 locale, for terminals or fonts that render UTF-8 badly.
  public var forceASCII: Bool
  /// The colours used when colours are on.
  public var palette: Palette
  /// Whether to ask the terminal for clicks and the wheel. When false, the terminal keeps
  /// selecting and copying text with the mouse as it does outside the dashboard.
  public var mouse: Bool

  public init(
    useColor: Bool = true, forceASCII: Bool = false, palette: Palette = .defaultDark,
    mouse: Bool = true
  ) {
    self.useColor = useColor
    self.forceASCII = forceASCII
    self.palette = palette
    self.mouse = mouse
  }
}

/// An error that kept the terminal from being set up.
public enum TerminalError: Error, CustomStringConvertible {
  /// Standard input or standard output is not a terminal (a pipe, a file, /dev/null).
  case notATerminal
  /// The terminfo database has no entry for this TERM value (empty when TERM is unset).
  case unknownTerminal(String)
  /// Another `Terminal` is active, and this driver supports one terminal per process.
  case alreadyActive

  public var description: String {
    switch self {
    case .notATerminal:
      "standard input or output is not a terminal; run the dashboard in a terminal window"
    case .unknownTerminal(let term) where term.isEmpty:
      "TERM is not set; set it to the terminal type, for example TERM=xterm-256color"
    case .unknownTerminal(let term):
      "TERM=\(term) is not in the terminfo database; set TERM to a known type, "
        + "for example TERM=xterm-256color, or install its entry (package ncurses-term)"
    case .alreadyActive:
      "the terminal is already set up; call restore() on the active Terminal first"
    }
  }
}

import CNcurses
import Glibc

/// The ncurses driver: sets the terminal up, copies `Screen` frames to it, reads keys and
/// puts the terminal back. The only type in HDS that calls ncurses.
///
/// Decisions a newcomer may question:
/// - `newterm` rather than `initscr`, because initscr prints an error and exits on an
///   unknown TERM, and newterm returns nil so the caller gets `.unknownTerminal`.
/// - SIGWINCH is ignored before newterm, so ncurses installs no handler of its own. The
///   run loop watches SIGWINCH with a DispatchSourceSignal and calls `updateSize()`.
/// - Input is non-blocking (nodelay): the run loop calls `readKeys()` when standard input
///   is readable, and it drains everything ncurses has buffered.
/// - `draw` keeps the last frame and writes only the cells that changed, so a frame in
///   which nothing changed makes no ncurses call at all.
/// - Without UTF-8 (LANG=C or `forceASCII`) lines use the VT100 alternate character set and
///   other text is folded to ASCII, one column per cell (see `GlyphFallback`).
///
/// The run loop must call `restore()` before the process exits. A crash, or an exit
/// without it, is covered by `CrashRestore`.
@MainActor
public final class Terminal {
  public private(set) var rows: Int
  public private(set) var cols: Int

  /// Whether text is drawn as UTF-8: the locale's codeset is UTF-8 and `forceASCII` is off.
  public var isUTF8: Bool { drawsUnicode }

  let drawsUnicode: Bool
  /// The curses attributes and colour pair of each `Style`, indexed by `Style.rawValue`.
  let styleTable: [CursesStyle]
  /// The colours the terminal shows, as drawn: `.none` when colours are off or missing.
  public let colorDepth: ColorDepth
  /// The frame on screen, or nil when the next `draw` must repaint every cell.
  var lastFrame: Screen?
  /// Whether the next `draw` must also clear the physical screen (after a resize, when
  /// the terminal emulator may have rearranged what ncurses believes is on screen).
  var needsClear = false
  var cursorVisible = false
  private let savedTermios: termios
  /// False after `restore()`, when every method returns without calling ncurses.
  private(set) var isActive = true

  private static var hasActiveTerminal = false

  /// Sets up the terminal for the dashboard. Call it once, on the main thread, before any
  /// other ncurses call.
  ///
  /// - Throws: `.notATerminal` when standard input or output is not a tty,
  ///   `.unknownTerminal(TERM)` when terminfo has no entry for TERM, `.alreadyActive`
  ///   when another `Terminal` has not been restored.
  public init(options: TerminalOptions) throws(TerminalError) {
    // The locale comes first: ncurses decides at newterm whether to draw UTF-8.
    setlocale(LC_ALL, "")
    guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
      throw .notATerminal
    }
    guard !Terminal.hasActiveTerminal else { throw .alreadyActive }

    var saved = termios()
    guard tcgetattr(STDIN_FILENO, &saved) == 0 else { throw .notATerminal }
    savedTermios = saved

    signal(SIGWINCH, SIG_IGN)
    guard newterm(nil, hds_stdout(), hds_stdin()) != nil else {
      throw .unknownTerminal(getenv("TERM").map { String(cString: $0) } ?? "")
    }
    Terminal.hasActiveTerminal = true
    Terminal.configureInput()
    if options.mouse {
      // Presses are reported at once, without waiting to tell a click from a drag.
      mousemask(hds_mouse_events(), nil)
      mouseinterval(0)
    }

    drawsUnicode = !options.forceASCII && Terminal.localeIsUTF8()
    (styleTable, colorDepth) = CursesStyle.table(
      palette: options.palette, useColor: options.useColor)
    rows = Int(hds_lines())
    cols = Int(hds_cols())
    CrashRestore.arm(termios: saved)
  }

  /// Reads the terminal size from the kernel and resizes ncurses' screens to it. Call it
  /// after SIGWINCH. The next `draw` clears the terminal and repaints every cell.
  public func updateSize() {
    guard isActive else { return }
    var height: Int32 = 0
    var width: Int32 = 0
    if hds_window_size(STDOUT_FILENO, &height, &width) == 0, height > 0, width > 0 {
      resizeterm(height, width)
    }
    rows = Int(hds_lines())
    cols = Int(hds_cols())
    lastFrame = nil
    needsClear = true
  }

  /// Returns every key pending in ncurses' buffer and on standard input, without waiting.
  /// Input that maps to no `Key` is dropped.
  ///
  /// The whole buffer is drained because ncurses reads ahead from standard input: bytes
  /// it has buffered would not make standard input readable again.
  ///
  /// NOTE: under a non-UTF-8 locale (LANG=C) no key arrived for typed é or 日 in a check
  /// with ncurses 6.4, so only ASCII input is known to work there.
  public func readKeys() -> [Key] {
    guard isActive else { return [] }
    let inputFlags = Self.makeInputNonBlocking()
    defer { Self.restoreInputFlags(inputFlags) }
    var keys: [Key] = []
    var code: wint_t = 0
    while true {
      let result = wget_wch(hds_stdscr(), &code)
      if result == ERR { break }
      if result == KEY_CODE_YES, Int32(truncatingIfNeeded: code) == KEY_MOUSE {
        var event = MEVENT()
        while getmouse(&event) == OK {
          if let key = KeyDecoder.decodeMouse(
            state: event.bstate, row: Int(event.y), col: Int(event.x))
          {
            keys.append(key)
          }
        }
        continue
      }
      if let key = KeyDecoder.decode(code: code, isFunctionKey: result == KEY_CODE_YES) {
        keys.append(key)
      }
    }
    return keys
  }

  /// Sets O_NONBLOCK on standard input and returns the flags it had, or nil when they
  /// cannot be read.
  ///
  /// nodelay covers only ncurses' wait for the first byte. ncurses 6.4 reads the rest of
  /// a mouse report (after ESC [ < or ESC [ M) with blocking read(2) calls until it ends,
  /// so a report cut short, or typed as Alt-[ and <, froze the dashboard until an M or m
  /// arrived, signals included. With O_NONBLOCK those reads fail at once and ncurses
  /// drops the cut report. The flag belongs to the open file that the shell shares, so
  /// `restoreInputFlags` takes it off again before `readKeys` returns.
  ///
  /// NOTE: a whole report that a slow link splits between two reads is dropped the same
  /// way, and its tail then arrives as typed keys (digits, `;`, M).
  private static func makeInputNonBlocking() -> Int32? {
    let flags = fcntl(STDIN_FILENO, F_GETFL)
    guard flags >= 0 else { return nil }
    if flags & O_NONBLOCK == 0 { _ = fcntl(STDIN_FILENO, F_SETFL, flags | O_NONBLOCK) }
    return flags
  }

  private static func restoreInputFlags(_ flags: Int32?) {
    guard let flags, flags & O_NONBLOCK == 0 else { return }
    _ = fcntl(STDIN_FILENO, F_SETFL, flags)
  }

  /// Ends curses mode: shows the cursor, leaves the alternate screen and sets back the
  /// terminal modes saved at init. Calling it again does nothing.
  public func restore() {
    guard isActive else { return }
    isActive = false
    // Without an alternate screen the dashboard would stay under the shell's prompt.
    if hds_has_alternate_screen() == 0 {
      wclear(hds_stdscr())
      wrefresh(hds_stdscr())
    }
    curs_set(1)
    endwin()
    var saved = savedTermios
    tcsetattr(STDIN_FILENO, TCSANOW, &saved)
    CrashRestore.disarm()
    Terminal.hasActiveTerminal = false
  }

  /// Sets the input modes: keys arrive one at a time, unechoed, with function keys decoded,
  /// and a lone Escape is reported after 25 ms rather than ncurses' default 1 s.
  private static func configureInput() {
    let window = hds_stdscr()
    cbreak()
    noecho()
    nonl()
    intrflush(window, false)
    keypad(window, true)
    meta(window, true)
    nodelay(window, true)
    set_escdelay(25)
    curs_set(0)
    defineFallbackKeys()
  }

  /// Teaches ncurses the Home and End sequences of other terminal types, for a TERM that
  /// does not match the emulator (TERM=xterm-256color inside tmux or screen, which send
  /// ESC [ 1 ~ and ESC [ 4 ~). A sequence the terminfo entry already binds keeps its key.
  private static func defineFallbackKeys() {
    let sequences: [(String, Int32)] = [
      ("\u{1b}[1~", KEY_HOME), ("\u{1b}[7~", KEY_HOME), ("\u{1b}[H", KEY_HOME),
      ("\u{1b}OH", KEY_HOME), ("\u{1b}[4~", KEY_END), ("\u{1b}[8~", KEY_END),
      ("\u{1b}[F", KEY_END), ("\u{1b}OF", KEY_END),
    ]
    for (sequence, key) in sequences where key_defined(sequence) == 0 {
      define_key(sequence, key)
    }
  }

  private static func localeIsUTF8() -> Bool {
    guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
    let name = String(cString: codeset).uppercased()
    return name == "UTF-8" || name == "UTF8"
  }
}

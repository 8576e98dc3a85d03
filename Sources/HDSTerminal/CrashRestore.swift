import CNcurses
import Glibc

/// Puts the terminal back when the process crashes, or exits without `Terminal.restore()`,
/// so the shell is not left without echo, in the alternate screen, with the cursor hidden.
///
/// A signal handler may call only async-signal-safe functions, so it cannot call endwin
/// (which allocates and writes through stdio). Instead `arm` precomputes the bytes that
/// undo the terminal modes (terminfo sgr0, cnorm, rmkx, rmcup) and keeps the termios
/// saved before ncurses changed it. The handler writes those bytes with write(2), sets
/// the termios back with tcsetattr(3), reinstalls the action that was there before (the
/// default action, or the Swift runtime's backtracer) and raises the signal again.
enum CrashRestore {
  /// The signals that end the process with a core dump: faults and failed traps. SIGINT,
  /// SIGTERM and SIGHUP are not here because the run loop handles them and calls restore().
  static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]

  /// Sent when no terminfo capability is found: reset attributes, show the cursor, leave
  /// the alternate screen (xterm's sequences, which most terminal emulators follow).
  static let fallbackBytes = Array("\u{1b}[0m\u{1b}[?25h\u{1b}[?1049l".utf8)

  /// Stores the reset bytes and `termios`, and installs the handlers the first time.
  /// Call it after newterm, whose terminfo entry the reset bytes come from.
  @MainActor
  static func arm(termios saved: termios) {
    let state = installedState()
    let bytes = resetBytes()
    state.pointee.armed = 0
    state.pointee.termios = saved
    state.pointee.byteCount = min(bytes.count, CrashRestoreState.capacity)
    for (index, byte) in bytes.prefix(CrashRestoreState.capacity).enumerated() {
      state.pointee.bytes[index] = byte
    }
    state.pointee.armed = 1
  }

  /// Stops the handlers from touching the terminal, after endwin has restored it.
  @MainActor
  static func disarm() {
    crashRestoreState?.pointee.armed = 0
  }

  /// Returns the terminfo sequences that undo what ncurses turned on, or `fallbackBytes`.
  @MainActor
  private static func resetBytes() -> [UInt8] {
    var bytes: [UInt8] = []
    for name in ["sgr0", "cnorm", "rmkx", "rmcup"] {
      guard let value = hds_terminfo_string(name) else { continue }
      bytes.append(
        contentsOf: UnsafeBufferPointer(start: value, count: strlen(value)).map {
          UInt8(bitPattern: $0)
        })
    }
    return bytes.isEmpty ? fallbackBytes : bytes
  }

  /// Returns the handlers' state, allocating it and installing the handlers on first use.
  @MainActor
  private static func installedState() -> UnsafeMutablePointer<CrashRestoreState> {
    if let state = crashRestoreState { return state }
    let state = UnsafeMutablePointer<CrashRestoreState>.allocate(capacity: 1)
    state.initialize(to: CrashRestoreState())
    crashRestoreState = state
    installAlternateStack()

    for signal in signals {
      var action = sigaction()
      action.__sigaction_handler.sa_handler = handleFatalSignal
      sigemptyset(&action.sa_mask)
      action.sa_flags = SA_ONSTACK
      let previous = state.pointee.previousActions + Int(signal)
      sigaction(signal, &action, previous)
      // Re-raising an ignored fault would return into the faulting code, so an ignored
      // signal falls back to the default action (the zeroed sigaction).
      if unsafeBitCast(previous.pointee.__sigaction_handler.sa_handler, to: Int.self) == 1 {
        previous.pointee = sigaction()
      }
    }
    atexit(restoreAtExit)
    return state
  }

  /// Gives the main thread a signal stack if it has none, so the handler also runs after
  /// a stack overflow (deep recursion faults with SIGSEGV on a full stack).
  private static func installAlternateStack() {
    var current = stack_t()
    guard sigaltstack(nil, &current) == 0, current.ss_flags & Int32(SS_DISABLE) != 0 else { return }
    let size = 64 * 1024
    guard let memory = malloc(size) else { return }
    var alternate = stack_t(ss_sp: memory, ss_flags: 0, ss_size: size)
    sigaltstack(&alternate, nil)
  }
}

/// The handlers' state, allocated once and never freed or moved, so a handler reads it
/// without allocating.
struct CrashRestoreState {
  static let capacity = 256
  /// 1 while ncurses owns the terminal, when a handler writes `bytes` and sets `termios`.
  var armed: sig_atomic_t = 0
  var bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: CrashRestoreState.capacity)
  var byteCount = 0
  var termios = Glibc.termios()
  /// The actions replaced by the handlers, indexed by signal number.
  var previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))

  init() {
    previousActions.initialize(repeating: sigaction(), count: Int(NSIG))
  }
}

/// Set once on the main thread by `CrashRestore.arm`, before any handler is installed,
/// and only read by the handlers afterwards. It is nonisolated(unsafe) because a signal
/// handler runs outside any actor. The pointer never changes once set.
nonisolated(unsafe) private var crashRestoreState: UnsafeMutablePointer<CrashRestoreState>? =
  nil

/// Writes the reset bytes and sets the saved termios, once, if the terminal is armed.
/// Calls only write(2) and tcsetattr(3), which are async-signal-safe.
private func resetTerminalIfArmed() {
  guard let state = crashRestoreState, state.pointee.armed != 0 else { return }
  state.pointee.armed = 0
  _ = write(STDOUT_FILENO, state.pointee.bytes, state.pointee.byteCount)
  _ = tcsetattr(STDIN_FILENO, TCSANOW, &state.pointee.termios)
}

// NOTE: with the Swift 6.3.1 runtime's backtracer as the previous action, a SIGSEGV sent
// from outside (kill -SEGV) left the process waiting in the backtracer after the terminal
// was restored. Faults and abort() in the program itself exited as expected.
private func handleFatalSignal(_ signal: Int32) {
  resetTerminalIfArmed()
  // The signal stays blocked while this handler runs, so the raised one is delivered to
  // the previous action as soon as the handler returns.
  if let state = crashRestoreState {
    sigaction(signal, &state.pointee.previousActions[Int(signal)], nil)
  } else {
    Glibc.signal(signal, SIG_DFL)
  }
  raise(signal)
}

private func restoreAtExit() {
  resetTerminalIfArmed()
}

import Foundation

/// One detached tmux session on a tmux server of its own, running one shell command in a
/// terminal of a given size.
///
/// Every session starts its own server with `tmux -L <unique socket>` and a configuration
/// file of its own, so tests never touch the user's tmux server or each other. The
/// configuration turns the status line off, so the pane has all the rows, and keeps the
/// pane on screen after its command exits (remain-on-exit), so a test can read what was
/// left behind. The server is killed by `kill()` or, at the latest, in `deinit`.
final class TmuxSession {
  /// The environment every test sets for the command unless it is about another setting.
  static let standardEnvironment = ["TERM": "xterm-256color", "LANG": "C.UTF-8"]

  let socket: String
  private let tmux: URL
  /// The socket file, which tmux 3.3a leaves behind after kill-server.
  private var socketPath: String?
  private let target = "e2e"
  private var isRunning = true

  /// Starts `command`, one or more lines of sh, in a `cols`×`rows` terminal.
  ///
  /// The command runs from a script in `directory` that first unsets LC_ALL, LC_CTYPE and
  /// LC_MESSAGES, so `environment["LANG"]` decides the locale, and NO_COLOR and HDS_THEME,
  /// then exports `environment`.
  /// TERM is exported there too, because tmux sets TERM of its own in the pane.
  init(
    cols: Int, rows: Int, command: String, environment: [String: String],
    directory: TestDirectory
  ) throws {
    guard let tmux = ChildProcess.findOnPath("tmux") else {
      throw EndToEndError.tmuxMissing(
        searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "")
    }
    self.tmux = tmux
    socket = "hds-e2e-" + UUID().uuidString.prefix(13).lowercased()

    let configuration = directory.path(socket + ".conf")
    try "set -g status off\nset -g remain-on-exit on\n".write(
      toFile: configuration, atomically: true, encoding: .utf8)
    let script = directory.path(socket + ".sh")
    try Self.script(command: command, environment: environment).write(
      toFile: script, atomically: true, encoding: .utf8)

    try tmuxCommand([
      "-f", configuration, "new-session", "-d", "-s", target, "-x", String(cols), "-y",
      String(rows), "sh " + Shell.quote(script),
    ])
    socketPath = try display("#{socket_path}")
  }

  deinit {
    kill()
  }

  private static func script(command: String, environment: [String: String]) -> String {
    // NO_COLOR and HDS_THEME come from the test runner's environment when set there (a
    // runner may set NO_COLOR when its output is not a terminal); a test that needs them
    // passes them in `environment`.
    var lines = ["unset LC_ALL LC_CTYPE LC_MESSAGES NO_COLOR HDS_THEME"]
    for (name, value) in environment.sorted(by: { $0.key < $1.key }) {
      lines.append("export \(name)=\(Shell.quote(value))")
    }
    lines.append(command)
    return lines.joined(separator: "\n") + "\n"
  }

  // MARK: Input

  /// Sends keys by tmux name ("j", "Enter", "Escape", "C-c"), one after the other.
  func sendKeys(_ keys: String...) throws {
    try tmuxCommand(["send-keys", "-t", target] + keys)
  }

  /// Types `text` character by character, with no key names looked up.
  func sendLiteral(_ text: String) throws {
    try tmuxCommand(["send-keys", "-t", target, "-l", text])
  }

  /// Writes `bytes` to the pane as they are (`send-keys -H`), for input that no key name
  /// gives, such as a terminal report cut short.
  func sendBytes(_ bytes: [UInt8]) throws {
    try tmuxCommand(["send-keys", "-t", target, "-H"] + bytes.map { String(format: "%02x", $0) })
  }

  /// Resizes the window, which sends SIGWINCH to the program in the pane.
  func resize(cols: Int, rows: Int) throws {
    try tmuxCommand(["resize-window", "-t", target, "-x", String(cols), "-y", String(rows)])
  }

  /// Appends every byte the program writes to the pane to `path` from now on, or stops
  /// doing so when `path` is nil.
  func pipeOutput(to path: String?) throws {
    var arguments = ["pipe-pane", "-t", target]
    if let path { arguments += ["-o", "cat >> " + Shell.quote(path)] }
    _ = try tmuxCommand(arguments)
  }

  // MARK: Output

  /// Returns the visible pane as text, one line per row with trailing spaces cut. With
  /// `escapes`, attributes are kept as escape sequences, and cells drawn from the VT100
  /// alternate character set follow a shift-out (0x0E).
  func capture(escapes: Bool = false) throws -> String {
    try tmuxCommand(["capture-pane", "-p"] + (escapes ? ["-e"] : []) + ["-t", target])
  }

  /// Returns a tmux format expanded for the pane, such as "#{alternate_on}".
  func display(_ format: String) throws -> String {
    let text = try tmuxCommand(["display-message", "-p", "-t", target, format])
    return text.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Returns the first screen that contains `text`, polling every 50 ms.
  ///
  /// - Throws: `EndToEndError.timedOut` with the last screen when `timeout` passes first.
  @discardableResult
  func waitFor(_ text: String, timeout: Duration = .seconds(10)) async throws -> String {
    try await waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
  }

  /// Returns the first screen for which `condition` is true, polling every 50 ms.
  ///
  /// tmux can capture a frame while the program is still writing it. A screen counts only
  /// when a second capture 30 ms later is the same, so no test reads half a frame.
  ///
  /// - Throws: `EndToEndError.timedOut` with the last screen when `timeout` passes first.
  @discardableResult
  func waitUntil(
    _ description: String, timeout: Duration = .seconds(10), _ condition: (String) -> Bool
  ) async throws -> String {
    let clock = ContinuousClock()
    let start = clock.now
    let deadline = start + timeout
    // The timeout reports when the condition held on a screen that then changed, because
    // a slow machine and a screen that never settles need different fixes.
    var firstChangingMatch: Duration?
    while true {
      let screen = try capture()
      if condition(screen) {
        try await Task.sleep(for: .milliseconds(30))
        if try capture() == screen { return screen }
        if firstChangingMatch == nil { firstChangingMatch = clock.now - start }
      }
      if clock.now >= deadline {
        throw EndToEndError.timedOut(
          waitingFor: description, seconds: Self.seconds(timeout),
          changingSince: firstChangingMatch.map(Self.seconds), screen: screen)
      }
      try await Task.sleep(for: .milliseconds(50))
    }
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
  }

  // MARK: Teardown

  /// Kills the session's tmux server, which hangs up the terminals of its panes, and
  /// deletes its socket file. Calling it again does nothing.
  func kill() {
    guard isRunning else { return }
    isRunning = false
    _ = try? ChildProcess.run(
      tmux, ["-L", socket, "kill-server"], environment: Self.clientEnvironment)
    if let socketPath { try? FileManager.default.removeItem(atPath: socketPath) }
  }

  // MARK: tmux

  /// The test's environment less the variables that would point tmux at another server.
  private static var clientEnvironment: [String: String] {
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    environment["TMUX_PANE"] = nil
    return environment
  }

  /// Runs `tmux -u -L socket arguments` and returns its output. -u makes tmux write
  /// UTF-8 whatever the test's own locale is.
  @discardableResult
  private func tmuxCommand(_ arguments: [String]) throws -> String {
    let result = try ChildProcess.run(
      tmux, ["-u", "-L", socket] + arguments, environment: Self.clientEnvironment)
    guard result.status == 0 else {
      throw EndToEndError.commandFailed(
        command: "tmux " + arguments.joined(separator: " "), status: result.status,
        errorOutput: result.errorOutput)
    }
    return result.output
  }
}

/// Quoting for sh command lines.
enum Shell {
  /// Returns `word` in single quotes, so sh passes it on as one unchanged argument.
  static func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// Returns the words joined into one command line, each quoted.
  static func commandLine(_ words: [String]) -> String {
    words.map(quote).joined(separator: " ")
  }
}

import Foundation

/// One detached tmux session on a tmux server of its own, running one sh script in a
/// pane of a given size.
///
/// The server has its own socket (`tmux -L`) and configuration, with the status line off
/// and the pane kept after its command ends, so the run never touches another tmux
/// server. `kill()` stops the server; call it on every exit path.
final class Tmux {
  let target = "fuzz"
  private let tmux: String
  private let socket: String
  private let scratch: String
  private var isRunning = false
  /// The socket file, which tmux 3.3a leaves behind after kill-server.
  private var socketPath: String?

  init(cols: Int, rows: Int, script: String, directory: String) throws(FuzzError) {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    guard
      let found = path.split(separator: ":").map({ "\($0)/tmux" }).first(where: {
        FileManager.default.isExecutableFile(atPath: $0)
      })
    else {
      throw .setup("tmux not found on PATH (\(path)); install it, for example with .ci/setup")
    }
    tmux = found
    socket = "hds-fuzz-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    scratch = (directory as NSString).appendingPathComponent("tmux")
    let configuration = (directory as NSString).appendingPathComponent("tmux.conf")
    guard
      FileManager.default.createFile(
        atPath: configuration,
        contents: Data("set -g status off\nset -g remain-on-exit on\n".utf8))
    else { throw .setup("cannot write \(configuration)") }
    try command([
      "-f", configuration, "new-session", "-d", "-s", target, "-x", String(cols), "-y",
      String(rows), "sh " + Self.quote(script),
    ])
    isRunning = true
    socketPath = try display("#{socket_path}")
  }

  deinit { kill() }

  /// Sends keys by tmux name ("Up", "C-a", "F5", "x"), in order.
  func sendKeys(_ keys: [String]) throws(FuzzError) {
    try command(["send-keys", "-t", target] + keys)
  }

  /// Sends bytes as they are; tmux writes each one to the pane.
  func sendBytes(_ bytes: [UInt8]) throws(FuzzError) {
    try command(["send-keys", "-t", target, "-H"] + bytes.map { String(format: "%02x", $0) })
  }

  /// Types `text` with no key names looked up.
  func sendLiteral(_ text: String) throws(FuzzError) {
    try command(["send-keys", "-t", target, "-l", "--", text])
  }

  /// Pastes the file's bytes. With `bracketed`, tmux wraps them in ESC [ 200 ~ and
  /// ESC [ 201 ~, but only when the program in the pane turned bracketed paste on.
  func paste(file: String, bracketed: Bool) throws(FuzzError) {
    try command(["load-buffer", "-b", "fuzz", file])
    try command(["paste-buffer", "-d", "-b", "fuzz", "-t", target] + (bracketed ? ["-p"] : []))
  }

  /// Resizes the window, which sends SIGWINCH to the program in the pane.
  func resize(cols: Int, rows: Int) throws(FuzzError) {
    try command(["resize-window", "-t", target, "-x", String(cols), "-y", String(rows)])
  }

  /// Returns a tmux format expanded for the pane, such as "#{alternate_on}".
  func display(_ format: String) throws(FuzzError) -> String {
    try command(["display-message", "-p", "-t", target, format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Returns the visible pane as text, one line per row, trailing spaces cut.
  func capture() throws(FuzzError) -> String {
    try command(["capture-pane", "-p", "-t", target])
  }

  /// Starts the script again in the pane, killing what runs there.
  func respawn(script: String) throws(FuzzError) {
    try command(["respawn-pane", "-k", "-t", target, "sh " + Self.quote(script)])
  }

  func kill() {
    guard isRunning else { return }
    isRunning = false
    _ = try? command(["kill-server"])
    if let socketPath { unlink(socketPath) }
  }

  @discardableResult
  private func command(_ arguments: [String]) throws(FuzzError) -> String {
    var environment = ProcessInfo.processInfo.environment
    environment["TMUX"] = nil
    environment["TMUX_PANE"] = nil
    let result = try Subprocess.run(
      tmux, ["-u", "-L", socket] + arguments, environment: environment, timeout: 20,
      scratch: scratch)
    guard result.ending == .exited(0) else {
      throw .setup(
        "tmux \(arguments.prefix(3).joined(separator: " ")) failed (\(result.ending)):"
          + " \(result.errorOutput)")
    }
    return result.output
  }

  /// Returns `word` in single quotes for sh.
  static func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}

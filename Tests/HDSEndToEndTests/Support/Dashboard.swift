import Foundation

/// Starting the real dashboard in tmux.
enum Dashboard {
  /// The refresh interval every dashboard in these tests runs with, in seconds.
  static let refreshSeconds = 0.5

  /// Starts `hds --data DATA --refresh 0.5` plus `arguments` in a new tmux session. When
  /// hds exits, the pane shows "hds exited with status N" under whatever hds left, and
  /// stays open so that tmux's "Pane is dead" line cannot scroll that text away.
  static func start(
    data: String, in directory: TestDirectory, cols: Int = 80, rows: Int = 24,
    arguments: [String] = [], environment: [String: String] = TmuxSession.standardEnvironment
  ) throws -> TmuxSession {
    let command = [
      try commandLine(data: data, arguments: arguments),
      "echo \"hds exited with status $?\"",
      "exec sleep 3600",
    ]
    return try TmuxSession(
      cols: cols, rows: rows, command: command.joined(separator: "\n"), environment: environment,
      directory: directory)
  }

  /// Returns the quoted sh command line that opens the dashboard on `data`.
  static func commandLine(data: String, arguments: [String] = []) throws -> String {
    let words = [try HDSBinary.url().path, "--data", data, "--refresh", String(refreshSeconds)]
    return Shell.commandLine(words + arguments)
  }
}

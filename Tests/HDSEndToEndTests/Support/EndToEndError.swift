/// A failure of the test harness itself, as opposed to a failed expectation about hds.
/// Each message names what failed and what to do about it.
enum EndToEndError: Error, CustomStringConvertible {
  case tmuxMissing(searchPath: String)
  case binaryMissing(tried: [String])
  case commandFailed(command: String, status: Int32, errorOutput: String)
  /// `changingSince` is when a screen first met the condition but changed within 30 ms,
  /// or nil when none did.
  case timedOut(waitingFor: String, seconds: Double, changingSince: Double?, screen: String)

  var description: String {
    switch self {
    case .tmuxMissing(let searchPath):
      return "tmux was not found on PATH (\(searchPath)); the end-to-end tests drive the"
        + " dashboard in tmux, so install the Debian package tmux (apt-get install tmux)"
    case .binaryMissing(let tried):
      return "the hds executable was not found at " + tried.joined(separator: ", ")
        + "; run swift build (or swift test, which builds it) first"
    case .commandFailed(let command, let status, let errorOutput):
      return "\(command) exited with status \(status): \(errorOutput)"
    case .timedOut(let text, let seconds, let changingSince, let screen):
      let settling =
        changingSince.map {
          " (matched from \(String(format: "%.1f", $0)) s on, but the screen kept changing)"
        } ?? ""
      return "timed out after \(seconds) s waiting for \(text)\(settling); the last screen was:\n"
        + screen
    }
  }
}

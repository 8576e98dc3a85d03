import Foundation
import HDSSampleData

#if canImport(Glibc)
  import Glibc
#endif

/// The checks after each batch and at the end of a key run.
extension KeyFuzz {
  // MARK: Checks

  /// Returns false after a failure that ends the run.
  func checkAfterBatch(
    _ session: Session, batch: Int, random: inout SeededGenerator
  ) throws(FuzzError) -> Bool {
    if session.quitSent { waitForFile(session.files.status, seconds: 1.5) }
    if FileManager.default.fileExists(atPath: session.files.status) {
      return try handleExit(session, batch: batch)
    }
    guard let pid = readPid(session), Self.isRunning(pid) else {
      fail(session, batch: batch, "hds is not running and wrote no exit status")
      return false
    }

    // Esc closes any form, detail, search or filter. A size below the minimum makes hds
    // draw a message naming that size, which only a redraw after this resize shows.
    try session.tmux.sendKeys(["Escape", "Escape", "Escape"])
    var small = (cols: session.cols, rows: session.rows)
    while small == (session.cols, session.rows) {
      small = (
        Int.random(in: 30..<Self.minimumSize.cols, using: &random),
        Int.random(in: 8..<Self.minimumSize.rows, using: &random)
      )
    }
    try resize(session, cols: small.cols, rows: small.rows)
    session.keyLog.append("check: Escape Escape Escape, resize \(small.cols)x\(small.rows)")
    guard try waitForRedraw(session, label: "batch \(batch)") else {
      return try exitedMeanwhile(session, batch: batch)
    }
    try resizeToUsableSize(session, random: &random)
    guard try waitForRedraw(session, label: "batch \(batch)") else {
      return try exitedMeanwhile(session, batch: batch)
    }
    return true
  }

  /// Returns the verdict on an exit that came while the fuzzer waited for a redraw, or
  /// false when hds is still running, because then it failed to redraw.
  private func exitedMeanwhile(_ session: Session, batch: Int) throws(FuzzError) -> Bool {
    guard FileManager.default.fileExists(atPath: session.files.status) else { return false }
    return try handleExit(session, batch: batch)
  }

  private func resize(_ session: Session, cols: Int, rows: Int) throws(FuzzError) {
    try session.tmux.resize(cols: cols, rows: rows)
    session.cols = cols
    session.rows = rows
  }

  /// Resizes to a random size at or above the dashboard's minimum.
  private func resizeToUsableSize(_ session: Session, random: inout SeededGenerator)
    throws(FuzzError)
  {
    let cols = Int.random(in: Self.minimumSize.cols...160, using: &random)
    let rows = Int.random(in: Self.minimumSize.rows...50, using: &random)
    try resize(session, cols: cols, rows: rows)
    session.keyLog.append("check: resize \(cols)x\(rows)")
  }

  /// Handles an exit of hds: expected after a `q`, then checked and restarted.
  private func handleExit(_ session: Session, batch: Int) throws(FuzzError) -> Bool {
    let status =
      (try? String(contentsOfFile: session.files.status, encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
    guard session.quitSent else {
      fail(session, batch: batch, "hds exited with status \(status) although no q was sent")
      return false
    }
    guard status == "0" else {
      fail(session, batch: batch, "hds exited with status \(status) after q; expected 0")
      return false
    }
    guard try checkRestored(session, batch: batch) else { return false }
    session.restarts += 1
    session.quitSent = false
    session.files.clear()
    session.keyLog.append("restart after q")
    try resize(session, cols: Self.startSize.cols, rows: Self.startSize.rows)
    try session.tmux.respawn(script: session.files.script)
    return try waitForRedraw(session, label: "restart \(session.restarts)")
  }

  /// Checks the terminal after an exit: the normal screen, a visible cursor, and the
  /// line mode and echo that stty reported in the pane.
  private func checkRestored(_ session: Session, batch: Int) throws(FuzzError) -> Bool {
    let alternate = try session.tmux.display("#{alternate_on}")
    let cursor = try session.tmux.display("#{cursor_flag}")
    let stty = (try? String(contentsOfFile: session.files.stty, encoding: .utf8)) ?? ""
    // stty prints a flag that is off with a leading "-": "-icanon", "-echo".
    let flags = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }))
    var problems: [String] = []
    if alternate != "0" { problems.append("still on the alternate screen") }
    if cursor != "1" { problems.append("cursor hidden") }
    if !flags.contains("icanon") { problems.append("line mode (icanon) off") }
    if !flags.contains("echo") { problems.append("echo off") }
    guard problems.isEmpty else {
      fail(
        session, batch: batch, "terminal not restored after q: " + problems.joined(separator: ", "))
      return false
    }
    return true
  }

  /// Waits until the screen fits the pane's current size: below the minimum, the
  /// message that names this size; otherwise the header on the first line.
  ///
  /// The message's text is the Indonesian one, which hds shows under LANG=C.UTF-8 with
  /// no --lang.
  func waitForRedraw(_ session: Session, label: String) throws(FuzzError) -> Bool {
    let isSmall = session.cols < Self.minimumSize.cols || session.rows < Self.minimumSize.rows
    let sizeText = "sekarang \(session.cols)x\(session.rows)."
    let deadline = Date().addingTimeInterval(options.timeout)
    var screen = ""
    while Date() < deadline {
      screen = try session.tmux.capture()
      if isSmall {
        let words = screen.split(whereSeparator: { $0 == " " || $0 == "\n" })
        if words.joined(separator: " ").contains(sizeText) { return true }
      } else if screen.hasPrefix(" HDS ") {
        return true
      }
      usleep(20_000)
    }
    let expected = isSmall ? "size message \"\(sizeText)\"" : "header"
    fail(
      session, batch: -1,
      "\(label): hds drew no \(expected) at \(session.cols)x\(session.rows) within"
        + " \(options.timeout) s; the screen:\n\(screen)")
    return false
  }

  /// Sends Esc until forms are closed, then q, up to three times, and checks the exit.
  func quitAtEnd(_ session: Session, batches: Int) throws(FuzzError) -> Bool {
    try resize(session, cols: Self.startSize.cols, rows: Self.startSize.rows)
    for _ in 0..<3 where !FileManager.default.fileExists(atPath: session.files.status) {
      try session.tmux.sendKeys(["Escape", "Escape", "Escape", "Escape", "Escape"])
      usleep(100_000)
      try session.tmux.sendKeys(["q"])
      session.quitSent = true
      session.keyLog.append("end: Escape ×5, q")
      waitForFile(session.files.status, seconds: options.timeout / 3)
    }
    guard FileManager.default.fileExists(atPath: session.files.status) else {
      fail(session, batch: batches, "q at the end did not quit hds")
      return false
    }
    return try handleExitAtEnd(session, batch: batches)
  }

  private func handleExitAtEnd(_ session: Session, batch: Int) throws(FuzzError) -> Bool {
    let status =
      (try? String(contentsOfFile: session.files.status, encoding: .utf8))?
      .trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
    guard status == "0" else {
      fail(session, batch: batch, "hds exited with status \(status) at the end; expected 0")
      return false
    }
    return try checkRestored(session, batch: batch)
  }

  // MARK: Helpers

  private func readPid(_ session: Session) -> pid_t? {
    let text = try? String(contentsOfFile: session.files.pid, encoding: .utf8)
    return text.flatMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
  }

  /// Returns whether `pid` exists and is neither a zombie nor stopped, from /proc/PID/stat.
  private static func isRunning(_ pid: pid_t) -> Bool {
    guard kill(pid, 0) == 0,
      let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = stat.lastIndex(of: ")")
    else { return false }
    let state = stat[stat.index(after: close)...].split(separator: " ").first ?? ""
    return state != "Z" && state != "T" && state != "t"
  }

  private func waitForFile(_ path: String, seconds: Double) {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline && !FileManager.default.fileExists(atPath: path) {
      usleep(20_000)
    }
  }

  func fail(_ session: Session, batch: Int, _ message: String) {
    let log = session.keyLog.joined(separator: "\n") + "\n"
    run.fail(
      "keys\(options.readOnly ? "-read-only" : "")", case: batch,
      reproduce:
        "hds-fuzz keys --keys \(options.keys) --seed \(options.seed)"
        + (options.readOnly ? " --read-only" : "")
        + " (the same keys; timing between batches may differ)",
      message, input: Array(log.utf8))
  }

  /// Keeps the pane for a look: the work directory is kept after a failure, and the
  /// screen is in the failure message.
  func finishFailed(_ session: Session) {
    report("keys: stopped after a failure; restarts after q=\(session.restarts)")
  }
}

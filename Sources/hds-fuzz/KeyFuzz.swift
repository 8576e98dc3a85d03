import Foundation
import HDSSampleData

#if canImport(Glibc)
  import Glibc
#endif

/// `hds-fuzz keys`: random keys into the real dashboard in tmux.
///
/// After each batch the hds process must be running and, after Esc Esc Esc and a
/// resize, must draw its header at the new width within the timeout. A `q` may end it:
/// the fuzzer then checks that the terminal was restored and starts a new dashboard on
/// the same store. An exit after a batch with no `q` is a failure. At the end `q` must
/// quit with status 0 and leave the normal screen, a visible cursor, and echo and line
/// mode on. The store must pass `PRAGMA integrity_check`, and with --read-only its file
/// must be unchanged to the byte.
struct KeyFuzz {
  let options: FuzzOptions
  let run: FuzzRun

  /// The size the session starts with and returns to at the end.
  static let startSize = (cols: 80, rows: 24)
  /// The dashboard's minimum size; below it hds draws a message, not the header.
  static let minimumSize = (cols: 72, rows: 20)

  final class Session {
    let tmux: Tmux
    let files: PaneFiles
    var keyLog: [String] = []
    var cols = KeyFuzz.startSize.cols
    var rows = KeyFuzz.startSize.rows
    /// Whether a `q` went to the running dashboard since it started.
    var quitSent = false
    var restarts = 0

    init(tmux: Tmux, files: PaneFiles) {
      self.tmux = tmux
      self.files = files
    }
  }

  /// The files the pane's script writes: hds's pid, and after its exit the `stty -a`
  /// output and then the exit status.
  struct PaneFiles {
    let script: String
    let pid: String
    let stty: String
    let status: String

    func clear() {
      for path in [pid, stty, status] { unlink(path) }
    }
  }

  func runKeys() throws(FuzzError) {
    let hds = try options.hdsBinary()
    let store = run.path("store")
    try? FileManager.default.removeItem(atPath: store)
    let demo = try Subprocess.run(
      hds, ["demo", "--data", store], timeout: 120, scratch: run.path("demo"))
    guard demo.ending == .exited(0) else {
      throw .setup("hds demo --data \(store) failed (\(demo.ending)): \(demo.errorOutput)")
    }
    let storeFile = (store as NSString).appendingPathComponent("hds.sqlite")
    let bytesBefore = Self.storeBytes(storeFile)
    let digestBefore = try StoreDigest.read(path: storeFile)

    let files = try writeScript(hds: hds, store: store)
    let tmux = try Tmux(
      cols: Self.startSize.cols, rows: Self.startSize.rows, script: files.script,
      directory: run.workDirectory)
    defer { tmux.kill() }
    let session = Session(tmux: tmux, files: files)
    let mode = options.readOnly ? "read-only" : "operator"
    report("hds-fuzz keys: seed \(options.seed), \(options.keys) keys as \(mode), store \(store)")
    let started = Date()

    guard try waitForRedraw(session, label: "start") else { return }
    var random = run.generator(phase: 3, case: 0)
    var sent = 0
    var batch = 0
    while sent < options.keys {
      let size = min(options.keys - sent, Int.random(in: 20...80, using: &random))
      var events: [KeyEvent] = []
      while events.count < size {
        let event = KeyAlphabet.draw(&random)
        events.append(event)
        // A batch ends at a q. Keys sent after a q that quit would wait in the terminal
        // and reach the next dashboard, where a second q would end it unseen.
        if case .quit = event { break }
      }
      try send(events, to: session)
      sent += events.count
      guard try checkAfterBatch(session, batch: batch, random: &random) else {
        finishFailed(session)
        return
      }
      batch += 1
    }

    guard try quitAtEnd(session, batches: batch) else {
      finishFailed(session)
      return
    }
    let integrity = try StoreReader(path: storeFile).integrityCheck()
    if integrity != "ok" {
      fail(session, batch: batch, "integrity_check after the run: \(integrity)")
    }
    if options.readOnly {
      let changes = digestBefore.differences(to: try StoreDigest.read(path: storeFile))
        .joined(separator: "; ")
      if !changes.isEmpty || Self.storeBytes(storeFile) != bytesBefore {
        fail(session, batch: batch, "the read-only run changed the store: \(changes)")
      }
    }
    let seconds = Date().timeIntervalSince(started)
    report(
      "keys: \(sent) keys in \(batch) batches in \(String(format: "%.1f", seconds)) s,"
        + " restarts after q=\(session.restarts) failures=\(run.failures)")
  }

  /// Returns the bytes of the store file and its write-ahead log, which a read-only run
  /// must leave as they were.
  private static func storeBytes(_ path: String) -> [Data?] {
    [path, path + "-wal"].map { FileManager.default.contents(atPath: $0) }
  }

  private func writeScript(hds: String, store: String) throws(FuzzError) -> PaneFiles {
    let files = PaneFiles(
      script: run.path("pane.sh"), pid: run.path("hds.pid"), stty: run.path("stty.txt"),
      status: run.path("status.txt"))
    let command =
      [hds, "--data", store, "--refresh", "0.5"] + (options.readOnly ? ["--read-only"] : [])
    let inner =
      "echo $$ > \(Tmux.quote(files.pid)); exec "
      + command.map(Tmux.quote).joined(separator: " ")
    // The status file is written last, so that its presence means stty.txt is complete.
    let script = """
      unset LC_ALL LC_CTYPE LC_MESSAGES
      export TERM=xterm-256color LANG=C.UTF-8
      cd \(Tmux.quote(run.workDirectory))
      sh -c \(Tmux.quote(inner))
      status=$?
      stty -a > \(Tmux.quote(files.stty))
      echo "$status" > \(Tmux.quote(files.status)).tmp
      mv \(Tmux.quote(files.status)).tmp \(Tmux.quote(files.status))
      exec sleep 86400

      """
    guard FileManager.default.createFile(atPath: files.script, contents: Data(script.utf8))
    else { throw .setup("cannot write \(files.script)") }
    files.clear()
    return files
  }

  // MARK: Sending

  /// Sends the events in order, with runs of named keys in one tmux command.
  private func send(_ events: [KeyEvent], to session: Session) throws(FuzzError) {
    var names: [String] = []
    func flush() throws(FuzzError) {
      guard !names.isEmpty else { return }
      try session.tmux.sendKeys(names)
      names = []
    }
    for event in events {
      session.keyLog.append(event.logLine)
      switch event {
      case .named(let name):
        names.append(name)
      case .quit:
        names.append("q")
        session.quitSent = true
      case .bytes(let bytes):
        try flush()
        if !bytes.isEmpty { try session.tmux.sendBytes(bytes) }
      case .literal(let text):
        try flush()
        try session.tmux.sendLiteral(text)
      case .paste(let bytes, let bracketed):
        try flush()
        guard !bytes.isEmpty else { continue }
        let file = run.path("paste.bin")
        guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else {
          throw .setup("cannot write \(file)")
        }
        try session.tmux.paste(file: file, bracketed: bracketed)
      case .resize(let cols, let rows):
        try flush()
        try session.tmux.resize(cols: cols, rows: rows)
        session.cols = cols
        session.rows = rows
      }
    }
    try flush()
  }
}

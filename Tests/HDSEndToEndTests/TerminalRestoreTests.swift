import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The terminal after hds exits: line mode and echo back, the normal screen shown, and a
/// shell that reads typed lines again.
@Suite("Terminal restore", .timeLimit(.minutes(1)))
struct TerminalRestoreTests {
  @Test("q restores the terminal")
  func quitRestoresTerminal() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Self.startBehindShell(data: data, in: directory)
    defer { session.kill() }

    try await session.waitFor("│ HDS-")
    try session.sendKeys("q")
    try await Self.expectRestored(session, directory: directory, status: 0)
  }

  @Test("SIGTERM restores the terminal")
  func sigtermRestoresTerminal() async throws {
    // A program that a signal ended exits with 128 + the signal number, 143 for SIGTERM.
    try await Self.expectRestored(after: SIGTERM)
  }

  @Test("SIGHUP, as from a dropped SSH link, restores the terminal")
  func sighupRestoresTerminal() async throws {
    try await Self.expectRestored(after: SIGHUP)
  }

  @Test("a crash (a trap, as a Swift runtime error raises) restores the terminal")
  func crashRestoresTerminal() async throws {
    // A Swift precondition or fatalError ends the process with SIGTRAP or SIGILL; the
    // crash handler restores the terminal and lets the signal end the process. A trap
    // sent with kill(2) is not a fault: the Swift runtime's backtracer would print the
    // trace and let the process go on, so it is turned off here, and the signal's default
    // action ends the process as a real trap does after the trace.
    var environment = TmuxSession.standardEnvironment
    environment["SWIFT_BACKTRACE"] = "enable=no"
    try await Self.expectRestored(after: SIGTRAP, environment: environment)
  }

  /// Sends `signal` to a running dashboard and checks the terminal it leaves.
  private static func expectRestored(
    after signal: Int32, environment: [String: String] = TmuxSession.standardEnvironment
  ) async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try startBehindShell(data: data, in: directory, environment: environment)
    defer { session.kill() }

    try await session.waitFor("│ HDS-")
    let pidText = try String(contentsOfFile: directory.path("hds.pid"), encoding: .utf8)
    let pid = try #require(pid_t(pidText.trimmingCharacters(in: .whitespacesAndNewlines)))
    #expect(Glibc.kill(pid, signal) == 0, "kill(\(pid), \(signal)) failed: errno \(errno)")
    try await expectRestored(session, directory: directory, status: 128 + signal)
  }

  @Test("Ctrl-C quits and restores the terminal")
  func controlCRestoresTerminal() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Self.startBehindShell(data: data, in: directory)
    defer { session.kill() }

    try await session.waitFor("│ HDS-")
    try session.sendKeys("C-c")
    // Ctrl-C arrives as SIGINT, so hds exits with 128 + 2, as a shell expects.
    try await Self.expectRestored(session, directory: directory, status: 128 + SIGINT)
  }

  /// The terminals the issue names, with UTF-8 and, for the plainest two, LANG=C.
  static let terminals: [(term: String, lang: String)] = [
    ("xterm-256color", "C.UTF-8"), ("screen-256color", "C.UTF-8"), ("tmux-256color", "C.UTF-8"),
    ("linux", "C.UTF-8"), ("vt100", "C.UTF-8"), ("linux", "C"), ("vt100", "C"),
  ]

  @Test("each terminal type draws, takes keys and is restored", arguments: terminals)
  func terminalTypes(term: String, lang: String) async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Self.startBehindShell(
      data: data, in: directory, environment: ["TERM": term, "LANG": lang])
    defer { session.kill() }

    let first = try await session.waitFor("HDS-2026-")
    #expect(first.contains("Kecamatan Kromengan"), "\(term) \(lang):\n\(first)")
    try session.sendKeys("j", "Enter")
    try await session.waitFor("Rincian HDS-")
    try session.sendKeys("Escape", "2")
    try await session.waitUntil("the courier pane to take the focus") { text in
      text.contains("Enter rinci") || text.contains("rute")
    }
    try session.sendKeys("q")
    try await Self.expectRestored(session, directory: directory, status: 0)
  }

  /// Starts a shell that runs the dashboard, then `stty -a > stty.txt`, then an
  /// interactive sh with the prompt "e2e$ ". The dashboard's pid is written to hds.pid:
  /// an inner sh writes its own pid and then execs hds, which keeps that pid.
  private static func startBehindShell(
    data: String, in directory: TestDirectory,
    environment: [String: String] = TmuxSession.standardEnvironment
  ) throws -> TmuxSession {
    let pidFile = Shell.quote(directory.path("hds.pid"))
    let inner = "echo $$ > \(pidFile); exec \(try Dashboard.commandLine(data: data))"
    // The tmux pane has no job control, so Ctrl-C signals this shell too. The shell ignores
    // the signal, so it can still report how hds ended.
    let command = """
      trap '' INT
      sh -c \(Shell.quote(inner))
      echo "hds exited with status $?"
      stty -a > \(Shell.quote(directory.path("stty.txt")))
      PS1='e2e$ ' exec sh -i
      """
    return try TmuxSession(
      cols: 80, rows: 24, command: command, environment: environment, directory: directory)
  }

  private static func expectRestored(
    _ session: TmuxSession, directory: TestDirectory, status: Int32
  ) async throws {
    let screen = try await session.waitFor("\ne2e$")
    #expect(screen.contains("hds exited with status \(status)\n"), "\(screen)")
    #expect(!screen.contains("Antrean ("), "dashboard still on screen:\n\(screen)")
    #expect(try session.display("#{alternate_on}") == "0", "still on the alternate screen")
    #expect(try session.display("#{cursor_flag}") == "1", "cursor still hidden")

    // stty prints a flag that is off with a leading "-": "-icanon", "-echo".
    let stty = try String(contentsOfFile: directory.path("stty.txt"), encoding: .utf8)
    let flags = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }))
    #expect(flags.contains("icanon"), "line mode off after hds:\n\(stty)")
    #expect(flags.contains("echo"), "echo off after hds:\n\(stty)")

    // sh -i has no line editor of its own: the typed line shows only if the terminal
    // echoes it, and runs only when line mode hands it over at Enter.
    try session.sendLiteral("echo typed-back")
    try session.sendKeys("Enter")
    let typed = try await session.waitUntil("the shell to run a typed line") { text in
      text.contains("e2e$ echo typed-back\ntyped-back\n")
    }
    #expect(typed.contains("e2e$ echo typed-back"))
  }
}

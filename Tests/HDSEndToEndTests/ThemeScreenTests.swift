import Foundation
import Testing

/// Themes, colour depth and NO_COLOR in the real dashboard, read from tmux's escapes.
@Suite("Themes on screen", .timeLimit(.minutes(1)))
struct ThemeScreenTests {
  /// Returns the header row with its escape sequences, once the queue is drawn.
  private func header(_ session: TmuxSession) async throws -> String {
    try await session.waitFor("│ HDS-")
    let escaped = try session.capture(escapes: true)
    return String(escaped.split(separator: "\n").first ?? "")
  }

  @Test("--theme light draws the header white on blue")
  func light() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory, arguments: ["--theme", "light"])
    defer { session.kill() }
    let line = try await header(session)
    #expect(line.contains("\u{1B}[37m"), "\(line.debugDescription)")
    #expect(line.contains("\u{1B}[44m"), "\(line.debugDescription)")
  }

  @Test("a theme of the user's own comes first, and a 24-bit colour fits 256 colours")
  func userTheme() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let folder = directory.path("config/hds/themes")
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    try "header = #ff0000 default bold\n".write(
      toFile: folder + "/dark.theme", atomically: true, encoding: .utf8)
    var environment = TmuxSession.standardEnvironment
    environment["XDG_CONFIG_HOME"] = directory.path("config")
    let session = try Dashboard.start(data: data, in: directory, environment: environment)
    defer { session.kill() }
    let line = try await header(session)
    #expect(line.contains("\u{1B}[38;5;196m"), "\(line.debugDescription)")
  }

  @Test("NO_COLOR and --no-color draw no colour at all")
  func noColor() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    var environment = TmuxSession.standardEnvironment
    environment["NO_COLOR"] = "1"
    for (arguments, environment) in [
      ([], environment), (["--no-color"], TmuxSession.standardEnvironment),
    ] {
      let session = try Dashboard.start(
        data: data, in: directory, arguments: arguments, environment: environment)
      defer { session.kill() }
      try await session.waitFor("│ HDS-")
      let screen = try session.capture(escapes: true)
      // Foreground and background colours are SGR 30-37, 40-47, 90-107 and 38/48;5.
      let colours = screen.matches(of: /\x1B\[(3[0-8]|4[0-8]|9[0-7]|10[0-7])(;[0-9]+)*m/)
      #expect(
        colours.isEmpty, "\(arguments): \(colours.prefix(3).map { String($0.0).debugDescription })")
      #expect(
        screen.contains("\u{1B}[7m") || screen.contains(";7m"), "the selection is reverse video")
    }
  }

  @Test("bad theme lines and unknown themes")
  func badTheme() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let file = directory.path("office.theme")
    try "title = cyan default\nheader = bluu default\n".write(
      toFile: file, atomically: true, encoding: .utf8)
    // Wide enough that the warning after exit stays on one line.
    let session = try Dashboard.start(
      data: data, in: directory, cols: 250, rows: 30, arguments: ["--theme", file])
    defer { session.kill() }
    try await session.waitFor("Tema office.theme: baris 2 salah dan diabaikan")
    try session.sendKeys("q")
    let after = try await session.waitFor("hds exited with status 0")
    #expect(after.contains("office.theme line 2: unknown colour \"bluu\""), "\(after)")

    let unknown = try ChildProcess.run(
      try HDSBinary.url(), ["--data", data, "--theme", "solarized"])
    #expect(unknown.status == 2)
    #expect(
      unknown.errorOutput.contains(
        "--theme names no theme \"solarized\"; use one of dark, light, high-contrast, monochrome"),
      "\(unknown.errorOutput)")
    let misplaced = try ChildProcess.run(
      try HDSBinary.url(), ["summary", "--data", data, "--theme", "light"])
    #expect(misplaced.status == 2)
    #expect(misplaced.errorOutput.contains("only apply to the dashboard and hds summary --live"))
  }

  @Test("TERM=xterm has 8 colours: a 256-colour theme colour becomes its ANSI neighbour")
  func eightColours() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let file = directory.path("orange.theme")
    try "header = 208 default bold\n".write(toFile: file, atomically: true, encoding: .utf8)
    let session = try Dashboard.start(
      data: data, in: directory, arguments: ["--theme", file],
      environment: ["TERM": "xterm", "LANG": "C.UTF-8"])
    defer { session.kill() }
    let line = try await header(session)
    #expect(line.contains("\u{1B}[33m"), "orange drawn as yellow: \(line.debugDescription)")
    #expect(!line.contains("38;5;"), "\(line.debugDescription)")
  }
}

import Foundation
import Testing

/// Clicks and the wheel in the real dashboard, sent as the SGR mouse reports an xterm
/// writes (ESC [ < button ; column ; row M, 1-based), through tmux to its pane.
@Suite("Mouse", .timeLimit(.minutes(1)))
struct MouseTests {
  /// Returns the 1-based row and column of the first cell of `text` on the screen.
  private func cell(of text: String, in screen: String, below: Int = 0) -> (row: Int, col: Int)? {
    for (index, line) in screen.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated() where index >= below
    {
      if let range = line.range(of: text) {
        return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
      }
    }
    return nil
  }

  private func press(_ session: TmuxSession, button: Int, at cell: (row: Int, col: Int)) throws {
    try session.sendLiteral("\u{1B}[<\(button);\(cell.col);\(cell.row)M")
  }

  @Test("clicking a desa on the map filters the queue")
  func clickDesa() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory)
    defer { session.kill() }

    let screen = try await session.waitFor("│ HDS-")
    // The name under the map's title row, not the header's "Kecamatan Kromengan".
    let mapTop = try #require(cell(of: "Peta desa", in: screen)).row
    let name = try #require(cell(of: "Kromengan", in: screen, below: mapTop), "\(screen)")
    try press(session, button: 0, at: (name.row, name.col + 2))
    // The titles change at once; the queue's rows follow when the store has answered.
    let filtered = try await session.waitUntil("the queue filtered to Kromengan") { screen in
      let rows = ScreenText(screen).queueRows()
      return screen.contains("Peta desa · Kromengan") && !rows.isEmpty
        && rows.allSatisfy { $0.line.contains("Kromengan") }
    }
    #expect(filtered.contains("Kurir ke Kromengan"), "\(filtered)")
  }

  @Test("a click selects a queue row and the wheel moves it")
  func clickAndWheel() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory)
    defer { session.kill() }

    let screen = try await session.waitFor("│ HDS-")
    let rows = ScreenText(screen).queueRows()
    #expect(rows.count >= 4)
    let third = try #require(cell(of: rows[2].number, in: screen))
    try press(session, button: 0, at: third)
    try session.sendKeys("Enter")
    try await session.waitFor("Rincian \(rows[2].number)")
    try session.sendKeys("Escape")

    // Wheel down (button 65) moves three rows, to the sixth.
    try press(session, button: 65, at: third)
    try session.sendKeys("Enter")
    try await session.waitFor("Rincian \(rows[5].number)")
  }

  @Test("--no-mouse leaves clicks to the terminal")
  func noMouse() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory, arguments: ["--no-mouse"])
    defer { session.kill() }

    let screen = try await session.waitFor("│ HDS-")
    let mapTop = try #require(cell(of: "Peta desa", in: screen)).row
    let name = try #require(cell(of: "Kromengan", in: screen, below: mapTop))
    try press(session, button: 0, at: (name.row, name.col + 2))
    try await Task.sleep(for: .milliseconds(800))
    let after = try session.capture()
    #expect(!after.contains("Peta desa · Kromengan"), "\(after)")
  }
}

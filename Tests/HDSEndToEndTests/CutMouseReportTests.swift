// A mouse report cut short must not freeze the dashboard. ncurses reads the rest of a
// report with blocking reads, so hds makes standard input non-blocking while it drains
// keys. Before that, ESC [ < with nothing after it stopped every redraw and signal
// until an M or m arrived. xterm-256color's terminfo entry names only the SGR report
// (ESC [ <) as the mouse key, so the X10 form (ESC [ M) never reaches that code here.

import Foundation
import Testing

@Suite("Cut mouse report", .timeLimit(.minutes(1)))
struct CutMouseReportTests {
  @Test("cut SGR report keeps redrawing")
  func cutSGRReport() async throws {
    try await expectRedrawAfter([0x1B, 0x5B, 0x3C])
  }

  /// Sends `bytes`, then checks that hds draws the size message after a resize, the queue
  /// after a second one, and still quits on q.
  private func expectRedrawAfter(_ bytes: [UInt8]) async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory)
    defer { session.kill() }
    try await session.waitFor("│ HDS-")

    try session.sendBytes(bytes)
    try session.resize(cols: 60, rows: 10)
    try await session.waitFor("sekarang 60x10.", timeout: .seconds(5))
    try session.resize(cols: 80, rows: 24)
    try await session.waitFor("│ HDS-", timeout: .seconds(5))
    try session.sendKeys("q")
    try await session.waitFor("hds exited with status 0")
  }
}

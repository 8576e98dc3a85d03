import Foundation
import HDSCore
import HDSStoreSQLite
import Testing

/// Choosing a desa on the village map filters the queue and the courier pane, in the real
/// dashboard at 80x24.
@Suite("Map filter by keys", .timeLimit(.minutes(1)))
struct MapFilterTests {
  @Test("desa chosen on the map filters the queue")
  func mapFiltersQueue() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory)
    defer { session.kill() }
    try await session.waitFor("│ HDS-")

    let store = try SQLiteStore.open(dataDirectory: data, readOnly: true)
    let jatikerto = try #require(Kromengan.kecamatan.desa.first { $0.name == "Jatikerto" })
    let pending = try store.desaFigures(
      in: .day(CalendarDay(containing: Date())), earliestOnTimeReadyDays: [:]
    )
    .first { $0.desaCode == jatikerto.code }?.pending
    let expected = try #require(pending)
    #expect(expected > 0)

    // The map starts on the first desa of the gazetteer, Slorok; Jatikerto lies north-east
    // of it, so k (north) reaches it.
    try session.sendKeys("3", "k", "Enter")
    // The title comes first in the terminal's output, so a capture can catch it before the
    // rows under it are redrawn: wait for the rows too.
    let filtered = try await session.waitUntil("the queue filtered to Jatikerto") {
      $0.contains("Antrean (\(expected)) · Jatikerto")
        && ScreenText($0).queueRows().allSatisfy { $0.line.contains("Jatikerto") }
    }
    let screen = ScreenText(filtered)
    let rows = screen.queueRows()
    #expect(!rows.isEmpty, "no queue rows:\n\(filtered)")
    #expect(
      rows.allSatisfy { $0.line.contains("Jatikerto") },
      "rows of another desa:\n\(rows.map(\.line).joined(separator: "\n"))")
    #expect(filtered.contains("Peta desa · Jatikerto"), "map title:\n\(filtered)")
    #expect(filtered.contains("Kurir ke Jatikerto"), "courier title:\n\(filtered)")

    try session.sendKeys("Escape")
    let cleared = try await session.waitUntil("the queue without the desa filter") {
      $0.contains("Antrean (") && !$0.contains("· Jatikerto")
    }
    let total = ScreenText(cleared).count(after: "Antrean (") ?? 0
    #expect(total > expected, "queue after Esc:\n\(cleared)")
  }

  @Test("map under LANG=C draws ASCII only")
  func asciiMap() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(
      data: data, in: directory, environment: ["TERM": "xterm-256color", "LANG": "C"])
    defer { session.kill() }
    try await session.waitFor("HDS-")

    try session.sendKeys("3")
    let text = try await session.waitFor("# Kantor (perkiraan)")
    // Every glyph has an ASCII stand-in: shades . + @, the office #, ≤ as <. The key bar's
    // "? bantuan" is the only question mark drawn on purpose.
    let drawn = text.replacingOccurrences(of: " ? bantuan ", with: "")
    #expect(!drawn.contains("?"), "a glyph without an ASCII fallback:\n\(text)")
    #expect(text.contains("Jambuwer"), "map:\n\(text)")
    let legend = text.split(separator: "\n").first { $0.contains("per 1.000") }
    #expect(legend?.contains("<") == true, "legend:\n\(text)")
  }
}

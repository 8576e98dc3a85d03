import Foundation
import Testing

/// What the real dashboard draws in a real terminal, read back with tmux capture-pane.
@Suite("Dashboard screen", .timeLimit(.minutes(1)))
struct DashboardScreenTests {
  static let desaNames = [
    "Slorok", "Jatikerto", "Ngadirejo", "Kromengan", "Peniwen", "Jambuwer", "Karangrejo",
  ]

  @Test("80x24 shows the four panes filled")
  func standardSizeShowsFourPanes() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory)
    defer { session.kill() }

    let text = try await session.waitFor("│ HDS-")
    let screen = ScreenText(text)
    #expect(screen.lines[0].contains("Kecamatan Kromengan"), "header:\n\(text)")
    #expect(text.contains("Antrean ("))
    #expect(text.contains("Kurir hari ini"))
    #expect(text.contains("Peta desa"))
    #expect(text.contains("Aduan ("))
    #expect(screen.lines.last { !$0.isEmpty }?.contains("q keluar") == true, "bottom bar:\n\(text)")

    // A request keeps the year it was created in, so late-December requests still show
    // last year's number in the first weeks of January.
    let year = officeYear()
    let rows = screen.queueRows()
    #expect(!rows.isEmpty, "no queue rows:\n\(text)")
    #expect(
      rows.allSatisfy {
        $0.number.hasPrefix("HDS-\(year)-") || $0.number.hasPrefix("HDS-\(year - 1)-")
      },
      "queue rows with another year: \(rows.map(\.number))")
    #expect(screen.count(after: "Antrean (") ?? 0 > 0, "queue count:\n\(text)")

    // The courier pane is 25 columns wide at 80, so "Ahmad Fauzi" is clipped to "Ahmad Fau…".
    let couriers = try #require(screen.pane(titled: "Kurir hari ini"), "\(text)")
    #expect(
      couriers.contains { $0.contains("Ahmad Fau") },
      "courier pane:\n\(couriers.joined(separator: "\n"))")

    let map = try #require(screen.pane(titled: "Peta desa"), "\(text)")
    let desaOnMap = Self.desaNames.filter { name in map.contains { $0.contains(name) } }
    #expect(!desaOnMap.isEmpty, "no desa name on the map:\n\(map.joined(separator: "\n"))")
  }

  @Test("--lang en shows English titles")
  func englishTitles() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory, arguments: ["--lang", "en"])
    defer { session.kill() }

    let text = try await session.waitFor("│ HDS-")
    #expect(text.contains("Pending queue ("))
    #expect(text.contains("Couriers today"))
    #expect(text.contains("Village map"))
    #expect(text.contains("q quit"))
    #expect(!text.contains("Antrean ("), "Indonesian title under --lang en:\n\(text)")
  }

  @Test("LANG=C and screen-256color fall back to ASCII")
  func asciiFallback() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(
      data: data, in: directory, environment: ["TERM": "screen-256color", "LANG": "C"])
    defer { session.kill() }

    let text = try await session.waitFor("HDS-")
    let screen = ScreenText(text)
    #expect(screen.lines[0].contains("Kecamatan Kromengan"), "header:\n\(text)")
    #expect(text.contains("Antrean ("))
    #expect(text.contains("Kurir hari ini"))
    #expect(text.contains("Peta desa"))
    #expect(text.contains("Aduan ("))
    #expect(text.contains("q keluar"))

    // Under LANG=C hds must send no UTF-8: tmux would decode it and show it here.
    let nonASCII = Set(text.unicodeScalars.filter { !$0.isASCII }.map(String.init))
    #expect(nonASCII.isEmpty, "non-ASCII characters \(nonASCII.sorted()) on:\n\(text)")

    // Borders come from the alternate character set: tmux marks such cells with a
    // shift-out (0x0E) and shows the VT100 letter, "l" for the upper-left corner.
    let escaped = try session.capture(escapes: true)
    let queueTop = escaped.split(separator: "\n").first { $0.contains("Antrean (") } ?? ""
    #expect(
      queueTop.contains("\u{0E}l"), "queue border not drawn with ACS: \(queueTop.debugDescription)")

    try session.sendKeys("q")
    let after = try await session.waitFor("hds exited with status")
    #expect(after.contains("hds exited with status 0"), "\(after)")
    #expect(try session.display("#{alternate_on}") == "0")
  }

  @Test("too small terminal, then resized")
  func tooSmallThenResized() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory, cols: 60, rows: 15)
    defer { session.kill() }

    let small = try await session.waitFor("Layar terlalu kecil")
    #expect(small.contains("perlu 72x20, sekarang 60x15"), "\(small)")
    #expect(!small.contains("Antrean ("), "panes drawn on a 60x15 terminal:\n\(small)")

    try session.resize(cols: 80, rows: 24)
    #expect(try session.display("#{window_width}x#{window_height}") == "80x24")
    let resized = try await session.waitFor("│ HDS-")
    #expect(!resized.contains("Layar terlalu kecil"), "\(resized)")
    #expect(resized.contains("Antrean ("))
    #expect(resized.contains("Kurir hari ini"))
    #expect(resized.contains("Peta desa"))
    #expect(resized.contains("Aduan ("))
    #expect(resized.contains("q keluar"))
  }
}

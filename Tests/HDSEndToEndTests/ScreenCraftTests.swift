import Foundation
import HDSStoreSQLite
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// What a user notices in the first minute: a quiet terminal when nothing changes, a
/// screen that survives resizing, and columns that stay straight with any name.
@Suite("Screen craft", .timeLimit(.minutes(2)))
struct ScreenCraftTests {
  @Test("60 idle seconds write nothing but the clock's minute")
  func idleWritesNothing() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory, cols: 100, rows: 30)
    defer { session.kill() }
    try await session.waitFor("│ HDS-")
    // Let the first loads and the refresh after them settle.
    try await Task.sleep(for: .seconds(3))

    let output = directory.path("idle.out")
    try session.pipeOutput(to: output)
    try await Task.sleep(for: .seconds(60))
    try session.pipeOutput(to: nil)
    let bytes = (try? Data(contentsOf: URL(fileURLWithPath: output))) ?? Data()
    // Within 60 s the minute on the clock changes once: "HH:MM" is rewritten in place,
    // with the cursor moves and colours around it (38 bytes seen). A full redraw of a
    // 100x30 screen would be thousands.
    #expect(
      bytes.count <= 80,
      "\(bytes.count) bytes: \(String(decoding: bytes, as: UTF8.self).debugDescription)")
  }

  @Test("resize storm leaves a clean screen")
  func resizeStorm() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory)
    defer { session.kill() }
    try await session.waitFor("│ HDS-")

    var generator = SystemRandomNumberGenerator()
    for _ in 0..<60 {
      try session.resize(
        cols: Int.random(in: 20...220, using: &generator),
        rows: Int.random(in: 5...70, using: &generator))
      try await Task.sleep(for: .milliseconds(Int.random(in: 0...30, using: &generator)))
    }
    try session.resize(cols: 40, rows: 10)
    // The whole size is waited for: tmux can capture the line while it is drawn only up
    // to "72x2".
    let small = try await session.waitFor("72x20")
    #expect(small.contains("72x20"), "the size needed is named:\n\(small)")

    try session.resize(cols: 80, rows: 24)
    let screen = try await session.waitUntil("a full 80x24 frame") { text in
      text.contains("┌ Antrean (") && text.contains("Peta desa")
    }
    let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count >= 24)
    #expect(lines[0].contains("Kecamatan Kromengan"), "\(screen)")
    #expect(lines[2].hasPrefix("┌ Antrean ("), "\(screen)")
    // Every row of the queue box closes at the right edge: no cell left over from a
    // larger frame.
    for line in lines[3..<12] {
      #expect(line.hasPrefix("│"), "\(line.debugDescription)")
      #expect(line.hasSuffix("│"), "\(line.debugDescription)")
    }
    try session.sendKeys("q")
    try await session.waitFor("hds exited with status 0")
  }

  @Test("names with wide characters, combining marks and emoji keep the queue's columns")
  func wideNames() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    // Synthetic names: CJK (two columns each), a combining acute, an emoji. They are
    // set through the store's name correction, as an operator would.
    let names = ["李小龍 Wibowo", "Zoe\u{301} Sri Rahayu", "Budi 😀 Santoso"]
    let store = try SQLiteStore(path: data + "/hds.sqlite")
    let oldest = try store.pendingQueue(offset: 0, limit: names.count).rows
    for (row, name) in zip(oldest, names) {
      _ = try store.correct(
        .residentName(name), of: row.id, expectedVersion: nil, by: .operator("e2e"), at: Date())
    }

    let session = try Dashboard.start(data: data, in: directory, cols: 100, rows: 30)
    defer { session.kill() }
    // Also waits for every row to reach its status, because a capture may land while a
    // row is half drawn.
    let screen = try await session.waitUntil("the renamed residents in the queue") { text in
      let rows = text.split(separator: "\n").filter { $0.hasPrefix("│ HDS-") }
      return names.allSatisfy { text.contains($0.components(separatedBy: " ")[0]) }
        && rows.count > 5
        && rows.allSatisfy {
          $0.hasSuffix("│") && ($0.contains(" Siap") || $0.contains(" Ditugaskan"))
        }
    }
    let rows = screen.split(separator: "\n").map(String.init).filter { $0.hasPrefix("│ HDS-") }
    #expect(rows.count > 5)
    for row in rows {
      #expect(Self.columns(row) == 100, "\(row) is \(Self.columns(row)) columns")
    }
    // The status column starts at the same display column on every row.
    let starts = rows.compactMap { row -> Int? in
      guard let range = row.range(of: " Siap") ?? row.range(of: " Ditugaskan")
      else { return nil }
      return Self.columns(String(row[..<range.lowerBound]))
    }
    #expect(starts.count == rows.count, "\(rows)")
    #expect(Set(starts).count == 1, "status columns start at \(starts)")
  }

  @Test("the clock shows WIB whatever the machine's time zone, with Indonesian dates")
  func wibClock() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    var environment = TmuxSession.standardEnvironment
    environment["TZ"] = "America/New_York"
    let session = try Dashboard.start(data: data, in: directory, environment: environment)
    defer { session.kill() }
    let screen = try await session.waitFor(" WIB")
    let header = String(screen.split(separator: "\n").first ?? "")

    func wib(_ instant: Date) -> String {
      let formatter = DateFormatter()
      formatter.timeZone = TimeZone(identifier: "Asia/Jakarta")
      formatter.dateFormat = "HH:mm"
      return formatter.string(from: instant)
    }
    // The minute may turn while the screen is read.
    let now = Date()
    let expected = [wib(now.addingTimeInterval(-60)), wib(now), wib(now.addingTimeInterval(60))]
    #expect(expected.contains { header.contains($0 + " WIB") }, "\(header) vs \(expected)")
    let months = [
      "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
      "Oktober", "November", "Desember",
    ]
    #expect(months.contains { header.contains(" \($0) 20") }, "\(header)")
  }

  /// Display columns of `text`: 0 for a combining mark, 2 for an East Asian wide
  /// character or an emoji, else 1. Written apart from the product's TextWidth, so that
  /// the test checks it rather than repeats it.
  static func columns(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { total, scalar in
      let value = scalar.value
      if scalar.properties.generalCategory == .nonspacingMark { return total }
      let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD,
      ]
      if scalar.properties.isEmojiPresentation || wide.contains(where: { $0.contains(value) }) {
        return total + 2
      }
      return total + 1
    }
  }
}

import Foundation
import HDSCore
import HDSStoreSQLite
import Testing

/// The live summary screen of the real binary, alone (`hds summary --live`) and inside the
/// dashboard (m), read back with tmux capture-pane.
@Suite("Summary screen", .timeLimit(.minutes(1)))
struct SummaryScreenTests {
  static let shortLabels = [
    "Diantar hari ini", "Diantar Desember", "Menunggu diantar", "Tepat waktu",
    "Antar pertama", "Aduan terbuka", "IKM ", "Terlayani ",
  ]

  /// Starts `hds summary --live` on a new demo store.
  private func startLive(cols: Int, rows: Int, environment: [String: String]? = nil)
    throws -> (TestDirectory, String, TmuxSession)
  {
    let directory = try TestDirectory()
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(
      data: data, in: directory, cols: cols, rows: rows, arguments: ["summary", "--live"],
      environment: environment ?? TmuxSession.standardEnvironment)
    return (directory, data, session)
  }

  /// Returns the first screen that contains the whole summary. tmux can capture a frame
  /// while its lower rows are still being drawn, so every desa bar and the key bar must show.
  private func waitForWholeSummary(
    _ session: TmuxSession, and condition: (String) -> Bool = { _ in true }
  ) async throws -> String {
    try await session.waitUntil("the whole summary") { screen in
      screen.contains("Kurir hari ini") && screen.contains("keluar")
        && DashboardScreenTests.desaNames.allSatisfy { screen.contains($0) } && condition(screen)
    }
  }

  @Test("80x24 shows every figure")
  func standardSize() async throws {
    let (directory, _, session) = try startLive(cols: 80, rows: 24)
    defer {
      session.kill()
      directory.remove()
    }

    let text = try await waitForWholeSummary(session)
    let month = officeMonthName()
    for label in Self.shortLabels {
      let expected = label == "Diantar Desember" ? "Diantar \(month)" : label
      #expect(text.contains(expected), "no tile \(expected):\n\(text)")
    }
    for name in DashboardScreenTests.desaNames {
      #expect(text.contains(name), "no bar for \(name):\n\(text)")
    }
    // At 24 rows the one-row trend charts carry their labels on the same row.
    #expect(text.contains(" Antar "), "no deliveries trend:\n\(text)")
    #expect(text.contains(" Tepat "), "no on-time trend:\n\(text)")
    #expect(text.contains("Diarsipkan"), "the excluded complaint states are named:\n\(text)")
    let screen = ScreenText(text)
    #expect(screen.lines.last { !$0.isEmpty }?.contains("q keluar") == true, "\(text)")
    // Alone on a wall screen, the summary has no way back to the queue.
    #expect(!text.contains("kembali ke antrean"))
    #expect(text.contains("[BACA SAJA]"), "the wall screen opens the store read-only:\n\(text)")
  }

  @Test("200x50 spreads the figures and draws tall trends")
  func largeSize() async throws {
    let (directory, _, session) = try startLive(cols: 200, rows: 50)
    defer {
      session.kill()
      directory.remove()
    }

    let text = try await waitForWholeSummary(session)
    let screen = ScreenText(text)
    // One row of eight tiles: every heading on the third line.
    let headings = screen.lines[2]
    for label in ["Diantar hari ini", "Menunggu diantar", "Aduan terbuka", "Warga terlayani"] {
      #expect(headings.contains(label), "heading row: \(headings)")
    }
    #expect(text.contains("Diantar per hari, 30 hari"))
    #expect(text.contains("Tepat waktu per hari"))
    #expect(text.contains("IKM "), "no survey line:\n\(text)")
    // The trend charts get axis labels: today's day and month under their right end.
    let today = CalendarDay(containing: Date())
    let axis = "\(today.day) \(shortMonth(today.month))"
    #expect(
      screen.lines.filter { $0.contains(axis) }.count >= 2, "no axis with \(axis):\n\(text)")
  }

  @Test("a change by another process appears within one refresh")
  func liveRefresh() async throws {
    let (directory, data, session) = try startLive(cols: 100, rows: 30)
    defer {
      session.kill()
      directory.remove()
    }
    let store = try SQLiteStore(path: data + "/hds.sqlite")
    let out = try store.queue(
      QueueQuery(states: [.outForDelivery]), offset: 0, limit: 1
    ).rows.first
    let request = try #require(out, "the demo store has a request out for delivery")
    let courierName = try #require(request.courierName)

    let before = try await waitForWholeSummary(session) {
      deliveredCount(of: courierName, in: $0) != nil
    }
    let done = try #require(deliveredCount(of: courierName, in: before), "\(before)")

    _ = try store.apply(
      .deliver(Handover(recipientKind: .resident, recipientName: request.residentName)),
      to: request.id, expectedVersion: nil, by: .operator("e2e"), at: Date())
    // The refresh is 0.5 s; 1.5 s leaves room for drawing on a loaded machine.
    let after = try await session.waitUntil(
      "\(courierName) with \(done + 1) done",
      timeout: .milliseconds(1500)
    ) { deliveredCount(of: courierName, in: $0) == done + 1 }
    #expect(after.contains("Kurir hari ini"))
  }

  @Test("m in the dashboard opens the summary and goes back")
  func toggleInDashboard() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory)
    defer { session.kill() }

    try await session.waitFor("│ HDS-")
    try session.sendKeys("m")
    let summary = try await session.waitFor("Menunggu diantar")
    #expect(summary.contains("m kembali ke antrean"), "\(summary)")
    try session.sendKeys("m")
    try await session.waitFor("Antrean (")
  }

  @Test("invalid holiday file is reported on the normal screen")
  func invalidHolidayFile() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let year = CalendarDay(containing: Date()).year
    try "\(year)-13-40 Bad line\n".write(
      toFile: data + "/holidays-\(year).txt", atomically: true, encoding: .utf8)
    let session = try Dashboard.start(data: data, in: directory, arguments: ["summary", "--live"])
    defer { session.kill() }

    let text = try await session.waitFor("hds exited with status 1")
    // The message wraps at the pane's edge.
    let joined = text.replacingOccurrences(of: "\n", with: "")
    #expect(joined.contains("holidays-\(year).txt: line 1"), "\(text)")
  }

  @Test("LANG=C draws the figures in ASCII")
  func asciiFigures() async throws {
    let (directory, _, session) = try startLive(
      cols: 80, rows: 24, environment: ["TERM": "screen-256color", "LANG": "C"])
    defer {
      session.kill()
      directory.remove()
    }

    let text = try await waitForWholeSummary(session)
    #expect(text.contains("|_|") || text.contains(" _|") || text.contains("|_ "), "\(text)")
    #expect(!text.contains("█"), "block characters under LANG=C:\n\(text)")
    #expect(!text.contains("▀"), "block characters under LANG=C:\n\(text)")
  }

  /// Returns the number before "selesai" on the courier's line of the summary, if any.
  private func deliveredCount(of name: String, in screen: String) -> Int? {
    guard let line = screen.split(separator: "\n").first(where: { $0.contains(name) }),
      let range = line.range(of: " selesai")
    else { return nil }
    let before = line[..<range.lowerBound].split(separator: " ").last
    return before.flatMap { Int($0) }
  }

  private func officeMonthName() -> String {
    let names = [
      "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
      "Oktober", "November", "Desember",
    ]
    return names[CalendarDay(containing: Date()).month - 1]
  }

  private func shortMonth(_ month: Int) -> String {
    String(
      [
        "Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des",
      ][month - 1])
  }
}

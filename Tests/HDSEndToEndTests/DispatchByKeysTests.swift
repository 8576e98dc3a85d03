import Foundation
import HDSCore
import HDSSampleData
import HDSStoreSQLite
import Testing

/// Planning a day from the dashboard: the proposal, a stop moved to another courier, and
/// the accepted plan read back from the store.
@Suite("Dispatch by keys", .timeLimit(.minutes(1)))
struct DispatchByKeysTests {
  /// The office's calendar as the dashboard counts it: weekends and the bundled holidays.
  static var calendar: WorkingCalendar {
    WorkingCalendar(lists: (try? HolidayFiles.bundled()) ?? [])
  }

  /// Whether the office works today (WIB). The accepted plan is checked against the
  /// demo's stops assigned for today, which a day off does not have.
  static var officeWorksToday: Bool {
    calendar.isWorkingDay(CalendarDay(containing: Date()))
  }

  @Test("plan is for the next working day on a day off")
  func planDay() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory, cols: 100, rows: 30)
    defer { session.kill() }
    try await session.waitFor("│ HDS-")
    let calendar = Self.calendar
    let today = CalendarDay(containing: Date())
    let day = calendar.isWorkingDay(today) ? today : calendar.adding(workingDays: 1, to: today)
    let months = [
      "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
      "Oktober", "November", "Desember",
    ]

    try session.sendKeys("p")

    try await session.waitFor("┌ Rencana antar ")
    try await session.waitFor(", \(day.day) \(months[day.month - 1]) \(day.year) ─")
  }

  @Test(
    "plan proposed, edited and accepted",
    .enabled(if: officeWorksToday, "the demo assigns stops only on working days"))
  func planAccepted() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let before = try DemoStore.summary(data: data)
    let ready = try #require(before["Siap"])
    let session = try Dashboard.start(data: data, in: directory, cols: 100, rows: 30)
    defer { session.kill() }
    try await session.waitFor("│ HDS-")

    try session.sendKeys("p")
    let proposal = try await session.waitFor("Rencana antar ")
    #expect(proposal.contains("dokumen · ±"), "no route line:\n\(proposal)")
    #expect(proposal.contains("(sudah ditugaskan)"), "assigned stops not pinned:\n\(proposal)")

    // Move the first movable stop to the next courier, then accept.
    try session.sendKeys("Down", "Down", "Down", "Right")
    try session.sendKeys("Enter")
    let accepted = try await session.waitFor("Rencana diterima: ")
    #expect(accepted.contains("Siap 0"), "ready documents left after the plan:\n\(accepted)")

    let after = try DemoStore.summary(data: data)
    #expect(after["Siap"] == 0)
    #expect(after["Ditugaskan"] == (before["Ditugaskan"] ?? 0) + ready)

    // Every assigned stop of today has a place in its courier's route, none shared.
    let store = try SQLiteStore.open(dataDirectory: data, readOnly: true)
    let today = CalendarDay(containing: Date())
    for courier in try store.couriers(includeInactive: false) {
      let positions = try store.route(of: courier.id, on: today).compactMap(\.position)
      #expect(Set(positions).count == positions.count, "\(courier.name): \(positions)")
    }
  }
}

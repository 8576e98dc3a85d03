import Foundation
import HDSCore
import HDSStoreSQLite
import Testing

/// Planning a day from the dashboard: the proposal, a stop moved to another courier, and
/// the accepted plan read back from the store.
@Suite("Dispatch by keys", .timeLimit(.minutes(1)))
struct DispatchByKeysTests {
  /// Whether the office works today (WIB). The dashboard plans today, and on a weekend it
  /// rightly proposes nothing, so the test runs on weekdays only.
  /// NOTE: public holidays are not counted here, so the test fails on a weekday holiday.
  static var officeWorksToday: Bool {
    WorkingCalendar().isWorkingDay(CalendarDay(containing: Date()))
  }

  @Test(
    "plan proposed, edited and accepted",
    .enabled(if: officeWorksToday, "the office plans only on its working days"))
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

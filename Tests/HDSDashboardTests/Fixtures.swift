import Foundation
import HDSCore
import HDSDashboard
import HDSSampleData
import HDSStoreSQLite
import Testing

/// A sample store in a fresh temporary directory, made at a fixed instant so every run
/// draws the same screen.
struct SampleFixture {
  /// Friday 4 December 2026, 10:00 WIB.
  static let now = CalendarDay(year: 2026, month: 12, day: 4).start.addingTimeInterval(10 * 3600)

  let directory: URL
  let store: SQLiteStore

  init(requests: Int = 300) throws {
    directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("hds-dashboard-\(UUID().uuidString)")
    store = try SQLiteStore.open(dataDirectory: directory.path, readOnly: false)
    _ = try SampleData.populate(store, now: Self.now, requests: requests)
  }

  func state(language: Language = .indonesian, window: ViewWindow = ViewWindow()) throws
    -> DashboardState
  {
    var state = DashboardState(
      catalog: Catalog(language), kecamatan: Kromengan.kecamatan, now: Self.now)
    state.snapshot = try Snapshot.load(
      from: store, window: window, day: CalendarDay(containing: Self.now))
    return state
  }

  /// Returns the route view of the first courier on the board with at least `assigned`
  /// stops still assigned, for the fixture's day.
  func firstRoute(_ state: DashboardState, assigned: Int = 0) throws -> RouteView {
    let board = try #require(state.snapshot?.courierBoard.first { $0.assigned >= assigned })
    let courier = try #require(state.snapshot?.couriers[board.courierID])
    let day = CalendarDay(containing: Self.now)
    return RouteView(courier: courier, day: day, stops: try store.route(of: courier.id, on: day))
  }

  func remove() {
    try? FileManager.default.removeItem(at: directory)
  }
}

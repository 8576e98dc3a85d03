import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

/// The stop lines of a courier's route view, from the narrowest screen (72 columns) to a wide one.
@Suite("Route view lines")
struct RouteLinesTests {
  @Test("stops fit and keep their state", arguments: [69, 77, 196])
  func fit(width: Int) throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let state = try fixture.state()
    let board = try #require(state.snapshot?.courierBoard.max { $0.assigned < $1.assigned })
    let courier = try #require(state.snapshot?.couriers[board.courierID])
    let day = CalendarDay(containing: SampleFixture.now)
    let route = RouteView(
      courier: courier, day: day, stops: try fixture.store.route(of: courier.id, on: day))
    try #require(!route.stops.isEmpty, "the sample courier has stops")

    let lines = RoutePane.stopLines(route, state: state, width: width)

    #expect(lines.count == route.stops.count)
    for (line, stop) in zip(lines, route.stops) {
      #expect(TextWidth.columns(line) <= width, "\(width): \(line)")
      #expect(line.hasSuffix(state.catalog.state(stop.state)), "\(line)")
      #expect(line.contains(stop.number.description), "\(line)")
    }
    if width >= 196 {
      for (line, stop) in zip(lines, route.stops) {
        #expect(line.contains(stop.residentName), "a wide view shows whole names: \(line)")
      }
    }
  }
}

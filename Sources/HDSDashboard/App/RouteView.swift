import HDSCore

/// A courier's day on screen: the stops in route order and the selected one.
public struct RouteView: Sendable {
  public let courier: Courier
  public let day: CalendarDay
  public var stops: [RouteStop]
  /// The store's road distances (its factor and road-distances.csv); nil falls back to
  /// straight line × 1.3.
  public var roads: RoadDistances?
  public var selected = 0
  /// Whether the order was changed and not saved yet.
  public var isEdited = false

  public init(courier: Courier, day: CalendarDay, stops: [RouteStop]) {
    self.courier = courier
    self.day = day
    self.stops = stops
  }

  /// Swaps the selected stop with its neighbour `step` places away. Only assigned stops
  /// move: a stop out with the courier or handed over keeps its place.
  mutating func reorder(by step: Int) {
    let target = selected + step
    guard stops.indices.contains(selected), stops.indices.contains(target),
      stops[selected].state == .assigned, stops[target].state == .assigned
    else { return }
    stops.swapAt(selected, target)
    selected = target
    isEdited = true
  }

  /// The order to store: every stop of the day as they now stand, so that the stops out
  /// or handed over keep numbers of their own.
  var plan: DispatchPlan {
    DispatchPlan(
      day: day,
      routes: [
        DispatchPlan.Route(courierID: courier.id, stops: stops.map { ($0.requestID, $0.version) })
      ])
  }

  /// Returns the kilometres from the office through the stops in order and back, by the
  /// store's road distances when known, else by straight line × the default road factor.
  func distance(in kecamatan: Kecamatan) -> Double {
    // The default factor is valid, so the fallback cannot throw.
    guard let roads = roads ?? (try? RoadDistances(office: .office(of: kecamatan))) else {
      return 0
    }
    let points = stops.compactMap { RoadPoint(address: $0.address, in: kecamatan) }
    return roads.legs(through: points).reduce(0) { $0 + $1.kilometres }
  }

}

import Foundation

/// A request the planner may place: where it goes and how urgent it is.
public struct DispatchCandidate: Sendable, Equatable {
  public let requestID: Int64
  public let number: RequestNumber
  public let version: Int
  /// The point the courier rides to, whose name looks up its distances in
  /// `road-distances.csv`.
  public let point: RoadPoint
  /// 0 for none; higher goes earlier in a route. See `DispatchProposer.priority`.
  public let priority: Int
  /// The courier it is already assigned to for the day, which it stays with.
  public let pinnedCourierID: Int64?

  public init(
    requestID: Int64, number: RequestNumber, version: Int, point: RoadPoint, priority: Int,
    pinnedCourierID: Int64?
  ) {
    self.requestID = requestID
    self.number = number
    self.version = version
    self.point = point
    self.priority = priority
    self.pinnedCourierID = pinnedCourierID
  }
}

/// A proposed day: one route per courier on duty, with its estimates.
public struct DispatchProposal: Sendable, Equatable {
  public struct Route: Sendable, Equatable {
    public let courierID: Int64
    public let capacity: Int
    public var stops: [DispatchCandidate]

    public init(courierID: Int64, capacity: Int, stops: [DispatchCandidate]) {
      self.courierID = courierID
      self.capacity = capacity
      self.stops = stops
    }
  }

  public let day: CalendarDay
  /// The distances the routes were planned with, which also measure them.
  public let roads: RoadDistances
  public var routes: [Route]
  /// Candidates no courier had room for.
  public var unplaced: [DispatchCandidate]

  public init(
    day: CalendarDay, roads: RoadDistances, routes: [Route], unplaced: [DispatchCandidate]
  ) {
    self.day = day
    self.roads = roads
    self.routes = routes
    self.unplaced = unplaced
  }

  public var office: Coordinate { roads.office.location }
  public var roadFactor: Double { roads.roadFactor }

  /// Returns the legs of a route from the office through its stops and back, each with
  /// its kilometres and whether they come from `road-distances.csv` or the estimate.
  public func legs(of route: Route) -> [RoadLeg] {
    roads.legs(through: route.stops.map(\.point))
  }

  /// Road kilometres of a route from the office through its stops and back: the file's
  /// distances where it gives them, else straight lines × `roadFactor`, an estimate.
  public func distance(of route: Route) -> Double {
    legs(of: route).reduce(0) { $0 + $1.kilometres }
  }

  /// Estimated minutes for a route: riding at `speed` km/h plus `minutesPerStop` at each
  /// stop for the handover. Both are estimates.
  public func minutes(of route: Route, speed: Double = 25, minutesPerStop: Double = 8) -> Double {
    distance(of: route) / speed * 60 + Double(route.stops.count) * minutesPerStop
  }

  /// The plan to store: every route's stops in order with the versions they were
  /// proposed from.
  public var plan: DispatchPlan {
    DispatchPlan(
      day: day,
      routes: routes.map { route in
        DispatchPlan.Route(
          courierID: route.courierID, stops: route.stops.map { ($0.requestID, $0.version) })
      })
  }

  /// Reason a stop could not move to another route.
  public enum MoveRefusal: Error, Sendable, Equatable {
    /// The stop is already assigned to its courier for the day.
    case pinned
    /// The target route has no room left.
    case full(capacity: Int)
    /// There is no route in that direction.
    case noRoute
  }

  /// Moves the stop at `index` of route `from` to route `to`, after the target's stops of
  /// the same or higher priority, so that an urgent stop stays ahead of the others.
  public mutating func move(stop index: Int, from: Int, to: Int) throws(MoveRefusal) {
    guard routes.indices.contains(from), routes.indices.contains(to), from != to,
      routes[from].stops.indices.contains(index)
    else { throw .noRoute }
    guard routes[from].stops[index].pinnedCourierID == nil else { throw .pinned }
    guard routes[to].stops.count < routes[to].capacity else {
      throw .full(capacity: routes[to].capacity)
    }
    let stop = routes[from].stops.remove(at: index)
    let place =
      routes[to].stops.firstIndex { $0.priority < stop.priority } ?? routes[to].stops.count
    routes[to].stops.insert(stop, at: place)
  }

  /// Swaps the stop at `index` of a route with its neighbour `step` places away.
  public mutating func reorder(stop index: Int, in route: Int, by step: Int) -> Bool {
    let target = index + step
    guard routes.indices.contains(route), routes[route].stops.indices.contains(index),
      routes[route].stops.indices.contains(target)
    else { return false }
    routes[route].stops.swapAt(index, target)
    return true
  }
}

/// Builds a dispatch proposal with the route planner.
public enum DispatchProposer {
  /// Returns the priority of a request: 3 when an open complaint is linked to it, 2 when it is
  /// past its service-time target or on a second attempt, else 0.
  public static func priority(
    workingDaysWaiting: Int, target: Int, attempts: Int, hasOpenComplaint: Bool = false
  ) -> Int {
    if hasOpenComplaint { return 3 }
    return workingDaysWaiting > target || attempts > 0 ? 2 : 0
  }

  /// Proposes routes for `candidates` over `couriers` (id and remaining capacity), each
  /// starting and ending at `roads.office`, with the distances `roads` gives. Candidates
  /// pinned to a courier stay with them.
  ///
  /// Complexity: the planner's; `options` bounds its time.
  public static func propose(
    day: CalendarDay, candidates: [DispatchCandidate], couriers: [(id: Int64, capacity: Int)],
    roads: RoadDistances, options: PlannerOptions = .dayDefault
  ) throws -> DispatchProposal {
    guard !couriers.isEmpty else {
      return DispatchProposal(day: day, roads: roads, routes: [], unplaced: candidates)
    }
    let matrix = try roads.matrix(between: [roads.office] + candidates.map(\.point))
    let vehicleOfCourier = Dictionary(
      uniqueKeysWithValues: couriers.enumerated().map { ($1.id, $0) })
    // A courier hands over every document at a place in one visit, so the stops of a
    // place share the priority of its most urgent one. Otherwise the urgent stop would
    // come first, and the courier would ride back later for its neighbours.
    var placePriority: [RoadPoint: Int] = [:]
    for candidate in candidates {
      placePriority[candidate.point] = max(placePriority[candidate.point] ?? 0, candidate.priority)
    }
    let problem = try RoutingProblem(
      distances: matrix, depot: 0, demands: [0] + candidates.map { _ in 1 },
      capacities: couriers.map(\.capacity),
      priorities: [0] + candidates.map { placePriority[$0.point] ?? $0.priority },
      pinnedVehicles: [nil] + candidates.map { $0.pinnedCourierID.flatMap { vehicleOfCourier[$0] } }
    )
    let solution = RoutePlanner.plan(problem, options: options)

    let routes = couriers.enumerated().map { vehicle, courier in
      DispatchProposal.Route(
        courierID: courier.id, capacity: courier.capacity,
        stops: urgentFirstAtEachPlace(solution.routes[vehicle].map { candidates[$0 - 1] }))
    }
    return DispatchProposal(
      day: day, roads: roads, routes: routes,
      unplaced: solution.unassigned.map { candidates[$0 - 1] })
  }

  /// Returns `stops` with the urgent ones first among consecutive stops at the same place.
  /// The distance does not change, since the place is the same.
  static func urgentFirstAtEachPlace(_ stops: [DispatchCandidate]) -> [DispatchCandidate] {
    var result: [DispatchCandidate] = []
    var start = 0
    while start < stops.count {
      var end = start + 1
      while end < stops.count && stops[end].point == stops[start].point { end += 1 }
      let place = stops[start..<end].enumerated().sorted {
        ($1.element.priority, $0.offset) < ($0.element.priority, $1.offset)
      }
      result += place.map(\.element)
      start = end
    }
    return result
  }

  /// Returns the road point a courier rides to for an address: its dusun's point (the
  /// dusun matched in any case), else its desa's centroid, else the office.
  public static func point(of address: Address, in kecamatan: Kecamatan) -> RoadPoint {
    RoadPoint(address: address, in: kecamatan) ?? .office(of: kecamatan)
  }
}

/// A solution of a routing problem: one route per vehicle, possibly empty.
public struct RoutePlan: Sendable, Equatable {
  /// Customer nodes of each vehicle's route in visiting order, without the depot at
  /// either end; `routes[v]` belongs to vehicle `v`.
  public var routes: [[Int]]
  /// Customers that fit on no vehicle. Empty unless the fleet is too small, or a pin
  /// sends more demand to a vehicle than it can carry.
  public var unassigned: [Int]
  /// Total cost of the routes, depot legs included.
  public var cost: Double
  /// Local search and ruin-and-recreate rounds the solver ran.
  public var iterations: Int

  public init(routes: [[Int]], unassigned: [Int], cost: Double, iterations: Int) {
    self.routes = routes
    self.unassigned = unassigned
    self.cost = cost
    self.iterations = iterations
  }

  /// Whether every customer is on a route.
  public var isComplete: Bool { unassigned.isEmpty }

  /// Routes that visit at least one customer.
  public var usedRouteCount: Int { routes.count { !$0.isEmpty } }
}

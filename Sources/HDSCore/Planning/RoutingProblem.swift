/// A capacitated vehicle routing problem: a depot, customers with demand, and a fleet
/// whose vehicles each have their own capacity.
///
/// Nodes are the rows of `distances`. The depot is one of them, every other node is a
/// customer, so a problem with `distances.count == n` has `n - 1` customers.
public struct RoutingProblem: Sendable {
  public let distances: DistanceMatrix
  /// Node index of the depot, where every route starts and ends.
  public let depot: Int
  /// Demand of each node, indexed like `distances`. The depot's entry is ignored.
  public let demands: [Int]
  /// Capacity of each vehicle. A plan has at most one route per vehicle.
  public let capacities: [Int]
  /// Priority level of each node, 0 (none) or more. Within a route, no stop comes after a
  /// stop of lower priority, so the highest priority stops of a route come first. When
  /// the vehicles cannot take every customer, the ones left out are the least urgent.
  public let priorities: [Int]
  /// Vehicle each node is pinned to, or nil. A pinned customer is only ever placed on
  /// its vehicle's route.
  public let pinnedVehicles: [Int?]

  /// Creates a problem after checking that every array matches the matrix and that
  /// demands, capacities and pins are valid.
  public init(
    distances: DistanceMatrix, depot: Int, demands: [Int], capacities: [Int],
    priorities: [Int]? = nil, pinnedVehicles: [Int?]? = nil
  ) throws(RoutingProblemError) {
    let count = distances.count
    guard depot >= 0, depot < count else { throw .invalidDepot(depot, nodes: count) }
    guard demands.count == count else {
      throw .wrongCount("demands", given: demands.count, nodes: count)
    }
    guard !capacities.isEmpty else { throw .noVehicles }
    let priorities = priorities ?? Array(repeating: 0, count: count)
    guard priorities.count == count else {
      throw .wrongCount("priorities", given: priorities.count, nodes: count)
    }
    let pinnedVehicles = pinnedVehicles ?? Array(repeating: nil, count: count)
    guard pinnedVehicles.count == count else {
      throw .wrongCount("pinned vehicles", given: pinnedVehicles.count, nodes: count)
    }
    for node in 0..<count where node != depot {
      guard demands[node] >= 0 else { throw .negativeDemand(node: node, demand: demands[node]) }
      guard priorities[node] >= 0 else {
        throw .negativePriority(node: node, priority: priorities[node])
      }
      if let vehicle = pinnedVehicles[node], vehicle < 0 || vehicle >= capacities.count {
        throw .invalidPin(node: node, vehicle: vehicle, vehicles: capacities.count)
      }
    }
    if let vehicle = capacities.firstIndex(where: { $0 < 0 }) {
      throw .negativeCapacity(vehicle: vehicle, capacity: capacities[vehicle])
    }

    self.distances = distances
    self.depot = depot
    self.demands = demands
    self.capacities = capacities
    self.priorities = priorities
    self.pinnedVehicles = pinnedVehicles
  }

  /// Node indices of the customers, in increasing order.
  public var customers: [Int] { (0..<distances.count).filter { $0 != depot } }

  /// Returns the cost of a route that leaves the depot, visits `stops` in order and
  /// returns; an empty route costs 0.
  public func cost(ofRoute stops: [Int]) -> Double {
    guard let first = stops.first, let last = stops.last else { return 0 }
    var total = distances[depot, first] + distances[last, depot]
    for index in stops.indices.dropLast() {
      total += distances[stops[index], stops[index + 1]]
    }
    return total
  }
}

/// A reason a routing problem is invalid.
public enum RoutingProblemError: Error, Equatable, CustomStringConvertible {
  case invalidDepot(Int, nodes: Int)
  case wrongCount(String, given: Int, nodes: Int)
  case noVehicles
  case negativeDemand(node: Int, demand: Int)
  case negativePriority(node: Int, priority: Int)
  case negativeCapacity(vehicle: Int, capacity: Int)
  case invalidPin(node: Int, vehicle: Int, vehicles: Int)

  public var description: String {
    switch self {
    case .invalidDepot(let depot, let nodes):
      return "depot \(depot) is not a node; nodes are numbered 0 to \(nodes - 1)"
    case .wrongCount(let field, let given, let nodes):
      return "\(given) \(field) given; the distance matrix has \(nodes) nodes"
    case .noVehicles:
      return "no vehicles given; a plan needs at least one"
    case .negativeDemand(let node, let demand):
      return "node \(node) has demand \(demand); demand must not be negative"
    case .negativePriority(let node, let priority):
      return "node \(node) has priority \(priority); priority must be 0 (none) or more"
    case .negativeCapacity(let vehicle, let capacity):
      return "vehicle \(vehicle) has capacity \(capacity); capacity must not be negative"
    case .invalidPin(let node, let vehicle, let vehicles):
      return "node \(node) is pinned to vehicle \(vehicle); vehicles are 0 to \(vehicles - 1)"
    }
  }
}

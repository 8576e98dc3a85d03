/// The solver's working copy of a plan, with the per-node arrays that let local search
/// price a move in constant time.
///
/// Route `r` belongs to vehicle `r`. Every array indexed by node keeps the depot's
/// entry neutral: its prefix load and costs are 0, and it is on no route.
struct SearchState {
  let depot: Int
  let nodeCount: Int
  /// Row-major costs, copied from the problem's matrix.
  let costs: [Double]
  let demand: [Int]
  let capacity: [Int]
  let priority: [Int]
  /// Vehicle each node is pinned to, or -1.
  let pinned: [Int]
  let hasPriorities: Bool
  /// Cost added per unassigned customer, larger than any single insertion can cost.
  let unassignedPenalty: Double

  var routes: [[Int]]
  var load: [Int]
  var routeCost: [Double]
  /// Position of the last pinned customer on each route, or -1.
  var lastPinnedPosition: [Int]
  /// Route of each node, or -1 for the depot and unassigned customers.
  var routeOf: [Int]
  var position: [Int]
  /// Previous and next node on the route; the depot at either end.
  var previous: [Int]
  var next: [Int]
  /// Demand from the start of the route up to and including the node.
  var prefixLoad: [Int]
  /// Cost from the depot along the route to the node.
  var forwardCost: [Double]
  /// Cost of the same legs travelled in reverse, summed from the depot to the node.
  var backwardCost: [Double]
  var unassigned: [Int]
  /// Nodes whose previous or next node changed since local search last ran; the
  /// depot is left out.
  var changedNodes: [Int] = []

  init(problem: RoutingProblem) {
    let count = problem.distances.count
    depot = problem.depot
    nodeCount = count
    costs = problem.distances.values
    demand = problem.demands.enumerated().map { $0.offset == problem.depot ? 0 : $0.element }
    capacity = problem.capacities
    priority = problem.priorities
    pinned = problem.pinnedVehicles.map { $0 ?? -1 }
    hasPriorities = problem.priorities.enumerated().contains {
      $0.offset != problem.depot && $0.element != 0
    }
    unassignedPenalty = 2 * (problem.distances.values.max() ?? 0) + 1

    let vehicles = problem.capacities.count
    routes = Array(repeating: [], count: vehicles)
    load = Array(repeating: 0, count: vehicles)
    routeCost = Array(repeating: 0, count: vehicles)
    lastPinnedPosition = Array(repeating: -1, count: vehicles)
    routeOf = Array(repeating: -1, count: count)
    position = Array(repeating: -1, count: count)
    previous = Array(repeating: problem.depot, count: count)
    next = Array(repeating: problem.depot, count: count)
    prefixLoad = Array(repeating: 0, count: count)
    forwardCost = Array(repeating: 0, count: count)
    backwardCost = Array(repeating: 0, count: count)
    unassigned = problem.customers
  }

  @inline(__always)
  func cost(_ from: Int, _ to: Int) -> Double {
    costs[from * nodeCount + to]
  }

  /// Returns whether `later` may follow `earlier` on a route under the priority rule; the depot
  /// may precede or follow anything.
  @inline(__always)
  func mayFollow(_ earlier: Int, _ later: Int) -> Bool {
    earlier == depot || later == depot || priority[earlier] >= priority[later]
  }

  /// Returns whether `node` may ride on `route` under its pin.
  @inline(__always)
  func mayRide(_ node: Int, on route: Int) -> Bool {
    pinned[node] < 0 || pinned[node] == route
  }

  /// Total route cost plus the penalty for unassigned customers. A customer of priority p
  /// counts p + 1 times, and the penalty exceeds any insertion's cost, so leaving out an
  /// urgent customer pays only if that places more than p + 1 customers of priority 0.
  /// With a demand of 1 each, as in a dispatch day, it never does.
  var objective: Double {
    totalCost + unassigned.reduce(0) { $0 + Double(priority[$1] + 1) } * unassignedPenalty
  }

  var totalCost: Double { routeCost.reduce(0, +) }

  /// Replaces route `route` with `stops` and refreshes every array that depends on it.
  ///
  /// Complexity: O(stops.count).
  mutating func setRoute(_ route: Int, to stops: [Int]) {
    routes[route] = stops
    var runningLoad = 0
    var forward = 0.0
    var backward = 0.0
    var before = depot
    var lastPinned = -1
    for (index, node) in stops.enumerated() {
      runningLoad += demand[node]
      forward += cost(before, node)
      backward += cost(node, before)
      routeOf[node] = route
      position[node] = index
      previous[node] = before
      next[node] = index + 1 < stops.count ? stops[index + 1] : depot
      prefixLoad[node] = runningLoad
      forwardCost[node] = forward
      backwardCost[node] = backward
      if pinned[node] >= 0 { lastPinned = index }
      before = node
    }
    load[route] = runningLoad
    routeCost[route] = stops.isEmpty ? 0 : forward + cost(before, depot)
    lastPinnedPosition[route] = lastPinned
  }

  /// Records that the neighbours of these nodes changed, so local search looks at them.
  @inline(__always)
  mutating func noteChanged(_ nodes: Int...) {
    for node in nodes where node != depot { changedNodes.append(node) }
  }

  /// Takes `node` off every route bookkeeping, after its route has been rebuilt
  /// without it.
  mutating func markUnrouted(_ node: Int) {
    routeOf[node] = -1
    position[node] = -1
    previous[node] = depot
    next[node] = depot
  }

  /// Builds the public plan from this state.
  func plan(iterations: Int) -> RoutePlan {
    RoutePlan(
      routes: routes, unassigned: unassigned.sorted(), cost: totalCost, iterations: iterations)
  }
}

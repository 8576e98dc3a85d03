import Testing

@testable import HDSCore

@Suite("Route planner")
struct PlanningSolverTests {
  private func problem(_ name: String) throws -> (VRPLIBInstance, RoutingProblem) {
    let files = try #require(PlanningInstances.all.first { $0.name == name })
    let instance = try VRPLIBInstance(parsing: files.instance)
    return (instance, try instance.routingProblem())
  }

  /// Records every way `plan` breaks the problem's rules.
  private func expectFeasible(_ plan: RoutePlan, _ problem: RoutingProblem) {
    #expect(plan.routes.count == problem.capacities.count)
    var visits = Array(repeating: 0, count: problem.distances.count)
    for (vehicle, stops) in plan.routes.enumerated() {
      #expect(!stops.contains(problem.depot), "route \(vehicle) visits the depot midway")
      let load = stops.reduce(0) { $0 + problem.demands[$1] }
      #expect(load <= problem.capacities[vehicle], "route \(vehicle) carries \(load)")
      for stop in stops { visits[stop] += 1 }
    }
    for stop in plan.unassigned { visits[stop] += 1 }
    for customer in problem.customers {
      #expect(visits[customer] == 1, "customer \(customer) appears \(visits[customer]) times")
    }
    let cost = plan.routes.reduce(0) { $0 + problem.cost(ofRoute: $1) }
    #expect(abs(cost - plan.cost) < 1e-6)
  }

  @Test("feasible plan for each instance", arguments: PlanningInstances.all.map(\.name))
  func feasibleOnInstances(name: String) throws {
    let (instance, problem) = try problem(name)
    let plan = RoutePlanner.plan(problem, options: PlannerOptions(timeLimit: 0.2))
    expectFeasible(plan, problem)
    #expect(plan.isComplete)
    #expect(plan.usedRouteCount <= instance.vehicleCount ?? 0)
  }

  @Test("same seed and iteration limit give same routes")
  func deterministic() throws {
    let (_, problem) = try problem("A-n32-k5")
    let options = PlannerOptions(timeLimit: 60, iterationLimit: 100, seed: 7)
    let first = RoutePlanner.plan(problem, options: options)
    let second = RoutePlanner.plan(problem, options: options)
    #expect(first.iterations == 100)
    #expect(first.routes == second.routes)
    #expect(first.cost == second.cost)
  }

  @Test("pinned customers stay on their vehicle")
  func pinnedCustomers() throws {
    let (instance, _) = try problem("A-n32-k5")
    var pins = [Int?](repeating: nil, count: instance.demands.count)
    // Customers far apart, pinned to two vehicles, so the search wants to split them.
    let pinned = [1: 3, 2: 3, 4: 0, 9: 0, 20: 3]
    for (customer, vehicle) in pinned { pins[customer] = vehicle }
    let problem = try RoutingProblem(
      distances: instance.distances, depot: instance.depot, demands: instance.demands,
      capacities: Array(repeating: instance.capacity, count: 5), pinnedVehicles: pins)

    let plan = RoutePlanner.plan(
      problem, options: PlannerOptions(timeLimit: 60, iterationLimit: 150))
    expectFeasible(plan, problem)
    #expect(plan.isComplete)
    for (customer, vehicle) in pinned {
      #expect(plan.routes[vehicle].contains(customer), "customer \(customer) left \(vehicle)")
    }
  }

  /// The guarantee: on every route, no stop comes after a stop of lower priority.
  @Test("priority stops come first in their route")
  func priorityOrder() throws {
    let (instance, _) = try problem("E-n51-k5")
    var priorities = Array(repeating: 0, count: instance.demands.count)
    for customer in stride(from: 1, to: instance.demands.count, by: 4) { priorities[customer] = 1 }
    for customer in stride(from: 3, to: instance.demands.count, by: 9) { priorities[customer] = 2 }
    let problem = try RoutingProblem(
      distances: instance.distances, depot: instance.depot, demands: instance.demands,
      capacities: Array(repeating: instance.capacity, count: 6), priorities: priorities)

    let plan = RoutePlanner.plan(
      problem, options: PlannerOptions(timeLimit: 60, iterationLimit: 150))
    expectFeasible(plan, problem)
    #expect(plan.isComplete)
    for (vehicle, stops) in plan.routes.enumerated() {
      let levels = stops.map { priorities[$0] }
      #expect(levels == levels.sorted(by: >), "route \(vehicle) has priorities \(levels)")
    }
  }

  @Test("vehicles keep their own capacities")
  func mixedCapacities() throws {
    let (instance, _) = try problem("E-n22-k4")
    let capacities = [9_000, 3_000, 6_000, 6_000]
    let problem = try RoutingProblem(
      distances: instance.distances, depot: instance.depot, demands: instance.demands,
      capacities: capacities)
    let plan = RoutePlanner.plan(
      problem, options: PlannerOptions(timeLimit: 60, iterationLimit: 300))
    expectFeasible(plan, problem)
    #expect(plan.isComplete)
  }

  @Test("too small a fleet leaves customers unassigned")
  func fleetTooSmall() throws {
    let (instance, _) = try problem("A-n32-k5")
    let problem = try instance.routingProblem(vehicles: 2)
    let plan = RoutePlanner.plan(
      problem, options: PlannerOptions(timeLimit: 60, iterationLimit: 100))
    expectFeasible(plan, problem)
    // Total demand is 410 and two vehicles carry at most 200.
    #expect(!plan.isComplete)
    #expect(plan.usedRouteCount == 2)
  }

  /// Two vehicles carry 200 of A-n32-k5's 410, so about half the customers stay out. Those
  /// left out must be the unmarked ones while any urgent one could have been carried.
  @Test("too small a fleet leaves out the least urgent customers")
  func fleetTooSmallKeepsUrgent() throws {
    let (instance, _) = try problem("A-n32-k5")
    var priorities = Array(repeating: 0, count: instance.demands.count)
    // Every fourth customer is urgent: 8 of 31, whose demand the two vehicles can carry.
    let urgent = Set(stride(from: 1, to: instance.demands.count, by: 4))
    for customer in urgent { priorities[customer] = 2 }
    let problem = try RoutingProblem(
      distances: instance.distances, depot: instance.depot, demands: instance.demands,
      capacities: [100, 100], priorities: priorities)
    #expect(urgent.reduce(0) { $0 + instance.demands[$1] } <= 200)

    let plan = RoutePlanner.plan(
      problem, options: PlannerOptions(timeLimit: 60, iterationLimit: 300))
    expectFeasible(plan, problem)
    #expect(!plan.isComplete)
    let leftOutUrgent = plan.unassigned.filter(urgent.contains)
    #expect(leftOutUrgent.isEmpty, "urgent customers left out: \(leftOutUrgent)")
  }

  @Test("a negative priority is refused")
  func negativePriority() throws {
    let (instance, _) = try problem("E-n22-k4")
    var priorities = Array(repeating: 0, count: instance.demands.count)
    priorities[5] = -1
    #expect(throws: RoutingProblemError.negativePriority(node: 5, priority: -1)) {
      try RoutingProblem(
        distances: instance.distances, depot: instance.depot, demands: instance.demands,
        capacities: [6_000], priorities: priorities)
    }
  }
}

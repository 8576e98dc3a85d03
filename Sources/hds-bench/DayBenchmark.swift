import Foundation
import HDSCore

/// Plans a synthetic kecamatan day and prints how long the planner took.
///
/// Stops are spread over the desa in proportion to their residents, each placed
/// within about 0.4 km of one of its desa's dusun locations, which are themselves
/// estimates. Every stop has demand 1 and every courier capacity 30.
func runDayBenchmark(_ options: BenchOptions) throws {
  let stopCount = 300
  let courierCount = 10
  let courierCapacity = 30
  var random = BenchRandom(seed: options.seed)
  let kecamatan = Kromengan.kecamatan

  var coordinates = [kecamatan.office]
  let residents = Double(kecamatan.residents)
  for (index, desa) in kecamatan.desa.enumerated() {
    let share =
      index == kecamatan.desa.count - 1
      ? stopCount + 1 - coordinates.count
      : Int((Double(desa.residents) / residents * Double(stopCount)).rounded())
    for _ in 0..<share {
      let dusun = desa.dusun[random.below(desa.dusun.count)]
      // 0.004° is about 0.44 km of latitude here.
      coordinates.append(
        Coordinate(
          latitude: dusun.location.latitude + (random.unit() - 0.5) * 0.008,
          longitude: dusun.location.longitude + (random.unit() - 0.5) * 0.008))
    }
  }

  let (plan, seconds) = try measure { () throws -> RoutePlan in
    let matrix = try DistanceMatrix.estimatedRoad(between: coordinates)
    let demands = [0] + Array(repeating: 1, count: stopCount)
    let problem = try RoutingProblem(
      distances: matrix, depot: 0, demands: demands,
      capacities: Array(repeating: courierCapacity, count: courierCount))
    return RoutePlanner.plan(problem, options: .dayDefault)
  }

  let budget = PlannerOptions.dayDefault.timeLimit
  print("plan-day: \(stopCount) stops, \(courierCount) couriers of capacity \(courierCapacity)")
  print("budget \(budget) s, seed \(options.seed) for the stops, planner seed 1")
  print("wall time \(fixed(seconds, 3)) s, matrix and neighbour lists included")
  print("total \(fixed(plan.cost, 1)) km by the straight line × 1.3 estimate")
  print("routes used \(plan.usedRouteCount), unassigned \(plan.unassigned.count)")
  print("iterations \(plan.iterations)")
  let lengths = plan.routes.map { String($0.count) }.joined(separator: " ")
  print("stops per route: \(lengths)")
}

/// SplitMix64, for placing synthetic stops reproducibly.
struct BenchRandom {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  mutating func below(_ bound: Int) -> Int { Int((next() >> 11) % UInt64(bound)) }

  mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }
}

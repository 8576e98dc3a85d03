import Foundation

/// Plans capacitated vehicle routes by iterated local search.
///
/// The method: cheapest insertion builds a first plan, and local search improves it.
/// Then, until the time or iteration limit, each round removes strings of customers
/// (SISR ruin), reinserts them at their cheapest positions, runs local search from the
/// customers whose neighbours changed, and accepts the result by simulated annealing. The best plan seen
/// is returned. Capacity, pins and the priority order hold in every plan the search
/// visits, so the result is feasible apart from the customers it lists as unassigned.
public enum RoutePlanner {
  /// Starting temperature of the annealing, in units of the mean leg cost of the first
  /// plan.
  ///
  /// NOTE: both temperatures were tuned on four CVRPLIB instances of 21 to 79
  /// customers only. The ratio of 100 is the one the SISR paper uses.
  static let startTemperature = 1.0
  /// Final temperature, in the same units.
  static let finalTemperature = 0.01

  /// Returns the best plan found within `options`' limits.
  ///
  /// The same problem, seed and iteration limit give the same plan, as long as the
  /// time limit is not reached first. Without an iteration limit the annealing follows
  /// the clock, so two runs may differ.
  public static func plan(_ problem: RoutingProblem, options: PlannerOptions) -> RoutePlan {
    let clock = ContinuousClock()
    let start = clock.now
    var random = SplitMix64(seed: options.seed)
    let neighbourhood = Neighbourhood(problem: problem, neighbourCount: options.neighbourCount)

    // NOTE: the first plan and its local search run to completion before the clock is
    // first read, so a very large problem can overrun a short time limit.
    var current = SearchState(problem: problem)
    current.insert(firstInsertionOrder(problem), blinkRate: 0, random: &random)
    current.changedNodes = problem.customers
    current.improve(neighbourhood: neighbourhood, random: &random)
    var best = current

    let legs = max(1, problem.distances.count - 1 + current.routes.count { !$0.isEmpty })
    let meanLeg = max(current.totalCost / Double(legs), 1e-9)
    let hot = startTemperature * meanLeg
    let cold = finalTemperature * meanLeg

    var iteration = 0
    while true {
      if let limit = options.iterationLimit, iteration >= limit { break }
      let elapsed = seconds(start.duration(to: clock.now))
      if elapsed >= options.timeLimit { break }
      let progress =
        options.iterationLimit.map { Double(iteration) / Double(max(1, $0)) }
        ?? elapsed / max(options.timeLimit, 1e-9)
      let temperature = hot * pow(cold / hot, progress)

      var candidate = current
      candidate.ruin(neighbourhood: neighbourhood, random: &random)
      candidate.recreate(blinkRate: SearchState.blinkRate, random: &random)
      candidate.improve(neighbourhood: neighbourhood, random: &random)

      let threshold = current.objective - temperature * log(1 - random.unit())
      if candidate.objective < threshold {
        current = candidate
        if current.isBetter(than: best) { best = current }
      }
      iteration += 1
    }
    return best.plan(iterations: iteration)
  }

  /// Orders customers for the first plan: pinned ones first, so that their vehicles
  /// keep room for them, then the farthest from the depot first.
  private static func firstInsertionOrder(_ problem: RoutingProblem) -> [Int] {
    problem.customers.sorted { a, b in
      let pinnedA = problem.pinnedVehicles[a] != nil
      let pinnedB = problem.pinnedVehicles[b] != nil
      if pinnedA != pinnedB { return pinnedA }
      let far = problem.distances[problem.depot, a]
      let farB = problem.distances[problem.depot, b]
      return far != farB ? far > farB : a < b
    }
  }

  private static func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
  }
}

extension SearchState {
  /// Returns whether this plan leaves fewer customers unassigned than `other`, or as many at a
  /// lower cost.
  func isBetter(than other: SearchState) -> Bool {
    if unassigned.count != other.unassigned.count {
      return unassigned.count < other.unassigned.count
    }
    return totalCost < other.totalCost - Self.improvementThreshold
  }

}

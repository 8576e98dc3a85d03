/// Limits and tuning of a `RoutePlanner` run.
public struct PlannerOptions: Sendable, Equatable {
  /// Wall-clock budget in seconds, construction included.
  public var timeLimit: Double
  /// Maximum ruin-and-recreate rounds, or nil for no limit. A run that stops on this
  /// limit before the time limit gives the same plan for the same seed on any machine.
  public var iterationLimit: Int?
  /// Seed of the pseudo-random generator.
  public var seed: UInt64
  /// Nearest neighbours of each customer that local search pairs it with.
  public var neighbourCount: Int

  /// Default budget for a kecamatan day: 0.5 s, with 10 couriers and 300 stops.
  public static let dayDefault = PlannerOptions(timeLimit: 0.5)

  public init(
    timeLimit: Double, iterationLimit: Int? = nil, seed: UInt64 = 1, neighbourCount: Int = 20
  ) {
    self.timeLimit = timeLimit
    self.iterationLimit = iterationLimit
    self.seed = seed
    self.neighbourCount = neighbourCount
  }
}

/// The origin of a distance between two points.
public enum RoadDistanceSource: Sendable, Equatable {
  /// A line of `road-distances.csv`, in either direction.
  case file
  /// The straight line times the road factor.
  case estimate
  /// Both ends are the same point, 0 km apart, as two stops in one dusun are.
  case samePoint
}

/// One leg of a route: from one point to the next, with its kilometres and their source.
public struct RoadLeg: Sendable, Equatable {
  public let from: RoadPoint
  public let to: RoadPoint
  public let kilometres: Double
  public let source: RoadDistanceSource
}

/// Road kilometres between points: the office's measured value from
/// `road-distances.csv` where the file gives one, else the straight line times the road
/// factor, an estimate.
public struct RoadDistances: Sendable, Equatable {
  /// The road factor of a store with no `road_factor` setting. An estimate, not a
  /// measured property of Kromengan's roads.
  public static let defaultRoadFactor = 1.3

  /// The road factors the `road_factor` setting accepts.
  public static let roadFactorRange = 1.0...3.0

  /// The kantor kecamatan, where every route starts and ends.
  public let office: RoadPoint
  /// Straight-line distance times this factor estimates a road distance the file lacks.
  public let roadFactor: Double
  public let table: RoadDistanceTable

  /// Throws `.invalidRoadFactor` for a factor that is not finite or is below 1.
  public init(
    office: RoadPoint, roadFactor: Double = defaultRoadFactor, table: RoadDistanceTable = .empty
  ) throws(DistanceMatrixError) {
    guard roadFactor.isFinite, roadFactor >= 1 else { throw .invalidRoadFactor(roadFactor) }
    self.office = office
    self.roadFactor = roadFactor
    self.table = table
  }

  /// Decimals that show `roadFactor` without rounding a setting such as 1.25: 1 or 2.
  public var roadFactorDigits: Int {
    abs(roadFactor * 10 - (roadFactor * 10).rounded()) < 1e-9 ? 1 : 2
  }

  /// Returns the leg from `from` to `to`: 0 km between a point and itself, else the
  /// file's kilometres, else the estimate.
  public func leg(from: RoadPoint, to: RoadPoint) -> RoadLeg {
    if from == to { return RoadLeg(from: from, to: to, kilometres: 0, source: .samePoint) }
    if let kilometres = table.kilometres(from: from.name, to: to.name) {
      return RoadLeg(from: from, to: to, kilometres: kilometres, source: .file)
    }
    let estimate = from.location.distance(to: to.location) * roadFactor
    return RoadLeg(from: from, to: to, kilometres: estimate, source: .estimate)
  }

  /// Returns the legs from the office through `stops` in order and back; none without
  /// stops.
  public func legs(through stops: [RoadPoint]) -> [RoadLeg] {
    guard !stops.isEmpty else { return [] }
    let points = [office] + stops + [office]
    return zip(points, points.dropFirst()).map { leg(from: $0, to: $1) }
  }

  /// Builds the matrix of kilometres between every pair of `points`, for the planner.
  ///
  /// Complexity: O(points²) look-ups.
  public func matrix(between points: [RoadPoint]) throws(DistanceMatrixError) -> DistanceMatrix {
    try DistanceMatrix(count: points.count) { i, j in
      leg(from: points[i], to: points[j]).kilometres
    }
  }
}

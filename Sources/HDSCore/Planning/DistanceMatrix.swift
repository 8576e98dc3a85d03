/// A square matrix of travel costs between the nodes of a routing problem.
///
/// Costs are stored as `Double` in one flat row-major array. Integer costs, such as the
/// rounded Euclidean lengths of VRPLIB instances, are stored exactly, because every
/// integer below 2^53 is a `Double`, so sums of them stay exact too. The matrix may be
/// asymmetric, as a road matrix with one-way streets is.
public struct DistanceMatrix: Sendable, Equatable {
  /// Number of rows, which is also the number of columns.
  public let count: Int
  /// Row-major costs: the cost from `i` to `j` is at `i * count + j`.
  public let values: [Double]

  /// Creates a matrix from rows, which must all have `rows.count` entries.
  public init(rows: [[Double]]) throws(DistanceMatrixError) {
    let count = rows.count
    var values: [Double] = []
    values.reserveCapacity(count * count)
    for (index, row) in rows.enumerated() {
      guard row.count == count else {
        throw .notSquare(row: index, columns: row.count, rows: count)
      }
      values.append(contentsOf: row)
    }
    try self.init(count: count, values: values)
  }

  /// Creates a matrix from `count * count` row-major costs, each finite and not negative.
  public init(count: Int, values: [Double]) throws(DistanceMatrixError) {
    guard values.count == count * count else {
      throw .wrongSize(values: values.count, count: count)
    }
    if let index = values.firstIndex(where: { !$0.isFinite || $0 < 0 }) {
      throw .invalidCost(row: index / count, column: index % count, value: values[index])
    }
    self.count = count
    self.values = values
  }

  /// Builds the matrix `cost(i, j)` for every pair of `count` nodes.
  public init(count: Int, cost: (Int, Int) -> Double) throws(DistanceMatrixError) {
    var values: [Double] = []
    values.reserveCapacity(count * count)
    for i in 0..<count {
      for j in 0..<count {
        values.append(i == j ? 0 : cost(i, j))
      }
    }
    try self.init(count: count, values: values)
  }

  /// Estimates road distances in kilometres between coordinates: the haversine
  /// straight-line distance times `roadFactor`.
  ///
  /// The default factor of 1.3 is an estimate, not a measured property of Kromengan's
  /// roads. Pass a matrix from a road network to `init(rows:)` to replace the estimate.
  public static func estimatedRoad(
    between coordinates: [Coordinate], roadFactor: Double = 1.3
  ) throws(DistanceMatrixError) -> DistanceMatrix {
    guard roadFactor.isFinite, roadFactor >= 1 else { throw .invalidRoadFactor(roadFactor) }
    return try DistanceMatrix(count: coordinates.count) { i, j in
      coordinates[i].distance(to: coordinates[j]) * roadFactor
    }
  }

  /// Returns the cost of travelling from node `from` to node `to`.
  @inlinable
  public subscript(from: Int, to: Int) -> Double {
    values[from * count + to]
  }

  /// Whether the cost from `i` to `j` equals the cost from `j` to `i` for every pair.
  public var isSymmetric: Bool {
    for i in 0..<count {
      for j in (i + 1)..<count where values[i * count + j] != values[j * count + i] {
        return false
      }
    }
    return true
  }
}

/// A reason a distance matrix could not be built.
public enum DistanceMatrixError: Error, Equatable, CustomStringConvertible {
  case notSquare(row: Int, columns: Int, rows: Int)
  case wrongSize(values: Int, count: Int)
  case invalidCost(row: Int, column: Int, value: Double)
  case invalidRoadFactor(Double)

  public var description: String {
    switch self {
    case .notSquare(let row, let columns, let rows):
      return "row \(row) has \(columns) costs; a matrix with \(rows) rows needs \(rows) in each"
    case .wrongSize(let values, let count):
      return "\(values) costs given; a \(count) × \(count) matrix needs \(count * count)"
    case .invalidCost(let row, let column, let value):
      return "cost from \(row) to \(column) is \(value); costs must be finite and not negative"
    case .invalidRoadFactor(let factor):
      return "road factor \(factor) is invalid; it must be a finite number of at least 1"
    }
  }
}

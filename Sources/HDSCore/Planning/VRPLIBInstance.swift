import Foundation

/// A capacitated VRP instance read from VRPLIB text (the TSPLIB-derived format of
/// CVRPLIB), with its costs computed the way the format defines them.
///
/// Nodes are numbered from 0 here, one less than in the file. Supported edge weight
/// types: EUC_2D, where each edge costs its Euclidean length rounded to the nearest
/// integer (TSPLIB's `nint`, floor(d + 0.5)), and EXPLICIT with the FULL_MATRIX,
/// LOWER_ROW, LOWER_DIAG_ROW, UPPER_ROW or UPPER_DIAG_ROW format.
public struct VRPLIBInstance: Sendable {
  public let name: String
  public let capacity: Int
  /// Demand of each node; the depot's is usually 0.
  public let demands: [Int]
  public let depot: Int
  /// Node coordinates, or nil for an EXPLICIT instance without a coordinate section.
  public let coordinates: [(x: Double, y: Double)]?
  public let distances: DistanceMatrix

  /// Number of customers: every node but the depot.
  public var customerCount: Int { demands.count - 1 }

  /// Fleet size taken from the "-kN" part of the name, as in "A-n32-k5", or nil.
  public var vehicleCount: Int? {
    guard let range = name.range(of: #"-k([0-9]+)"#, options: .regularExpression) else {
      return nil
    }
    return Int(name[range].dropFirst(2))
  }

  /// Parses the text of a `.vrp` file.
  public init(parsing text: String) throws(VRPLIBError) {
    let file = try VRPLIBFile(text: text)
    name = file.fields["NAME"] ?? ""
    if let type = file.fields["TYPE"], type != "CVRP" { throw .unsupported("TYPE", type) }
    let dimension = try file.integerField("DIMENSION")
    capacity = try file.integerField("CAPACITY")

    var demands = Array(repeating: 0, count: dimension)
    for (node, values) in try file.rows("DEMAND_SECTION", columns: 1, nodes: dimension) {
      guard let demand = Int(exactly: values[0]) else {
        throw .invalidValue(section: "DEMAND_SECTION", text: String(values[0]))
      }
      demands[node] = demand
    }
    self.demands = demands

    let depots = file.sections["DEPOT_SECTION"] ?? [1]
    guard let firstDepot = depots.first, let depotNumber = Int(exactly: firstDepot),
      depotNumber >= 1, depotNumber <= dimension
    else { throw .invalidValue(section: "DEPOT_SECTION", text: "\(depots.first ?? 0)") }
    depot = depotNumber - 1

    if file.sections["NODE_COORD_SECTION"] != nil {
      var points = Array(repeating: (x: 0.0, y: 0.0), count: dimension)
      for (node, values) in try file.rows("NODE_COORD_SECTION", columns: 2, nodes: dimension) {
        points[node] = (x: values[0], y: values[1])
      }
      coordinates = points
    } else {
      coordinates = nil
    }

    let weightType = file.fields["EDGE_WEIGHT_TYPE"] ?? ""
    switch weightType {
    case "EUC_2D":
      guard let points = coordinates else { throw .missing("NODE_COORD_SECTION") }
      distances = try Self.matrix(dimension) { i, j in
        let dx = points[i].x - points[j].x
        let dy = points[i].y - points[j].y
        return (sqrt(dx * dx + dy * dy) + 0.5).rounded(.down)
      }
    case "EXPLICIT":
      distances = try Self.explicitMatrix(file, dimension: dimension)
    default:
      throw .unsupported("EDGE_WEIGHT_TYPE", weightType)
    }
  }

  /// Builds the routing problem with `vehicles` vehicles of the instance's capacity,
  /// by default as many as the name's "-kN" gives, or one per customer without it.
  public func routingProblem(vehicles: Int? = nil) throws -> RoutingProblem {
    let fleet = vehicles ?? vehicleCount ?? customerCount
    return try RoutingProblem(
      distances: distances, depot: depot, demands: demands,
      capacities: Array(repeating: capacity, count: fleet))
  }

  private static func matrix(
    _ dimension: Int, cost: (Int, Int) -> Double
  ) throws(VRPLIBError) -> DistanceMatrix {
    do {
      return try DistanceMatrix(count: dimension, cost: cost)
    } catch {
      throw .invalidMatrix(error.description)
    }
  }

  private static func explicitMatrix(
    _ file: VRPLIBFile, dimension n: Int
  ) throws(VRPLIBError) -> DistanceMatrix {
    let format = file.fields["EDGE_WEIGHT_FORMAT"] ?? "FULL_MATRIX"
    guard let weights = file.sections["EDGE_WEIGHT_SECTION"] else {
      throw .missing("EDGE_WEIGHT_SECTION")
    }
    // Cells listed by the format, in file order, each as (row, column).
    var cells: [(Int, Int)] = []
    switch format {
    case "FULL_MATRIX":
      for i in 0..<n { for j in 0..<n { cells.append((i, j)) } }
    case "LOWER_ROW":
      for i in 0..<n { for j in 0..<i { cells.append((i, j)) } }
    case "LOWER_DIAG_ROW":
      for i in 0..<n { for j in 0...i { cells.append((i, j)) } }
    case "UPPER_ROW":
      for i in 0..<n { for j in (i + 1)..<max(i + 1, n) { cells.append((i, j)) } }
    case "UPPER_DIAG_ROW":
      for i in 0..<n { for j in i..<n { cells.append((i, j)) } }
    default:
      throw .unsupported("EDGE_WEIGHT_FORMAT", format)
    }
    guard weights.count == cells.count else {
      throw .wrongCount(section: "EDGE_WEIGHT_SECTION", found: weights.count, expected: cells.count)
    }

    var values = Array(repeating: 0.0, count: n * n)
    for (index, (i, j)) in cells.enumerated() {
      values[i * n + j] = weights[index]
      if format != "FULL_MATRIX" { values[j * n + i] = weights[index] }
    }
    do {
      return try DistanceMatrix(count: n, values: values)
    } catch {
      throw .invalidMatrix(error.description)
    }
  }

  /// Returns the cost of `routes`, given as node indices without the depot.
  public func cost(of routes: [[Int]]) -> Double {
    routes.reduce(0) { total, stops in
      guard let first = stops.first, let last = stops.last else { return total }
      var sum = distances[depot, first] + distances[last, depot]
      for index in stops.indices.dropLast() { sum += distances[stops[index], stops[index + 1]] }
      return total + sum
    }
  }
}

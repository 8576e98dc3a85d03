import Foundation
import Testing

@testable import HDSCore

@Suite("VRPLIB reader")
struct PlanningVRPLIBTests {
  @Test("header and sections of A-n32-k5")
  func headerAndSections() throws {
    let instance = try VRPLIBInstance(parsing: PlanningInstances.an32k5Instance)
    #expect(instance.name == "A-n32-k5")
    #expect(instance.customerCount == 31)
    #expect(instance.capacity == 100)
    #expect(instance.depot == 0)
    #expect(instance.vehicleCount == 5)
    // File node 2 is at (96, 44) with demand 19; here it is node 1.
    #expect(instance.demands[1] == 19)
    #expect(instance.coordinates?[1].x == 96)
    #expect(instance.coordinates?[1].y == 44)
  }

  @Test("EUC_2D edges rounded to nearest integer")
  func roundedEdges() throws {
    let instance = try VRPLIBInstance(parsing: PlanningInstances.an32k5Instance)
    // From (82, 76) to (96, 44): sqrt(14² + 32²) = 34.93, rounded to 35.
    #expect(instance.distances[0, 1] == 35)
    #expect(instance.distances[1, 0] == 35)
  }

  @Test("solution routes cost the stated cost", arguments: PlanningInstances.all.map(\.name))
  func solutionCost(name: String) throws {
    let files = try #require(PlanningInstances.all.first { $0.name == name })
    let instance = try VRPLIBInstance(parsing: files.instance)
    let solution = try VRPLIBSolution(parsing: files.solution)
    let stated = try #require(solution.cost)
    #expect(instance.cost(of: solution.routes) == stated)
  }

  @Test("explicit lower row matrix")
  func explicitLowerRow() throws {
    let text = """
      NAME : tiny-k1
      TYPE : CVRP
      DIMENSION : 3
      CAPACITY : 10
      EDGE_WEIGHT_TYPE : EXPLICIT
      EDGE_WEIGHT_FORMAT : LOWER_ROW
      EDGE_WEIGHT_SECTION
      4
      5 6
      DEMAND_SECTION
      1 0
      2 3
      3 4
      DEPOT_SECTION
      1
      -1
      EOF
      """
    let instance = try VRPLIBInstance(parsing: text)
    #expect(instance.distances[1, 0] == 4)
    #expect(instance.distances[0, 1] == 4)
    #expect(instance.distances[2, 0] == 5)
    #expect(instance.distances[2, 1] == 6)
    #expect(instance.distances[1, 2] == 6)
    #expect(instance.vehicleCount == 1)
  }

  @Test("missing capacity rejected")
  func missingCapacity() {
    let text = PlanningInstances.en22k4Instance.replacingOccurrences(
      of: "CAPACITY : 6000", with: "")
    #expect(throws: VRPLIBError.missing("CAPACITY")) {
      try VRPLIBInstance(parsing: text)
    }
  }

  @Test("solution without routes rejected")
  func emptySolution() {
    #expect(throws: VRPLIBError.missing("Route")) {
      try VRPLIBSolution(parsing: "Cost 10\n")
    }
  }
}

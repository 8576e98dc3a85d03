import Foundation
import HDSCore

/// Plans every instance of the directory once per budget and prints the gaps.
func runVRPBenchmark(_ options: BenchOptions) throws {
  let directory = URL(fileURLWithPath: options.instancesDirectory)
  var isDirectory: ObjCBool = false
  guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
    isDirectory.boolValue
  else {
    throw BenchError.failed(
      "instance directory \(directory.path) not found; pass --instances DIR")
  }
  let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    .filter { $0.hasSuffix(".vrp") }
    .sorted()
  guard !names.isEmpty else {
    throw BenchError.failed("no .vrp files found in \(directory.path)")
  }

  print("seed \(options.seed), one run per cell, gap = (cost - best known) / best known")
  print("")
  print("| Instance | Customers | Budget (s) | Cost | Best known | Gap (%) | Routes | Iterations |")
  print("|---|---|---|---|---|---|---|---|")
  var gaps: [Double: [Double]] = [:]
  for name in names {
    let base = String(name.dropLast(4))
    let solutionURL = directory.appendingPathComponent(base + ".sol")
    guard FileManager.default.fileExists(atPath: solutionURL.path) else {
      print("\(base): no \(base).sol, skipped")
      continue
    }
    let instance = try VRPLIBInstance(
      parsing: String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8))
    let solution = try VRPLIBSolution(parsing: String(contentsOf: solutionURL, encoding: .utf8))
    let bestKnown = instance.cost(of: solution.routes)
    if let stated = solution.cost, stated != bestKnown {
      print("\(base): the .sol states cost \(stated) but its routes cost \(bestKnown)")
    }
    let problem = try instance.routingProblem()

    for budget in options.budgets {
      let plan = RoutePlanner.plan(
        problem, options: PlannerOptions(timeLimit: budget, seed: options.seed))
      let gap = (plan.cost - bestKnown) / bestKnown * 100
      var gapText = fixed(gap, 2)
      if plan.isComplete {
        gaps[budget, default: []].append(gap)
      } else {
        gapText = "\(plan.unassigned.count) unassigned"
      }
      let routes = "\(plan.usedRouteCount)/\(problem.capacities.count)"
      print(
        "| \(base) | \(instance.customerCount) | \(budget) | \(fixed(plan.cost, 0)) "
          + "| \(fixed(bestKnown, 0)) | \(gapText) | \(routes) | \(plan.iterations) |")
    }
  }

  print("")
  print("| Budget (s) | Mean gap (%) | Instances |")
  print("|---|---|---|")
  for budget in options.budgets {
    let values = gaps[budget] ?? []
    let mean = values.isEmpty ? Double.nan : values.reduce(0, +) / Double(values.count)
    print("| \(budget) | \(fixed(mean, 2)) | \(values.count) |")
  }
}

import Foundation

// hds-bench: measures the route planner on VRPLIB instances and on a synthetic
// kecamatan day. See `usage` for the commands.

let usage = """
  usage: hds-bench vrp [--instances DIR] [--budgets 0.1,1,10] [--seed N]
         hds-bench plan-day [--seed N]

  vrp       plans every DIR/*.vrp that has a .sol beside it once per budget (seconds)
            and prints the gap to the .sol's cost; DIR defaults to
            ../shared/bench/instances beside the package root.
  plan-day  plans 300 synthetic stops in Kecamatan Kromengan for 10 couriers of
            capacity 30 at the planner's default budget and prints the time taken.
  """

do {
  var arguments = Array(CommandLine.arguments.dropFirst())
  guard let command = arguments.first else { throw BenchError.usage("no command given") }
  arguments.removeFirst()
  let options = try BenchOptions(parsing: arguments)
  printHeader()
  switch command {
  case "vrp":
    try runVRPBenchmark(options)
  case "plan-day":
    try runDayBenchmark(options)
  default:
    throw BenchError.usage("unknown command \"\(command)\"")
  }
} catch let error as BenchError {
  FileHandle.standardError.write(Data("hds-bench: \(error)\n\n\(usage)\n".utf8))
  exit(2)
} catch {
  FileHandle.standardError.write(Data("hds-bench: \(error)\n".utf8))
  exit(1)
}

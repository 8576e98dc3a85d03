import Foundation

// hds-bench: measures the route planner on VRPLIB instances and on a synthetic
// kecamatan day. See `usage` for the commands.

let usage = """
  usage: hds-bench vrp [--instances DIR] [--budgets 0.1,1,10] [--seed N]
         hds-bench plan-day [--seed N]
         hds-bench scale --data DIR [--size COLSxROWS] [--print-list FILE] [--idle SECONDS]
                   [--starts N] [--changes N] [--refresh SECONDS] [--hds PATH]
                   [--sqlite3 PATH] [--queries-only]

  vrp       plans every DIR/*.vrp that has a .sol beside it once per budget (seconds)
            and prints the gap to the .sol's cost; DIR defaults to
            ../shared/bench/instances beside the package root.
  plan-day  plans 300 synthetic stops in Kecamatan Kromengan for 10 couriers of
            capacity 30 at the planner's default budget and prints the time taken.
  scale     runs the real hds dashboard on a copy of DIR's store in a pseudo-terminal
            and measures first frame, keys, refresh, idle cost and memory; imports
            FILE with hds and with sqlite3; times each pane's reads and prints their
            query plans. See docs/benchmarks-scale.md.
  """

do {
  var arguments = Array(CommandLine.arguments.dropFirst())
  guard let command = arguments.first else { throw BenchError.usage("no command given") }
  arguments.removeFirst()
  if command == "scale" {
    let options = try ScaleOptions(parsing: arguments)
    printHeader()
    try runScaleBenchmark(options)
    exit(0)
  }
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

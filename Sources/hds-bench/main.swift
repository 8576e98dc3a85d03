import Foundation

// hds-bench: measures the route planner on VRPLIB instances and on a synthetic
// kecamatan day, and makes the synthetic stores and print lists of the speed benchmark.
// See `usage` for the commands.

let usage = """
  usage: hds-bench vrp [--instances DIR] [--budgets 0.1,1,10] [--seed N]
         hds-bench plan-day [--seed N]
         hds-bench generate --data DIR [--requests N] [--seed S] [--today YYYY-MM-DD]
                            [--replace]
         hds-bench print-list --data DIR --out FILE [--rows N] [--seed S]
                              [--printed-on YYYY-MM-DD]
         hds-bench scale --data DIR [--size COLSxROWS] [--print-list FILE] [--idle SECONDS]
                   [--starts N] [--changes N] [--refresh SECONDS] [--hds PATH]
                   [--sqlite3 PATH] [--queries-only]

  vrp       plans every DIR/*.vrp that has a .sol beside it once per budget (seconds)
            and prints the gap to the .sol's cost; DIR defaults to
            ../shared/bench/instances beside the package root.
  plan-day  plans 300 synthetic stops in Kecamatan Kromengan for 10 couriers of
            capacity 30 at the planner's default budget and prints the time taken.
  generate  creates DIR/hds.sqlite with N synthetic requests (default 1000000) over the
            33 kecamatan of Kabupaten Malang, received in the 3 years up to --today
            (default today in WIB; history ends at 12:00 WIB that day), with their events,
            residents, couriers, complaints and survey responses. The same options give
            the same content. --replace deletes a store already in DIR. Progress goes to
            stderr, the report to stdout.
  print-list
            writes a print list CSV that hds import print-list accepts in full: N rows
            (default 100000), first the requests in process in DIR's store, then
            documents with no request there. --printed-on sets the print day (default
            today in WIB, which must not be after the importer's today).
  scale     runs the real hds dashboard on a copy of DIR's store in a pseudo-terminal
            and measures first frame, keys, refresh, idle cost and memory; imports
            FILE with hds and with sqlite3; times each pane's reads and prints their
            query plans. See docs/benchmarks-scale.md.
  """

// --help or -h anywhere prints the usage, as it does for hds, instead of being read as
// a command or as an option that needs a value.
if CommandLine.arguments.dropFirst().contains(where: { $0 == "--help" || $0 == "-h" }) {
  print(usage)
  exit(0)
}

do {
  var arguments = Array(CommandLine.arguments.dropFirst())
  guard let command = arguments.first else { throw BenchError.usage("no command given") }
  arguments.removeFirst()
  switch command {
  case "vrp":
    let options = try BenchOptions(parsing: arguments)
    printHeader()
    try runVRPBenchmark(options)
  case "plan-day":
    let options = try BenchOptions(parsing: arguments)
    printHeader()
    try runDayBenchmark(options)
  case "generate":
    try runGenerate(arguments)
  case "print-list":
    try runPrintList(arguments)
  case "scale":
    let options = try ScaleOptions(parsing: arguments)
    printHeader()
    try runScaleBenchmark(options)
  default:
    throw BenchError.usage("unknown command \"\(command)\"")
  }
} catch let error as BenchError {
  Interruption.shared.waitIfStopping()
  FileHandle.standardError.write(Data("hds-bench: \(error)\n\n\(usage)\n".utf8))
  exit(2)
} catch {
  Interruption.shared.waitIfStopping()
  FileHandle.standardError.write(Data("hds-bench: \(error)\n".utf8))
  exit(1)
}

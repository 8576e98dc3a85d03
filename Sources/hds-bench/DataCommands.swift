import Foundation
import HDSBenchData
import HDSCore

/// `hds-bench generate`: fills a new store with synthetic kabupaten-scale data.
func runGenerate(_ arguments: [String]) throws {
  var values = try OptionValues(arguments, flags: ["--replace"])
  let directory = try values.required("--data")
  var options = GenerateOptions(dataDirectory: directory)
  options.requests = try values.integer("--requests") ?? options.requests
  options.seed = try values.seed() ?? options.seed
  options.today = try values.day("--today") ?? options.today
  options.replace = values.flag("--replace")
  try values.requireAllUsed()

  printHeader()
  print(
    "generate: \(options.requests) requests, seed \(options.seed), history up to"
      + " \(options.today) 12:00 WIB, \(options.batchSize) requests per transaction")
  let report = try BenchGenerator.generate(options) { line in
    FileHandle.standardError.write(Data("hds-bench: \(line)\n".utf8))
  }
  for line in report.lines { print(line) }
  let rows = report.tableRows.map(\.rows).reduce(0, +)
  print("rate: \(Int(Double(rows) / max(report.seconds, 0.001))) rows/s over all tables")
}

/// `hds-bench print-list`: writes a print list for the import benchmark.
func runPrintList(_ arguments: [String]) throws {
  var values = try OptionValues(arguments, flags: [])
  var options = PrintListOptions(
    dataDirectory: try values.required("--data"), outputPath: try values.required("--out"))
  options.rows = try values.integer("--rows") ?? options.rows
  options.seed = try values.seed() ?? options.seed
  options.printedOn = try values.day("--printed-on") ?? options.printedOn
  try values.requireAllUsed()

  let clock = ContinuousClock()
  let start = clock.now
  let mix = try PrintListWriter.write(options)
  let elapsed = start.duration(to: clock.now).components
  print("print list: \(options.outputPath), \(mix.total) rows printed on \(options.printedOn)")
  print("  matched (requests in process, made ready by the import): \(mix.matched)")
  print("  new residents (NIKs the store does not hold): \(mix.newResidents)")
  print("  new documents of stored residents: \(mix.newDocuments)")
  print("  written in \(elapsed.seconds) s")
}

/// `--name value` pairs and bare flags, read once each.
private struct OptionValues {
  private var values: [String: String] = [:]
  private var flags: Set<String> = []
  private var used: Set<String> = []

  init(_ arguments: [String], flags known: Set<String>) throws(BenchError) {
    var remaining = arguments[...]
    while let option = remaining.popFirst() {
      guard option.hasPrefix("--") else {
        throw .usage("unexpected argument \(option); options start with --")
      }
      if known.contains(option) {
        flags.insert(option)
        continue
      }
      guard let value = remaining.popFirst() else { throw .usage("\(option) needs a value") }
      values[option] = value
    }
  }

  mutating func flag(_ name: String) -> Bool {
    used.insert(name)
    return flags.contains(name)
  }

  mutating func required(_ name: String) throws(BenchError) -> String {
    used.insert(name)
    guard let value = values[name] else { throw .usage("\(name) is missing") }
    return value
  }

  mutating func integer(_ name: String) throws(BenchError) -> Int? {
    used.insert(name)
    guard let text = values[name] else { return nil }
    guard let value = Int(text.replacingOccurrences(of: "_", with: "")), value >= 1 else {
      throw .usage("\(name) \(text) is invalid; give a whole number from 1")
    }
    return value
  }

  mutating func seed() throws(BenchError) -> UInt64? {
    used.insert("--seed")
    guard let text = values["--seed"] else { return nil }
    guard let value = UInt64(text) else {
      throw .usage("--seed \(text) is invalid; give a whole number from 0")
    }
    return value
  }

  mutating func day(_ name: String) throws(BenchError) -> CalendarDay? {
    used.insert(name)
    guard let text = values[name] else { return nil }
    guard let day = CalendarDay(iso: text) else {
      throw .usage("\(name) \(text) is not a date; give it as YYYY-MM-DD")
    }
    return day
  }

  func requireAllUsed() throws(BenchError) {
    let unknown = Set(values.keys).union(flags).subtracting(used).sorted()
    if let first = unknown.first { throw .usage("unknown option \(first)") }
  }
}

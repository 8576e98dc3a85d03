import Foundation

/// Options of `hds-bench scale`.
struct ScaleOptions {
  /// The data directory with the store to measure. The benchmark works on a copy, so
  /// the changes and the import leave it as it was.
  var dataDirectory = ""
  /// The hds executable; by default the one beside hds-bench.
  var hdsPath: String
  var sqlite3Path = "/usr/bin/sqlite3"
  var rows = 24
  var cols = 80
  /// Dashboard starts for the first-frame figure.
  var startRuns = 5
  var idleSeconds = 60.0
  /// The dashboard's refresh interval; hds's default.
  var refreshSeconds = 2.0
  /// Requests changed by another process, for the refresh figure.
  var changes = 10
  var printList: String?
  /// Whether to measure the dashboard at all; `--queries-only` measures the store alone.
  var dashboard = true

  static var defaultHDSPath: String {
    let executable =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: executable).deletingLastPathComponent()
      .appendingPathComponent("hds").path
  }

  init(parsing arguments: [String]) throws(BenchError) {
    hdsPath = Self.defaultHDSPath
    var remaining = arguments[...]
    while let option = remaining.popFirst() {
      if option == "--queries-only" {
        dashboard = false
        continue
      }
      guard let value = remaining.popFirst() else { throw .usage("\(option) needs a value") }
      switch option {
      case "--data": dataDirectory = value
      case "--hds": hdsPath = value
      case "--sqlite3": sqlite3Path = value
      case "--print-list": printList = value
      case "--size":
        (cols, rows) = try Self.size(value)
      case "--starts": startRuns = try Self.count(value, option, minimum: 1)
      case "--changes": changes = try Self.count(value, option, minimum: 0)
      case "--idle":
        guard let seconds = Double(value), seconds >= 0, seconds <= 3_600 else {
          throw .usage("--idle \(value) is invalid; give seconds from 0 to 3600")
        }
        idleSeconds = seconds
      case "--refresh":
        guard let seconds = Double(value), seconds >= 0.1 else {
          throw .usage("--refresh \(value) is invalid; give seconds, 0.1 or more")
        }
        refreshSeconds = seconds
      default:
        throw .usage("unknown option \(option)")
      }
    }
    guard !dataDirectory.isEmpty else { throw .usage("scale needs --data DIR") }
    if let printList, !FileManager.default.isReadableFile(atPath: printList) {
      throw .usage(
        "--print-list \(printList) is not a readable file; make one with `hds-bench print-list`")
    }
    if dashboard, !FileManager.default.isExecutableFile(atPath: hdsPath) {
      throw .usage(
        "no hds executable at \(hdsPath); build it with `swift build -c release --product hds`"
          + " or pass --hds PATH")
    }
  }

  /// Parses "COLSxROWS". Every part must be a whole number, so "80x24x" and "80xax24" are
  /// rejected rather than read as 80x24.
  static func size(_ value: String) throws(BenchError) -> (cols: Int, rows: Int) {
    let parts = value.split(separator: "x", omittingEmptySubsequences: false).map { Int($0) }
    guard parts.count == 2, let cols = parts[0], let rows = parts[1], cols >= 72, rows >= 20,
      cols <= 1_000, rows <= 1_000
    else {
      throw .usage("--size \(value) is invalid; give COLSxROWS from 72x20 to 1000x1000")
    }
    return (cols, rows)
  }

  private static func count(_ value: String, _ option: String, minimum: Int) throws(BenchError)
    -> Int
  {
    guard let number = Int(value), number >= minimum else {
      throw .usage("\(option) \(value) is invalid; give a whole number from \(minimum)")
    }
    return number
  }
}

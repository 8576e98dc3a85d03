import Foundation

/// Command-line options of hds-fuzz.
struct FuzzOptions {
  enum Kind: String, CaseIterable {
    case printList = "print-list"
    case survey
    case all
  }

  var kind = Kind.all
  /// Cases run through the `hds` binary.
  var cases = 200
  /// Cases run through the parsers inside this process.
  var parserCases = 2_000
  /// Keys sent to the dashboard.
  var keys = 3_000
  var seed: UInt64 = 1
  /// Runs only this case number, of both phases, and saves its input.
  var onlyCase: Int?
  var binary: String?
  var workDirectory: String?
  /// Seconds one import may take, and the dashboard may take to redraw after a batch.
  var timeout = 20.0
  /// Whether `keys` opens the dashboard with --read-only.
  var readOnly = false

  init(parsing arguments: [String]) throws(FuzzError) {
    var remaining = arguments[...]
    while let option = remaining.popFirst() {
      if option == "--read-only" {
        readOnly = true
        continue
      }
      guard let value = remaining.popFirst() else { throw .usage("\(option) needs a value") }
      switch option {
      case "--kind":
        guard let kind = Kind(rawValue: value) else {
          throw .usage("--kind \(value) is invalid; give print-list, survey or all")
        }
        self.kind = kind
      case "--cases": cases = try Self.count(value, option: option, minimum: 0)
      case "--parser-cases": parserCases = try Self.count(value, option: option, minimum: 0)
      case "--keys": keys = try Self.count(value, option: option, minimum: 1)
      case "--case": onlyCase = try Self.count(value, option: option, minimum: 0)
      case "--seed":
        guard let seed = UInt64(value) else {
          throw .usage("--seed \(value) is invalid; give a whole number from 0")
        }
        self.seed = seed
      case "--binary": binary = value
      case "--work": workDirectory = value
      case "--timeout":
        guard let seconds = Double(value), seconds > 0 else {
          throw .usage("--timeout \(value) is invalid; give seconds above 0")
        }
        timeout = seconds
      default:
        throw .usage("unknown option \(option)")
      }
    }
  }

  /// Returns the `hds` to test: --binary, else the `hds` beside this executable.
  func hdsBinary() throws(FuzzError) -> String {
    let path =
      binary
      ?? URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
      .appendingPathComponent("hds").path
    guard FileManager.default.isExecutableFile(atPath: path) else {
      throw .usage("\(path) is not an executable; build hds first or pass --binary PATH")
    }
    return path
  }

  private static func count(_ value: String, option: String, minimum: Int) throws(FuzzError)
    -> Int
  {
    guard let count = Int(value), count >= minimum else {
      throw .usage("\(option) \(value) is invalid; give a whole number from \(minimum)")
    }
    return count
  }
}

/// A reason hds-fuzz stopped before or outside its checks.
enum FuzzError: Error, CustomStringConvertible {
  case usage(String)
  /// The run could not be prepared: no demo store, no tmux, a file not written.
  case setup(String)

  var description: String {
    switch self {
    case .usage(let message), .setup(let message): return message
    }
  }
}

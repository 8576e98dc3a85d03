import Foundation

/// Command-line options of hds-bench.
struct BenchOptions {
  var instancesDirectory: String
  /// Time budgets in seconds, one run per instance and budget.
  var budgets: [Double] = [0.1, 1, 10]
  var seed: UInt64 = 1

  /// The bundled instances: ../shared/bench/instances beside the package root, found
  /// from this source file's path at build time.
  static var defaultInstancesDirectory: String {
    URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent()  // hds-bench
      .deletingLastPathComponent()  // Sources
      .deletingLastPathComponent()  // package root
      .deletingLastPathComponent()
      .appendingPathComponent("shared/bench/instances").path
  }

  init(parsing arguments: [String]) throws(BenchError) {
    instancesDirectory = Self.defaultInstancesDirectory
    var remaining = arguments[...]
    while let option = remaining.popFirst() {
      guard let value = remaining.popFirst() else {
        throw .usage("\(option) needs a value")
      }
      switch option {
      case "--instances":
        instancesDirectory = value
      case "--budgets":
        let budgets = value.split(separator: ",").map { Double($0) }
        guard !budgets.isEmpty, budgets.allSatisfy({ $0 != nil && $0! >= 0 }) else {
          throw .usage("--budgets \(value) is invalid; give seconds separated by commas")
        }
        self.budgets = budgets.compactMap { $0 }
      case "--seed":
        guard let seed = UInt64(value) else {
          throw .usage("--seed \(value) is invalid; give a whole number from 0")
        }
        self.seed = seed
      default:
        throw .usage("unknown option \(option)")
      }
    }
  }
}

/// A reason hds-bench stopped.
enum BenchError: Error, CustomStringConvertible {
  case usage(String)
  case failed(String)

  var description: String {
    switch self {
    case .usage(let message), .failed(let message): return message
    }
  }
}

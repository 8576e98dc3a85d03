import Foundation
import HDSStorePostgres
import HDSStoreSQL
import HDSStoreSQLite

/// Command-line options of hds-stress.
struct StressOptions {
  var dataDirectory: String?
  /// `--store URL`: a PostgreSQL store in place of the data directory's SQLite file.
  var storeURL: String?
  /// Requests that `seed` creates and that `act` picks from, ids 1 to `requests`.
  var requests = 500
  /// Actions that `act` attempts.
  var actions = 1000
  var seed: UInt64 = 1
  /// The user recorded on every event; by default "stress-" and the seed.
  var user: String?
  /// Whether `seed` also sends every request to Dukcapil.
  var sendsToDukcapil = false

  init(parsing arguments: [String]) throws(StressError) {
    var remaining = arguments[...]
    while let option = remaining.popFirst() {
      if option == "--sent" {
        sendsToDukcapil = true
        continue
      }
      guard let value = remaining.popFirst() else {
        throw .usage("\(option) needs a value")
      }
      switch option {
      case "--data":
        dataDirectory = value
      case "--store":
        guard value.hasPrefix("postgresql://") || value.hasPrefix("postgres://") else {
          throw .usage("--store \(value) is invalid; give a postgresql:// URL")
        }
        storeURL = value
      case "--requests":
        requests = try Self.count(value, option: option)
      case "--actions":
        actions = try Self.count(value, option: option)
      case "--seed":
        guard let seed = UInt64(value) else {
          throw .usage("--seed \(value) is invalid; give a whole number from 0")
        }
        self.seed = seed
      case "--user":
        user = value
      default:
        throw .usage("unknown option \(option)")
      }
    }
  }

  /// Opens the store: the server's with --store, else the data directory's SQLite file.
  func openStore() throws -> SQLStore {
    let directory = try requireDataDirectory()
    if let storeURL {
      return try PostgresStore(url: storeURL, officeDirectory: directory)
    }
    return try SQLiteStore.open(dataDirectory: directory, readOnly: false)
  }

  /// Returns the data directory, which every command needs.
  func requireDataDirectory() throws(StressError) -> String {
    guard let dataDirectory else { throw .usage("--data DIR is missing") }
    return dataDirectory
  }

  private static func count(_ value: String, option: String) throws(StressError) -> Int {
    guard let count = Int(value), count >= 1 else {
      throw .usage("\(option) \(value) is invalid; give a whole number from 1")
    }
    return count
  }
}

/// A reason hds-stress stopped.
enum StressError: Error, CustomStringConvertible {
  case usage(String)
  case failed(String)

  var description: String {
    switch self {
    case .usage(let message), .failed(let message): return message
    }
  }
}

/// SplitMix64 (Steele, Lea and Flood, 2014): a small generator whose sequence depends
/// only on the seed, so a run can be repeated.
struct SeededGenerator: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var mixed = state
    mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
    mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
    return mixed ^ (mixed >> 31)
  }
}

import Foundation
import HDSCore

@testable import HDSBenchData

/// A directory under the temporary directory, deleted with the value.
final class TemporaryDirectory: Sendable {
  let path: String

  init() throws {
    path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "hds-bench-data-tests-" + UUID().uuidString)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  var storePath: String { file("hds.sqlite") }
}

/// One small generated store that the read-only tests share, made once per test run.
enum GeneratedStore {
  static let requests = 3_000
  static let today = CalendarDay(year: 2026, month: 12, day: 4)

  static func options(_ directory: TemporaryDirectory, seed: UInt64 = 1) -> GenerateOptions {
    GenerateOptions(
      dataDirectory: directory.path, requests: requests, seed: seed, today: today,
      batchSize: 1_000)
  }

  /// The shared store and its report, or the error that generating it threw.
  static let shared: Result<(TemporaryDirectory, GenerationReport), Error> = Result {
    let directory = try TemporaryDirectory()
    // A static is never deinitialised, so the directory goes when the test process exits.
    sharedPath = directory.path
    atexit {
      if let path = GeneratedStore.sharedPath {
        try? FileManager.default.removeItem(atPath: path)
      }
    }
    let report = try BenchGenerator.generate(options(directory))
    return (directory, report)
  }

  nonisolated(unsafe) private static var sharedPath: String?

  static func path() throws -> String {
    try shared.get().0.storePath
  }

  /// Returns every row of `sql` with columns as text, nil for NULL.
  static func rows(_ sql: String, path: String? = nil) throws -> [[String?]] {
    let connection = try BulkConnection(path: try path ?? self.path(), readOnly: true)
    let statement = try connection.prepare(sql)
    var rows: [[String?]] = []
    while try statement.step() {
      rows.append((0..<statement.columnCount).map { statement.optionalText($0) })
    }
    return rows
  }

  /// Returns the first column of the first row of `sql` as an integer.
  static func integer(_ sql: String, path: String? = nil) throws -> Int {
    Int(try rows(sql, path: path).first?.first??.description ?? "0") ?? 0
  }
}

// Fills a new store with a kabupaten's worth of synthetic requests for the speed
// benchmark. The store is created by `SQLiteStore`, so every migration runs, and then
// loaded with bulk SQL in large transactions. The table triggers stay on, so that
// request_count, complaint_count and the FTS5 name index are what the store would keep.

import CSQLite
import Foundation
import HDSCore
import HDSSampleData
import HDSStoreSQLite

/// The options of one generated store.
public struct GenerateOptions: Sendable {
  public var dataDirectory: String
  public var requests: Int
  public var seed: UInt64
  /// The last day of the span. Events run up to 12:00 WIB that day.
  public var today: CalendarDay
  /// Whether an existing store in the directory is deleted first.
  public var replace: Bool
  /// Requests per transaction.
  public var batchSize: Int

  public init(
    dataDirectory: String, requests: Int = 1_000_000, seed: UInt64 = 1,
    today: CalendarDay = CalendarDay(containing: Date()), replace: Bool = false,
    batchSize: Int = 50_000
  ) {
    self.dataDirectory = dataDirectory
    self.requests = requests
    self.seed = seed
    self.today = today
    self.replace = replace
    self.batchSize = batchSize
  }
}

/// Writes the benchmark store.
public enum BenchGenerator {
  /// Days before `today` that requests are received on: three years.
  static let spanDays = 3 * 365
  /// Calendar days after `today` in the day table, for deadlines of up to 60 working
  /// days and deliveries planned ahead.
  static let daysAfterToday = 200

  /// Generates the store and returns its counts. `progress` receives one line per phase
  /// and per batch.
  public static func generate(
    _ options: GenerateOptions, progress: @escaping (String) -> Void = { _ in }
  ) throws(BenchDataError) -> GenerationReport {
    guard options.requests >= 1 else {
      throw BenchDataError(
        "--requests \(options.requests) is invalid; give a whole number from 1")
    }
    let clock = ContinuousClock()
    let started = clock.now
    let path = try prepareStore(options)

    let connection = try BulkConnection(path: path)
    try connection.keepWriteAheadLogFiles()
    try connection.execute("PRAGMA synchronous = OFF")
    try connection.execute("PRAGMA cache_size = -1000000")
    try connection.execute("PRAGMA temp_store = MEMORY")

    var load = try BenchLoad(options: options, connection: connection, progress: progress)
    try load.run()

    try connection.execute("PRAGMA synchronous = NORMAL")
    progress("checkpoint: folding the write-ahead log into \(path)")
    try connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    let seconds = seconds(since: started, clock)
    return try GenerationReport.read(connection, path: path, seconds: seconds)
  }

  /// Deletes an old store when asked, creates the new one through `SQLiteStore` so that
  /// every migration runs, and returns its path.
  private static func prepareStore(_ options: GenerateOptions) throws(BenchDataError) -> String {
    let directory = options.dataDirectory
    let path = (directory as NSString).appendingPathComponent(SQLiteStore.fileName)
    if options.replace {
      for file in ["", "-wal", "-shm"].map({ path + $0 }) + [directory + "/hds.log"]
      where FileManager.default.fileExists(atPath: file) {
        do {
          try FileManager.default.removeItem(atPath: file)
        } catch {
          throw BenchDataError("cannot delete \(file): \(error.localizedDescription)")
        }
      }
    }
    let existing: Int
    do throws(StoreError) {
      // The store closes its connection when the last reference goes, at the end of
      // this block.
      let store = try SQLiteStore.open(dataDirectory: directory, readOnly: false)
      existing = try store.totals(on: options.today).requests
    } catch {
      throw BenchDataError("cannot create the store in \(directory): \(error)")
    }
    if existing > 0 {
      throw BenchDataError(
        "\(path) already contains \(existing) requests; add --replace to generate a new store"
          + " in its place")
    }
    return path
  }

  static func seconds(since start: ContinuousClock.Instant, _ clock: ContinuousClock) -> Double {
    let elapsed = start.duration(to: clock.now).components
    return Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18
  }
}

extension BulkConnection {
  /// Keeps the -wal and -shm files after this connection closes, as `SQLiteStore` does,
  /// so that a read-only user can open the store.
  func keepWriteAheadLogFiles() throws(BenchDataError) {
    var enabled: Int32 = 1
    let code = sqlite3_file_control(handle, "main", SQLITE_FCNTL_PERSIST_WAL, &enabled)
    guard code == SQLITE_OK else {
      throw BenchDataError("cannot keep the WAL files of \(path) (SQLite code \(code))")
    }
  }
}

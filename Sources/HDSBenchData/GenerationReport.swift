import Foundation
import HDSCore

/// The result of a generation: rows per table, requests per state, the file size and the
/// wall time.
public struct GenerationReport: Sendable {
  public let path: String
  public let tableRows: [(table: String, rows: Int)]
  /// From `request_count`, which the store's triggers keep.
  public let requestsByState: [(state: RequestState, count: Int)]
  /// Bytes of hds.sqlite and its -wal file together.
  public let fileBytes: Int64
  public let seconds: Double

  static let tables = [
    "resident", "request", "request_event", "courier", "courier_event", "complaint",
    "complaint_event", "survey_response", "survey_event", "request_number_counter",
  ]

  /// Requests waiting for a courier or out with one: ready, assigned, out for delivery.
  public var pendingQueue: Int {
    requestsByState.filter { RequestState.pending.contains($0.state) }.map(\.count).reduce(0, +)
  }

  static func read(_ connection: BulkConnection, path: String, seconds: Double)
    throws(BenchDataError) -> GenerationReport
  {
    var rows: [(String, Int)] = []
    for table in tables {
      rows.append((table, Int(try connection.integer("SELECT count(*) FROM \(table)"))))
    }
    var states: [(RequestState, Int)] = []
    for state in RequestState.allCases {
      let count = try connection.integer(
        "SELECT coalesce(sum(count), 0) FROM request_count WHERE state = '\(state.rawValue)'")
      states.append((state, Int(count)))
    }
    var bytes: Int64 = 0
    for file in [path, path + "-wal"] {
      let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size]) as? NSNumber
      bytes += size?.int64Value ?? 0
    }
    return GenerationReport(
      path: path, tableRows: rows, requestsByState: states, fileBytes: bytes, seconds: seconds)
  }

  /// The report as lines for a terminal.
  public var lines: [String] {
    var lines = ["store: \(path)"]
    for (table, count) in tableRows {
      lines.append("  \(table): \(count) rows")
    }
    lines.append("requests by state:")
    for (state, count) in requestsByState {
      lines.append("  \(state.rawValue): \(count)")
    }
    lines.append("pending queue (ready, assigned, out for delivery): \(pendingQueue)")
    lines.append("file size: \(fileBytes / 1_048_576) MiB (\(fileBytes) bytes)")
    lines.append("time: \(String(format: "%.1f", seconds)) s")
    return lines
  }
}

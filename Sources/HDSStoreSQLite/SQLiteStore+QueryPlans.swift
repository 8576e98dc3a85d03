// Records the statements a piece of work runs and explains their plans, so the benchmark
// can show each pane's queries with the plan SQLite chose on the real file.

import CSQLite
import HDSCore

/// One statement a recorded piece of work ran, and SQLite's plan for it.
public struct QueryPlan: Sendable, Equatable {
  /// The statement with its bound values written in, as SQLite expands it.
  public let sql: String
  /// The plan's steps from `EXPLAIN QUERY PLAN`, indented two spaces per level.
  public let steps: [String]

  /// Steps that read a whole table, not an index. A virtual table (the FTS5 name index)
  /// and SQLite's constant row are not tables in that sense.
  public var fullScans: [String] {
    let lines = steps.map { String($0.drop { $0 == " " }) }
    // A subquery's result, read once it is made, is no table.
    let subqueries = Set(
      lines.compactMap { line -> String? in
        for prefix in ["MATERIALIZE ", "CO-ROUTINE "] where line.hasPrefix(prefix) {
          return String(line.dropFirst(prefix.count))
        }
        return nil
      })
    return lines.filter {
      $0.hasPrefix("SCAN ") && !$0.contains(" USING ") && !$0.contains("VIRTUAL TABLE")
        && $0 != "SCAN CONSTANT ROW" && !$0.hasPrefix("SCAN (")
        && !subqueries.contains(String($0.dropFirst(5)))
    }
  }

  /// Steps that sort rows because no index gives their order.
  public var sorts: [String] {
    steps.filter { $0.contains("USE TEMP B-TREE") }
  }
}

/// The statements seen while recording; only the thread that holds the store's lock
/// touches it.
private final class StatementLog {
  var statements: [String] = []
}

extension SQLiteStore {
  /// Runs `body`, records every statement it runs on this store's connection other than
  /// transaction control and PRAGMAs, and returns each distinct one with its plan, in the
  /// order they first ran.
  public func recordingQueries(_ body: () throws -> Void) throws -> [QueryPlan] {
    let log = StatementLog()
    let context = Unmanaged.passRetained(log)
    defer { context.release() }
    try withSQLite { connection in
      _ = sqlite3_trace_v2(
        connection.handle, UInt32(SQLITE_TRACE_STMT),
        { _, context, statement, _ in
          guard let context, let statement else { return 0 }
          let log = Unmanaged<StatementLog>.fromOpaque(context).takeUnretainedValue()
          guard let expanded = sqlite3_expanded_sql(OpaquePointer(statement)) else { return 0 }
          defer { sqlite3_free(expanded) }
          log.statements.append(String(cString: expanded))
          return 0
        }, context.toOpaque())
    }
    let stopRecording = {
      try? self.withSQLite { connection in _ = sqlite3_trace_v2(connection.handle, 0, nil, nil)
      }
    }
    do {
      try body()
    } catch {
      stopRecording()
      throw error
    }
    stopRecording()

    var seen: Set<String> = []
    var plans: [QueryPlan] = []
    for sql in log.statements where seen.insert(sql).inserted {
      let word = sql.prefix { !$0.isWhitespace }.uppercased()
      // A trigger's statements are traced as "-- NAME"; their plans belong to the write.
      guard !["BEGIN", "COMMIT", "ROLLBACK", "PRAGMA", "--"].contains(word) else { continue }
      plans.append(QueryPlan(sql: sql, steps: try explain(sql)))
    }
    return plans
  }

  /// Returns the plan of one statement, each step indented under its parent.
  private func explain(_ sql: String) throws(StoreError) -> [String] {
    try withSQLite { (connection) throws(StoreError) -> [String] in
      let statement = try connection.prepare(
        "EXPLAIN QUERY PLAN " + sql, context: "explaining a query plan")
      var depth: [Int64: Int] = [0: 0]
      var steps: [String] = []
      while try statement.step() {
        let row = statement.row
        let level = (depth[row.integer(1)] ?? 0) + 1
        depth[row.integer(0)] = level
        steps.append(String(repeating: "  ", count: level - 1) + row.text(3))
      }
      return steps
    }
  }
}

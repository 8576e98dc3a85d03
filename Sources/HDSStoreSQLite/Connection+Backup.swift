// SQLite's online backup API (sqlite3_backup_init, _step, _finish) on two connections.

import CSQLite
import Foundation
import HDSCore

extension Connection {
  /// Copies every page of this connection's main database over `destination`'s main
  /// database in one step, and so in one write transaction on `destination`.
  ///
  /// The copy reads one snapshot of the source: copying all pages in a single step holds
  /// one read transaction from start to end, and in WAL mode that read does not block
  /// other writers. When another process holds the destination's write lock, the step
  /// waits for `destination`'s busy timeout, and it is tried again up to `attempts` times.
  ///
  /// Complexity: reads the whole source and writes the whole destination.
  func copy(into destination: Connection, attempts: Int = 3, context: String) throws(StoreError) {
    guard let backup = sqlite3_backup_init(destination.handle, "main", handle, "main") else {
      let code = sqlite3_extended_errcode(destination.handle)
      throw destination.error(code: code, context: context)
    }
    var code = sqlite3_backup_step(backup, -1)
    var tries = 1
    while (code == SQLITE_BUSY || code == SQLITE_LOCKED) && tries < attempts {
      tries += 1
      usleep(200_000)
      code = sqlite3_backup_step(backup, -1)
    }
    let finished = sqlite3_backup_finish(backup)
    if code == SQLITE_DONE && finished == SQLITE_OK { return }

    if code == SQLITE_BUSY || code == SQLITE_LOCKED {
      throw .storage(
        path: destination.path, failure: .locked,
        reason: "another process kept the file locked while \(context); nothing was"
          + " changed. Try again when the import or action in progress is done")
    }
    // After a failed step, sqlite3_backup_finish returns that step's error and leaves
    // the extended code and message on the destination connection.
    let failure = finished != SQLITE_OK ? finished : code
    let extended = sqlite3_extended_errcode(destination.handle)
    throw destination.error(
      code: (extended & 0xff) == failure ? extended : failure, context: context)
  }

  /// Runs `PRAGMA integrity_check` and returns "ok", or its report of up to 10 problems,
  /// one per line.
  ///
  /// Complexity: reads the whole file.
  func integrityReport(context: String) throws(StoreError) -> String {
    try rows("PRAGMA integrity_check(10)", context: context) { $0.text(0) }
      .joined(separator: "\n")
  }
}

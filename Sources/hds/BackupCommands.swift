import Foundation
import HDSCore
import HDSStoreSQLite

/// `hds backup` and `hds restore`. Messages are in English, like the rest of the command
/// line.
extension Commands {
  /// Fails for a PostgreSQL store, which the server's own tools back up.
  private static func requireFileStore(_ command: String) {
    guard serverURL != nil else { return }
    fail(
      "hds \(command) works on the SQLite store of a data directory; back up and restore a"
        + " PostgreSQL store with pg_dump and pg_restore or with base backups"
        + " (docs/postgresql-deployment.md)")
  }

  static func backup(_ arguments: Arguments, directory: String) -> Never {
    requireFileStore("backup")
    // Parsing made sure that the command has its file.
    let file = absolutePath(arguments.backupFile ?? "")
    let store = directory + "/" + SQLiteStore.fileName
    requireStoreFile(store, fix: "pass --data DIR with the directory of hds.sqlite")
    if FileManager.default.fileExists(atPath: file) && !arguments.force {
      fail("\(file) already exists; give another file name, or add --force to replace it")
    }
    let log = FileLog(directory: directory)
    let actor = AccessRole.actor(directory: directory, readOnly: arguments.readOnly)
    do {
      let written = try StoreBackup.backup(storeAt: store, to: file, overwrite: arguments.force)
      log.record("backup \(store) to \(file) by \(actor): " + describe(written))
      let source = openExportStore(directory: directory, actor: actor)
      try recordExport(
        .backup, [("file", file)], rows: written.requestCount, in: source, by: actor)
      print("Backup written: \(file)")
      print(table(written))
    } catch {
      log.record("backup \(store) to \(file) by \(actor) failed: " + oneLine(error))
      fail(error.description)
    }
    exit(0)
  }

  static func restore(_ arguments: Arguments, directory: String) -> Never {
    requireFileStore("restore")
    let file = absolutePath(arguments.backupFile ?? "")
    let store = directory + "/" + SQLiteStore.fileName
    let kept = freeName(store + ".before-restore-" + timestamp(Date()))
    let log = FileLog(directory: directory)
    let actor = AccessRole.actor(directory: directory, readOnly: arguments.readOnly)
    let report: RestoreReport
    do {
      try createDataDirectory(directory)
      report = try StoreBackup.restore(file, into: store, keepingCurrentAs: kept)
    } catch {
      log.record("restore \(file) into \(store) by \(actor) rejected: " + oneLine(error))
      fail(error.description + "\nThe store was not changed.")
    }

    if let previous = report.kept {
      log.record("restore: kept the previous store as \(kept): " + describe(previous))
      print("Kept the previous store as \(kept)")
      print(table(previous))
    } else {
      print("There was no store at \(store), so there was nothing to keep.")
    }
    log.record(
      "restore \(file) into \(store) by \(actor): backup schema version \(report.backupVersion),"
        + " " + describe(report.restored))
    print("Restored \(store) from \(file)")
    print(table(report.restored))
    if report.backupVersion < report.restored.schemaVersion {
      print(
        "The backup had schema version \(report.backupVersion) and was migrated to version"
          + " \(report.restored.schemaVersion). Restart every running dashboard.")
    }
    exit(0)
  }

  /// Returns the error's message on one line, because hds.log has one entry per line and
  /// an integrity report has several.
  private static func oneLine(_ error: StoreError) -> String {
    error.description.replacingOccurrences(of: "\n", with: " | ")
  }

  private static func describe(_ summary: StoreFileSummary) -> String {
    "\(summary.byteCount) bytes, schema version \(summary.schemaVersion),"
      + " \(summary.requestCount) requests"
  }

  private static func table(_ summary: StoreFileSummary) -> String {
    """
      size:            \(summary.byteCount) bytes
      schema version:  \(summary.schemaVersion)
      requests:        \(summary.requestCount)
    """
  }

  /// "20261204-174501": the office time (WIB) in the name of the copy kept by a restore.
  private static func timestamp(_ instant: Date) -> String {
    let parts = OfficeClock.calendar.dateComponents(
      [.year, .month, .day, .hour, .minute, .second], from: instant)
    return String(
      format: "%04d%02d%02d-%02d%02d%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
      parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
  }

  /// Returns `path`, or `path-2`, `path-3` … when it exists, for two restores within a
  /// second.
  private static func freeName(_ path: String) -> String {
    var candidate = path
    var number = 2
    while FileManager.default.fileExists(atPath: candidate) {
      candidate = "\(path)-\(number)"
      number += 1
    }
    return candidate
  }

  static func absolutePath(_ path: String) -> String {
    path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
  }

  /// Creates the data directory with mode 0700 when a restore is its first use.
  private static func createDataDirectory(_ directory: String) throws(StoreError) {
    guard !FileManager.default.fileExists(atPath: directory) else { return }
    guard mkdir(directory, 0o700) == 0 else {
      throw .storage(
        path: directory, failure: errno == ENOSPC ? .diskFull : .notWritable,
        reason: "cannot create the data directory: \(String(cString: strerror(errno)))")
    }
  }
}

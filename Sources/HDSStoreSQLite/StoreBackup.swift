// Backups and restores of the store with SQLite's online backup API, which copies one
// consistent snapshot while other processes keep reading and writing. A plain file copy
// of a WAL database can miss the commits still in hds.sqlite-wal, or catch a half-written
// checkpoint.

import CSQLite
import Foundation
import HDSCore

#if canImport(Glibc)
  import Glibc
#endif

/// Facts about one store file, as `hds backup` and `hds restore` print them.
public struct StoreFileSummary: Sendable, Equatable {
  public let path: String
  /// The database's size: its page count times its page size. The main file of a WAL
  /// store can be smaller until the next checkpoint.
  public let byteCount: Int64
  public let schemaVersion: Int
  public let requestCount: Int
}

/// The outcome of `StoreBackup.restore`.
public struct RestoreReport: Sendable, Equatable {
  /// The store after the restore and any migration.
  public let restored: StoreFileSummary
  /// The schema version of the backup file, which the restore migrated when it was older.
  public let backupVersion: Int
  /// The copy of the store as it was before the restore; nil when there was no store.
  public let kept: StoreFileSummary?
}

/// Consistent copies of a store, and restores from them.
public enum StoreBackup {
  /// How long a copy waits for another process's write lock, in milliseconds.
  static let busyMilliseconds: Int32 = 5_000

  /// Writes a consistent copy of the store at `source` to `destination`, with mode 0600.
  ///
  /// The copy goes to a temporary file in `destination`'s directory and takes its name
  /// only after the backup and an integrity check of the copy succeeded, so `destination`
  /// is never a partial file. The copy uses the rollback journal, not WAL, so it is one
  /// self-contained file. Throws `.invalid` when `destination` exists and `overwrite` is
  /// false, and `.incompatible` when `source` is not an HDS store.
  ///
  /// Complexity: reads the store once and the copy twice (backup and integrity check).
  public static func backup(storeAt source: String, to destination: String, overwrite: Bool)
    throws(StoreError) -> StoreFileSummary
  {
    try requireDistinct(source, destination)
    let (connection, _) = try openStoreFile(source)
    return try writeCopy(of: connection, to: destination, overwrite: overwrite)
  }

  /// Checks that `path` is an HDS store this program can restore: an SQLite file with the
  /// HDS application id and tables, a schema version this program supports, and a clean
  /// `PRAGMA integrity_check`. Opens it read-only and changes nothing.
  public static func check(backupAt path: String) throws(StoreError) -> StoreFileSummary {
    let (connection, _) = try openCheckedBackup(path)
    return try summary(of: connection)
  }

  /// Replaces the store at `store` with the backup at `backup`.
  ///
  /// Checks `backup` first (see `check(backupAt:)`) and changes nothing when it fails.
  /// Then writes a consistent copy of the current store to `kept`, and copies the backup
  /// over the live file with the backup API in one write transaction, so other
  /// processes read either the old store or the new one. Last it opens the store, which
  /// migrates a backup of an older schema version to the current one.
  ///
  /// Throws `.storage` and leaves the store as it was when the current store cannot be
  /// read or copied, for example because it is damaged.
  public static func restore(_ backup: String, into store: String, keepingCurrentAs kept: String)
    throws(StoreError) -> RestoreReport
  {
    try requireDistinct(store, backup)
    let (candidate, backupVersion) = try openCheckedBackup(backup)
    let storeExists = FileManager.default.fileExists(atPath: store)
    if !storeExists {
      // A new store gets the mode SQLiteStore gives one, so that the data directory's
      // group (viewers over SSH) can read it.
      try createPrivateFile(store, for: store, mode: 0o640)
    }

    var keptSummary: StoreFileSummary?
    do throws(StoreError) {
      let live = try Connection(path: store, readOnly: false)
      live.setBusyTimeout(milliseconds: busyMilliseconds)
      if storeExists {
        keptSummary = try keepCurrent(live, as: kept)
      }
      try requireSamePageSize(candidate, live)
      try candidate.copy(into: live, context: "restoring \(backup) into \(store)")
    } catch {
      // The empty file made above would otherwise be opened later as a new, empty store.
      if !storeExists { unlink(store) }
      throw error
    }

    // Opening runs the migrations the backup lacks and switches the file to WAL.
    let opened = try SQLiteStore(path: store)
    let restored = try opened.withSQLite { (connection) throws(StoreError) in
      let report = try connection.integrityReport(context: "checking the restored store")
      guard report == "ok" else {
        throw .storage(
          path: store, failure: .damaged,
          reason: "the restored store failed its integrity check:\n\(report)\nRestore the"
            + " copy kept at \(kept) with hds restore")
      }
      return try summary(of: connection)
    }
    return RestoreReport(restored: restored, backupVersion: backupVersion, kept: keptSummary)
  }

  /// Replaces the contents of the store at `store` with the store at `source`, in one
  /// write transaction with the backup API and keeping no copy, as `hds demo --replace`
  /// needs. A dashboard that has `store` open reads the new contents at its next refresh,
  /// where deleting the files would leave it on the deleted ones.
  public static func replaceContents(of store: String, with source: String) throws(StoreError) {
    try requireDistinct(store, source)
    let (candidate, _) = try openCheckedBackup(source)
    let live = try Connection(path: store, readOnly: false)
    live.setBusyTimeout(milliseconds: busyMilliseconds)
    try requireSamePageSize(candidate, live)
    try candidate.copy(into: live, context: "replacing \(store) with \(source)")
  }

  // MARK: Checks

  /// Opens `path` read-only and checks that it is an HDS store with a schema.
  private static func openStoreFile(_ path: String, advice: String? = nil) throws(StoreError)
    -> (Connection, Int)
  {
    guard FileManager.default.fileExists(atPath: path) else {
      throw .incompatible(path: path, reason: "the file was not found; check the path")
    }
    let connection = try Connection(path: path, readOnly: true)
    connection.setBusyTimeout(milliseconds: busyMilliseconds)
    connection.damagedFileAdvice = advice
    let version = try Schema.check(connection)
    guard version > 0 else {
      throw .incompatible(
        path: path, reason: "it is an empty SQLite database without the HDS tables")
    }
    return (connection, version)
  }

  private static func openCheckedBackup(_ path: String) throws(StoreError) -> (Connection, Int) {
    let (connection, version) = try openStoreFile(
      path, advice: "It cannot be restored; restore an older backup instead")
    let report = try connection.integrityReport(context: "checking the integrity of \(path)")
    guard report == "ok" else {
      throw .incompatible(
        path: path,
        reason: "it failed its integrity check, so it is damaged:\n\(report)\nRestore an"
          + " older backup instead")
    }
    return (connection, version)
  }

  /// Rejects a backup or restore of a file onto itself, which would destroy it.
  private static func requireDistinct(_ store: String, _ other: String) throws(StoreError) {
    let storeFile = resolved(store)
    let otherFile = resolved(other)
    if [storeFile, storeFile + "-wal", storeFile + "-shm"].contains(otherFile) {
      throw .invalid(
        "\(other) is the store itself or one of its files; give a file outside the store")
    }
  }

  /// Returns the path with symbolic links resolved, or as given when it does not exist.
  private static func resolved(_ path: String) -> String {
    guard let pointer = realpath(path, nil) else { return (path as NSString).standardizingPath }
    defer { free(pointer) }
    return String(cString: pointer)
  }

  /// A backup into a WAL file must have the same page size: SQLite rejects it otherwise.
  private static func requireSamePageSize(_ source: Connection, _ destination: Connection)
    throws(StoreError)
  {
    let context = "reading the page size"
    let sourceSize = try source.integer("PRAGMA page_size", context: context)
    let destinationSize = try destination.integer("PRAGMA page_size", context: context)
    let mode = try destination.firstRow("PRAGMA journal_mode", context: context) { $0.text(0) }
    guard sourceSize != destinationSize, mode?.lowercased() == "wal" else { return }
    throw .invalid(
      "\(destination.path): its page size is \(destinationSize) bytes and the backup's"
        + " \(sourceSize), and"
        + " SQLite cannot restore over a WAL store of another page size; the store was not"
        + " changed. Stop every hds process, move hds.sqlite, hds.sqlite-wal and"
        + " hds.sqlite-shm aside, and run hds restore again")
  }

  // MARK: Copies

  /// Copies the live store to `kept` before a restore replaces it.
  private static func keepCurrent(_ live: Connection, as kept: String) throws(StoreError)
    -> StoreFileSummary
  {
    do throws(StoreError) {
      _ = try Schema.check(live)
      return try writeCopy(of: live, to: kept, overwrite: false)
    } catch {
      let failure: StorageFailure
      let unreadable: Bool
      switch error {
      case .incompatible:
        (failure, unreadable) = (.damaged, true)
      case .storage(_, let inner, _):
        (failure, unreadable) = (inner, inner == .damaged)
      default:
        (failure, unreadable) = (.cannotOpen, false)
      }
      var reason =
        "the current store could not be copied to \(kept), so it was not replaced:"
        + " \(error)"
      if unreadable {
        reason +=
          "\nBecause the store itself is damaged or not an HDS store: stop every hds process"
          + " on it, move hds.sqlite, hds.sqlite-wal and hds.sqlite-shm aside (mv), and run"
          + " hds restore again, which then writes a new store"
      }
      throw .storage(path: live.path, failure: failure, reason: reason)
    }
  }

  /// Writes `source` to a temporary file next to `destination`, checks it, and renames
  /// it to `destination`. Removes the temporary file when any step fails.
  private static func writeCopy(of source: Connection, to destination: String, overwrite: Bool)
    throws(StoreError) -> StoreFileSummary
  {
    if !overwrite && FileManager.default.fileExists(atPath: destination) {
      throw .invalid("\(destination) already exists; give another file name")
    }
    let directory = (destination as NSString).deletingLastPathComponent
    let name = (destination as NSString).lastPathComponent
    let folder = directory.isEmpty ? "." : directory
    // NOTE: a process killed during the copy leaves this file behind. The next backup uses
    // another name (its own process id), so the leftover is harmless but is not removed.
    let temporary = folder + "/." + name + ".partial-\(getpid())"
    try createPrivateFile(temporary, for: destination)
    do throws(StoreError) {
      try fillCopy(temporary, from: source)
      let summary = try checkCopy(temporary, final: destination)
      try moveIntoPlace(temporary, destination, overwrite: overwrite)
      syncDirectory(folder)
      return summary
    } catch {
      for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) }
      // The temporary name means nothing to the user, who gave `destination`.
      if case .storage(temporary, let failure, let reason) = error {
        throw .storage(path: destination, failure: failure, reason: reason)
      }
      throw error
    }
  }

  /// Creates an empty file with `mode`, 0600 unless given and whatever the umask, which
  /// SQLite then fills as a new database. Errors name `target`, the file the user asked for.
  private static func createPrivateFile(
    _ path: String, for target: String, mode: mode_t = 0o600
  ) throws(StoreError) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
    guard descriptor >= 0 else {
      let failure = failure(errno)
      let reason = String(cString: strerror(errno))
      throw .storage(
        path: target, failure: failure,
        reason: "cannot create \(path): \(reason). Check that the directory exists, that"
          + " this user may write it, and that the disk has free space")
    }
    fchmod(descriptor, mode)
    close(descriptor)
  }

  private static func fillCopy(_ path: String, from source: Connection) throws(StoreError) {
    let target = try Connection(path: path, readOnly: false)
    target.setBusyTimeout(milliseconds: busyMilliseconds)
    try source.copy(into: target, context: "copying \(source.path) to \(path)")
    // The source is in WAL mode and the copy takes its header; DELETE mode makes the copy
    // one file that needs no -wal or -shm beside it.
    _ = try target.firstRow("PRAGMA journal_mode = DELETE", context: "writing \(path)") {
      $0.text(0)
    }
  }

  /// Checks the copy with a new connection, which reads what reached the file.
  private static func checkCopy(_ path: String, final destination: String) throws(StoreError)
    -> StoreFileSummary
  {
    let copy = try Connection(path: path, readOnly: true)
    let report = try copy.integrityReport(context: "checking the copy \(path)")
    guard report == "ok" else {
      throw .storage(
        path: copy.path, failure: .damaged,
        reason: "the copy failed its integrity check, so the store itself may be damaged:"
          + "\n\(report)\nNo backup was written. Check the store with hds summary")
    }
    let summary = try summary(of: copy)
    return StoreFileSummary(
      path: destination, byteCount: summary.byteCount, schemaVersion: summary.schemaVersion,
      requestCount: summary.requestCount)
  }

  /// Renames `temporary` to `destination`. Without `overwrite`, link(2) gives the name
  /// only when it is still free, so a file created in the meantime is never replaced.
  private static func moveIntoPlace(_ temporary: String, _ destination: String, overwrite: Bool)
    throws(StoreError)
  {
    let result = overwrite ? rename(temporary, destination) : link(temporary, destination)
    guard result == 0 else {
      let failure = failure(errno)
      let reason =
        errno == EEXIST
        ? "it already exists; give another file name" : String(cString: strerror(errno))
      throw .storage(
        path: destination, failure: failure,
        reason: "cannot write the backup: \(reason)")
    }
    if !overwrite { unlink(temporary) }
  }

  /// Classifies the `errno` of a failed open(2), link(2) or rename(2).
  private static func failure(_ number: Int32) -> StorageFailure {
    switch number {
    case ENOSPC, EDQUOT: return .diskFull
    case EACCES, EPERM, EROFS: return .notWritable
    default: return .cannotOpen
    }
  }

  /// Makes the new name survive a power loss (fsync of the directory).
  private static func syncDirectory(_ directory: String) {
    let descriptor = open(directory, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  private static func summary(of connection: Connection) throws(StoreError) -> StoreFileSummary {
    let context = "reading the size and request count of \(connection.path)"
    let pages = try connection.integer("PRAGMA page_count", context: context)
    let pageSize = try connection.integer("PRAGMA page_size", context: context)
    let version = try connection.integer("PRAGMA user_version", context: context)
    let requests = try connection.integer("SELECT count(*) FROM request", context: context)
    return StoreFileSummary(
      path: connection.path, byteCount: pages * pageSize, schemaVersion: Int(version),
      requestCount: Int(requests))
  }
}

// The SQLite implementation of `Store`: one file per kecamatan, opened by every hds
// process of the office at once (operators, the camat's summary, Dukcapil read-only).

import CSQLite
import Foundation
import HDSCore
import HDSStoreSQL

/// A `Store` kept in one SQLite file in WAL mode.
///
/// Other processes are kept in step by SQLite's file locks: every command runs in a BEGIN
/// IMMEDIATE transaction and waits up to 5 s for another writer.
public final class SQLiteStore: SQLStore, @unchecked Sendable {
  /// The SQLite connection `SQLStore` serialises, for the calls only SQLite has; use it
  /// only inside `withConnection`.
  let sqlite: Connection

  /// The file name inside the data directory.
  public static let fileName = "hds.sqlite"

  /// Opens the store at `path`, creating and migrating the file when it is new.
  ///
  /// Read-only opening (`SQLITE_OPEN_READONLY`) never creates or migrates a file, and every
  /// command on it throws `.readOnly`. Throws `.incompatible` when the file is not an HDS
  /// store or was written by a newer program.
  public init(path: String, readOnly: Bool = false) throws(StoreError) {
    if readOnly && !FileManager.default.fileExists(atPath: path) {
      throw .incompatible(
        path: path,
        reason: "the file does not exist, and a read-only open does not create one;"
          + " open it read-write once, or check the data directory")
    }
    let isNew = !readOnly && !FileManager.default.fileExists(atPath: path)
    let connection = try Connection(path: path, readOnly: readOnly)
    connection.setBusyTimeout(milliseconds: 5_000)
    if isNew {
      // SQLite creates the file with mode 0644 less the umask, and gives the -wal and
      // -shm files the store's mode (seen with SQLite 3.40). 0640 lets the data
      // directory's group read the store, as viewers over SSH do, and no other user.
      chmod(path, 0o640)
    }

    // The schema check comes before any PRAGMA that writes, so a file that is not an HDS
    // store is left exactly as it was.
    let version = try Schema.check(connection)
    try connection.execute("PRAGMA foreign_keys = ON", context: "enabling foreign keys")
    // At 1,000,000 requests a refresh after a change took about 8 ms with a 2, 4 or 8 MB
    // page cache. The live summary fills any of them, and with 8 MB the dashboard's peak
    // memory was 55 MB, over its 50 MB target. So the connection keeps SQLite's default.
    try connection.execute("PRAGMA cache_size = -2048", context: "setting the page cache")
    if readOnly {
      try Self.requireCurrentSchema(version, path: path)
    } else {
      try Self.enableWriteAheadLog(connection, path: path)
      try Schema.migrate(connection)
    }
    sqlite = connection
    super.init(
      connection: connection, path: path, readOnly: readOnly,
      officeDirectory: (path as NSString).deletingLastPathComponent)
  }

  /// Opens `hds.sqlite` inside `dataDirectory`. Read-write opening creates the directory
  /// with mode 0700 when it does not exist, because the store contains personal data.
  public static func open(dataDirectory: String, readOnly: Bool) throws(StoreError)
    -> SQLiteStore
  {
    if !readOnly {
      try createDirectory(dataDirectory)
    }
    let path = (dataDirectory as NSString).appendingPathComponent(fileName)
    return try SQLiteStore(path: path, readOnly: readOnly)
  }

  /// The schema version this program writes.
  public static var latestVersion: Int { Schema.latestVersion }

  /// Reads the schema version of the file at `path` without writing to it: 0 for an
  /// SQLite database without HDS tables.
  ///
  /// Throws `.incompatible` for a file that is not an SQLite database (its message ends
  /// with `damagedFileAdvice` when given), another program's database, and a store of a
  /// newer version than this program.
  public static func schemaVersion(path: String, damagedFileAdvice: String? = nil)
    throws(StoreError) -> Int
  {
    let connection = try Connection(path: path, readOnly: true)
    connection.damagedFileAdvice = damagedFileAdvice
    return try Schema.check(connection)
  }

  private static func createDirectory(_ directory: String) throws(StoreError) {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw .invalid("the data directory \(directory) is a file; choose a directory")
      }
      return
    }
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
    } catch {
      throw .invalid(
        "could not create the data directory \(directory) (\(error.localizedDescription));"
          + " create it, or pass --data DIR with a directory this user may write")
    }
    // The umask may have narrowed the mode further, but cannot have widened it; set it
    // exactly.
    chmod(directory, 0o700)
  }

  private static func requireCurrentSchema(_ version: Int, path: String) throws(StoreError) {
    guard version == Schema.latestVersion else {
      let state = version == 0 ? "has no HDS schema yet" : "has schema version \(version)"
      throw .incompatible(
        path: path,
        reason: "it \(state) and this program needs version \(Schema.latestVersion); a"
          + " read-only open cannot migrate it, so open it read-write once (the dashboard, hds"
          + " without --read-only, does)")
    }
  }

  /// Switches the file to WAL, so readers never wait for the writer, and keeps the -wal
  /// and -shm files after the last close, so that a read-only open by a user who may not
  /// write the data directory finds them.
  ///
  /// synchronous=NORMAL under WAL syncs at checkpoints, not at every commit. A committed
  /// transaction survives a kill of the process. An OS crash or power loss can lose the
  /// last commits, but SQLite's documentation of PRAGMA synchronous states that WAL with
  /// NORMAL does not corrupt the file. Each handover also has its signed line on the paper
  /// daftar penerima, from which a lost report can be entered again.
  private static func enableWriteAheadLog(_ connection: Connection, path: String)
    throws(StoreError)
  {
    let mode = try connection.firstRow(
      "PRAGMA journal_mode = WAL", context: "switching to WAL journal mode"
    ) { $0.text(0) }
    guard mode?.lowercased() == "wal" else {
      throw .incompatible(
        path: path,
        reason: "SQLite could not switch it to WAL journal mode (it reports"
          + " '\(mode ?? "nothing")'); keep the data directory on a local disk")
    }
    try connection.execute("PRAGMA synchronous = NORMAL", context: "setting synchronous mode")
    try connection.keepWriteAheadLogFiles()
  }

  /// Runs `body` with the SQLite connection while holding the store's lock.
  func withSQLite<T>(_ body: (Connection) throws(StoreError) -> T) throws(StoreError) -> T {
    try withConnection { (_) throws(StoreError) -> T in try body(sqlite) }
  }

  // MARK: Maintenance

  /// Runs `PRAGMA integrity_check` and returns its report: "ok" for a sound file,
  /// otherwise one problem per line.
  ///
  /// Complexity: reads the whole file.
  public func integrityCheck() throws(StoreError) -> String {
    try withConnection { (connection) throws(StoreError) -> String in
      try connection.rows("PRAGMA integrity_check", context: "checking the file's integrity") {
        $0.text(0)
      }.joined(separator: "\n")
    }
  }
}

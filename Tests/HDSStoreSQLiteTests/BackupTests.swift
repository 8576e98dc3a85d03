// `StoreBackup`: consistent copies while another connection writes, and restores that
// check the file first and leave the store unchanged when it is bad.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

/// A stop signal and a commit counter shared between the test and a writer thread.
private final class WriterControl: @unchecked Sendable {
  private let lock = NSLock()
  private var stopped = false
  private var commits = 0
  private var failure: String?

  var isStopped: Bool { lock.withLock { stopped } }
  var committed: Int { lock.withLock { commits } }
  var error: String? { lock.withLock { failure } }

  func stop() { lock.withLock { stopped = true } }
  func recordCommit() { lock.withLock { commits += 1 } }
  func record(_ error: Error) { lock.withLock { failure = "\(error)" } }

  /// Waits until the writer has made `count` commits in all, for at most 30 s.
  func wait(forCommits count: Int) {
    let deadline = Date().addingTimeInterval(30)
    while committed < count && error == nil && Date() < deadline { usleep(1_000) }
  }
}

@Suite("Backup and restore")
struct BackupTests {
  /// Returns a store at `path` with `count` requests for serials `first`…
  private static func store(at path: String, requests count: Int, first: Int = 1) throws
    -> SQLiteStore
  {
    let store = try SQLiteStore(path: path)
    for serial in first..<(first + count) {
      _ = try store.createRequest(
        Fixture.newRequest(serial), by: Fixture.user, at: Fixture.time(8))
    }
    return store
  }

  /// Returns every request with its NIK and event count, one text row per request.
  private static func rows(_ store: SQLiteStore) throws -> [String] {
    try store.texts(
      """
      SELECT r.id || '|' || r.serial || '|' || r.state || '|' || p.nik || '|'
        || (SELECT count(*) FROM request_event e WHERE e.request_id = r.id)
      FROM request r JOIN resident p ON p.id = r.resident_id ORDER BY r.id
      """)
  }

  private static func mode(_ path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
  }

  /// Returns the files in `directory` whose names start with `prefix`.
  private static func files(_ directory: TemporaryDirectory, prefix: String) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: directory.path)
      .filter { $0.hasPrefix(prefix) }
  }

  // MARK: Backup

  @Test("backup during writes is consistent")
  func backupDuringWrites() throws {
    let directory = try TemporaryDirectory()
    let live = try Self.store(at: directory.storePath, requests: 500)
    let writer = try SQLiteStore(path: directory.storePath)
    let control = WriterControl()
    let done = DispatchSemaphore(value: 0)
    Thread.detachNewThread {
      var serial = 1_000
      while !control.isStopped {
        do {
          _ = try writer.createRequest(
            Fixture.newRequest(serial), by: Fixture.user, at: Fixture.time(9))
          control.recordCommit()
        } catch {
          control.record(error)
          break
        }
        serial += 1
      }
      done.signal()
    }
    control.wait(forCommits: 20)
    let committedBefore = 500 + control.committed

    let backup = directory.file("copy.sqlite")
    let summary = try StoreBackup.backup(
      storeAt: directory.storePath, to: backup, overwrite: false)

    // The writer went on while and after the copy was made.
    control.wait(forCommits: control.committed + 20)
    control.stop()
    done.wait()
    #expect(control.error == nil)

    let copy = try SQLiteStore(path: backup, readOnly: true)
    #expect(try copy.integrityCheck() == "ok")
    let copied = try Self.rows(copy)
    #expect(copied.count >= committedBefore)
    #expect(copied.count == summary.requestCount)
    #expect(summary.schemaVersion == Schema.latestVersion)
    // Every copied request equals the live one, events included: the copy is a prefix of
    // the committed rows, with no request missing its event.
    let current = try Self.rows(live)
    #expect(current.count > copied.count)
    #expect(Array(current.prefix(copied.count)) == copied)
    #expect(try copy.eventCount() == copied.count)
  }

  @Test("backup file is private and alone")
  func backupFileMode() throws {
    let directory = try TemporaryDirectory()
    _ = try Self.store(at: directory.storePath, requests: 3)
    let backup = directory.file("copy.sqlite")

    let summary = try StoreBackup.backup(
      storeAt: directory.storePath, to: backup, overwrite: false)

    #expect(summary.path == backup)
    #expect(summary.requestCount == 3)
    #expect(try Self.mode(backup) == 0o600)
    let attributes = try FileManager.default.attributesOfItem(atPath: backup)
    #expect((attributes[.size] as? NSNumber)?.int64Value == summary.byteCount)
    let copy = try Connection(path: backup, readOnly: true)
    #expect(try copy.firstRow("PRAGMA journal_mode", context: "test") { $0.text(0) } == "delete")
    #expect(!FileManager.default.fileExists(atPath: backup + "-wal"))
    #expect(try Self.files(directory, prefix: ".copy.sqlite").isEmpty)
  }

  @Test("backup keeps existing file without overwrite")
  func backupExistingFile() throws {
    let directory = try TemporaryDirectory()
    _ = try Self.store(at: directory.storePath, requests: 2)
    let backup = directory.file("copy.sqlite")
    try Data("older backup".utf8).write(to: URL(fileURLWithPath: backup))

    #expect(throws: StoreError.invalid("\(backup) already exists; give another file name")) {
      try StoreBackup.backup(storeAt: directory.storePath, to: backup, overwrite: false)
    }
    #expect(try String(contentsOfFile: backup, encoding: .utf8) == "older backup")

    let summary = try StoreBackup.backup(
      storeAt: directory.storePath, to: backup, overwrite: true)
    #expect(summary.requestCount == 2)
    #expect(try SQLiteStore(path: backup, readOnly: true).integrityCheck() == "ok")
  }

  @Test("backup onto the store itself rejected")
  func backupOntoStore() throws {
    let directory = try TemporaryDirectory()
    let live = try Self.store(at: directory.storePath, requests: 2)
    let before = try Self.rows(live)

    for target in [directory.storePath, directory.storePath + "-wal"] {
      #expect(throws: StoreError.self) {
        try StoreBackup.backup(storeAt: directory.storePath, to: target, overwrite: true)
      }
    }
    #expect(try Self.rows(live) == before)
    #expect(try live.integrityCheck() == "ok")
  }

  // MARK: Restore

  @Test("restore replaces store and keeps old one")
  func restoreReplaces() throws {
    let directory = try TemporaryDirectory()
    let other = try TemporaryDirectory()
    let source = try Self.store(at: other.storePath, requests: 7, first: 100)
    let wanted = try Self.rows(source)
    let backup = directory.file("backup.sqlite")
    _ = try StoreBackup.backup(storeAt: other.storePath, to: backup, overwrite: false)

    let live = try Self.store(at: directory.storePath, requests: 4)
    let previous = try Self.rows(live)
    let kept = directory.file("hds.sqlite.before-restore-20261204-090000")

    let report = try StoreBackup.restore(
      backup, into: directory.storePath, keepingCurrentAs: kept)

    #expect(report.backupVersion == Schema.latestVersion)
    #expect(report.restored.requestCount == 7)
    #expect(report.kept?.requestCount == 4)
    #expect(report.kept?.path == kept)
    // The connection opened before the restore reads the restored store.
    #expect(try Self.rows(live) == wanted)
    #expect(try live.integrityCheck() == "ok")
    let keptStore = try SQLiteStore(path: kept, readOnly: true)
    #expect(try Self.rows(keptStore) == previous)
    #expect(try Self.mode(kept) == 0o600)
    // The store keeps working: the next request number follows the restored counter.
    let created = try live.createRequest(
      Fixture.newRequest(500), by: Fixture.user, at: Fixture.time(10))
    #expect(created.number.serial == 8)
  }

  @Test("restore into an empty data directory")
  func restoreWithoutStore() throws {
    let directory = try TemporaryDirectory()
    let other = try TemporaryDirectory()
    _ = try Self.store(at: other.storePath, requests: 3)
    let backup = other.file("backup.sqlite")
    _ = try StoreBackup.backup(storeAt: other.storePath, to: backup, overwrite: false)
    let kept = directory.file("hds.sqlite.before-restore-20261204-090000")

    let report = try StoreBackup.restore(
      backup, into: directory.storePath, keepingCurrentAs: kept)

    #expect(report.kept == nil)
    #expect(report.restored.requestCount == 3)
    #expect(!FileManager.default.fileExists(atPath: kept))
    // The mode of a new store, so that the data directory's group can read it.
    #expect(try Self.mode(directory.storePath) == 0o640)
  }

  @Test("restore of older version migrates")
  func restoreOlderVersion() throws {
    let directory = try TemporaryDirectory()
    let old = directory.file("version3.sqlite")
    do {
      let connection = try Connection(path: old, readOnly: false)
      try connection.execute("PRAGMA application_id = \(Schema.applicationID)", context: "test")
      for version in 0..<3 {
        try connection.execute(Schema.migrations[version], context: "test")
      }
      try connection.execute("PRAGMA user_version = 3", context: "test")
    }
    _ = try Self.store(at: directory.storePath, requests: 2)
    let kept = directory.file("hds.sqlite.before-restore-20261204-090000")

    let report = try StoreBackup.restore(old, into: directory.storePath, keepingCurrentAs: kept)

    #expect(report.backupVersion == 3)
    #expect(report.restored.schemaVersion == Schema.latestVersion)
    #expect(report.restored.requestCount == 0)
    let restored = try SQLiteStore(path: directory.storePath, readOnly: true)
    #expect(try restored.integrityCheck() == "ok")
    #expect(try restored.totals(on: Fixture.day).requests == 0)
  }

  // MARK: Rejected backup files

  /// A bad backup file: how to make it, and a phrase its error message must contain.
  private struct BadFile: Sendable {
    let name: String
    let phrase: String
    let make: @Sendable (String, TemporaryDirectory) throws -> Void
  }

  private static let badFiles: [BadFile] = [
    BadFile(name: "missing.sqlite", phrase: "the file was not found") { _, _ in },
    BadFile(name: "text.sqlite", phrase: "the file is not an SQLite database") { path, _ in
      try Data(repeating: 0x41, count: 8_192).write(to: URL(fileURLWithPath: path))
    },
    BadFile(name: "empty.sqlite", phrase: "an empty SQLite database") { path, _ in
      try Data().write(to: URL(fileURLWithPath: path))
    },
    BadFile(name: "foreign.sqlite", phrase: "an SQLite database of another program") { path, _ in
      try Connection(path: path, readOnly: false).execute(
        "CREATE TABLE invoice (id INTEGER PRIMARY KEY)", context: "test")
    },
    BadFile(name: "other-app.sqlite", phrase: "belongs to another application") { path, _ in
      try Connection(path: path, readOnly: false).execute(
        "PRAGMA application_id = 1234; CREATE TABLE t (x)", context: "test")
    },
    BadFile(name: "newer.sqlite", phrase: "use a newer hds") { path, directory in
      try copyOfStore(path, directory)
      try Connection(path: path, readOnly: false).execute(
        "PRAGMA user_version = \(Schema.latestVersion + 1)", context: "test")
    },
    BadFile(name: "damaged.sqlite", phrase: "damaged") { path, directory in
      try copyOfStore(path, directory)
      try damageIndex(path)
    },
    BadFile(name: "truncated.sqlite", phrase: "damaged") { path, directory in
      try copyOfStore(path, directory)
      let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
      try handle.truncate(atOffset: 3 * 4_096)
      try handle.close()
    },
  ]

  /// Writes a good backup of a 30-request store to `path`.
  private static func copyOfStore(_ path: String, _ directory: TemporaryDirectory) throws {
    let source = directory.file("source-\(UUID().uuidString).sqlite")
    _ = try store(at: source, requests: 30)
    _ = try StoreBackup.backup(storeAt: source, to: path, overwrite: false)
  }

  /// Overwrites the cell pointers of the root page of an index on `request`, which
  /// `PRAGMA integrity_check` reports and ordinary reads of the table do not touch.
  private static func damageIndex(_ path: String) throws {
    let root = try Connection(path: path, readOnly: true).integer(
      "SELECT rootpage FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'request'"
        + " ORDER BY name LIMIT 1", context: "test")
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
    try handle.seek(toOffset: UInt64(root - 1) * 4_096 + 8)
    try handle.write(contentsOf: Data(repeating: 0xFF, count: 400))
    try handle.close()
  }

  @Test("restore rejects bad files unchanged", arguments: badFiles.indices)
  func restoreRejects(_ index: Int) throws {
    let bad = Self.badFiles[index]
    let directory = try TemporaryDirectory()
    let live = try Self.store(at: directory.storePath, requests: 5)
    let before = try Self.rows(live)
    let events = try live.storedEvents()
    let file = directory.file(bad.name)
    try bad.make(file, directory)
    let kept = directory.file("hds.sqlite.before-restore-20261204-090000")

    var message = ""
    do {
      _ = try StoreBackup.restore(file, into: directory.storePath, keepingCurrentAs: kept)
      Issue.record("\(bad.name) was restored")
    } catch {
      message = error.description
    }

    #expect(message.contains(bad.phrase), "\(message)")
    #expect(message.contains(file), "\(message)")
    #expect(try Self.rows(live) == before)
    #expect(try live.storedEvents() == events)
    #expect(try live.integrityCheck() == "ok")
    #expect(!FileManager.default.fileExists(atPath: kept))
  }

  @Test("restore over damaged store stops")
  func restoreOverDamagedStore() throws {
    let directory = try TemporaryDirectory()
    let backup = directory.file("backup.sqlite")
    try Self.copyOfStore(backup, directory)
    let damaged = directory.file("damaged.sqlite")
    try Self.copyOfStore(damaged, directory)
    try Self.damageIndex(damaged)
    try FileManager.default.copyItem(atPath: damaged, toPath: directory.storePath)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: directory.storePath))
    let kept = directory.file("hds.sqlite.before-restore-20261204-090000")

    var message = ""
    do {
      _ = try StoreBackup.restore(backup, into: directory.storePath, keepingCurrentAs: kept)
      Issue.record("the damaged store was replaced")
    } catch {
      message = error.description
    }

    #expect(message.contains("the current store could not be copied"), "\(message)")
    #expect(message.contains("move hds.sqlite, hds.sqlite-wal and hds.sqlite-shm aside"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: directory.storePath)) == bytes)
    #expect(!FileManager.default.fileExists(atPath: kept))
  }

  @Test("check accepts good backup")
  func checkGoodBackup() throws {
    let directory = try TemporaryDirectory()
    _ = try Self.store(at: directory.storePath, requests: 4)
    let backup = directory.file("backup.sqlite")
    _ = try StoreBackup.backup(storeAt: directory.storePath, to: backup, overwrite: false)

    let summary = try StoreBackup.check(backupAt: backup)

    #expect(summary.requestCount == 4)
    #expect(summary.schemaVersion == Schema.latestVersion)
  }
}

// The built program on a store it cannot write: a file-size limit standing in for a full
// disk (mounting a small file system needs privileges), and a data directory without
// write permission. Each must name the file and the fix, and leave the store unchanged.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQLite

#if canImport(Glibc)
  import Glibc
#endif

@Suite("Storage failures")
struct StorageFailureTests {
  /// Runs `hds` with `arguments` through sh, after `setup` (shell commands such as
  /// `ulimit -f 100`).
  private static func run(_ arguments: [String], setup: String = "", prefix: [String] = [])
    throws -> ProcessOutput
  {
    let words = prefix + [try HDSBinary.url().path] + arguments
    let script = setup + "\nexec " + Shell.commandLine(words)
    return try ChildProcess.run(URL(fileURLWithPath: "/bin/sh"), ["-c", script])
  }

  /// Makes a data directory in `directory` whose store is a self-contained copy of a demo
  /// store: no -wal or -shm beside it, so that opening it must create them.
  private static func closedStore(in directory: TestDirectory) throws -> String {
    let demo = try DemoStore.create(in: directory)
    let data = directory.path("closed")
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: false)
    let backup = try ChildProcess.run(
      try HDSBinary.url(), ["backup", data + "/hds.sqlite", "--data", demo])
    guard backup.status == 0 else {
      throw EndToEndError.commandFailed(
        command: "hds backup", status: backup.status, errorOutput: backup.errorOutput)
    }
    return data
  }

  private static func printList(_ directory: TestDirectory, rows: Int) throws -> String {
    let yesterday = Date().addingTimeInterval(-86_400)
    let parts = OfficeClock.calendar.dateComponents([.year, .month, .day], from: yesterday)
    let printed = String(
      format: "%02d/%02d/%04d", parts.day ?? 1, parts.month ?? 1, parts.year ?? 2026)
    var text = "NIK;nama;dokumen;tanggal cetak\n"
    for index in 1...rows {
      text += "35073145079\(String(format: "%05d", index));Warga \(index);KK;\(printed)\n"
    }
    let path = directory.path("print-list.csv")
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    chmod(path, 0o644)
    return path
  }

  /// Returns every request with its state and event count, to compare before and after.
  private static func snapshot(_ store: String) throws -> [String] {
    let opened = try SQLiteStore(path: store, readOnly: true)
    return try opened.withConnection { (connection) throws(StoreError) -> [String] in
      try connection.rows(
        """
        SELECT r.id || '|' || r.state || '|' || r.version || '|'
          || (SELECT count(*) FROM request_event e WHERE e.request_id = r.id)
        FROM request r ORDER BY r.id
        """, context: "test"
      ) { $0.text(0) }
    }
  }

  // MARK: File-size limit

  @Test("file-size limit stops import cleanly")
  func fileSizeLimitImport() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try Self.closedStore(in: directory)
    let store = data + "/hds.sqlite"
    let list = try Self.printList(directory, rows: 5_000)
    let before = try Self.snapshot(store)
    let size = try FileManager.default.attributesOfItem(atPath: store)[.size] as? NSNumber
    // In blocks of 512 bytes: room for the store's file, not for the import's WAL.
    let limit = (size?.intValue ?? 0) / 512 + 100

    let result = try Self.run(
      ["import", "print-list", list, "--data", data], setup: "ulimit -f \(limit)")

    #expect(result.status == 1)
    #expect(
      result.errorOutput.hasPrefix("hds: \(store): the file reached this process's file-size"),
      "\(result.errorOutput)")
    #expect(result.errorOutput.contains("Raise the limit (ulimit -f)"))
    // The store's message is the command line's English; the import adds in the interface
    // language that nothing was imported.
    #expect(result.errorOutput.hasSuffix("; tidak ada yang diimpor\n"), "\(result.errorOutput)")
    #expect(!result.errorOutput.contains("Fatal error"))
    #expect(try Self.snapshot(store) == before)
    #expect(try SQLiteStore(path: store, readOnly: true).integrityCheck() == "ok")
  }

  @Test("file-size limit leaves no backup")
  func fileSizeLimitBackup() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let backups = directory.path("backups")
    try FileManager.default.createDirectory(atPath: backups, withIntermediateDirectories: false)
    let file = backups + "/hds.sqlite.bak"

    let result = try Self.run(["backup", file, "--data", data], setup: "ulimit -f 200")

    #expect(result.status == 1)
    #expect(
      result.errorOutput.hasPrefix("hds: \(file): the file reached this process's file-size"),
      "\(result.errorOutput)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: backups).isEmpty)
  }

  // MARK: Permissions

  /// Runs as `nobody` when the tests run as root, whom file modes do not stop.
  private static func otherUser(owning paths: [String]) -> [String] {
    guard geteuid() == 0 else { return [] }
    for path in paths { chown(path, 65_534, 65_534) }
    return ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
  }

  @Test("unwritable data directory named with fix")
  func unwritableDirectory() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try Self.closedStore(in: directory)
    let store = data + "/hds.sqlite"
    let list = try Self.printList(directory, rows: 5)
    let before = try Self.snapshot(store)
    chmod(directory.url.path, 0o755)
    let prefix = Self.otherUser(owning: [data, store])
    if geteuid() == 0 {
      try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"))
    }
    chmod(data, 0o500)
    defer { chmod(data, 0o700) }

    let result = try Self.run(["import", "print-list", list, "--data", data], prefix: prefix)

    #expect(result.status == 1)
    #expect(
      result.errorOutput.hasPrefix("hds: \(store): this user may not write the file or its"),
      "\(result.errorOutput)")
    #expect(result.errorOutput.contains("write access to both the directory and the file"))
    #expect(!result.errorOutput.contains("open read-only; this role"))
    chmod(data, 0o700)
    #expect(try Self.snapshot(store) == before)
  }

  // MARK: Damaged store in the dashboard

  @Test("dashboard names damaged store", arguments: ["id", "en"])
  func dashboardDamagedStore(_ language: String) async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try Self.closedStore(in: directory)
    let store = data + "/hds.sqlite"
    // The root page of the request table: opening and the schema check still succeed,
    // and the first read of the queue fails.
    let root = try Connection(path: store, readOnly: true).integer(
      "SELECT rootpage FROM sqlite_schema WHERE name = 'request'", context: "test")
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: store))
    try handle.seek(toOffset: UInt64(root - 1) * 4_096)
    try handle.write(contentsOf: Data(repeating: 0xFF, count: 4_096))
    try handle.close()

    let session = try Dashboard.start(data: data, in: directory, arguments: ["--lang", language])
    defer { session.kill() }

    let expected =
      language == "id"
      ? "Berkas hds.sqlite rusak. Tutup semua hds, lalu pulihkan cadangan: hds restore."
      : "hds.sqlite is damaged. Close every hds, then restore a backup: hds restore."
    let text = try await session.waitFor(expected)
    #expect(!text.contains("SQLite"), "\(text)")
  }
}

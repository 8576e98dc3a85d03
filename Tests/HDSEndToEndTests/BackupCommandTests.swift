// `hds backup` and `hds restore`, run as the built program: a backup taken while another
// hds process imports a print list, a restore, and the backup files a restore rejects.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQLite

/// The output of a command run on another thread, once it has finished.
private final class PendingOutput: @unchecked Sendable {
  private let lock = NSLock()
  private var result: Result<ProcessOutput, Error>?

  var value: Result<ProcessOutput, Error>? { lock.withLock { result } }

  func finish(_ outcome: Result<ProcessOutput, Error>) { lock.withLock { result = outcome } }
}

@Suite("Backup commands")
struct BackupCommandTests {
  private static func run(_ arguments: [String]) throws -> ProcessOutput {
    try ChildProcess.run(try HDSBinary.url(), arguments)
  }

  /// Returns a print list of `count` rows for new NIKs, printed yesterday.
  private static func printList(count: Int) -> String {
    let yesterday = Date().addingTimeInterval(-86_400)
    let parts = OfficeClock.calendar.dateComponents([.year, .month, .day], from: yesterday)
    let printed = String(
      format: "%02d/%02d/%04d", parts.day ?? 1, parts.month ?? 1, parts.year ?? 2026)
    var text = "NIK;nama;dokumen;tanggal cetak\n"
    for index in 1...count {
      // Birth days 41 to 68 are women's NIKs; each day has serials 1 to 5,000.
      let day = 41 + (index - 1) / 5_000
      let serial = 1 + (index - 1) % 5_000
      let nik = "350731" + String(format: "%02d", day) + "0791" + String(format: "%04d", serial)
      text += "\(nik);Warga Impor \(index);KTP-el;\(printed)\n"
    }
    return text
  }

  private static func requestCount(_ path: String) throws -> Int {
    try SQLiteStore(path: path, readOnly: true).totals(on: CalendarDay(containing: Date()))
      .requests
  }

  private static func integrity(_ path: String) throws -> String {
    try SQLiteStore(path: path, readOnly: true).integrityCheck()
  }

  // MARK: Backup and restore

  @Test("backup during import, then restore")
  func backupDuringImportThenRestore() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let store = data + "/hds.sqlite"
    let before = try Self.requestCount(store)
    let list = directory.path("print-list.csv")
    try Data(Self.printList(count: 10_000).utf8).write(to: URL(fileURLWithPath: list))

    let importing = PendingOutput()
    let binary = try HDSBinary.url()
    Thread.detachNewThread {
      importing.finish(
        Result { try ChildProcess.run(binary, ["import", "print-list", list, "--data", data]) })
    }
    // Backups one after another until the import has finished, and one more after it. A
    // backup that was running when the import finished may hold the store before it, so
    // only one that started after the import counts as the one after it.
    var backups: [String] = []
    var startedAfterImport = false
    while !startedAfterImport || backups.count < 2 {
      startedAfterImport = importing.value != nil
      let file = directory.path("backup-\(backups.count).sqlite")
      let result = try Self.run(["backup", file, "--data", data])
      #expect(result.status == 0, "\(result.errorOutput)")
      #expect(result.output.contains("Backup written: \(file)"), "\(result.output)")
      #expect(result.output.contains("schema version:  \(Schema.latestVersion)"))
      backups.append(file)
    }
    let imported = try #require(try importing.value?.get())
    #expect(imported.status == 0, "\(imported.errorOutput)")
    let after = try Self.requestCount(store)
    #expect(after > before)

    // Each backup contains the store before the import or after it, never part of it.
    for file in backups {
      #expect(try Self.integrity(file) == "ok")
      let count = try Self.requestCount(file)
      #expect(count == before || count == after, "\(file) has \(count) requests")
      let attributes = try FileManager.default.attributesOfItem(atPath: file)
      #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
    let last = try #require(backups.last)
    #expect(try Self.requestCount(last) == after)

    // Restore the first backup, taken at the latest when the import had just started.
    let first = try #require(backups.first)
    let firstCount = try Self.requestCount(first)
    let restored = try Self.run(["restore", first, "--data", data])

    #expect(restored.status == 0, "\(restored.errorOutput)")
    #expect(restored.output.contains("Restored \(store) from \(first)"), "\(restored.output)")
    #expect(restored.output.contains("requests:        \(firstCount)"), "\(restored.output)")
    #expect(try Self.requestCount(store) == firstCount)
    #expect(try Self.integrity(store) == "ok")
    let kept = try FileManager.default.contentsOfDirectory(atPath: data)
      .filter { $0.hasPrefix("hds.sqlite.before-restore-") }
    #expect(kept.count == 1)
    if let name = kept.first {
      #expect(try Self.requestCount(data + "/" + name) == after)
      #expect(restored.output.contains("Kept the previous store as \(data)/\(name)"))
    }

    let log = try String(contentsOfFile: data + "/hds.log", encoding: .utf8)
    #expect(log.contains("backup \(store) to \(last) by "))
    #expect(log.contains("restore \(first) into \(store) by "))
    // The log names requests and files, never a NIK.
    #expect(log.range(of: "[0-9]{16}", options: .regularExpression) == nil)
  }

  @Test("backup keeps existing file without force")
  func backupExistingFile() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let file = directory.path("backup.sqlite")
    try Data("an older backup".utf8).write(to: URL(fileURLWithPath: file))

    let refused = try Self.run(["backup", file, "--data", data])

    #expect(refused.status == 1)
    #expect(
      refused.errorOutput
        == "hds: \(file) already exists; give another file name, or add --force to replace it\n")
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "an older backup")

    let forced = try Self.run(["backup", file, "--data", data, "--force"])
    #expect(forced.status == 0, "\(forced.errorOutput)")
    #expect(try Self.integrity(file) == "ok")
  }

  @Test("running dashboard shows a replaced demo", .timeLimit(.minutes(1)))
  func dashboardSeesDemoReplace() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory)
    defer { session.kill() }
    let before = ScreenText(try await session.waitFor("│ HDS-")).lines[1]

    let replaced = try Self.run(["demo", "--data", data, "--replace", "--requests", "40"])
    #expect(replaced.status == 0, "\(replaced.errorOutput)")
    #expect(replaced.output.hasPrefix("Replaced "), "\(replaced.output)")

    // The store was replaced in place, so the running dashboard reads it at a refresh.
    let screen = try await session.waitUntil("the new demo's totals") {
      ScreenText($0).lines.dropFirst().first != before
    }
    #expect(!screen.contains("Gagal"), "\(screen)")
    let names = try FileManager.default.contentsOfDirectory(atPath: data)
    #expect(!names.contains { $0.hasPrefix(".hds-demo-") }, "the scratch store is gone: \(names)")
    #expect(try DemoStore.summary(data: data).values.reduce(0, +) > 0)
  }

  @Test("running dashboard shows restored store", .timeLimit(.minutes(1)))
  func dashboardSeesRestore() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let small = directory.path("small")
    let demo = try Self.run(["demo", "--data", small, "--requests", "40"])
    #expect(demo.status == 0, "\(demo.errorOutput)")
    let backup = directory.path("small.sqlite")
    #expect(try Self.run(["backup", backup, "--data", small]).status == 0)

    // The totals line (the second line) of a dashboard opened on the small store.
    let reference = try Dashboard.start(data: small, in: directory)
    let wanted = ScreenText(try await reference.waitFor("│ HDS-")).lines[1]
    reference.kill()

    let session = try Dashboard.start(data: data, in: directory)
    defer { session.kill() }
    let before = ScreenText(try await session.waitFor("│ HDS-")).lines[1]
    #expect(before != wanted)

    let restored = try Self.run(["restore", backup, "--data", data])
    #expect(restored.status == 0, "\(restored.errorOutput)")

    // The running dashboard reads the restored store at its next refresh.
    let screen = try await session.waitUntil("the small store's totals") {
      ScreenText($0).lines.dropFirst().first == wanted
    }
    #expect(!screen.contains("Gagal"), "\(screen)")
  }

  // MARK: Rejected files

  @Test("restore rejects bad files")
  func restoreRejectsBadFiles() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let store = data + "/hds.sqlite"
    let before = try Self.requestCount(store)
    let events = try SQLiteStore(path: store, readOnly: true).eventCount()

    let text = directory.path("notes.sqlite")
    try Data(repeating: 0x41, count: 8_192).write(to: URL(fileURLWithPath: text))
    let foreign = directory.path("foreign.sqlite")
    try Connection(path: foreign, readOnly: false).execute(
      "CREATE TABLE invoice (id INTEGER PRIMARY KEY)", context: "test")
    let newer = directory.path("newer.sqlite")
    #expect(try Self.run(["backup", newer, "--data", data]).status == 0)
    try Connection(path: newer, readOnly: false).execute(
      "PRAGMA user_version = \(Schema.latestVersion + 1)", context: "test")
    let cases = [
      (text, "the file is not an SQLite database"),
      (foreign, "it is an SQLite database of another program (tables invoice)"),
      (newer, "use a newer hds"),
      (directory.path("missing.sqlite"), "the file was not found"),
    ]

    for (file, phrase) in cases {
      let result = try Self.run(["restore", file, "--data", data])
      #expect(result.status == 1, "\(file)")
      #expect(result.errorOutput.hasPrefix("hds: \(file)"), "\(result.errorOutput)")
      #expect(result.errorOutput.contains(phrase), "\(result.errorOutput)")
      #expect(result.errorOutput.hasSuffix("The store was not changed.\n"))
      #expect(result.output.isEmpty)
    }
    #expect(try Self.requestCount(store) == before)
    #expect(try SQLiteStore(path: store, readOnly: true).eventCount() == events)
    #expect(try Self.integrity(store) == "ok")
    let kept = try FileManager.default.contentsOfDirectory(atPath: data)
      .filter { $0.hasPrefix("hds.sqlite.before-restore-") }
    #expect(kept.isEmpty)
  }

  @Test("damaged store named with fix")
  func damagedStoreMessage() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = directory.path("data")
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)
    let store = data + "/hds.sqlite"
    // A store whose schema pages are overwritten: SQLite reads the header, then fails.
    let source = directory.path("source.sqlite")
    _ = try SQLiteStore(path: source)
    try FileManager.default.copyItem(atPath: source, toPath: store)
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: store))
    try handle.seek(toOffset: 100)
    try handle.write(contentsOf: Data(repeating: 0xEE, count: 3_000))
    try handle.close()

    let list = directory.path("print-list.csv")
    try Data(Self.printList(count: 3).utf8).write(to: URL(fileURLWithPath: list))

    for command in [["summary"], ["import", "print-list", list], ["backup", source + ".copy"]] {
      let result = try Self.run(command + ["--data", data])
      #expect(result.status == 1, "\(command)")
      #expect(
        result.errorOutput.hasPrefix("hds: \(store): the file is damaged"),
        "\(command): \(result.errorOutput)")
      #expect(result.errorOutput.contains("hds restore FILE"), "\(result.errorOutput)")
    }
  }

  // MARK: Help

  @Test("help lists backup and restore")
  func help() throws {
    let main = try Self.run(["--help"])
    #expect(main.output.contains("hds backup FILE"))
    #expect(main.output.contains("hds restore FILE"))

    let backup = try Self.run(["backup", "--help"])
    #expect(backup.status == 0)
    #expect(backup.output.hasPrefix("Usage: hds backup FILE [--data DIR] [--force]"))
    let restore = try Self.run(["restore", "--help"])
    #expect(restore.status == 0)
    #expect(restore.output.hasPrefix("Usage: hds restore FILE [--data DIR]"))

    let missing = try Self.run(["backup"])
    #expect(missing.status == 2)
    #expect(
      missing.errorOutput
        == "hds: hds backup needs FILE, the backup file to write (hds backup --help)\n")
    let force = try Self.run(["restore", "x.sqlite", "--force"])
    #expect(force.status == 2)
    #expect(force.errorOutput == "hds: --force only applies to hds backup\n")
    let readOnly = try Self.run(["restore", "x.sqlite", "--read-only"])
    #expect(readOnly.status == 2)
    #expect(
      readOnly.errorOutput
        == "hds: --read-only and hds restore cannot be used together; give one of them\n")
  }
}

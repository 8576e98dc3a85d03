// Two dashboards on one store act on the same request: one action applies, the other
// gets a message naming the request and its new state over a refreshed screen.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQLite

@Suite("Conflicts by keys", .timeLimit(.minutes(1)))
struct ConflictByKeysTests {
  @Test("keys typed during one's own write act on the new version, not a conflict")
  func ownWriteIsNoConflict() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory)
    defer { session.kill() }

    let screen = ScreenText(try await session.waitFor("│ HDS-"))
    let first = try #require(screen.queueRows().first, "\(screen.text)")
    #expect(first.status.hasPrefix("Siap"), "\(screen.text)")
    // One burst, as a fast typist sends it: assign, then assign again at once.
    try session.sendKeys("a", "Enter", "a", "Enter")
    let after = try await session.waitUntil("the second assignment") { text in
      text.contains("ditugaskan ke") || text.contains("diubah pengguna lain")
    }
    #expect(!after.contains("diubah pengguna lain"), "\(after)")

    let store = try SQLiteStore(path: data + "/hds.sqlite", readOnly: true)
    let number = try #require(RequestNumber(first.number))
    let id = try #require(try store.requestID(number: number))
    try await session.waitUntil("both events stored") { _ in
      (try? store.requestDetail(id: id).events.filter { $0.action == .assign }.count) == 2
    }
  }

  @Test("second cancel gets conflict message")
  func secondCancelGetsConflict() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let operatorA = try Dashboard.start(data: data, in: directory)
    defer { operatorA.kill() }
    let operatorB = try Dashboard.start(data: data, in: directory)
    defer { operatorB.kill() }

    let screenA = ScreenText(try await operatorA.waitFor("│ HDS-"))
    let rows = screenA.queueRows()
    let index = try #require(
      rows.firstIndex { $0.status.hasPrefix("Siap") }, "no Siap row:\n\(screenA.text)")
    let number = rows[index].number
    let queueCount = try #require(screenA.count(after: "Antrean ("), "\(screenA.text)")
    try await operatorB.waitFor(number)

    // Both open the cancel form on the same version of the request.
    for session in [operatorA, operatorB] {
      for _ in 0..<index { try session.sendKeys("j") }
      try session.sendKeys("x")
      try await session.waitFor("Batalkan \(number)")
    }
    try operatorA.sendLiteral("dokumen rusak")
    try operatorB.sendLiteral("pindah domisili")
    try operatorA.sendKeys("Enter")
    try await operatorA.waitFor("\(number) dibatalkan.")
    try operatorB.sendKeys("Enter")

    let conflict = ScreenText(
      try await operatorB.waitFor("\(number) baru saja diubah pengguna lain, kini Dibatalkan."))
    // The form closed, because its copy of the request is out of date, and the queue
    // behind it was read again.
    #expect(!conflict.text.contains("Batalkan \(number)"), "\(conflict.text)")
    #expect(!conflict.queueRows().contains { $0.number == number }, "\(conflict.text)")
    #expect(conflict.count(after: "Antrean (") == queueCount - 1, "\(conflict.text)")

    let cancels = try Self.cancelReasons(of: number, data: data)
    #expect(cancels == ["dokumen rusak"], "cancel events of \(number): \(cancels)")
  }

  /// Returns the reasons of the cancel events of the request numbered `number`.
  private static func cancelReasons(of number: String, data: String) throws -> [String] {
    let store = try SQLiteStore(
      path: (data as NSString).appendingPathComponent(SQLiteStore.fileName), readOnly: true)
    let parsed = try #require(RequestNumber(number), "\(number) is not a request number")
    return try store.withConnection { (connection) throws(StoreError) -> [String] in
      try connection.rows(
        """
        SELECT e.reason FROM request_event e JOIN request r ON r.id = e.request_id
        WHERE r.year = ?1 AND r.serial = ?2 AND e.action = 'cancel' ORDER BY e.id
        """,
        [.integer(parsed.year), .integer(parsed.serial)], context: "test"
      ) { $0.text(0) }
    }
  }
}

import Foundation
import HDSCore
import HDSStoreSQLite
import Testing

/// A complaint's handling worked from the keyboard in the real dashboard: logged from the
/// complaint pane, found with its filter, then verified, assigned, followed up and
/// resolved from its detail view, with every step read back from the store.
@Suite("Complaint by keys", .timeLimit(.minutes(2)))
struct ComplaintByKeysTests {
  static let complainant = "Lestari Uji Aduan"
  static let staff = "Rina Marlina"

  @Test("log, verify, assign, resolve")
  func wholeHandling() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory, cols: 200, rows: 50)
    defer { session.kill() }
    try await session.waitFor("│ HDS-")

    let id = try await log(session)

    // Only received complaints, and the new one's 60 working days put it last.
    try session.sendKeys("F")
    try await session.waitFor("Saring aduan")
    try session.sendKeys("Right")
    try await session.waitFor("‹ Baru ›")
    try session.sendKeys("Enter")
    try await session.waitUntil("the filtered list shows #\(id)") {
      $0.contains("Aduan (3 tersaring)") && $0.contains(" \(id) ")
    }
    try session.sendKeys("G", "Enter")
    try await session.waitFor("┌ Aduan #\(id) ")

    // Resolving a complaint that is not followed up yet is explained, not done.
    try session.sendKeys("s")
    try await session.waitFor("\"Selesaikan\" hanya untuk status Ditindaklanjuti.")

    try session.sendKeys("v")
    try await session.waitFor("Verifikasi: aduan #\(id)")
    try session.sendKeys("Enter")
    try await session.waitFor("Aduan #\(id) diverifikasi: Perlu investigasi")

    try session.sendKeys("a")
    try await session.waitFor("Tugaskan: aduan #\(id)")
    try session.sendLiteral(Self.staff)
    try session.sendKeys("Enter")
    try await session.waitFor("Aduan #\(id) ditugaskan ke \(Self.staff).")

    try session.sendKeys("t")
    try await session.waitFor("Tindak lanjut: aduan #\(id)")
    try session.sendLiteral("Pengadu ditelepon.")
    try session.sendKeys("Enter")
    try await session.waitFor("Aduan #\(id) kini Ditindaklanjuti.")

    try session.sendKeys("s")
    try await session.waitFor("Selesaikan: aduan #\(id)")
    try session.sendLiteral("Dokumen sudah diterima.")
    try session.sendKeys("Enter")
    try await session.waitFor("Aduan #\(id) kini Selesai.")

    let screen = try await session.waitFor("Diselesaikan: Ditindaklanjuti → Selesai")
    for line in [
      "Diverifikasi: Baru → Diverifikasi", "Ditugaskan: Diverifikasi → Ditugaskan",
      "petugas \(Self.staff)", "Ditindaklanjuti: Ditugaskan → Ditindaklanjuti",
      "Pengadu ditelepon.", "Dokumen sudah diterima.", "(tepat waktu)",
    ] {
      #expect(screen.contains(line), "the detail lacks \(line):\n\(screen)")
    }

    let store = try SQLiteStore.open(dataDirectory: data, readOnly: true)
    let detail = try store.complaintDetail(id: id)
    #expect(detail.complaint.state == .resolved)
    #expect(detail.complaint.assignedTo == Self.staff)
    #expect(detail.complaint.complainantName == Self.complainant)
    #expect(
      detail.events.map(\.action) == [.log, .verify, .assign, .followUp, .resolve])
    #expect(detail.events.last?.note == "Dokumen sudah diterima.")
  }

  /// Logs a complaint from the complaint pane with the weight "needs investigation" and
  /// returns its id.
  @Test("typed request number shows its resident")
  func requestNumberLookup() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let store = try SQLiteStore(path: data + "/hds.sqlite")
    let request = try #require(
      try store.queue(QueueQuery.pending, offset: 0, limit: 1).rows.first)
    let session = try Dashboard.start(data: data, in: directory, cols: 120, rows: 30)
    defer { session.kill() }
    try await session.waitFor("│ HDS-")

    try session.sendKeys("4", "c")
    try await session.waitFor("Aduan baru")
    // Channel, category, weight, complainant, then the request number.
    try session.sendKeys("Tab", "Tab", "Tab", "Tab")
    try session.sendLiteral("HDS-2026-999999")
    try await session.waitFor("HDS-2026-999999    ✗ tidak ditemukan")
    try session.sendKeys("C-u")
    try session.sendLiteral(request.number.description)
    try await session.waitFor("\(request.number)    ✓ \(request.residentName) · ")
  }

  private func log(_ session: TmuxSession) async throws -> Int64 {
    try session.sendKeys("4", "c")
    try await session.waitFor("Aduan baru")
    // Channel, category, then the weight: one step left wraps to the last weight.
    try session.sendKeys("Tab", "Tab", "Left")
    try await session.waitFor("‹ Perlu investigasi › batas ")
    try session.sendKeys("Tab")
    try session.sendLiteral(Self.complainant)
    // Request number, NIK and phone stay empty.
    try session.sendKeys("Tab", "Tab", "Tab", "Tab")
    try session.sendLiteral("Petugas tidak datang sesuai janji.")
    try session.sendKeys("Enter")
    let screen = try await session.waitFor(" dicatat. Batas penyelesaian ")
    let line = try #require(
      screen.split(separator: "\n").first { $0.contains(" dicatat. Batas penyelesaian ") })
    let start = try #require(line.range(of: "Aduan #"), "no id in: \(line)")
    let digits = line[start.upperBound...].prefix { $0.isNumber }
    return try #require(Int64(digits), "no id in: \(line)")
  }
}

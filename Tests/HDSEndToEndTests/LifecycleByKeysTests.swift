import Foundation
import Testing

/// A request's whole life worked from the keyboard: registered through the intake form,
/// found with `/` search under the queue filters, moved through every state, and read
/// back in the detail view's history.
@Suite("Lifecycle by keys", .timeLimit(.minutes(2)))
struct LifecycleByKeysTests {
  /// Synthetic test values: a NIK of a woman born 25-12-1995 and a KK number, both
  /// first registered in Kromengan.
  static let nik = "3507316512950123"
  static let kk = "3507312512150001"
  static let name = "Tri Handayani Uji"

  @Test("whole life by keys")
  func wholeLife() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory, cols: 100, rows: 30)
    defer { session.kill() }
    try await session.waitFor("│ HDS-")

    let number = try await register(session)

    // Received → in process → ready, each found by name in a queue filtered by state.
    try await filter(session, status: "Terdaftar", steps: ["Right"])
    try await find(session, Self.name, expecting: number)
    try session.sendKeys("s")
    try await session.waitFor("\(number) dikirim ke Dukcapil.")

    try await filter(session, status: "Diproses", steps: ["Right"])
    try await find(session, Self.name, expecting: number)
    try session.sendKeys("r")
    try await session.waitFor("\(number) siap diantar.")

    // Ready → assigned → out → failed attempt (back to ready) → assigned → out → delivered.
    try await filter(session, status: "Menunggu antar", steps: ["Left", "Left"])
    try await find(session, Self.name, expecting: number)
    try await assignAndDispatch(session, number)
    try session.sendKeys("f")
    try await session.waitFor("Gagal antar \(number)")
    try session.sendKeys("Enter")
    try await session.waitFor("\(number): gagal antar (Tidak di rumah), percobaan ke-1.")
    try await find(session, Self.name, expecting: number)
    try await assignAndDispatch(session, number)
    try session.sendKeys("d")
    try await session.waitFor("Serah terima \(number)")
    try session.sendKeys("Enter")
    try await session.waitFor("\(number) diterima oleh \(Self.name).")

    // The delivered request leaves the pending queue; the delivered list still has it.
    try await filter(
      session, status: "Diserahkan", steps: Array(repeating: "Right", count: 6))
    try await find(session, Self.name, expecting: number)
    try session.sendKeys("Enter")
    try await session.waitFor("Rincian \(number)")
    try session.sendKeys("G")
    let history = try await session.waitFor("Diserahkan: Dibawa kurir → Diserahkan")
    for step in [
      "Didaftarkan  ", "Dikirim ke Dukcapil: Terdaftar → Diproses",
      "Siap diantar: Diproses → Siap", "Gagal antar: Dibawa kurir → Siap",
      "Tidak di rumah · percobaan ke-1", "Pemohon sendiri: \(Self.name)",
    ] {
      #expect(history.contains(step), "history lacks \(step):\n\(history)")
    }
  }

  @Test("duplicate intake names open request")
  func duplicateIntake() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory, cols: 100, rows: 30)
    defer { session.kill() }
    try await session.waitFor("│ HDS-")

    let number = try await register(session)
    // The NIK is known now, so the form fills in the rest from the store.
    try session.sendKeys("i")
    try session.sendLiteral(Self.nik)
    try await session.waitFor("NIK ini sudah terdaftar atas nama \(Self.name)")
    try session.sendKeys("Enter")
    try await session.waitFor("Belum ada persyaratan yang dicentang.")
    try session.sendKeys("Enter")
    let screen = try await session.waitFor("masih punya permohonan KTP-el yang terbuka")
    #expect(screen.contains(number), "the refusal does not name \(number):\n\(screen)")
  }

  // MARK: Steps

  /// Registers the test resident's KTP-el request and returns its number.
  private func register(_ session: TmuxSession) async throws -> String {
    try await fillIntake(session)
    let screen = try await session.waitFor("didaftarkan untuk \(Self.name).")
    let line = try #require(
      screen.split(separator: "\n").first { $0.contains("didaftarkan untuk") }, "\(screen)")
    let start = try #require(line.range(of: "HDS-"), "no number in: \(line)")
    return String(line[start.lowerBound...].prefix(15))
  }

  private func fillIntake(_ session: TmuxSession) async throws {
    try session.sendKeys("i")
    for (index, value) in [Self.nik, Self.name, Self.kk, "0813-1111-2222"].enumerated() {
      if index > 0 { try session.sendKeys("Tab") }
      try session.sendLiteral(value)
    }
    try session.sendKeys("Enter")
    // No requirement is ticked, so the form shows a warning once before it saves.
    try await session.waitFor("Belum ada persyaratan yang dicentang.")
    try session.sendKeys("Enter")
  }

  /// Opens the filter form, moves its status choice by `steps`, and saves.
  private func filter(_ session: TmuxSession, status: String, steps: [String]) async throws {
    try session.sendKeys("F")
    try await session.waitFor("Saring antrean")
    for step in steps { try session.sendKeys(step) }
    try await session.waitFor("‹ \(status) ›")
    try session.sendKeys("Enter")
    let title = status == "Menunggu antar" ? "Antrean (" : "· \(status) "
    try await session.waitFor(title)
  }

  /// Searches with `/` and checks, by opening the detail view, that the selection landed
  /// on `number`; leaves the detail view closed again.
  private func find(_ session: TmuxSession, _ text: String, expecting number: String) async throws {
    try session.sendKeys("/")
    try session.sendLiteral(text)
    // Each keystroke's search runs on the store queue; the selection moves when the last
    // one answers, which tmux's instant typing outruns.
    try await Task.sleep(for: .milliseconds(400))
    try session.sendKeys("Enter", "Enter")
    try await session.waitFor("Rincian \(number)")
    try session.sendKeys("Escape")
    try await session.waitUntil("the detail view closed") { !$0.contains("Rincian \(number)") }
  }

  private func assignAndDispatch(_ session: TmuxSession, _ number: String) async throws {
    try session.sendKeys("a")
    let form = try await session.waitFor("Tugaskan \(number)")
    // On a weekend or holiday the form starts at the next working day, and a courier
    // leaves only on the assigned day, so pick today.
    if !form.contains("(hari ini) ›") {
      try session.sendKeys("Down", "Left")
      try await session.waitFor("(hari ini) ›")
    }
    try session.sendKeys("Enter")
    try await session.waitFor("\(number) ditugaskan ke ")
    try session.sendKeys("o")
    try await session.waitFor("\(number) dibawa kurir.")
  }
}

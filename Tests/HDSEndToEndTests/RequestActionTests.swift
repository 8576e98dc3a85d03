import Foundation
import Testing

/// Changing requests through the dashboard's keys, checked on screen, with `hds summary`,
/// and from a second dashboard on the same store.
@Suite("Request actions", .timeLimit(.minutes(1)))
struct RequestActionTests {
  @Test("assign, dispatch and deliver by keys")
  func deliverByKeys() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let before = try DemoStore.summary(data: data)
    let session = try Dashboard.start(data: data, in: directory)
    defer { session.kill() }

    let first = ScreenText(try await session.waitFor("│ HDS-"))
    let queueCount = try #require(first.count(after: "Antrean ("), "\(first.text)")
    let rows = first.queueRows()
    let index = try #require(
      rows.firstIndex { $0.status.hasPrefix("Siap") }, "no Siap row:\n\(first.text)")
    let number = rows[index].number

    for _ in 0..<index { try session.sendKeys("j") }
    try session.sendKeys("a")
    var form = try await session.waitFor("Tugaskan \(number)")
    // On a weekend or holiday the form starts at the next working day; today, which the
    // steps below need, is the first day it offers.
    if !form.contains("(hari ini) ›") {
      try session.sendKeys("Down", "Left")
      form = try await session.waitFor("(hari ini) ›")
    }
    #expect(form.contains("(hari ini) ›"), "assign form does not offer today:\n\(form)")
    // The courier field shows "‹ Name (load) ›" with the first courier of the day chosen.
    let courierField = try #require(
      form.split(separator: "\n").first { $0.contains("Kurir ") && $0.contains("‹ ") },
      "\(form)")
    let courier = try #require(
      courierField.split(separator: "‹ ").last?.split(separator: " (").first, "\(courierField)")
    try session.sendKeys("Enter")
    try await session.waitFor("\(number) ditugaskan ke \(courier)")
    let assigned = ScreenText(try session.capture())
    #expect(
      assigned.queueRows().first { $0.number == number }?.status == "Ditugaskan", "\(assigned.text)"
    )

    try session.sendKeys("o")
    try await session.waitFor("\(number) dibawa kurir.")
    let out = ScreenText(try session.capture())
    #expect(out.queueRows().first { $0.number == number }?.status == "Dibawa kurir", "\(out.text)")

    try session.sendKeys("d")
    let handover = try await session.waitFor("Serah terima \(number)")
    #expect(
      handover.contains("Pemohon sendiri"),
      "handover form does not default to the resident:\n\(handover)")
    try session.sendKeys("Enter")
    let delivered = ScreenText(try await session.waitFor("\(number) diterima oleh"))
    #expect(!delivered.queueRows().isEmpty, "no queue rows read:\n\(delivered.text)")
    #expect(
      !delivered.queueRows().contains { $0.number == number },
      "\(number) still in the queue:\n\(delivered.text)")
    #expect(delivered.count(after: "Antrean (") == queueCount - 1, "\(delivered.text)")

    // A missing label would compare nil with nil, so every figure must be present first.
    let after = try DemoStore.summary(data: data)
    let changes = [("Siap", -1), ("Diserahkan", 1), ("Diserahkan pada hari itu", 1)]
    for (label, change) in changes {
      let old = try #require(before[label], "no \(label) line in hds summary: \(before)")
      let new = try #require(after[label], "no \(label) line in hds summary: \(after)")
      #expect(new == old + change, "\(label): before \(old), after \(new)")
    }
  }

  @Test("second dashboard sees a change unprompted")
  func secondDashboardRefreshes() async throws {
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
    let screenB = ScreenText(try await operatorB.waitFor(number))
    let readyInB = try #require(screenB.count(after: "Siap ", inLine: 1), "\(screenB.text)")
    let assignedInB = try #require(
      screenB.count(after: "Ditugaskan ", inLine: 1), "\(screenB.text)")
    #expect(screenB.queueRows().first { $0.number == number }?.status.hasPrefix("Siap") == true)

    for _ in 0..<index { try operatorA.sendKeys("j") }
    try operatorA.sendKeys("a")
    try await operatorA.waitFor("Tugaskan \(number)")
    try operatorA.sendKeys("Enter")
    try await operatorA.waitFor("\(number) ditugaskan ke")

    // B gets no keys at all: only its refresh timer can bring the change in, within
    // three refresh intervals of the write that A has already shown.
    let changed = ScreenText(
      try await operatorB.waitUntil(
        "\(number) as Ditugaskan on B", timeout: .seconds(3 * Dashboard.refreshSeconds)
      ) { text in
        ScreenText(text).queueRows().first { $0.number == number }?.status == "Ditugaskan"
      })
    #expect(changed.count(after: "Siap ", inLine: 1) == readyInB - 1, "\(changed.text)")
    #expect(changed.count(after: "Ditugaskan ", inLine: 1) == assignedInB + 1, "\(changed.text)")
    // With no key pressed, B's bottom bar still shows the key hints, not a result message.
    #expect(changed.lines.last { !$0.isEmpty }?.contains("q keluar") == true, "\(changed.text)")
  }
}

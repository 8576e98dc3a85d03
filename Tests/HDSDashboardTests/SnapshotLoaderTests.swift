import Foundation
import HDSCore
import HDSStoreSQLite
import Testing

@testable import HDSDashboard

@Suite("Snapshot loader")
struct SnapshotLoaderTests {
  /// Creates a request and brings it to ready now, so that today's pending count grows.
  func makeReady(_ store: SQLiteStore, serial: Int) throws {
    let desa = Kromengan.kecamatan.desa[0]
    let dusun = desa.dusun[0]
    let rw = dusun.rukunWarga[0]
    let resident = Resident(
      nik: try NIK("3507311508909" + String(format: "%03d", serial)), name: "Warga Baru \(serial)",
      kk: try KKNumber("3507310101209" + String(format: "%03d", serial)), phone: nil,
      address: Address(
        desaCode: desa.code, dusun: dusun.name, rw: rw.number, rt: rw.rukunTetangga[0],
        street: "Jl. Baru 1"))
    let user = Actor.operator("operator1")
    let now = Date()
    let created = try store.createRequest(
      NewRequest(resident: resident, document: .kia, note: ""), by: user,
      at: now.addingTimeInterval(-2))
    _ = try store.apply(
      .sendToDukcapil, to: created.id, expectedVersion: nil, by: user,
      at: now.addingTimeInterval(-1))
    _ = try store.apply(.markReady, to: created.id, expectedVersion: nil, by: user, at: now)
  }

  func loaded(_ outcome: SnapshotLoader.Outcome, sourceLocation: SourceLocation = #_sourceLocation)
    -> Snapshot?
  {
    guard case .loaded(let snapshot) = outcome else {
      Issue.record("expected a snapshot, got \(outcome)", sourceLocation: sourceLocation)
      return nil
    }
    return snapshot
  }

  @Test("summary reads paced after changes")
  func summaryPacing() throws {
    let fixture = try SampleFixture(requests: 40)
    defer { fixture.remove() }
    var window = ViewWindow()
    window.includesSummary = true

    // So large a pacing that the summary is never due again after its first read.
    let paced = SnapshotLoader(store: fixture.store, summaryPacing: 1_000_000_000)
    _ = paced.setWindow(window)
    let first = try #require(loaded(paced.tick(force: true)))
    let pendingBefore = try #require(first.summary).pending.pending
    try makeReady(fixture.store, serial: 1)
    let second = try #require(loaded(paced.tick(force: false)))
    #expect(second.totals.pending == first.totals.pending + 1)
    #expect(second.summary?.pending.pending == pendingBefore)
    if case .loaded = paced.tick(force: false) {
      Issue.record("a summary that is not due yet loaded again without a change")
    }

    // Without pacing the summary is read again with every change.
    let following = SnapshotLoader(store: fixture.store, summaryPacing: 0)
    _ = following.setWindow(window)
    let third = try #require(loaded(following.tick(force: true)))
    #expect(third.summary?.pending.pending == pendingBefore + 1)
    try makeReady(fixture.store, serial: 2)
    let fourth = try #require(loaded(following.tick(force: false)))
    #expect(fourth.summary?.pending.pending == pendingBefore + 2)

    // Off screen, no summary is read.
    _ = following.setWindow(ViewWindow())
    let fifth = try #require(loaded(following.tick(force: true)))
    #expect(fifth.summary == nil)
  }
}

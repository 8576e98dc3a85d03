import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

/// Requests a print list created for a resident the office did not know: they cannot go
/// to a courier until the address and KK number are corrected to real ones.
@Suite("Completing print-list requests")
struct CompletionTests {
  /// Imports one printed KTP-el for an unknown NIK and returns the flagged request.
  func flaggedRequest(_ store: SQLStore) throws -> DeliveryRequest {
    let row = PrintListRow(
      line: 2, nik: Fixture.nik(901), name: "Warga Baru", document: .ktpEl,
      printedOn: Fixture.day, requestNumber: nil)
    let result = try store.importPrintList(
      [row], by: Fixture.user, at: Fixture.time(8), dryRun: false)
    let number = try #require(result.created.first)
    let row0 = try #require(
      try store.queue(.pending, offset: 0, limit: 10).rows.first { $0.number == number })
    return try store.requestDetail(id: row0.id).request
  }

  @Test("flagged request cannot be assigned")
  func assignRefused() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let courier = try store.addCourier(
      Fixture.newCourier("Ani"), by: Fixture.user, at: Fixture.time(7))
    let request = try flaggedRequest(store)
    #expect(request.needsCompletion)
    let events = try store.eventCount()

    #expect {
      try store.apply(
        .assign(courierID: courier.id, day: Fixture.day), to: request.id, expectedVersion: nil,
        by: Fixture.user, at: Fixture.time(9))
    } throws: { error in
      (error as? StoreError) == .needsCompletion(request: request.number)
    }
    #expect(try store.eventCount() == events)
  }

  @Test("address and KK corrections complete it")
  func completed() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let courier = try store.addCourier(
      Fixture.newCourier("Ani"), by: Fixture.user, at: Fixture.time(7))
    let request = try flaggedRequest(store)

    let moved = try store.correct(
      .address(Fixture.address(desa: 2)), of: request.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(9))
    #expect(moved.needsCompletion, "a placeholder KK still needs completing")

    let kk = try KKNumber("3507310101100002")
    let done = try store.correct(
      .kk(kk), of: request.id, expectedVersion: nil, by: Fixture.user, at: Fixture.time(9, 5))
    #expect(!done.needsCompletion)
    #expect(done.resident.kk == kk)
    let last = try #require(try store.requestDetail(id: request.id).events.last)
    #expect(last.action == .correct)
    #expect(last.detail.contains("field=kk"))
    #expect(last.detail.contains("completed=yes"))
    #expect(!last.detail.contains(kk.digits), "the event holds the full KK number")

    let assigned = try store.apply(
      .assign(courierID: courier.id, day: Fixture.day), to: request.id, expectedVersion: nil,
      by: Fixture.user, at: Fixture.time(9, 10))
    #expect(assigned.state == .assigned)
  }
}

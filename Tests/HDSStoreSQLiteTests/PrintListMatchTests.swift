// How a print-list row meets the store: requests marked ready by hand before the list
// came, new requests of residents already complete, and names that differ from the
// stored ones.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL

@Suite("Print-list matching")
struct PrintListMatchTests {
  /// Tuesday 1 December 2026, when the hand-marked request became ready.
  private static let readyDay = CalendarDay(year: 2026, month: 12, day: 1)
  /// Thursday 3 December 2026, when it was delivered.
  private static let deliveryDay = CalendarDay(year: 2026, month: 12, day: 3)
  private static let importTime = Fixture.time(10, on: CalendarDay(year: 2026, month: 12, day: 7))

  private static func row(
    _ line: Int, _ nik: NIK, name: String = "Warga 1", document: DocumentKind = .kk,
    printed: CalendarDay
  ) -> PrintListRow {
    PrintListRow(
      line: line, nik: nik, name: name, document: document, printedOn: printed,
      requestNumber: nil)
  }

  private static func day(_ day: Int) -> CalendarDay {
    CalendarDay(year: 2026, month: 12, day: day)
  }

  /// Creates a KK request of resident `serial`, marks it ready by hand with `r` on
  /// `readyDay`, so without a print day, and delivers it on `deliveryDay`.
  private static func deliveredByHand(_ store: SQLStore, _ serial: Int) throws -> DeliveryRequest {
    let courier = try store.addCourier(
      Fixture.newCourier("Ahmad Fauzi"), by: Fixture.user, at: Fixture.time(7, on: readyDay))
    let created = try store.createRequest(
      Fixture.newRequest(serial, document: .kk), by: Fixture.user,
      at: Fixture.time(7, on: readyDay))
    _ = try store.apply(
      .sendToDukcapil, to: created.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(7, 30, on: readyDay))
    _ = try store.apply(
      .markReady, to: created.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(8, on: readyDay))
    try store.dispatch(created.id, courier: courier.id, day: deliveryDay)
    return try store.apply(
      .deliver(Fixture.resident), to: created.id, expectedVersion: nil,
      by: .operator("courier1"), at: Fixture.time(11, on: deliveryDay))
  }

  private static func requestCount(_ store: SQLStore) throws -> Int64 {
    try #require(try store.integers("SELECT count(*) FROM request").first?.first)
  }

  // MARK: Requests marked ready by hand

  @Test(
    "hand-marked delivered request matched",
    arguments: [
      (printed: 30, month: 11), (printed: 1, month: 12), (printed: 2, month: 12),
      (printed: 3, month: 12),
    ])
  func handMarkedMatched(printed: Int, month: Int) throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let delivered = try Self.deliveredByHand(store, 1)
    #expect(delivered.printedOn == nil)
    let events = try store.eventCount()
    let printedOn = CalendarDay(year: 2026, month: month, day: printed)
    let rows = [Self.row(2, delivered.resident.nik, printed: printedOn)]

    let first = try store.importPrintList(
      rows, by: Fixture.user, at: Self.importTime, dryRun: false)
    let second = try store.importPrintList(
      rows, by: Fixture.user, at: Self.importTime.addingTimeInterval(60), dryRun: false)

    #expect(first == PrintListImport(unchanged: 1))
    #expect(second == PrintListImport(unchanged: 1))
    #expect(try Self.requestCount(store) == 1)
    #expect(try store.eventCount() == events)
  }

  @Test("print after delivery creates request")
  func reprintAfterDelivery() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let delivered = try Self.deliveredByHand(store, 1)
    let rows = [Self.row(2, delivered.resident.nik, printed: Self.day(4))]

    let first = try store.importPrintList(
      rows, by: Fixture.user, at: Self.importTime, dryRun: false)
    let events = try store.eventCount()
    let second = try store.importPrintList(
      rows, by: Fixture.user, at: Self.importTime.addingTimeInterval(60), dryRun: false)

    let number = RequestNumber(year: 2026, serial: 2)
    #expect(first.created == [number])
    #expect(second == PrintListImport(unchanged: 1))
    #expect(try store.eventCount() == events)
    let ids = try store.integers("SELECT id FROM request ORDER BY id")
    let created = try store.requestDetail(id: try #require(ids.last?.first)).request
    #expect(created.number == number)
    #expect(created.state == .ready)
    #expect(created.printedOn == Self.day(4))
    #expect(try store.requestDetail(id: delivered.id).request.state == .delivered)
  }

  @Test("hand-marked cancelled request skipped")
  func handMarkedCancelled() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let ready = try store.readyRequest(1, readyAt: Fixture.time(8, on: Self.readyDay))
    _ = try store.apply(
      .cancel(reason: "moved away"), to: ready.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(9, on: Self.readyDay))
    let events = try store.eventCount()
    let rows = [Self.row(2, ready.resident.nik, document: .ktpEl, printed: Self.day(1))]

    let first = try store.importPrintList(
      rows, by: Fixture.user, at: Self.importTime, dryRun: false)
    let second = try store.importPrintList(
      rows, by: Fixture.user, at: Self.importTime, dryRun: false)

    #expect(first.skipped.map(\.kind) == [.requestCancelled(ready.number)])
    #expect(first.created.isEmpty)
    #expect(second == first)
    #expect(try store.eventCount() == events)
  }

  @Test("hand-marked ready request unchanged")
  func handMarkedReady() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let ready = try store.readyRequest(1, readyAt: Fixture.time(8, on: Self.readyDay))
    let rows = [Self.row(2, ready.resident.nik, document: .ktpEl, printed: Self.day(4))]

    let result = try store.importPrintList(
      rows, by: Fixture.user, at: Self.importTime, dryRun: false)

    #expect(result == PrintListImport(unchanged: 1))
    #expect(try store.requestDetail(id: ready.id).request.printedOn == nil)
  }

  // MARK: Completion of new requests

  @Test("complete resident's request ready to assign")
  func completeResidentNotFlagged() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let existing = try store.readyRequest(1, readyAt: Fixture.time(8, on: Self.readyDay))
    let courier = try store.addCourier(
      Fixture.newCourier("Ahmad Fauzi"), by: Fixture.user, at: Fixture.time(7))

    let result = try store.importPrintList(
      [Self.row(2, existing.resident.nik, document: .kia, printed: Self.day(4))],
      by: Fixture.user, at: Self.importTime, dryRun: false)

    #expect(result.created == [RequestNumber(year: 2026, serial: 2)])
    #expect(result.needsCompletion.isEmpty)
    let ids = try store.integers("SELECT id FROM request ORDER BY id")
    let id = try #require(ids.last?.first)
    #expect(!(try store.requestDetail(id: id).request.needsCompletion))
    let assigned = try store.apply(
      .assign(courierID: courier.id, day: Fixture.day), to: id, expectedVersion: nil,
      by: Fixture.user, at: Fixture.time(9))
    #expect(assigned.state == .assigned)
  }

  @Test("incomplete resident's request flagged until completed")
  func incompleteResidentFlagged() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let nik = Fixture.nik(7)
    let time = Self.importTime
    let flagged = { (id: Int64) throws -> Bool in
      try store.requestDetail(id: id).request.needsCompletion
    }

    // A new resident: placeholder KK and no address.
    let added = try store.importPrintList(
      [Self.row(2, nik, document: .ktpEl, printed: Self.day(4))], by: Fixture.user, at: time,
      dryRun: false)
    #expect(added.needsCompletion == added.created)
    let firstID = try #require(try store.integers("SELECT id FROM request").first?.first)

    // The KK entered but no address yet.
    _ = try store.correct(
      .kk(try KKNumber("3507310101100002")), of: firstID, expectedVersion: nil,
      by: Fixture.user, at: time.addingTimeInterval(60))
    let noAddress = try store.importPrintList(
      [Self.row(2, nik, document: .kia, printed: Self.day(4))], by: Fixture.user,
      at: time.addingTimeInterval(120), dryRun: false)
    #expect(noAddress.created.count == 1)
    #expect(noAddress.needsCompletion == noAddress.created)

    // KK and address both entered.
    _ = try store.correct(
      .address(Fixture.address()), of: firstID, expectedVersion: nil, by: Fixture.user,
      at: time.addingTimeInterval(180))
    #expect(!(try flagged(firstID)))
    let complete = try store.importPrintList(
      [Self.row(2, nik, document: .kk, printed: Self.day(4))], by: Fixture.user,
      at: time.addingTimeInterval(240), dryRun: false)
    #expect(complete.created.count == 1)
    #expect(complete.needsCompletion.isEmpty)

    let ids = try store.integers("SELECT id FROM request ORDER BY id").map { $0[0] }
    #expect(try ids.map(flagged) == [false, true, false])
  }

  @Test("dry run counts requests to complete")
  func dryRunCountsCompletion() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let existing = try store.readyRequest(1, readyAt: Fixture.time(8, on: Self.readyDay))
    let rows = [
      Self.row(2, existing.resident.nik, document: .kia, printed: Self.day(4)),
      Self.row(3, Fixture.nik(8), document: .kk, printed: Self.day(4)),
    ]

    let planned = try store.importPrintList(
      rows, by: Fixture.user, at: Self.importTime, dryRun: true)

    #expect(planned.created == [2, 3].map { RequestNumber(year: 2026, serial: $0) })
    #expect(planned.needsCompletion == [RequestNumber(year: 2026, serial: 3)])
  }

  // MARK: Names

  @Test("differing name warns and imports")
  func differingNameWarns() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let created = try store.createRequest(
      NewRequest(
        resident: Fixture.resident(1, name: "Joko Yulianto"), document: .ktpEl, note: ""),
      by: Fixture.user, at: Fixture.time(7))
    let request = try store.apply(
      .sendToDukcapil, to: created.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(7, 30))
    let nik = request.resident.nik

    let result = try store.importPrintList(
      [
        Self.row(2, nik, name: "Joko Y", document: .ktpEl, printed: Self.day(4)),
        Self.row(3, nik, name: "JOKO  YULIANTO", document: .kia, printed: Self.day(4)),
        Self.row(4, nik, name: "Joko Susilo", document: .kk, printed: Self.day(4)),
      ], by: Fixture.user, at: Self.importTime, dryRun: false)

    #expect(result.markedReady == [request.number])
    #expect(result.created.count == 2)
    #expect(try store.requestDetail(id: request.id).request.state == .ready)
    #expect(result.warnings.map(\.line) == [2, 4])
    #expect(
      result.warnings.map(\.kind) == [
        .nameDiffers(listed: "Joko Y", stored: "Joko Yulianto", request: request.number),
        .nameDiffers(
          listed: "Joko Susilo", stored: "Joko Yulianto", request: result.created[1]),
      ])
    // The stored name stays: the import changes no resident.
    #expect(try store.requestDetail(id: request.id).request.resident.name == "Joko Yulianto")
  }

  @Test("differing name warns on unchanged row")
  func differingNameOnUnchanged() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let delivered = try Self.deliveredByHand(store, 1)

    let result = try store.importPrintList(
      [Self.row(2, delivered.resident.nik, name: "Wargo", printed: Self.day(2))],
      by: Fixture.user, at: Self.importTime, dryRun: false)

    #expect(result.unchanged == 1)
    #expect(
      result.warnings.map(\.kind) == [
        .nameDiffers(listed: "Wargo", stored: "Warga 1", request: delivered.number)
      ])
  }
}

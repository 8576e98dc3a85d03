import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Dashboard queries")
struct QueryTests {
  let directory: TemporaryDirectory
  let store: SQLStore

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.openStore()
  }

  @Test("queue is ordered by ready time, then id")
  func queueOrdering() throws {
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    // Ready times out of creation order, two of them equal.
    let readyTimes = [
      Fixture.time(9), Fixture.time(8), Fixture.time(10), Fixture.time(8), Fixture.time(7),
    ]
    var ids: [Int64] = []
    for (index, time) in readyTimes.enumerated() {
      ids.append(try store.readyRequest(index + 1, readyAt: time).id)
    }
    try store.dispatch(ids[2], courier: courier.id)
    _ = try store.createRequest(Fixture.newRequest(50), by: Fixture.user, at: Fixture.time(7))
    let cancelled = try store.readyRequest(51, readyAt: Fixture.time(6))
    _ = try store.apply(
      .cancel(reason: "meninggal"), to: cancelled.id, expectedVersion: nil,
      by: Fixture.user, at: Fixture.time(9))

    let expected = [ids[4], ids[1], ids[3], ids[0], ids[2]]
    let all = try store.pendingQueue(offset: 0, limit: 10)
    #expect(all.total == 5)
    #expect(all.offset == 0)
    #expect(all.rows.map(\.id) == expected)

    let page = try store.pendingQueue(offset: 2, limit: 2)
    #expect(page.total == 5)
    #expect(page.offset == 2)
    #expect(page.rows.map(\.id) == Array(expected[2..<4]))
    #expect(try store.pendingQueue(offset: 5, limit: 2).rows.isEmpty)

    let out = try #require(all.rows.last)
    #expect(out.state == .outForDelivery)
    #expect(out.courierName == "Budi")
    #expect(out.deliveryDay == Fixture.day)
    #expect(out.readyAt == Fixture.time(10))
    #expect(out.nik == Fixture.nik(3, female: false))
    #expect(out.residentName == "Warga 3")
    #expect(out.desaCode == Kromengan.kecamatan.desa[0].code)
    #expect(out.version == 5)
  }

  @Test("courier board on a known set")
  func courierBoard() throws {
    let ani = try store.addCourier(Fixture.newCourier("Ani"), by: Fixture.user, at: Fixture.time(7))
    let budi = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    let citra = try store.addCourier(
      Fixture.newCourier("Citra"), by: Fixture.user, at: Fixture.time(7))
    let dedi = try store.addCourier(
      Fixture.newCourier("Dedi"), by: Fixture.user, at: Fixture.time(7))
    try store.execute("UPDATE courier SET is_active = 0 WHERE id = \(dedi.id)")
    var ids: [Int64] = []
    for serial in 1...9 { ids.append(try store.readyRequest(serial).id) }
    let tomorrow = Fixture.day.adding(days: 1)

    // Ani: 2 assigned today, 1 assigned tomorrow, 1 out today.
    for id in ids[0...1] {
      _ = try store.apply(
        .assign(courierID: ani.id, day: Fixture.day), to: id,
        expectedVersion: nil, by: Fixture.user, at: Fixture.time(9))
    }
    _ = try store.apply(
      .assign(courierID: ani.id, day: tomorrow), to: ids[2],
      expectedVersion: nil, by: Fixture.user, at: Fixture.time(9))
    try store.dispatch(ids[3], courier: ani.id)
    // Budi: 2 delivered today, 1 failed today, 1 delivered yesterday's run the next morning.
    for id in ids[4...5] {
      try store.dispatch(id, courier: budi.id)
      _ = try store.apply(
        .deliver(Fixture.resident), to: id, expectedVersion: nil, by: .operator("courier"),
        at: Fixture.time(11))
    }
    try store.dispatch(ids[6], courier: budi.id)
    _ = try store.apply(
      .failAttempt(.notAtHome, note: ""), to: ids[6], expectedVersion: nil,
      by: .operator("courier"), at: Fixture.time(12))
    try store.dispatch(ids[7], courier: budi.id, day: Fixture.day.adding(days: -1))
    _ = try store.apply(
      .deliver(Fixture.resident), to: ids[7], expectedVersion: nil,
      by: .operator("courier"), at: Fixture.time(16, on: Fixture.day.adding(days: -1)))

    let board = try store.courierBoard(on: Fixture.day)
    #expect(
      board == [
        CourierDayRow(courierID: ani.id, name: "Ani", assigned: 2, out: 1, delivered: 0, failed: 0),
        CourierDayRow(
          courierID: budi.id, name: "Budi", assigned: 0, out: 0, delivered: 2, failed: 1),
        CourierDayRow(
          courierID: citra.id, name: "Citra", assigned: 0, out: 0, delivered: 0, failed: 0),
      ])
    let tomorrowBoard = try store.courierBoard(on: tomorrow)
    #expect(tomorrowBoard.first { $0.courierID == ani.id }?.assigned == 1)

    let totals = try store.totals(on: Fixture.day)
    #expect(totals.deliveredOnDay == 2)
    #expect(totals.failedAttemptsOnDay == 1)
    #expect(totals[.delivered] == 3)
    #expect(totals.pending == 6)
  }

  @Test("delivered on a WIB day boundary")
  func wibDayBoundary() throws {
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    let ready = try store.readyRequest(1)
    try store.dispatch(ready.id, courier: courier.id)
    // 23:59 WIB on the day is 16:59 UTC, still the same office day.
    _ = try store.apply(
      .deliver(Fixture.resident), to: ready.id, expectedVersion: nil,
      by: .operator("courier"), at: Fixture.day.end.addingTimeInterval(-60))

    #expect(try store.totals(on: Fixture.day).deliveredOnDay == 1)
    #expect(try store.totals(on: Fixture.day.adding(days: 1)).deliveredOnDay == 0)
  }

  @Test("desa loads")
  func desaLoads() throws {
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    let slorok = Kromengan.kecamatan.desa[0].code
    let jatikerto = Kromengan.kecamatan.desa[1].code
    let ngadirejo = Kromengan.kecamatan.desa[2].code
    _ = try store.readyRequest(1, desa: 0)
    _ = try store.readyRequest(2, desa: 0)
    let delivered = try store.readyRequest(3, desa: 1)
    try store.dispatch(delivered.id, courier: courier.id)
    _ = try store.apply(
      .deliver(Fixture.resident), to: delivered.id, expectedVersion: nil,
      by: .operator("courier"), at: Fixture.time(11))
    let earlier = try store.readyRequest(
      4, desa: 1, readyAt: Fixture.time(8, on: CalendarDay(year: 2026, month: 12, day: 1)))
    try store.dispatch(
      earlier.id, courier: courier.id, day: CalendarDay(year: 2026, month: 12, day: 1))
    _ = try store.apply(
      .deliver(Fixture.resident), to: earlier.id, expectedVersion: nil,
      by: .operator("courier"), at: Fixture.time(11, on: CalendarDay(year: 2026, month: 12, day: 1))
    )
    let lastMonth = try store.readyRequest(
      5, desa: 2, readyAt: Fixture.time(8, on: CalendarDay(year: 2026, month: 11, day: 30)))
    try store.dispatch(
      lastMonth.id, courier: courier.id, day: CalendarDay(year: 2026, month: 11, day: 30))
    _ = try store.apply(
      .deliver(Fixture.resident), to: lastMonth.id, expectedVersion: nil,
      by: .operator("courier"),
      at: Fixture.time(11, on: CalendarDay(year: 2026, month: 11, day: 30)))
    // Received only: not pending, so the desa does not appear.
    _ = try store.createRequest(
      Fixture.newRequest(6, desa: 5), by: Fixture.user, at: Fixture.time(8))

    #expect(
      try store.desaLoads(on: Fixture.day) == [
        DesaLoad(desaCode: slorok, pending: 2, deliveredOnDay: 0, deliveredInMonth: 0),
        DesaLoad(desaCode: jatikerto, pending: 0, deliveredOnDay: 1, deliveredInMonth: 2),
      ])
    #expect(
      try store.desaLoads(on: CalendarDay(year: 2026, month: 11, day: 30)) == [
        DesaLoad(desaCode: slorok, pending: 2, deliveredOnDay: 0, deliveredInMonth: 0),
        DesaLoad(desaCode: ngadirejo, pending: 0, deliveredOnDay: 1, deliveredInMonth: 1),
      ])
  }

  @Test("complaints open by deadline, then closed")
  func complaintOrdering() throws {
    func log(_ name: String, _ weight: ComplaintWeight, at hour: Int) throws -> Complaint {
      try store.logComplaint(
        NewComplaint(
          channel: .whatsApp, category: .late, weight: weight, complainantName: name,
          requestID: nil, description: "belum datang"),
        calendar: WorkingCalendar(), by: Fixture.user, at: Fixture.time(hour))
    }
    let normative = try log("C", .normative, at: 8)
    let archived = try log("A", .light, at: 9)
    let light = try log("B", .light, at: 11)
    _ = try store.apply(
      .archive(note: "ganda"), toComplaint: archived.id, expectedVersion: nil,
      calendar: WorkingCalendar(), by: Fixture.user, at: Fixture.time(12))

    let page = try store.complaints(offset: 0, limit: 10)
    #expect(page.total == 3)
    #expect(page.rows.map(\.id) == [light.id, normative.id, archived.id])
    #expect(try store.complaints(offset: 1, limit: 1).rows.map(\.id) == [normative.id])
    #expect(try store.totals(on: Fixture.day).openComplaints == 2)
  }
}

@Suite("Event detail format")
struct EventDetailTests {
  @Test("bare and quoted values")
  func formatting() {
    let text = EventDetail.format([
      ("reason", "not-at-home"), ("note", "pagar \"dikunci\"\nbesok"), ("skip", nil),
      ("empty", ""), ("path", "a\\b=c"),
    ])
    #expect(text == #"reason=not-at-home note="pagar \"dikunci\"\nbesok" empty="" path="a\\b=c""#)
  }

  @Test("parse reverses format")
  func roundTrip() throws {
    let pairs: [(key: String, value: String?)] = [
      ("recipient", "family-member"), ("name", "Siti Aminah"), ("relation", "istri"),
      ("note", "baris\r\nbaru\ttab"), ("old-card-returned", "no"),
    ]
    let parsed = try #require(EventDetail.parse(EventDetail.format(pairs)))
    #expect(parsed.map(\.key) == pairs.map(\.key))
    #expect(parsed.map(\.value) == pairs.map { $0.value ?? "" })
    #expect(EventDetail.parse("")?.isEmpty == true)
    #expect(EventDetail.parse("no-equals") == nil)
    #expect(EventDetail.parse("note=\"unterminated") == nil)
  }
}

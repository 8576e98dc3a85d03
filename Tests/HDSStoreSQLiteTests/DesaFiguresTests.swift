import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Desa figures")
struct DesaFiguresTests {
  let directory: TemporaryDirectory
  let store: SQLStore
  let slorok = Kromengan.kecamatan.desa[0].code
  let jatikerto = Kromengan.kecamatan.desa[1].code
  let ngadirejo = Kromengan.kecamatan.desa[2].code
  let kromengan = Kromengan.kecamatan.desa[3].code

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.openStore()
  }

  /// Cut-offs of the default targets on Friday 4 December 2026 with no holidays.
  var cutoffs: [DocumentKind: CalendarDay] {
    ServiceTargets().earliestOnTimeReadyDays(on: Fixture.day, in: WorkingCalendar())
  }

  static func december(_ day: Int) -> CalendarDay { CalendarDay(year: 2026, month: 12, day: day) }

  /// Creates a request of `document` and brings it to ready at 08:00 on `day`.
  func ready(_ serial: Int, desa: Int, document: DocumentKind = .ktpEl, on day: CalendarDay)
    throws -> DeliveryRequest
  {
    let created = try store.createRequest(
      Fixture.newRequest(serial, desa: desa, document: document), by: Fixture.user,
      at: Fixture.time(7, on: day))
    _ = try store.apply(
      .sendToDukcapil, to: created.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(7, 30, on: day))
    return try store.apply(
      .markReady, to: created.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(8, on: day))
  }

  @Test("cut-off one working day back")
  func cutoffDay() {
    // Ready on Thursday and still pending on Friday is one working day: on time.
    #expect(cutoffs[.ktpEl] == Self.december(3))
    #expect(cutoffs.count == DocumentKind.allCases.count)
  }

  @Test("pending and overdue per desa")
  func pendingAndOverdue() throws {
    _ = try ready(1, desa: 0, on: Self.december(2))
    _ = try ready(2, desa: 0, on: Self.december(3))
    _ = try ready(3, desa: 0, on: Self.december(4))
    _ = try ready(4, desa: 1, on: Self.december(1))
    // Received only: neither pending nor overdue, however old.
    _ = try store.createRequest(
      Fixture.newRequest(5, desa: 2), by: Fixture.user, at: Fixture.time(8, on: Self.december(1)))

    let figures = try store.desaFigures(
      in: .month(12, of: 2026), earliestOnTimeReadyDays: cutoffs)
    #expect(
      figures == [
        DesaFigures(desaCode: slorok, pending: 3, overdue: 1, delivered: 0, openComplaints: 0),
        DesaFigures(desaCode: jatikerto, pending: 1, overdue: 1, delivered: 0, openComplaints: 0),
      ])
  }

  @Test("overdue cut-off per document kind")
  func overduePerKind() throws {
    _ = try ready(1, desa: 0, document: .ktpEl, on: Self.december(3))
    _ = try ready(2, desa: 0, document: .kk, on: Self.december(3))
    var strict = cutoffs
    strict[.kk] = Self.december(4)
    let figures = try store.desaFigures(in: .day(Fixture.day), earliestOnTimeReadyDays: strict)
    #expect(figures.first?.overdue == 1)

    var missing = strict
    missing[.kk] = nil
    let none = try store.desaFigures(in: .day(Fixture.day), earliestOnTimeReadyDays: missing)
    #expect(none.first?.overdue == 0)
    #expect(
      try store.desaFigures(in: .day(Fixture.day), earliestOnTimeReadyDays: [:]).first?
        .overdue == 0)
  }

  @Test("overdue follows a later state")
  func overdueWhileOut() throws {
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    let late = try ready(1, desa: 1, on: Self.december(1))
    try store.dispatch(late.id, courier: courier.id)
    let figures = try store.desaFigures(
      in: .day(Fixture.day), earliestOnTimeReadyDays: cutoffs)
    #expect(
      figures == [
        DesaFigures(desaCode: jatikerto, pending: 1, overdue: 1, delivered: 0, openComplaints: 0)
      ])

    _ = try store.apply(
      .deliver(Fixture.resident), to: late.id, expectedVersion: nil, by: .operator("courier"),
      at: Fixture.time(11))
    let after = try store.desaFigures(in: .day(Fixture.day), earliestOnTimeReadyDays: cutoffs)
    #expect(
      after == [
        DesaFigures(desaCode: jatikerto, pending: 0, overdue: 0, delivered: 1, openComplaints: 0)
      ])
  }

  @Test("delivered counted in the period only")
  func deliveredInPeriod() throws {
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    for (serial, day) in [(1, Self.december(1)), (2, Self.december(4))] {
      let request = try ready(serial, desa: 3, on: day)
      try store.dispatch(request.id, courier: courier.id, day: day)
      _ = try store.apply(
        .deliver(Fixture.resident), to: request.id, expectedVersion: nil, by: .operator("courier"),
        at: Fixture.time(11, on: day))
    }
    let november = CalendarDay(year: 2026, month: 11, day: 30)
    let old = try ready(3, desa: 3, on: november)
    try store.dispatch(old.id, courier: courier.id, day: november)
    _ = try store.apply(
      .deliver(Fixture.resident), to: old.id, expectedVersion: nil, by: .operator("courier"),
      at: Fixture.time(11, on: november))

    func delivered(_ period: ReportPeriod) throws -> Int? {
      try store.desaFigures(in: period, earliestOnTimeReadyDays: cutoffs)
        .first { $0.desaCode == kromengan }?.delivered
    }
    #expect(try delivered(.month(12, of: 2026)) == 2)
    #expect(try delivered(.day(Fixture.day)) == 1)
    #expect(try delivered(.month(11, of: 2026)) == 1)
    #expect(try delivered(.year(2026)) == 3)
    #expect(try delivered(.year(2025)) == nil)
  }

  @Test("open complaints by own or request desa")
  func openComplaints() throws {
    let request = try ready(1, desa: 2, on: Fixture.day)
    func log(_ requestID: Int64?) throws -> Complaint {
      try store.logComplaint(
        NewComplaint(
          channel: .walkIn, category: .late, weight: .light, complainantName: "Warga",
          requestID: requestID, description: "Belum diantar"),
        calendar: WorkingCalendar(), by: Fixture.user, at: Fixture.time(9))
    }
    _ = try log(request.id)
    let own = try log(request.id)
    let unplaced = try log(nil)
    let closed = try log(request.id)
    // The complaint workflow stores a desa of its own, which wins over the request's.
    try store.execute("UPDATE complaint SET desa_code = '\(slorok)' WHERE id = \(own.id)")
    try store.execute("UPDATE complaint SET state = 'resolved' WHERE id = \(closed.id)")

    let figures = try store.desaFigures(in: .day(Fixture.day), earliestOnTimeReadyDays: cutoffs)
    #expect(
      figures == [
        DesaFigures(desaCode: slorok, pending: 0, overdue: 0, delivered: 0, openComplaints: 1),
        DesaFigures(desaCode: ngadirejo, pending: 1, overdue: 0, delivered: 0, openComplaints: 1),
      ])
    #expect(unplaced.requestID == nil)
  }

  @Test("couriers with stops per desa")
  func couriersPerDesa() throws {
    let budi = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    let sari = try store.addCourier(
      Fixture.newCourier("Sari"), by: Fixture.user, at: Fixture.time(7))
    let first = try ready(1, desa: 0, on: Fixture.day)
    let second = try ready(2, desa: 1, on: Fixture.day)
    let third = try ready(3, desa: 1, on: Fixture.day)
    try store.dispatch(first.id, courier: budi.id)
    try store.dispatch(second.id, courier: budi.id)
    _ = try store.apply(
      .deliver(Fixture.resident), to: second.id, expectedVersion: nil, by: .operator("courier"),
      at: Fixture.time(11))
    _ = try store.apply(
      .assign(courierID: sari.id, day: Fixture.day), to: third.id, expectedVersion: nil,
      by: Fixture.user, at: Fixture.time(9))
    // Assigned for another day: not a stop today.
    let later = try ready(4, desa: 2, on: Fixture.day)
    _ = try store.apply(
      .assign(courierID: sari.id, day: Fixture.day.adding(days: 3)), to: later.id,
      expectedVersion: nil, by: Fixture.user, at: Fixture.time(9))

    #expect(
      try store.couriersByDesa(on: Fixture.day) == [
        slorok: [budi.id], jatikerto: [budi.id, sari.id],
      ])
    #expect(try store.couriersByDesa(on: Fixture.day.adding(days: 3)) == [ngadirejo: [sari.id]])
  }
}

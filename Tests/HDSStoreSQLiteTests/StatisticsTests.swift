import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

/// A known store: each figure below is counted by hand from the requests it makes.
@Suite("Service figures")
struct StatisticsTests {
  /// Christmas Eve (cuti bersama) and Christmas Day are holidays.
  let calendar = WorkingCalendar(
    holidays: [
      CalendarDay(year: 2026, month: 12, day: 24), CalendarDay(year: 2026, month: 12, day: 25),
    ],
    listedYears: [2026])
  let targets = ServiceTargets()

  func day(_ month: Int, _ day: Int) -> CalendarDay {
    CalendarDay(year: 2026, month: month, day: day)
  }

  /// Makes the store the figures are checked against.
  ///
  /// - R1 ready Fri 4 Dec, delivered Mon 7 Dec: on time, first visit.
  /// - R2 (same resident, KK) ready Fri 4 Dec, delivered Tue 8 Dec: late, first visit.
  /// - R3 ready Mon 7 Dec, not at home on 7 Dec (attempt 1), delivered 8 Dec: on time.
  /// - R4 ready 7 Dec, refused on 8 Dec, and that failure undone: out for delivery.
  /// - R5 ready Mon 30 Nov and still waiting: overdue on 8 Dec.
  /// - R6 ready 8 Dec and waiting.
  /// - R7 ready and delivered on 30 Nov: outside December.
  func knownStore(_ directory: TemporaryDirectory) throws -> SQLStore {
    let store = try directory.openStore()
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7, on: day(11, 1)))

    let r1 = try store.readyRequest(1, readyAt: Fixture.time(8, on: day(12, 4)))
    try deliver(r1.id, courier: courier.id, on: day(12, 7), store)

    let created = try store.createRequest(
      Fixture.newRequest(1, document: .kk), by: Fixture.user, at: Fixture.time(7, on: day(12, 4)))
    _ = try store.apply(
      .sendToDukcapil, to: created.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(7, 30, on: day(12, 4)))
    _ = try store.apply(
      .markReady, to: created.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(8, on: day(12, 4)))
    try deliver(created.id, courier: courier.id, on: day(12, 8), store)

    let r3 = try store.readyRequest(3, desa: 2, readyAt: Fixture.time(8, on: day(12, 7)))
    try store.dispatch(r3.id, courier: courier.id, day: day(12, 7))
    _ = try store.apply(
      .failAttempt(.notAtHome, note: ""), to: r3.id, expectedVersion: nil,
      by: .operator("courier1"),
      at: Fixture.time(11, on: day(12, 7)))
    try deliver(r3.id, courier: courier.id, on: day(12, 8), store)

    let r4 = try store.readyRequest(4, readyAt: Fixture.time(8, on: day(12, 7)))
    try store.dispatch(r4.id, courier: courier.id, day: day(12, 8))
    _ = try store.apply(
      .failAttempt(.refused, note: ""), to: r4.id, expectedVersion: nil, by: .operator("courier1"),
      at: Fixture.time(11, on: day(12, 8)))
    let failure = try #require(try store.requestDetail(id: r4.id).events.last)
    _ = try store.undo(
      eventID: failure.id, of: r4.id, by: Fixture.user, at: Fixture.time(11, 5, on: day(12, 8)))

    _ = try store.readyRequest(5, readyAt: Fixture.time(8, on: day(11, 30)))
    _ = try store.readyRequest(6, readyAt: Fixture.time(8, on: day(12, 8)))
    let r7 = try store.readyRequest(7, readyAt: Fixture.time(7, on: day(11, 30)))
    try deliver(r7.id, courier: courier.id, on: day(11, 30), store)
    return store
  }

  private func deliver(_ id: Int64, courier: Int64, on delivery: CalendarDay, _ store: SQLStore)
    throws
  {
    let request = try store.requestDetail(id: id).request
    if request.state == .ready { try store.dispatch(id, courier: courier, day: delivery) }
    _ = try store.apply(
      .deliver(Fixture.resident), to: id, expectedVersion: nil, by: .operator("courier1"),
      at: Fixture.time(14, on: delivery))
  }

  @Test("December figures")
  func december() throws {
    let directory = try TemporaryDirectory()
    let store = try knownStore(directory)
    let figures = try store.serviceFigures(
      for: .month(12, of: 2026), targets: targets, calendar: calendar)

    #expect(figures.delivered == 3)
    #expect(figures.delivered(.ktpEl) == 2)
    #expect(figures.delivered(.kk) == 1)
    let firstDesa = Kromengan.kecamatan.desa[0].code
    let thirdDesa = Kromengan.kecamatan.desa[2].code
    #expect(figures.delivered(inDesa: firstDesa) == 2)
    #expect(figures.delivered(inDesa: thirdDesa) == 1)
    #expect(figures.onTime == Ratio(part: 2, whole: 3))
    #expect(figures.onTime.tenthsOfPercent == 667)
    #expect(figures.firstAttempt == Ratio(part: 2, whole: 3))
    #expect(figures.failuresByReason == [.notAtHome: 1])
    #expect(figures.attempts == 4)
    #expect(figures.residentsServed == 2)
    #expect(figures.daily[day(12, 7)] == DayFigures(delivered: 1, onTime: Ratio(part: 1, whole: 1)))
    #expect(figures.daily[day(12, 8)] == DayFigures(delivered: 2, onTime: Ratio(part: 1, whole: 2)))
    #expect(figures.daily.count == 2)
  }

  @Test("trend fills days without deliveries")
  func trend() throws {
    let directory = try TemporaryDirectory()
    let store = try knownStore(directory)
    let range = ReportPeriod(from: day(11, 29), through: day(12, 8))
    let figures = try store.serviceFigures(for: range, targets: targets, calendar: calendar)

    let trend = figures.trend(days: 10, endingOn: day(12, 8))
    #expect(trend.map(\.delivered) == [0, 1, 0, 0, 0, 0, 0, 0, 1, 2])
  }

  @Test("pending and overdue")
  func pending() throws {
    let directory = try TemporaryDirectory()
    let store = try knownStore(directory)

    let onEighth = try store.pendingFigures(on: day(12, 8), targets: targets, calendar: calendar)
    #expect(onEighth == PendingFigures(pending: 3, overdue: 1))
    // On 9 Dec R4, ready on 7 Dec, is 2 working days old too.
    let onNinth = try store.pendingFigures(on: day(12, 9), targets: targets, calendar: calendar)
    #expect(onNinth == PendingFigures(pending: 3, overdue: 2))
  }

  @Test("first recorded day: none, then the earliest event's WIB day")
  func firstRecordedDay() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    #expect(try store.firstRecordedDay() == nil)

    _ = try store.readyRequest(1, readyAt: Fixture.time(8, on: day(12, 4)))
    #expect(try store.firstRecordedDay() == day(12, 4))
    // 23:30 UTC on 29 November is 06:30 WIB on 30 November.
    _ = try store.readyRequest(2, readyAt: Fixture.time(6, 31, on: day(11, 30)))
    #expect(try store.firstRecordedDay() == day(11, 30))
  }

  @Test("residents served and empty period")
  func residents() throws {
    let directory = try TemporaryDirectory()
    let store = try knownStore(directory)

    #expect(try store.residentsServed(in: .year(2026)) == 3)
    #expect(try store.residentsServed(in: .month(10, of: 2026)) == 0)
    let october = try store.serviceFigures(
      for: .month(10, of: 2026), targets: targets, calendar: calendar)
    #expect(october.delivered == 0)
    #expect(october.onTime.percent == nil)
    #expect(october.firstAttempt.percent == nil)
  }

  @Test("pending at an earlier time")
  func pendingEarlier() throws {
    let directory = try TemporaryDirectory()
    let store = try knownStore(directory)

    // At the end of 7 December R2, R3 (back to ready after its failure), R4 and R5 wait;
    // R1 was delivered that afternoon and R6 was not yet ready.
    #expect(try store.pendingRequests(at: day(12, 7).end) == 4)
    #expect(try store.pendingRequests(at: day(12, 4).start) == 1)
    #expect(try store.pendingRequests(at: day(12, 9).start) == 3)
  }

  @Test("open complaints at an earlier time")
  func openComplaintsEarlier() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    func log(at time: Date) throws -> Complaint {
      try store.logComplaint(
        NewComplaint(
          channel: .walkIn, category: .late, weight: .light, complainantName: "Warga",
          requestID: nil, description: "Belum diantar"),
        calendar: calendar, by: Fixture.user, at: time)
    }
    _ = try log(at: Fixture.time(9, on: day(12, 1)))
    let archived = try log(at: Fixture.time(9, on: day(12, 2)))
    _ = try store.apply(
      .archive(note: "ganda"), toComplaint: archived.id, expectedVersion: nil,
      calendar: calendar, by: Fixture.user, at: Fixture.time(10, on: day(12, 3)))

    #expect(try store.openComplaints(at: day(12, 1).start) == 0)
    #expect(try store.openComplaints(at: day(12, 2).end) == 2)
    #expect(try store.openComplaints(at: day(12, 3).end) == 1)
  }

  @Test("stored targets change overdue")
  func storedTargets() throws {
    let directory = try TemporaryDirectory()
    let store = try knownStore(directory)
    #expect(try store.serviceTargets() == ServiceTargets())

    try store.setServiceTarget(
      9, for: .ktpEl, by: Fixture.user, at: Fixture.time(12, on: day(12, 8)))
    let targets = try store.serviceTargets()
    #expect(targets[.ktpEl] == 9)
    #expect(targets[.kk] == 1)
    // R5, a KTP-el ready on 30 November, is 6 working days old on 8 December.
    let pending = try store.pendingFigures(on: day(12, 8), targets: targets, calendar: calendar)
    #expect(pending == PendingFigures(pending: 3, overdue: 0))
    #expect(
      try store.texts("SELECT key || ' ' || new_value FROM setting_event") == ["target.ktp-el 9"])
  }

  @Test("a later target change keeps past rates")
  func targetHistory() throws {
    let directory = try TemporaryDirectory()
    let store = try knownStore(directory)
    // R2, a KK ready on 4 December and delivered on the 8th, took 2 working days.
    try store.setServiceTarget(2, for: .kk, by: Fixture.user, at: Fixture.time(8, on: day(12, 9)))
    let afterwards = try store.serviceFigures(
      for: .month(12, of: 2026), targets: try store.serviceTargets(), calendar: calendar)
    #expect(afterwards.onTime == Ratio(part: 2, whole: 3))

    // A change during the delivery day is in force at its end.
    try store.setServiceTarget(3, for: .kk, by: Fixture.user, at: Fixture.time(10, on: day(12, 9)))
    let targets = try store.serviceTargets()
    #expect(targets.target(.kk, on: day(12, 8)) == 1)
    #expect(targets.target(.kk, on: day(12, 9)) == 3)
    #expect(targets[.kk] == 3)

    let other = try TemporaryDirectory()
    let early = try knownStore(other)
    try early.setServiceTarget(2, for: .kk, by: Fixture.user, at: Fixture.time(12, on: day(12, 8)))
    let figures = try early.serviceFigures(
      for: .month(12, of: 2026), targets: try early.serviceTargets(), calendar: calendar)
    #expect(figures.onTime == Ratio(part: 3, whole: 3))
  }

  @Test("out-of-range target is rejected", arguments: [0, 31, -1])
  func rejectedTarget(days: Int) throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    #expect(throws: StoreError.self) {
      try store.setServiceTarget(days, for: .kia, by: Fixture.user, at: Fixture.time(8))
    }
    #expect(try store.serviceTargets() == ServiceTargets())
    #expect(try store.integers("SELECT count(*) FROM setting_event") == [[0]])
  }
}

@Suite("Ratios")
struct RatioTests {
  @Test("tenths of percent round half up")
  func rounding() {
    #expect(Ratio(part: 1, whole: 3).tenthsOfPercent == 333)
    #expect(Ratio(part: 2, whole: 3).tenthsOfPercent == 667)
    #expect(Ratio(part: 1, whole: 8).tenthsOfPercent == 125)
    #expect(Ratio(part: 1, whole: 16).tenthsOfPercent == 63)
    #expect(Ratio(part: 5, whole: 5).percent == 100)
    #expect(Ratio.empty.percent == nil)
  }
}

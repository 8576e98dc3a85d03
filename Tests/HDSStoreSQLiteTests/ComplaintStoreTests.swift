import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Complaint store")
struct ComplaintStoreTests {
  let directory: TemporaryDirectory
  let store: SQLStore

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.openStore()
  }

  /// Christmas 2026: cuti bersama on Thursday 24 and Christmas Day on Friday 25 December.
  static let calendar = WorkingCalendar(
    holidays: [
      CalendarDay(year: 2026, month: 12, day: 24), CalendarDay(year: 2026, month: 12, day: 25),
    ], listedYears: [2026])

  private func new(
    _ weight: ComplaintWeight = .light, channel: ComplaintChannel = .whatsApp,
    requestID: Int64? = nil, requestNumber: RequestNumber? = nil, nik: NIK? = nil
  ) -> NewComplaint {
    NewComplaint(
      channel: channel, laporNumber: channel == .lapor ? "5123456" : nil, category: .late,
      weight: weight, complainantName: "Bu Sri", requestID: requestID,
      requestNumber: requestNumber, residentNIK: nik, phone: try? PhoneNumber("0812-1111-2222"),
      description: "KTP-el belum sampai")
  }

  private func log(_ complaint: NewComplaint, at time: Date = Fixture.time(10)) throws
    -> Complaint
  {
    try store.logComplaint(complaint, calendar: Self.calendar, by: Fixture.user, at: time)
  }

  @discardableResult
  private func apply(
    _ action: ComplaintAction, to complaint: Complaint, at time: Date = Fixture.time(11)
  ) throws -> Complaint {
    try store.apply(
      action, toComplaint: complaint.id, expectedVersion: complaint.version,
      calendar: Self.calendar, by: Fixture.user, at: time)
  }

  /// Returns the complaint and complaint event columns a command writes, one line per
  /// row, to check that a rejected command wrote nothing.
  private func storedRows() throws -> [String] {
    try store.texts(
      """
      SELECT 'c' || id || state || weight || coalesce(deadline_day, '-') || version
        || coalesce(assigned_to, '-') || coalesce(CAST(closed_at AS TEXT), '-') FROM complaint
      UNION ALL
      SELECT 'e' || id || action || to_state || note FROM complaint_event
      ORDER BY 1
      """)
  }

  // MARK: Intake

  @Test("log stores deadline, resident and desa")
  func logStoresDeadline() throws {
    let request = try store.readyRequest(1, desa: 2)
    // Tuesday 22 December 2026: Wednesday 23 counts, 24 and 25 are off, Monday 28.
    let logged = try log(
      new(requestID: request.id), at: Fixture.time(9, on: .init(year: 2026, month: 12, day: 22)))
    #expect(logged.state == .received)
    #expect(logged.version == 1)
    #expect(logged.deadlineDay == CalendarDay(year: 2026, month: 12, day: 28))
    #expect(logged.desaCode == Kromengan.kecamatan.desa[2].code)
    #expect(logged.residentID != nil)
    #expect(logged.phone?.e164 == "+6281211112222")
    let events = try store.complaintDetail(id: logged.id).events
    #expect(events.map(\.action) == [.log])
    #expect(events.first?.detail.contains("deadline=2026-12-28") == true)
  }

  @Test("log by request number and by NIK")
  func logByNumberAndNIK() throws {
    let request = try store.readyRequest(2, desa: 4)
    let byNumber = try log(new(requestNumber: request.number))
    #expect(byNumber.requestID == request.id)
    #expect(byNumber.desaCode == Kromengan.kecamatan.desa[4].code)

    let byNIK = try log(new(nik: Fixture.nik(2, female: true)))
    #expect(byNIK.requestID == nil)
    #expect(byNIK.residentID == byNumber.residentID)
    #expect(byNIK.desaCode == Kromengan.kecamatan.desa[4].code)
  }

  @Test("rejected intake writes nothing")
  func rejectedIntake() throws {
    let request = try store.readyRequest(3)
    let second = try store.readyRequest(4)
    let unknownNumber = RequestNumber(year: 2026, serial: 999)
    #expect(throws: StoreError.complaintIntake(.requestNotFound(unknownNumber))) {
      try log(new(requestNumber: unknownNumber))
    }
    #expect(throws: StoreError.complaintIntake(.requestMismatch(second.number))) {
      try log(new(requestID: request.id, requestNumber: second.number))
    }
    #expect(
      throws: StoreError.complaintIntake(.residentNotFound(maskedNIK: Fixture.nik(50).masked))
    ) {
      try log(new(nik: Fixture.nik(50)))
    }
    // The NIK of request 4's resident with request 3 linked.
    let other = Fixture.nik(4, female: true)
    #expect(throws: StoreError.complaintIntake(.residentNotOfRequest(maskedNIK: other.masked))) {
      try log(new(requestID: request.id, nik: other))
    }
    #expect(throws: StoreError.invalid("complaint needs a SP4N-LAPOR! report number")) {
      var lapor = new(channel: .lapor)
      lapor.laporNumber = " "
      _ = try log(lapor)
    }
    #expect(try storedRows().isEmpty)
    #expect(try store.complaints(offset: 0, limit: 10).total == 0)
  }

  // MARK: Actions

  @Test("whole life with events and notes")
  func wholeLife() throws {
    let request = try store.readyRequest(5)
    let logged = try log(new(.light, requestID: request.id))
    let verified = try apply(
      .verify(weight: .normative, note: "perlu cek Dukcapil"), to: logged, at: Fixture.time(11))
    // Friday 4 December 2026 + 5 working days.
    #expect(verified.deadlineDay == CalendarDay(year: 2026, month: 12, day: 11))
    #expect(verified.weight == .normative)
    #expect(verified.version == 2)
    let assigned = try apply(.assign(staff: "  Rina Marlina ", note: ""), to: verified)
    #expect(assigned.assignedTo == "Rina Marlina")
    let following = try apply(.followUp(note: "menelepon pengadu"), to: assigned)
    let responded = try apply(.respond(note: "dijanjikan besok"), to: following)
    #expect(responded.state == .inFollowUp)
    let resolved = try apply(
      .resolve(note: "sudah diterima"), to: responded, at: Fixture.time(15))
    #expect(resolved.state == .resolved)
    #expect(resolved.resolvedAt == Fixture.time(15))
    #expect(resolved.closedAt == Fixture.time(15))
    #expect(resolved.version == 6)

    let detail = try store.complaintDetail(id: logged.id)
    #expect(detail.complaint == resolved)
    #expect(
      detail.events.map(\.action) == [.log, .verify, .assign, .followUp, .respond, .resolve])
    #expect(
      detail.events.map(\.note) == [
        "", "perlu cek Dukcapil", "", "menelepon pengadu", "dijanjikan besok", "sudah diterima",
      ])
    #expect(detail.events[4].from == .inFollowUp)
    #expect(detail.events[4].to == .inFollowUp)
    #expect(detail.events[4].isResponse)
    #expect(detail.events[1].detail.contains("previous-weight=light"))
    #expect(detail.events[2].detail == "staff=\"Rina Marlina\"")
    #expect(detail.requestNumber == request.number)
    #expect(detail.request?.events.map(\.action) == [.create, .sendToDukcapil, .markReady])
    #expect(detail.residentName == "Warga 5")
  }

  @Test("closed complaint takes responses only")
  func closedResponses() throws {
    let logged = try log(new())
    let closed = try apply(.declareNotOurAuthority(note: "urusan Dukcapil"), to: logged)
    #expect(closed.closedAt == Fixture.time(11))
    #expect(closed.resolvedAt == nil)
    let later = try apply(.respond(note: "pengadu dikabari"), to: closed, at: Fixture.time(14))
    #expect(later.state == .notOurAuthority)
    #expect(later.closedAt == Fixture.time(11))
    #expect(throws: StoreError.self) { try apply(.verify(weight: nil, note: ""), to: later) }
  }

  @Test("conflict names complaint and state")
  func conflict() throws {
    let logged = try log(new())
    try apply(.verify(weight: nil, note: ""), to: logged)
    let before = try storedRows()
    #expect(
      throws: StoreError.complaintConflict(
        complaint: logged.id, expectedVersion: 1, current: .verified)
    ) {
      try apply(.archive(note: "ganda"), to: logged)
    }
    #expect(try storedRows() == before)
    #expect(
      StoreError.complaintConflict(complaint: 7, expectedVersion: 1, current: .verified)
        .description.hasPrefix("complaint 7 was changed by someone else and is now verified"))
  }

  @Test("conflict across two connections")
  func conflictAcrossConnections() throws {
    let logged = try log(new())
    let other = try directory.openStore()
    _ = try other.apply(
      .postpone(note: "menunggu data"), toComplaint: logged.id, expectedVersion: 1,
      calendar: Self.calendar, by: .operator("operator2"), at: Fixture.time(11))
    #expect(
      throws: StoreError.complaintConflict(
        complaint: logged.id, expectedVersion: 1, current: .postponed)
    ) {
      try apply(.verify(weight: nil, note: ""), to: logged)
    }
    let events = try store.complaintDetail(id: logged.id).events
    #expect(events.map(\.action) == [.log, .postpone])
    #expect(events.last?.user == "operator2")
  }

  @Test("rejected actions write nothing")
  func rejectedActions() throws {
    let logged = try log(new())
    let before = try storedRows()
    #expect(
      throws: StoreError.complaintRejected(
        .illegalTransition(complaint: logged.id, state: .received, action: .resolve))
    ) {
      try apply(.resolve(note: "selesai"), to: logged)
    }
    #expect(
      throws: StoreError.complaintRejected(
        .missingField(complaint: logged.id, action: .archive, field: .note))
    ) {
      try apply(.archive(note: "  "), to: logged)
    }
    let verified = try apply(.verify(weight: nil, note: ""), to: logged)
    let afterVerify = try storedRows()
    #expect(
      throws: StoreError.complaintRejected(
        .missingField(complaint: logged.id, action: .assign, field: .staff))
    ) {
      try apply(.assign(staff: "", note: "x"), to: verified)
    }
    #expect(throws: StoreError.notFound(entity: "complaint", id: 404)) {
      try store.apply(
        .respond(note: "x"), toComplaint: 404, expectedVersion: nil, calendar: Self.calendar,
        by: Fixture.user, at: Fixture.time(12))
    }
    #expect(try storedRows() == afterVerify)
    #expect(before.count == 2)
    #expect(afterVerify.count == 3)
  }

  @Test("read-only store rejects commands")
  func readOnly() throws {
    let logged = try log(new())
    let reader = try directory.openStore(readOnly: true)
    #expect(throws: StoreError.readOnly(path: store.path)) {
      try reader.apply(
        .respond(note: "x"), toComplaint: logged.id, expectedVersion: nil,
        calendar: Self.calendar, by: Fixture.user, at: Fixture.time(12))
    }
    #expect(try reader.complaintDetail(id: logged.id).events.count == 1)
  }

  // MARK: List

  @Test("filters by state, channel, desa and open")
  func filters() throws {
    let slorok = try store.readyRequest(10, desa: 0)
    let peniwen = try store.readyRequest(11, desa: 4)
    let a = try log(new(.light, channel: .lapor, requestID: slorok.id), at: Fixture.time(8))
    let b = try log(new(.normative, channel: .walkIn, requestID: peniwen.id), at: Fixture.time(9))
    let c = try log(new(.light, channel: .walkIn), at: Fixture.time(10))
    let d = try log(new(.light, channel: .walkIn, requestID: slorok.id), at: Fixture.time(11))
    try apply(.archive(note: "ganda"), to: d, at: Fixture.time(12))
    try apply(.declareNotOurAuthority(note: "bukan kami"), to: c, at: Fixture.time(13))

    func ids(_ filter: ComplaintFilter, offset: Int = 0, limit: Int = 10) throws -> [Int64] {
      try store.complaints(filter, offset: offset, limit: limit).rows.map(\.id)
    }
    // Open by deadline (a and b's light/normative), then closed last closed first.
    #expect(try ids(.all) == [a.id, b.id, c.id, d.id])
    #expect(try store.complaints(.all, offset: 0, limit: 10).total == 4)
    #expect(try ids(ComplaintFilter(openOnly: true)) == [a.id, b.id])
    #expect(try ids(ComplaintFilter(state: .archived)) == [d.id])
    #expect(try ids(ComplaintFilter(channel: .walkIn)) == [b.id, c.id, d.id])
    let slorokCode = Kromengan.kecamatan.desa[0].code
    #expect(try ids(ComplaintFilter(desaCode: slorokCode)) == [a.id, d.id])
    #expect(
      try store.complaints(ComplaintFilter(desaCode: slorokCode), offset: 0, limit: 1).total == 2)
    #expect(
      try ids(ComplaintFilter(channel: .walkIn, desaCode: slorokCode, openOnly: true)).isEmpty)
    // Pages across the boundary between open and closed.
    #expect(try ids(.all, offset: 1, limit: 2) == [b.id, c.id])
    #expect(try ids(.all, offset: 3, limit: 2) == [d.id])
    #expect(try ids(ComplaintFilter(channel: .walkIn), offset: 1, limit: 1) == [c.id])
    #expect(try store.totals(on: Fixture.day).openComplaints == 2)
  }

  // MARK: Resolution rate

  @Test("resolution rate of a known month")
  func resolutionRate() throws {
    let november = { (day: Int, hour: Int) in
      Fixture.time(hour, on: CalendarDay(year: 2026, month: 11, day: day))
    }
    func handled(_ weight: ComplaintWeight, received: Date, resolved: Date?) throws {
      let logged = try log(new(weight), at: received)
      let verified = try apply(.verify(weight: nil, note: ""), to: logged, at: received)
      let assigned = try apply(.assign(staff: "Joko", note: ""), to: verified, at: received)
      let following = try apply(.followUp(note: ""), to: assigned, at: received)
      if let resolved { try apply(.resolve(note: "selesai"), to: following, at: resolved) }
    }
    // Monday 2 November, light: deadline Wednesday 4. Resolved on the 3rd, in time.
    try handled(.light, received: november(2, 9), resolved: november(3, 10))
    // Resolved on the deadline day itself, late in the evening: in time.
    try handled(.light, received: november(2, 9), resolved: november(4, 22))
    // Resolved on Thursday 5: late.
    try handled(.light, received: november(2, 9), resolved: november(5, 8))
    // Friday 27 November, normative: deadline Friday 4 December, resolved 1 December, in
    // time: December counts it.
    try handled(
      .normative, received: november(27, 9),
      resolved: Fixture.time(9, on: Fixture.day.adding(days: -3)))
    // Still open.
    try handled(.normative, received: november(20, 9), resolved: nil)
    // Not our authority in November: leaves the denominator.
    let elsewhere = try log(new(), at: november(10, 9))
    try apply(.declareNotOurAuthority(note: "Dukcapil"), to: elsewhere, at: november(10, 11))
    // Archived in December: still in November's denominator.
    let late = try log(new(), at: november(30, 9))
    try apply(.archive(note: "ganda"), to: late, at: Fixture.time(9))
    // Friday 30 October, light: deadline Tuesday 3 November. Resolved 2 November, in time,
    // so November counts it resolved although October received it.
    try handled(
      .light, received: Fixture.time(9, on: CalendarDay(year: 2026, month: 10, day: 30)),
      resolved: november(2, 9))

    let rate = try store.resolutionRate(for: .month(11, of: 2026))
    #expect(rate.period == .month(11, of: 2026))
    #expect(rate.received == 7)
    #expect(rate.excluded == [.notOurAuthority: 1, .archived: 0])
    #expect(rate.denominator == 6)
    #expect(rate.resolved == 4)
    #expect(rate.resolvedWithinDeadline == 3)
    #expect(rate.overallTenths == 667)
    #expect(rate.withinDeadlineTenths == 500)

    // December received nothing, so its one resolution has no rate.
    let december = try store.resolutionRate(for: .month(12, of: 2026))
    #expect(december.received == 0)
    #expect(december.resolved == 1)
    #expect(december.overallTenths == nil)
    // From 1 November: the late archive leaves the denominator, both resolutions count.
    let both = try store.resolutionRate(
      for: ReportPeriod(from: CalendarDay(year: 2026, month: 11, day: 1), through: Fixture.day))
    #expect(both.excluded == [.notOurAuthority: 1, .archived: 1])
    #expect(both.denominator == 5)
    #expect(both.resolved == 5)
    #expect(both.resolvedWithinDeadline == 4)
  }
}

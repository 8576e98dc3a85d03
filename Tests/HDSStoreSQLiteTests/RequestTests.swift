import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Requests")
struct RequestTests {
  let directory: TemporaryDirectory
  let store: SQLStore

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.openStore()
  }

  // MARK: Creating

  @Test("create round trip")
  func createRoundTrip() throws {
    var new = Fixture.newRequest(7, desa: 2, document: .kia)
    new.note = "titip di RT"
    let created = try store.createRequest(new, by: Fixture.user, at: Fixture.time(8, 15))

    #expect(created.number == RequestNumber(year: 2026, serial: 1))
    #expect(created.resident == new.resident)
    #expect(created.document == .kia)
    #expect(created.state == .received)
    #expect(created.version == 1)
    #expect(created.attempts == 0)
    #expect(created.receivedAt == Fixture.time(8, 15))
    #expect(created.note == "titip di RT")

    let detail = try store.requestDetail(id: created.id)
    #expect(detail.request == created)
    #expect(detail.events.count == 1)
    let event = try #require(detail.events.first)
    #expect(event.action == .create)
    #expect(event.from == nil)
    #expect(event.to == .received)
    #expect(event.user == Fixture.user.user)
    #expect(event.detail == "document=kia resident=new note=\"titip di RT\"")
  }

  @Test("create updates known resident")
  func createUpdatesResident() throws {
    let first = try store.createRequest(
      Fixture.newRequest(3), by: Fixture.user, at: Fixture.time(8))
    var moved = Fixture.newRequest(3, desa: 4, document: .kk)
    moved.resident.name = "Warga Tiga"
    let second = try store.createRequest(moved, by: Fixture.user, at: Fixture.time(9))

    #expect(try store.requestDetail(id: first.id).request.resident == moved.resident)
    #expect(second.resident == moved.resident)
    #expect(try store.integers("SELECT count(*) FROM resident") == [[1]])
    let event = try #require(try store.requestDetail(id: second.id).events.first)
    let values = Dictionary(
      (EventDetail.parse(event.detail) ?? []).map { ($0.0, $0.1) }, uniquingKeysWith: { $1 })
    #expect(values["document"] == "kk")
    #expect(values["resident"] == "updated")
    #expect(values["changed"] == "name,address")
    // What the update replaced stays in the event.
    #expect(values["old-name"] == first.resident.name)
    #expect(values["old-address"]?.contains(first.resident.address.dusun) == true)
    #expect(values["old-kk"] == nil)
    #expect(values["old-phone"] == nil)
    let desa = Kromengan.kecamatan.desa[4].code
    #expect(try store.desaLoads(on: Fixture.day).isEmpty)
    let counts = try store.withConnection { (connection) throws(StoreError) in
      try connection.rows(
        "SELECT desa_code, count FROM request_count WHERE count > 0",
        context: "test"
      ) { (row) throws(StoreError) -> String in "\(row.text(0))=\(row.int(1))" }
    }
    #expect(counts == ["\(desa)=2"])
  }

  @Test("resident by NIK")
  func residentByNIK() throws {
    let created = try store.createRequest(
      Fixture.newRequest(3), by: Fixture.user, at: Fixture.time(8))

    #expect(try store.resident(nik: created.resident.nik) == created.resident)
    #expect(try store.resident(nik: try NIK("3507314508900009")) == nil)
  }

  @Test("create rejects zero-region KK")
  func createRejectsPlaceholderKK() throws {
    var new = Fixture.newRequest(1)
    new.resident.kk = try KKNumber(SQLStore.placeholderKK)

    let error = #expect(throws: StoreError.self) {
      try store.createRequest(new, by: Fixture.user, at: Fixture.time(8))
    }

    guard case .invalid(let message) = error else {
      Issue.record("expected .invalid, got \(String(describing: error))")
      return
    }
    #expect(message.contains("province code 00"), "\(message)")
    #expect(try store.integers("SELECT count(*) FROM request") == [[0]])
  }

  @Test("create rejects empty name")
  func createRejectsEmptyName() throws {
    var new = Fixture.newRequest(1)
    new.resident.name = "  "
    let error = #expect(throws: StoreError.self) {
      try store.createRequest(new, by: Fixture.user, at: Fixture.time(8))
    }
    guard case .invalid(let message) = error else {
      Issue.record("expected .invalid, got \(String(describing: error))")
      return
    }
    #expect(message.contains("name"))
    #expect(!message.contains(new.resident.nik.digits))
    #expect(try store.eventCount() == 0)
  }

  @Test("create rejects desa outside Kromengan")
  func createRejectsUnknownDesa() throws {
    var new = Fixture.newRequest(1)
    new.resident.address.desaCode = "35.07.30.2001"
    #expect(throws: StoreError.self) {
      try store.createRequest(new, by: Fixture.user, at: Fixture.time(8))
    }
  }

  @Test("numbers increase, never reused")
  func numbersNeverReused() throws {
    let first = try store.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    _ = try store.apply(
      .cancel(reason: "salah input"), to: first.id, expectedVersion: 1, by: Fixture.user,
      at: Fixture.time(8, 5))
    let second = try store.createRequest(
      Fixture.newRequest(2), by: Fixture.user, at: Fixture.time(9))
    try store.execute("DELETE FROM request_event WHERE request_id = \(first.id)")
    try store.execute("DELETE FROM request WHERE id = \(first.id)")
    let third = try store.createRequest(
      Fixture.newRequest(3), by: Fixture.user, at: Fixture.time(10))

    #expect(first.number.serial == 1)
    #expect(second.number.serial == 2)
    #expect(third.number.serial == 3)
  }

  @Test("numbers restart each WIB year")
  func numbersPerYear() throws {
    // 2026-12-31 23:30 WIB is 16:30 UTC, still 2026 in WIB; 2027-01-01 00:30 WIB is 2027.
    let lastDay = CalendarDay(year: 2026, month: 12, day: 31)
    let late = try store.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(23, 30, on: lastDay))
    let early = try store.createRequest(
      Fixture.newRequest(2), by: Fixture.user, at: Fixture.time(0, 30, on: lastDay.adding(days: 1)))

    #expect(late.number == RequestNumber(year: 2026, serial: 1))
    #expect(early.number == RequestNumber(year: 2027, serial: 1))
  }

  // MARK: Events

  @Test("one event per change")
  func oneEventPerChange() throws {
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    let created = try store.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    let handover = Handover(
      recipientKind: .familyMember, recipientName: "Siti Aminah", relation: "istri")
    let steps: [(RequestAction, RequestState)] = [
      (.sendToDukcapil, .inProcess),
      (.markReady, .ready),
      (.assign(courierID: courier.id, day: Fixture.day), .assigned),
      (.unassign, .ready),
      (.assign(courierID: courier.id, day: Fixture.day), .assigned),
      (.dispatch, .outForDelivery),
      (.failAttempt(.notAtHome, note: "rumah kosong"), .ready),
      // A second try the same afternoon: a courier leaves only on the assigned day.
      (.assign(courierID: courier.id, day: Fixture.day), .assigned),
      (.dispatch, .outForDelivery),
      (.deliver(handover), .delivered),
    ]

    var previous = created
    for (index, (action, expected)) in steps.enumerated() {
      let before = try store.eventCount()
      let user = "user\(index)"
      let after = try store.apply(
        action, to: created.id, expectedVersion: previous.version, by: .operator(user),
        at: Fixture.time(10, index))

      #expect(after.state == expected, "step \(index)")
      #expect(after.version == previous.version + 1, "step \(index)")
      #expect(try store.eventCount() == before + 1, "step \(index)")
      let event = try #require(try store.requestDetail(id: created.id).events.last)
      #expect(event.action == action.kind, "step \(index)")
      #expect(event.from == previous.state, "step \(index)")
      #expect(event.to == expected, "step \(index)")
      #expect(event.user == user, "step \(index)")
      #expect(event.time == Fixture.time(10, index), "step \(index)")
      previous = after
    }

    let events = try store.requestDetail(id: created.id).events
    #expect(
      events.map(\.detail) == [
        "document=ktp-el resident=new",
        "",
        "",
        "courier=\(courier.id) day=2026-12-04",
        "courier=\(courier.id) day=2026-12-04",
        "courier=\(courier.id) day=2026-12-04",
        "courier=\(courier.id) day=2026-12-04",
        "reason=not-at-home attempt=1 note=\"rumah kosong\" courier=\(courier.id)"
          + " day=2026-12-04",
        "courier=\(courier.id) day=2026-12-04",
        "courier=\(courier.id) day=2026-12-04",
        "recipient=family-member name=\"Siti Aminah\" relation=istri old-card-returned=no"
          + " courier=\(courier.id)",
      ])
    #expect(previous.deliveredAt == Fixture.time(10, 9))
    #expect(previous.readyAt == Fixture.time(10, 1))
    #expect(previous.courierID == courier.id)
    #expect(previous.attempts == 1)
  }

  @Test("illegal transition changes nothing")
  func illegalTransition() throws {
    let created = try store.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    let events = try store.eventCount()

    let error = #expect(throws: StoreError.self) {
      try store.apply(
        .dispatch, to: created.id, expectedVersion: nil, by: Fixture.user,
        at: Fixture.time(9))
    }
    #expect(
      error
        == .rejected(
          .illegalTransition(
            request: created.number, state: .received, action: .dispatch)))
    #expect(try store.requestDetail(id: created.id).request == created)
    #expect(try store.eventCount() == events)
  }

  @Test("dispatch for another day rejected")
  func dispatchForAnotherDay() throws {
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    let ready = try store.readyRequest(1)
    let monday = Fixture.day.adding(days: 3)
    let assigned = try store.apply(
      .assign(courierID: courier.id, day: monday), to: ready.id, expectedVersion: nil,
      by: Fixture.user, at: Fixture.time(9))
    let events = try store.eventCount()

    let error = #expect(throws: StoreError.self) {
      try store.apply(
        .dispatch, to: ready.id, expectedVersion: nil, by: .operator("courier1"),
        at: Fixture.time(9, 30))
    }
    #expect(
      error
        == .rejected(
          .notDeliveryDay(request: ready.number, deliveryDay: monday, today: Fixture.day)))
    #expect(try store.requestDetail(id: ready.id).request == assigned)
    #expect(try store.eventCount() == events)

    let out = try store.apply(
      .dispatch, to: ready.id, expectedVersion: nil, by: .operator("courier1"),
      at: Fixture.time(8, on: monday))
    #expect(out.state == .outForDelivery)
  }

  @Test("missing field is rejected")
  func missingField() throws {
    let created = try store.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    #expect(
      throws: StoreError.rejected(
        .missingField(
          request: created.number, action: .cancel, field: .reason))
    ) {
      try store.apply(
        .cancel(reason: " "), to: created.id, expectedVersion: nil,
        by: Fixture.user, at: Fixture.time(9))
    }
    #expect(try store.eventCount() == 1)
  }

  @Test("expected version conflict")
  func versionConflict() throws {
    let created = try store.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    _ = try store.apply(
      .sendToDukcapil, to: created.id, expectedVersion: 1, by: Fixture.user,
      at: Fixture.time(9))

    #expect(
      throws: StoreError.conflict(
        request: created.number, expectedVersion: 1, current: .inProcess)
    ) {
      try store.apply(
        .cancel(reason: "dobel"), to: created.id, expectedVersion: 1,
        by: .operator("operator2"), at: Fixture.time(9, 1))
    }
    #expect(try store.requestDetail(id: created.id).request.state == .inProcess)
    #expect(try store.eventCount() == 2)
  }

  @Test("unknown request is not found")
  func unknownRequest() throws {
    #expect(throws: StoreError.notFound(entity: "request", id: 42)) {
      try store.apply(
        .markReady, to: 42, expectedVersion: nil, by: Fixture.user,
        at: Fixture.time(9))
    }
    #expect(throws: StoreError.notFound(entity: "request", id: 42)) {
      try store.requestDetail(id: 42)
    }
  }

  @Test("two failures return to office")
  func twoFailuresReturnToOffice() throws {
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    let ready = try store.readyRequest(1)
    try store.dispatch(ready.id, courier: courier.id)
    let first = try store.apply(
      .failAttempt(.notAtHome, note: ""), to: ready.id,
      expectedVersion: nil, by: .operator("courier1"), at: Fixture.time(11))
    #expect(first.state == .ready)
    #expect(first.attempts == 1)
    #expect(first.courierID == nil)
    #expect(first.deliveryDay == nil)

    try store.dispatch(ready.id, courier: courier.id, day: Fixture.day.adding(days: 1))
    let second = try store.apply(
      .failAttempt(.addressNotFound, note: ""), to: ready.id,
      expectedVersion: nil, by: .operator("courier1"),
      at: Fixture.time(11, on: Fixture.day.adding(days: 1)))
    #expect(second.state == .returnedToOffice)
    #expect(second.attempts == 2)

    let event = try #require(try store.requestDetail(id: ready.id).events.last)
    #expect(event.from == .outForDelivery)
    #expect(event.to == .returnedToOffice)
    let courierOnEvents = try store.integers(
      "SELECT count(*) FROM request_event WHERE action = 'fail-attempt' AND courier_id = \(courier.id)"
    )
    #expect(courierOnEvents == [[2]])

    let atCounter = try store.apply(
      .deliver(Fixture.resident), to: ready.id,
      expectedVersion: second.version, by: Fixture.user,
      at: Fixture.time(14, on: Fixture.day.adding(days: 2)))
    #expect(atCounter.state == .delivered)
  }

  @Test("max attempts setting applies")
  func maxAttemptsSetting() throws {
    try store.setMaxAttempts(1, by: .operator("camat"), at: Fixture.time(7))
    #expect(try store.maxAttempts() == 1)
    #expect(try store.integers("SELECT count(*) FROM setting_event") == [[1]])
    #expect(throws: StoreError.self) {
      try store.setMaxAttempts(0, by: .operator("camat"), at: Fixture.time(7))
    }
    #expect(throws: StoreError.self) {
      try store.setMaxAttempts(10, by: .operator("camat"), at: Fixture.time(7))
    }
    #expect(try store.maxAttempts() == 1)

    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    let ready = try store.readyRequest(1)
    try store.dispatch(ready.id, courier: courier.id)
    let failed = try store.apply(
      .failAttempt(.refused, note: ""), to: ready.id,
      expectedVersion: nil, by: .operator("courier1"), at: Fixture.time(11))
    #expect(failed.state == .returnedToOffice)
    #expect(failed.attempts == 1)
  }

  // MARK: Assigning

  @Test("assign needs an active courier")
  func assignNeedsActiveCourier() throws {
    let ready = try store.readyRequest(1)
    #expect(throws: StoreError.notFound(entity: "courier", id: 99)) {
      try store.apply(
        .assign(courierID: 99, day: Fixture.day), to: ready.id,
        expectedVersion: nil, by: Fixture.user, at: Fixture.time(9))
    }

    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    try store.execute("UPDATE courier SET is_active = 0 WHERE id = \(courier.id)")
    let error = #expect(throws: StoreError.self) {
      try store.apply(
        .assign(courierID: courier.id, day: Fixture.day), to: ready.id,
        expectedVersion: nil, by: Fixture.user, at: Fixture.time(9))
    }
    #expect(error == .inactiveCourier(name: "Budi"))
    #expect(try store.requestDetail(id: ready.id).request == ready)
  }

  @Test("assign and unassign set fields")
  func assignFields() throws {
    let budi = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    let ani = try store.addCourier(Fixture.newCourier("Ani"), by: Fixture.user, at: Fixture.time(7))
    let ready = try store.readyRequest(1)

    let assigned = try store.apply(
      .assign(courierID: budi.id, day: Fixture.day), to: ready.id,
      expectedVersion: nil, by: Fixture.user, at: Fixture.time(9))
    #expect(assigned.courierID == budi.id)
    #expect(assigned.deliveryDay == Fixture.day)

    let moved = try store.apply(
      .assign(courierID: ani.id, day: Fixture.day.adding(days: 1)),
      to: ready.id, expectedVersion: nil, by: Fixture.user, at: Fixture.time(9, 5))
    #expect(moved.courierID == ani.id)
    #expect(try store.requestDetail(id: ready.id).courierName == "Ani")
    let event = try #require(try store.requestDetail(id: ready.id).events.last)
    #expect(
      event.detail
        == "courier=\(ani.id) day=2026-12-05 previous-courier=\(budi.id) previous-day=2026-12-04")

    let back = try store.apply(
      .unassign, to: ready.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(9, 10))
    #expect(back.state == .ready)
    #expect(back.courierID == nil)
    #expect(back.deliveryDay == nil)
  }

  // MARK: Couriers and complaints

  @Test("courier round trip")
  func courierRoundTrip() throws {
    let added = try store.addCourier(
      Fixture.newCourier("  Budi Santoso "), by: Fixture.user,
      at: Fixture.time(7))
    #expect(added.name == "Budi Santoso")
    #expect(added.isActive)
    #expect(try store.couriers(includeInactive: false) == [added])
    #expect(try store.integers("SELECT count(*) FROM courier_event") == [[1]])

    var noName = Fixture.newCourier(" ")
    #expect(throws: StoreError.self) {
      try store.addCourier(noName, by: .operator("u"), at: Fixture.time(7))
    }
    noName = Fixture.newCourier("Ani")
    noName.dailyCapacity = 0
    #expect(throws: StoreError.self) {
      try store.addCourier(noName, by: .operator("u"), at: Fixture.time(7))
    }
    noName.dailyCapacity = 3
    noName.homeDesaCode = "35.07.31.2099"
    #expect(throws: StoreError.self) {
      try store.addCourier(noName, by: .operator("u"), at: Fixture.time(7))
    }
    #expect(try store.couriers(includeInactive: true).count == 1)
  }

  @Test("couriers in name order")
  func couriersInNameOrder() throws {
    for name in ["dedi", "Ani", "Citra", "budi"] {
      _ = try store.addCourier(Fixture.newCourier(name), by: Fixture.user, at: Fixture.time(7))
    }
    try store.execute("UPDATE courier SET is_active = 0 WHERE name = 'Citra'")
    #expect(try store.couriers(includeInactive: false).map(\.name) == ["Ani", "budi", "dedi"])
    #expect(
      try store.couriers(includeInactive: true).map(\.name) == ["Ani", "budi", "Citra", "dedi"])
  }

  @Test("complaint round trip")
  func complaintRoundTrip() throws {
    let request = try store.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    let new = NewComplaint(
      channel: .lapor, laporNumber: "LAPOR-123", category: .late, weight: .normative,
      complainantName: "Pak Slamet", requestID: request.id, description: "KTP belum sampai")
    let logged = try store.logComplaint(
      new, calendar: WorkingCalendar(), by: Fixture.user, at: Fixture.time(10))

    #expect(logged.state == .received)
    #expect(logged.laporNumber == "LAPOR-123")
    let detail = try store.requestDetail(id: request.id)
    #expect(detail.complaints == [logged])
    let page = try store.complaints(offset: 0, limit: 10)
    #expect(page.total == 1)
    #expect(page.rows == [ComplaintRow(complaint: logged, requestNumber: request.number)])
    #expect(try store.integers("SELECT count(*) FROM complaint_event") == [[1]])
    #expect(try store.totals(on: Fixture.day).openComplaints == 1)
  }

  @Test("complaint validation")
  func complaintValidation() throws {
    let missingLapor = NewComplaint(
      channel: .lapor, category: .late, weight: .light, complainantName: "Bu Sri",
      requestID: nil, description: "lama")
    #expect(throws: StoreError.invalid("complaint needs a SP4N-LAPOR! report number")) {
      try store.logComplaint(
        missingLapor, calendar: WorkingCalendar(), by: Fixture.user, at: Fixture.time(10))
    }
    let unknownRequest = NewComplaint(
      channel: .walkIn, category: .late, weight: .light, complainantName: "Bu Sri",
      requestID: 77, description: "lama")
    #expect(throws: StoreError.notFound(entity: "request", id: 77)) {
      try store.logComplaint(
        unknownRequest, calendar: WorkingCalendar(), by: Fixture.user, at: Fixture.time(10))
    }
    #expect(try store.complaints(offset: 0, limit: 10).total == 0)
  }
}

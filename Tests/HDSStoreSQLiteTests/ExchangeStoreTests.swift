// The store side of the Dukcapil exchange: print-list import, recipient list, event pages.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Exchange store")
struct ExchangeStoreTests {
  private let printed = CalendarDay(year: 2026, month: 12, day: 3)
  private let importTime = Fixture.time(10)

  private func row(
    _ line: Int, _ nik: NIK, name: String = "Warga", document: DocumentKind = .ktpEl,
    number: RequestNumber? = nil, desa: String? = nil
  ) -> PrintListRow {
    PrintListRow(
      line: line, nik: nik, name: name, document: document, printedOn: printed,
      requestNumber: number, desaCode: desa)
  }

  /// Creates a request and sends it to Dukcapil.
  private func inProcess(_ store: SQLStore, _ serial: Int, desa: Int = 0) throws
    -> DeliveryRequest
  {
    let created = try store.createRequest(
      Fixture.newRequest(serial, desa: desa), by: Fixture.user, at: Fixture.time(7))
    return try store.apply(
      .sendToDukcapil, to: created.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(7, 30))
  }

  private func events(_ store: SQLStore, of id: Int64) throws -> [RequestEvent] {
    try store.requestDetail(id: id).events
  }

  // MARK: Import

  @Test("in-process request marked ready")
  func marksInProcessReady() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let request = try inProcess(store, 1)

    let result = try store.importPrintList(
      [row(2, request.resident.nik)], by: Fixture.user, at: importTime, dryRun: false)

    #expect(result.markedReady == [request.number])
    #expect(result.created.isEmpty)
    let after = try store.requestDetail(id: request.id).request
    #expect(after.state == .ready)
    #expect(after.version == request.version + 1)
    #expect(after.readyAt == importTime)
    #expect(after.printedOn == printed)
    #expect(!after.needsCompletion)
    let last = try #require(try events(store, of: request.id).last)
    #expect(last.action == .markReady)
    #expect(last.from == .inProcess)
    #expect(last.detail == "printed=2026-12-03 source=print-list")
    #expect(try events(store, of: request.id).count == 3)
  }

  @Test("request number matched")
  func matchesByNumber() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let request = try inProcess(store, 1)

    let result = try store.importPrintList(
      [row(2, request.resident.nik, number: request.number)], by: Fixture.user,
      at: importTime, dryRun: false)
    #expect(result.markedReady == [request.number])
  }

  @Test("request number mismatches skipped")
  func numberMismatches() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let request = try inProcess(store, 1)
    let other = Fixture.nik(2)

    let result = try store.importPrintList(
      [
        row(2, other, number: request.number),
        row(3, request.resident.nik, document: .kk, number: request.number),
        row(4, request.resident.nik, number: RequestNumber(year: 2026, serial: 999)),
      ], by: Fixture.user, at: importTime, dryRun: false)

    #expect(result.skipped.map(\.line) == [2, 3, 4])
    #expect(
      result.skipped.map(\.kind) == [
        .requestOfOtherNIK(request.number),
        .requestOfOtherDocument(request.number, stored: .ktpEl, listed: .kk),
        .requestNotFound(RequestNumber(year: 2026, serial: 999), .printList),
      ])
    #expect(try store.requestDetail(id: request.id).request.state == .inProcess)
  }

  @Test("received and cancelled skipped")
  func skipsReceivedAndCancelled() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let received = try store.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(7))
    let cancelled = try inProcess(store, 2)
    _ = try store.apply(
      .cancel(reason: "moved away"), to: cancelled.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(8))
    let eventsBefore = try store.eventCount()

    let result = try store.importPrintList(
      [row(2, received.resident.nik), row(3, cancelled.resident.nik)], by: Fixture.user,
      at: importTime, dryRun: false)

    #expect(result.skipped.map(\.line) == [2, 3])
    #expect(
      result.skipped.map(\.kind) == [
        .requestNotSent(received.number), .requestCancelled(cancelled.number),
      ])
    #expect(result.created.isEmpty)
    #expect(try store.eventCount() == eventsBefore)
  }

  @Test("unknown resident gets flagged request")
  func createsFlaggedRequest() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let nik = Fixture.nik(7)

    let result = try store.importPrintList(
      [row(2, nik, name: "Siti Aminah", document: .kk)], by: Fixture.user, at: importTime,
      dryRun: false)

    let number = try #require(result.created.first)
    #expect(number == RequestNumber(year: 2026, serial: 1))
    let id = try #require(try store.integers("SELECT id FROM request").first?.first)
    let request = try store.requestDetail(id: id).request
    #expect(request.state == .ready)
    #expect(request.needsCompletion)
    #expect(request.printedOn == printed)
    #expect(request.document == .kk)
    #expect(request.resident.name == "Siti Aminah")
    #expect(request.resident.kk.digits == SQLiteStore.placeholderKK)
    #expect(request.resident.address.desaCode == SQLiteStore.placeholderDesaCode)
    #expect(request.resident.address.rw == 0)
    let history = try events(store, of: id)
    #expect(history.map(\.action) == [.create, .markReady])
    #expect(history.map(\.to) == [.inProcess, .ready])
    #expect(history[0].detail == "document=kk resident=new source=print-list")
  }

  @Test("desa from row used for new resident")
  func newResidentDesa() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let jambuwer = Kromengan.kecamatan.desa[5].code

    _ = try store.importPrintList(
      [row(2, Fixture.nik(7), desa: jambuwer), row(3, Fixture.nik(7), document: .kk)],
      by: Fixture.user, at: importTime, dryRun: false)

    #expect(try store.integers("SELECT count(*) FROM resident") == [[1]])
    let desa = try store.withConnection { (connection) throws(StoreError) -> [String] in
      try connection.rows("SELECT desa_code FROM request ORDER BY id", context: "test") {
        $0.text(0)
      }
    }
    #expect(desa == [jambuwer, jambuwer])
  }

  @Test("known resident keeps address")
  func knownResidentWithoutRequest() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let existing = try inProcess(store, 1, desa: 2)

    let result = try store.importPrintList(
      [row(2, existing.resident.nik, document: .kia)], by: Fixture.user, at: importTime,
      dryRun: false)

    #expect(result.created.count == 1)
    #expect(result.needsCompletion.isEmpty)
    let ids = try store.integers("SELECT id FROM request ORDER BY id")
    let created = try store.requestDetail(id: try #require(ids.last?.first)).request
    #expect(created.resident == existing.resident)
    // The resident was stored with a KK number and a full address, so nothing is missing.
    #expect(!created.needsCompletion)
    let history = try events(store, of: created.id)
    #expect(history.first?.detail == "document=kia resident=unchanged source=print-list")
  }

  @Test("second import changes nothing")
  func secondImportIsNoOp() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let request = try inProcess(store, 1)
    let rows = [
      row(2, request.resident.nik, name: request.resident.name),
      row(3, Fixture.nik(8), document: .kk),
    ]
    _ = try store.importPrintList(rows, by: Fixture.user, at: importTime, dryRun: false)
    let events = try store.eventCount()
    let versions = try store.integers("SELECT id, version FROM request ORDER BY id")

    let second = try store.importPrintList(
      rows, by: Fixture.user, at: importTime.addingTimeInterval(60), dryRun: false)

    #expect(second == PrintListImport(unchanged: 2))
    #expect(try store.eventCount() == events)
    #expect(try store.integers("SELECT id, version FROM request ORDER BY id") == versions)
  }

  @Test("delivered print not created again")
  func deliveredPrintUnchanged() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let courier = try store.addCourier(
      Fixture.newCourier("Ahmad Fauzi"), by: Fixture.user, at: Fixture.time(7))
    let nik = Fixture.nik(9)
    let first = try store.importPrintList(
      [row(2, nik)], by: Fixture.user, at: importTime, dryRun: false)
    let id = try #require(try store.integers("SELECT id FROM request").first?.first)
    // A request made from a print list goes to a courier only once it is completed.
    _ = try store.correct(
      .address(Fixture.address()), of: id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(9))
    _ = try store.correct(
      .kk(try KKNumber("3507310101100002")), of: id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(9, 1))
    try store.dispatch(id, courier: courier.id)
    _ = try store.apply(
      .deliver(Fixture.resident), to: id, expectedVersion: nil, by: .operator("courier1"),
      at: Fixture.time(11))
    #expect(first.created.count == 1)

    let again = try store.importPrintList(
      [row(2, nik)], by: Fixture.user, at: Fixture.time(12), dryRun: false)
    #expect(again == PrintListImport(unchanged: 1))

    let reprint = PrintListRow(
      line: 2, nik: nik, name: "Warga", document: .ktpEl,
      printedOn: CalendarDay(year: 2026, month: 12, day: 4), requestNumber: nil)
    let replaced = try store.importPrintList(
      [reprint], by: Fixture.user, at: Fixture.time(12), dryRun: false)
    #expect(replaced.created.count == 1)
  }

  @Test("rows for one request once")
  func sameRequestTwiceInRows() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let request = try inProcess(store, 1)
    let nik = Fixture.nik(5)

    let result = try store.importPrintList(
      [
        row(2, request.resident.nik), row(3, request.resident.nik, number: request.number),
        row(4, nik), row(5, nik),
      ], by: Fixture.user, at: importTime, dryRun: false)

    #expect(result.markedReady == [request.number])
    #expect(result.created.count == 1)
    #expect(result.unchanged == 2)
  }

  @Test("dry run reports without writing")
  func dryRun() throws {
    let rows = { (nik: NIK) in
      [self.row(2, nik), self.row(3, Fixture.nik(8)), self.row(4, Fixture.nik(8), document: .kk)]
    }
    let dryDirectory = try TemporaryDirectory()
    let dryStore = try dryDirectory.openStore()
    let dryRequest = try inProcess(dryStore, 1)
    let realDirectory = try TemporaryDirectory()
    let realStore = try realDirectory.openStore()
    let realRequest = try inProcess(realStore, 1)
    let events = try dryStore.eventCount()
    let token = try dryStore.changeToken()

    let planned = try dryStore.importPrintList(
      rows(dryRequest.resident.nik), by: Fixture.user, at: importTime, dryRun: true)
    let done = try realStore.importPrintList(
      rows(realRequest.resident.nik), by: Fixture.user, at: importTime, dryRun: false)

    #expect(planned == done)
    #expect(planned.created == [2, 3].map { RequestNumber(year: 2026, serial: $0) })
    #expect(try dryStore.eventCount() == events)
    #expect(try dryStore.changeToken() == token)
    #expect(try dryStore.requestDetail(id: dryRequest.id).request.state == .inProcess)
  }

  @Test("dry run on read-only store")
  func dryRunReadOnly() throws {
    let directory = try TemporaryDirectory()
    _ = try inProcess(try directory.openStore(), 1)
    let readOnly = try directory.openStore(readOnly: true)

    let planned = try readOnly.importPrintList(
      [row(2, Fixture.nik(1))], by: Fixture.user, at: importTime, dryRun: true)
    #expect(planned.markedReady.count == 1)
    #expect(throws: StoreError.readOnly(path: readOnly.path)) {
      try readOnly.importPrintList(
        [row(2, Fixture.nik(1))], by: Fixture.user, at: importTime, dryRun: false)
    }
  }

  @Test("ten thousand rows in one transaction")
  func largeImport() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let rows = (1...10_000).map { index in
      let text =
        "350731" + String(format: "%02d", 1 + (index - 1) / 5_000) + "0890"
        + String(format: "%04d", 1 + (index - 1) % 5_000)
      return row(index + 1, try! NIK(text), name: "Warga \(index)")
    }
    // Its speed is measured by hds-bench, not here: a timed test fails on a slow machine.
    let result = try store.importPrintList(rows, by: Fixture.user, at: importTime, dryRun: false)

    #expect(result.created.count == 10_000)
    #expect(try store.eventCount() == 20_000)
  }

  // MARK: Recipients

  @Test("recipients by desa then time")
  func recipientsOrder() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let courier = try store.addCourier(
      Fixture.newCourier("Ahmad Fauzi"), by: Fixture.user, at: Fixture.time(7))
    // Desa 5 (Jambuwer) delivered first, desa 0 (Slorok) later; the list puts Slorok first.
    let deliveries: [(serial: Int, desa: Int, hour: Int)] = [(1, 5, 10), (2, 0, 12), (3, 0, 11)]
    for delivery in deliveries {
      let request = try store.readyRequest(delivery.serial, desa: delivery.desa)
      try store.dispatch(request.id, courier: courier.id)
      let handover = Handover(
        recipientKind: .familyMember, recipientName: "Ibu \(delivery.serial)", relation: "ibu")
      _ = try store.apply(
        .deliver(handover), to: request.id, expectedVersion: nil, by: .operator("courier1"),
        at: Fixture.time(delivery.hour))
    }
    let nextDay = try store.readyRequest(4)
    try store.dispatch(nextDay.id, courier: courier.id, day: Fixture.day.adding(days: 1))
    _ = try store.apply(
      .deliver(Fixture.resident), to: nextDay.id, expectedVersion: nil, by: .operator("courier1"),
      at: Fixture.time(9, on: Fixture.day.adding(days: 1)))

    let records = try store.recipients(from: Fixture.day, to: Fixture.day)

    #expect(records.map(\.number.serial) == [3, 2, 1])
    #expect(records.map(\.residentName) == ["Warga 3", "Warga 2", "Warga 1"])
    let first = try #require(records.first)
    #expect(first.recipientKind == .familyMember)
    #expect(first.recipientName == "Ibu 3")
    #expect(first.relation == "ibu")
    #expect(first.courierName == "Ahmad Fauzi")
    #expect(first.deliveredAt == Fixture.time(11))
    #expect(first.address == Fixture.address(desa: 0))
    let both = try store.recipients(from: Fixture.day, to: Fixture.day.adding(days: 1))
    #expect(both.count == 4)
  }

  @Test("recipients of version 1 from events")
  func recipientsFromEvents() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let courier = try store.addCourier(
      Fixture.newCourier("Ahmad Fauzi"), by: Fixture.user, at: Fixture.time(7))
    let request = try store.readyRequest(1)
    try store.dispatch(request.id, courier: courier.id)
    let handover = Handover(
      recipientKind: .proxy, recipientName: "Budi \"Kuasa\" Santoso", relation: "tetangga",
      oldCardReturned: true)
    _ = try store.apply(
      .deliver(handover), to: request.id, expectedVersion: nil, by: .operator("courier1"),
      at: Fixture.time(11))
    // A request delivered under schema version 1 has only the event.
    try store.execute(
      """
      UPDATE request SET recipient_kind = NULL, recipient_name = NULL, recipient_relation = NULL,
        old_card_returned = NULL
      """)

    let record = try #require(try store.recipients(from: Fixture.day, to: Fixture.day).first)

    #expect(record.recipientKind == .proxy)
    #expect(record.recipientName == "Budi \"Kuasa\" Santoso")
    #expect(record.relation == "tetangga")
    #expect(record.oldCardReturned == true)
    #expect(record.courierName == "Ahmad Fauzi")
  }

  // MARK: Events

  @Test("event pages cover every event once")
  func eventPages() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    for serial in 1...4 { _ = try store.readyRequest(serial) }
    let all = try store.integers("SELECT id FROM request_event ORDER BY id").map { $0[0] }
    #expect(all.count == 12)

    var seen: [Int64] = []
    var after: Int64?
    while true {
      let page = try store.events(since: Fixture.day.start, afterID: after, limit: 5)
      #expect(page.count <= 5)
      guard let last = page.last else { break }
      seen += page.map(\.event.id)
      after = last.event.id
    }
    #expect(seen == all)

    let first = try #require(try store.events(since: .distantPast, afterID: nil, limit: 1).first)
    #expect(first.requestNumber == RequestNumber(year: 2026, serial: 1))
    #expect(first.event.action == .create)
  }

  @Test("events since a time")
  func eventsSince() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let request = try store.readyRequest(1, readyAt: Fixture.time(8))

    let since = try store.events(since: Fixture.time(8), afterID: nil, limit: 10)
    #expect(since.map(\.event.action) == [.markReady])
    #expect(since.first?.event.requestID == request.id)
    #expect(try store.events(since: Fixture.time(9), afterID: nil, limit: 10).isEmpty)
  }

  // MARK: Plans

  @Test("exchange queries use indexes")
  func queryPlans() throws {
    let directory = try TemporaryDirectory()
    let store = try SQLiteStore(path: directory.storePath)
    for sql in SQLiteStore.exchangeQueries {
      let plan = try store.withSQLite { (connection) throws(StoreError) -> [String] in
        let statement = try connection.prepareStatement(
          "EXPLAIN QUERY PLAN " + sql, context: "test")
        try statement.bind(Array(repeating: .integer(1), count: statement.parameterCount))
        var details: [String] = []
        while try statement.step() { details.append(statement.row.text(3)) }
        return details
      }
      let fullScans = plan.filter { $0.hasPrefix("SCAN") && !$0.contains("USING") }
      #expect(fullScans.isEmpty, "\(sql)\n\(plan)")
    }
  }

  @Test("event page reads in id order")
  func eventPagePlan() throws {
    let directory = try TemporaryDirectory()
    let store = try SQLiteStore(path: directory.storePath)
    let plan = try store.withSQLite { (connection) throws(StoreError) -> [String] in
      let statement = try connection.prepare(
        "EXPLAIN QUERY PLAN " + SQLiteStore.eventsPageSQL, context: "test")
      try statement.bind([.integer(0), .real(0), .integer(10)])
      var details: [String] = []
      while try statement.step() { details.append(statement.row.text(3)) }
      return details
    }
    #expect(!plan.contains { $0.contains("TEMP B-TREE") }, "\(plan)")
    #expect(plan.contains { $0.contains("INTEGER PRIMARY KEY") }, "\(plan)")
  }
}

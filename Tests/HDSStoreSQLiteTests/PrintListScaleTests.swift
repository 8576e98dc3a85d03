// A print list of 20,000 mixed rows, checked row by row through the store API, so that
// work on the import's speed cannot change what an import does.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Print-list import at scale")
struct PrintListScaleTests {
  private let printed = CalendarDay(year: 2026, month: 12, day: 3)
  private let importTime = Fixture.time(10)

  /// What a row of the list should do, decided from how the test built the store.
  private enum Expected {
    case markReady(DeliveryRequest)
    case skip(DeliveryRequest, reason: ImportProblem)
    case unchanged(DeliveryRequest)
    /// A new request for a resident already stored.
    case createForKnown(Resident)
    /// A new request for a resident the list adds; `first` marks the row that adds it.
    case createForNew(name: String, desaCode: String?, first: Bool)
  }

  /// Returns a valid NIK for every `index` below 28 × 12 × 9,999: the birth day, month and serial
  /// come from the index, and the birth year digits 85 keep it apart from `Fixture.nik`.
  private static func nik(_ index: Int) -> NIK {
    let serial = index % 9_999 + 1
    let month = index / 9_999 % 12 + 1
    let day = index / (9_999 * 12) % 28 + 1
    let digits = "350731" + twoDigits(day) + twoDigits(month) + "85" + fourDigits(serial)
    return try! NIK(digits)
  }

  private static func twoDigits(_ value: Int) -> String {
    value < 10 ? "0\(value)" : "\(value)"
  }

  private static func fourDigits(_ value: Int) -> String {
    String(repeating: "0", count: 4 - String(value).count) + String(value)
  }

  @Test("twenty thousand mixed rows")
  func mixedList() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let desaCodes = Kromengan.kecamatan.desa.map(\.code)

    // The store: requests in process, received, cancelled and ready.
    var inProcess: [DeliveryRequest] = []
    var received: [DeliveryRequest] = []
    var cancelled: [DeliveryRequest] = []
    var ready: [DeliveryRequest] = []
    for serial in 1...900 {
      let created = try store.createRequest(
        Fixture.newRequest(serial, desa: serial % desaCodes.count), by: Fixture.user,
        at: Fixture.time(7))
      switch serial {
      case 1...600:
        inProcess.append(
          try store.apply(
            .sendToDukcapil, to: created.id, expectedVersion: nil, by: Fixture.user,
            at: Fixture.time(7, 30)))
      case 601...700:
        received.append(created)
      case 701...750:
        cancelled.append(
          try store.apply(
            .cancel(reason: "pindah"), to: created.id, expectedVersion: nil, by: Fixture.user,
            at: Fixture.time(7, 30)))
      default:
        _ = try store.apply(
          .sendToDukcapil, to: created.id, expectedVersion: nil, by: Fixture.user,
          at: Fixture.time(7, 30))
        ready.append(
          try store.apply(
            .markReady, to: created.id, expectedVersion: nil, by: Fixture.user,
            at: Fixture.time(8)))
      }
    }

    // The list: a row for every stored request (a third of the in-process ones by number),
    // a KIA for each in-process resident, and 18,500 rows of 9,250 new residents.
    var entries:
      [(
        nik: NIK, name: String, document: DocumentKind, number: RequestNumber?,
        desa: String?, expected: Expected
      )] = []
    for (index, request) in inProcess.enumerated() {
      entries.append(
        (
          request.resident.nik, request.resident.name, .ktpEl,
          index % 3 == 0 ? request.number : nil, nil, .markReady(request)
        ))
      entries.append(
        (
          request.resident.nik, request.resident.name, .kia, nil, nil,
          .createForKnown(request.resident)
        ))
    }
    for request in received {
      entries.append(
        (
          request.resident.nik, request.resident.name, .ktpEl, nil, nil,
          .skip(request, reason: .requestNotSent(request.number))
        ))
    }
    for request in cancelled {
      entries.append(
        (
          request.resident.nik, request.resident.name, .ktpEl, nil, nil,
          .skip(request, reason: .requestCancelled(request.number))
        ))
    }
    for request in ready {
      entries.append(
        (
          request.resident.nik, request.resident.name, .ktpEl, request.number, nil,
          .unchanged(request)
        ))
    }
    for index in 0..<9_250 {
      let name = "Penduduk Baru \(index) Akhir"
      // Every fifth new resident comes without a desa and gets the placeholder.
      let desa = index % 5 == 0 ? nil : desaCodes[index % desaCodes.count]
      for (offset, document) in [DocumentKind.ktpEl, .kk].enumerated() {
        entries.append(
          (
            Self.nik(index), name, document, nil, desa,
            .createForNew(name: name, desaCode: desa, first: offset == 0)
          ))
      }
    }
    #expect(entries.count == 20_000)

    // Mixes the kinds of rows through the file, keeping each new resident's first row
    // before its second, because the first one adds the resident.
    let order = (0..<entries.count).sorted {
      ($0 * 7_919 % entries.count, $0) < ($1 * 7_919 % entries.count, $1)
    }
    var placed: [Int] = []
    var firstRowPlaced: Set<String> = []
    var waiting: [String: Int] = [:]
    for index in order {
      guard case .createForNew(_, _, let first) = entries[index].expected else {
        placed.append(index)
        continue
      }
      let resident = entries[index].nik.digits
      if first {
        placed.append(index)
        firstRowPlaced.insert(resident)
        if let second = waiting.removeValue(forKey: resident) { placed.append(second) }
      } else if firstRowPlaced.contains(resident) {
        placed.append(index)
      } else {
        waiting[resident] = index
      }
    }
    #expect(placed.count == entries.count)

    let rows = placed.enumerated().map { line, index in
      let entry = entries[index]
      return PrintListRow(
        line: line + 2, nik: entry.nik, name: entry.name, document: entry.document,
        printedOn: printed, requestNumber: entry.number, desaCode: entry.desa)
    }
    let expected = placed.map { entries[$0].expected }
    let eventsBefore = try store.eventCount()

    let dryRun = try store.importPrintList(rows, by: Fixture.user, at: importTime, dryRun: true)
    #expect(try store.eventCount() == eventsBefore)
    let result = try store.importPrintList(rows, by: Fixture.user, at: importTime, dryRun: false)
    #expect(dryRun == result)

    // Totals: 600 marked ready, 600 + 18,500 created, 150 unchanged, 150 skipped.
    #expect(result.markedReady.count == 600)
    #expect(result.created.count == 19_100)
    #expect(result.unchanged == 150)
    #expect(result.skipped.count == 150)
    #expect(try store.eventCount() == eventsBefore + 600 + 2 * 19_100)
    let totals = try store.totals(on: Fixture.day)
    #expect(totals.byState[.ready] == 150 + 600 + 19_100)
    #expect((totals.byState[.inProcess] ?? 0) == 0)
    #expect(totals.byState[.received] == 100)
    #expect(totals.byState[.cancelled] == 50)

    // Row by row, in file order: new requests take the numbers after the 900 stored ones.
    var nextSerial = 901
    var markedReady: [RequestNumber] = []
    var skipped: [(line: Int, reason: ImportProblem)] = []
    for (row, outcome) in zip(rows, expected) {
      switch outcome {
      case .markReady(let before):
        markedReady.append(before.number)
        let detail = try store.requestDetail(id: before.id)
        #expect(detail.request.state == .ready, "line \(row.line)")
        #expect(detail.request.version == before.version + 1, "line \(row.line)")
        #expect(detail.request.readyAt == importTime, "line \(row.line)")
        #expect(detail.request.printedOn == printed, "line \(row.line)")
        #expect(!detail.request.needsCompletion, "line \(row.line)")
        #expect(detail.events.map(\.action) == [.create, .sendToDukcapil, .markReady])
        #expect(detail.events.last?.from == .inProcess, "line \(row.line)")
        #expect(detail.events.last?.detail == "printed=2026-12-03 source=print-list")
      case .skip(let before, let reason):
        skipped.append((row.line, reason))
        let after = try store.requestDetail(id: before.id)
        #expect(after.request == before, "line \(row.line)")
      case .unchanged(let before):
        let after = try store.requestDetail(id: before.id)
        #expect(after.request == before, "line \(row.line)")
        #expect(after.events.count == 3, "line \(row.line)")
      case .createForKnown(let resident):
        // A stored resident with a whole address and KK needs no completion.
        let request = try createdRequest(
          store, serial: nextSerial, row: row,
          needsCompletion: !resident.isComplete(in: Kromengan.kecamatan))
        #expect(request.resident == resident, "line \(row.line)")
        let events = try store.requestDetail(id: request.id).events
        #expect(events.first?.detail == "document=kia resident=unchanged source=print-list")
        nextSerial += 1
      case .createForNew(let name, let desaCode, let first):
        let request = try createdRequest(store, serial: nextSerial, row: row, needsCompletion: true)
        #expect(request.resident.name == name, "line \(row.line)")
        #expect(request.resident.kk.digits == SQLiteStore.placeholderKK, "line \(row.line)")
        #expect(
          request.resident.address.desaCode == desaCode ?? SQLiteStore.placeholderDesaCode,
          "line \(row.line)")
        let events = try store.requestDetail(id: request.id).events
        let residentDetail = first ? "resident=new" : "resident=unchanged"
        #expect(
          events.first?.detail
            == "document=\(row.document.rawValue) \(residentDetail) source=print-list",
          "line \(row.line)")
        nextSerial += 1
      }
    }
    #expect(nextSerial == 901 + 19_100)

    // The events are in file order: a new request's create then mark-ready, or one
    // mark-ready, by request number.
    var expectedEvents: [String] = []
    var serial = 901
    for outcome in expected {
      switch outcome {
      case .markReady(let before):
        expectedEvents.append("\(before.number) mark-ready")
      case .createForKnown, .createForNew:
        let number = RequestNumber(year: 2026, serial: serial)
        expectedEvents += ["\(number) create", "\(number) mark-ready"]
        serial += 1
      case .skip, .unchanged:
        break
      }
    }
    let events = try store.events(
      since: importTime, afterID: nil, limit: expectedEvents.count + 1)
    #expect(events.map { "\($0.requestNumber) \($0.event.action.rawValue)" } == expectedEvents)
    #expect(result.markedReady == markedReady)
    #expect(result.created == (901..<nextSerial).map { RequestNumber(year: 2026, serial: $0) })
    #expect(result.skipped.map(\.line) == skipped.map(\.line))
    #expect(result.skipped.map(\.kind) == skipped.map(\.reason))
    // NIK is unique among residents, so both rows of a new resident share the one added.
    #expect(try store.integers("SELECT count(*) FROM resident") == [[900 + 9_250]])

    // The name search finds new residents through the FTS index the triggers keep.
    for index in stride(from: 0, to: 9_250, by: 617) {
      let term = SearchTerm("Baru \(index) Akhir")
      let position = try #require(
        try store.find(term, in: .pending, from: 0, forward: true), "resident \(index)")
      let found = try store.queue(.pending, offset: position, limit: 1).rows.first
      #expect(found?.residentName == "Penduduk Baru \(index) Akhir")
    }
    if store is SQLiteStore {
      try store.execute(
        "INSERT INTO resident_name_search (resident_name_search) VALUES ('integrity-check')")
    }
    #expect(try store.integrityReport() == "ok")

    // A second import of the same list changes nothing.
    let eventsAfter = try store.eventCount()
    let second = try store.importPrintList(
      rows, by: Fixture.user, at: importTime.addingTimeInterval(60), dryRun: false)
    #expect(second.markedReady.isEmpty)
    #expect(second.created.isEmpty)
    #expect(second.unchanged == 600 + 19_100 + 150)
    #expect(try store.eventCount() == eventsAfter)
  }

  /// Reads the request a row created and checks what every created request has.
  private func createdRequest(
    _ store: SQLStore, serial: Int, row: PrintListRow, needsCompletion: Bool
  ) throws -> DeliveryRequest {
    let number = RequestNumber(year: 2026, serial: serial)
    let id = try #require(try store.requestID(number: number), "line \(row.line)")
    let detail = try store.requestDetail(id: id)
    let request = detail.request
    #expect(request.state == .ready, "line \(row.line)")
    #expect(request.needsCompletion == needsCompletion, "line \(row.line)")
    #expect(request.version == 2, "line \(row.line)")
    #expect(request.document == row.document, "line \(row.line)")
    #expect(request.resident.nik == row.nik, "line \(row.line)")
    #expect(request.printedOn == printed, "line \(row.line)")
    #expect(request.readyAt == importTime, "line \(row.line)")
    #expect(detail.events.map(\.action) == [.create, .markReady], "line \(row.line)")
    #expect(detail.events.map(\.to) == [.inProcess, .ready], "line \(row.line)")
    #expect(detail.events.last?.detail == "printed=2026-12-03 source=print-list")
    #expect(detail.events.allSatisfy { $0.user == Fixture.user.user }, "line \(row.line)")
    return request
  }
}

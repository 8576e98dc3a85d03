// The survey in the store: one response per delivered request, the rejections that
// change nothing, the index of a period from SQL, and the survey file import.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Survey store")
struct SurveyStoreTests {
  let directory: TemporaryDirectory
  let store: SQLStore
  let courier: Int64

  private static let december = CalendarDay(year: 2026, month: 12, day: 2)
  private static let november = CalendarDay(year: 2026, month: 11, day: 10)
  private static let october = CalendarDay(year: 2026, month: 10, day: 20)
  /// The WIB day every recording in these tests happens on.
  private static let today = Fixture.day

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.openStore()
    courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(6, on: Self.october)
    ).id
  }

  /// Brings a new request of resident `serial` to delivered at 11:00 on `day`.
  @discardableResult
  private func delivered(_ serial: Int, on day: CalendarDay, document: DocumentKind = .ktpEl)
    throws -> DeliveryRequest
  {
    let created = try store.createRequest(
      Fixture.newRequest(serial, document: document), by: Fixture.user,
      at: Fixture.time(7, on: day))
    let steps: [(RequestAction, Date)] = [
      (.sendToDukcapil, Fixture.time(7, 10, on: day)), (.markReady, Fixture.time(7, 20, on: day)),
      (.assign(courierID: courier, day: day), Fixture.time(8, on: day)),
      (.dispatch, Fixture.time(8, 30, on: day)),
      (.deliver(Fixture.resident), Fixture.time(11, on: day)),
    ]
    var request = created
    for (action, time) in steps {
      request = try store.apply(
        action, to: request.id, expectedVersion: nil, by: Fixture.user, at: time)
    }
    return request
  }

  private func answers(_ values: [Int?]) throws -> SurveyResponse {
    try SurveyResponse(values)
  }

  private func new(
    _ request: DeliveryRequest, _ values: [Int?], on day: CalendarDay,
    source: SurveySource = .form
  ) throws -> NewSurveyResponse {
    NewSurveyResponse(
      requestID: request.id, answeredOn: day, response: try answers(values), source: source)
  }

  @discardableResult
  private func record(
    _ request: DeliveryRequest, _ values: [Int?], on day: CalendarDay, replacing: Bool = false,
    at time: Date = Fixture.time(15)
  ) throws -> SurveyRecord {
    try store.recordSurveyResponse(
      try new(request, values, on: day), replacing: replacing, by: Fixture.user, at: time)
  }

  /// Returns every column of every survey row and event, to check that a rejection
  /// changed nothing.
  private func surveyRows() throws -> [String] {
    try store.texts(
      """
      SELECT 'response|' || quote(id) || '|' || quote(request_id) || '|' || quote(answered_day)
        || '|' || quote(u1) || quote(u2) || quote(u3) || quote(u4) || quote(u5) || quote(u6)
        || quote(u7) || quote(u8) || quote(u9) || '|' || quote(recorded_at) || '|'
        || quote(source)
      FROM survey_response
      UNION ALL
      SELECT 'event|' || quote(id) || '|' || quote(survey_id) || '|' || quote(time) || '|'
        || quote(\"user\") || '|' || quote(action) || '|' || quote(detail)
      FROM survey_event
      ORDER BY 1
      """)
  }

  /// Returns the survey rejection that `body` throws, or nil when it throws none.
  private func rejection(_ body: () throws -> Void) -> SurveyRejection? {
    do {
      try body()
      return nil
    } catch {
      guard case .survey(let rejection)? = error as? StoreError else { return nil }
      return rejection
    }
  }

  private static let allFour: [Int?] = Array(repeating: 4, count: 9)

  // MARK: Recording

  @Test("record stores response and event")
  func recordsResponse() throws {
    let request = try delivered(1, on: Self.december)
    let stored = try record(request, [4, 3, 2, nil, 4, 4, 3, 3, nil], on: Self.today)

    #expect(stored.requestNumber == request.number)
    #expect(stored.answeredOn == Self.today)
    #expect(stored.response[.procedure] == 3)
    #expect(stored.response[.cost] == nil)
    #expect(stored.source == .form)
    #expect(try store.surveyResponse(ofRequest: request.id) == stored)
    #expect(try store.requestDetail(id: request.id).survey == stored)
    #expect(
      try store.texts("SELECT action || ' ' || \"user\" || ' ' || detail FROM survey_event") == [
        "record operator1 answered=2026-12-04 answers=4,3,2,-,4,4,3,3,- source=form"
      ])
  }

  @Test("request without response has none")
  func noResponse() throws {
    let request = try delivered(1, on: Self.december)

    #expect(try store.surveyResponse(ofRequest: request.id) == nil)
    #expect(try store.requestDetail(id: request.id).survey == nil)
  }

  @Test("answered on delivery day accepted")
  func answeredOnDeliveryDay() throws {
    let request = try delivered(1, on: Self.december)
    let stored = try record(request, Self.allFour, on: Self.december)

    #expect(stored.answeredOn == Self.december)
  }

  @Test("replace keeps old answers in event")
  func replaces() throws {
    let request = try delivered(1, on: Self.december)
    let first = try record(request, Self.allFour, on: Self.december)
    let second = try record(
      request, [3, 3, 3, 3, 3, 3, 3, 3, nil], on: Self.today, replacing: true,
      at: Fixture.time(16))

    #expect(second.id == first.id)
    #expect(try store.surveyResponse(ofRequest: request.id) == second)
    #expect(try store.integers("SELECT count(*) FROM survey_response") == [[1]])
    let events = try store.texts("SELECT action || ' ' || detail FROM survey_event ORDER BY id")
    #expect(events.count == 2)
    #expect(
      events.last
        == "replace answered=2026-12-04 answers=3,3,3,3,3,3,3,3,- source=form"
        + " previous-answered=2026-12-02 previous-answers=4,4,4,4,4,4,4,4,4 previous-source=form")
  }

  // MARK: Rejections

  @Test("request not delivered rejected")
  func notDelivered() throws {
    let ready = try store.readyRequest(1)
    let before = try surveyRows()

    let error = rejection {
      _ = try store.recordSurveyResponse(
        try new(ready, Self.allFour, on: Self.today), replacing: false, by: Fixture.user,
        at: Fixture.time(15))
    }
    #expect(error == .notDelivered(request: ready.number, state: .ready))
    #expect(error?.description.contains(ready.number.description) == true)
    #expect(error?.description.contains("ready") == true)
    #expect(try surveyRows() == before)
  }

  @Test("unknown request not found")
  func unknownRequest() throws {
    let response = NewSurveyResponse(
      requestID: 99, answeredOn: Self.today, response: try answers(Self.allFour), source: .form)

    #expect(throws: StoreError.notFound(entity: "request", id: 99)) {
      try store.recordSurveyResponse(
        response, replacing: false, by: Fixture.user, at: Fixture.time(15))
    }
    #expect(try surveyRows().isEmpty)
  }

  @Test("second response rejected naming first")
  func secondResponse() throws {
    let request = try delivered(1, on: Self.december)
    let first = try record(request, Self.allFour, on: Self.december, at: Fixture.time(9))
    let before = try surveyRows()

    let error = rejection {
      try record(request, [3, 3, 3, 3, 3, 3, 3, 3, 3], on: Self.today)
    }
    #expect(
      error
        == .alreadyAnswered(
          request: request.number, answeredOn: Self.december, recordedAt: first.recordedAt))
    #expect(
      error?.description.contains("answered on 2026-12-02") == true, "\(String(describing: error))")
    #expect(
      error?.description.contains("2026-12-04 09:00 WIB") == true, "\(String(describing: error))")
    #expect(try surveyRows() == before)
  }

  @Test("replace without response rejected")
  func nothingToReplace() throws {
    let request = try delivered(1, on: Self.december)

    let error = rejection {
      try record(request, Self.allFour, on: Self.today, replacing: true)
    }
    #expect(error == .nothingToReplace(request: request.number))
    #expect(try surveyRows().isEmpty)
  }

  @Test("answered before delivery rejected")
  func beforeDelivery() throws {
    let request = try delivered(1, on: Self.december)

    let error = rejection {
      try record(request, Self.allFour, on: CalendarDay(year: 2026, month: 12, day: 1))
    }
    #expect(
      error
        == .answeredBeforeDelivery(
          request: request.number, answeredOn: CalendarDay(year: 2026, month: 12, day: 1),
          deliveredOn: Self.december))
    #expect(try surveyRows().isEmpty)
  }

  @Test("answered in future rejected")
  func inFuture() throws {
    let request = try delivered(1, on: Self.december)
    let tomorrow = Self.today.adding(days: 1)

    let error = rejection {
      try record(request, Self.allFour, on: tomorrow)
    }
    #expect(
      error == .answeredInFuture(request: request.number, answeredOn: tomorrow, today: Self.today))
    #expect(try surveyRows().isEmpty)
  }

  @Test("blank response rejected")
  func blank() throws {
    let request = try delivered(1, on: Self.december)

    let error = rejection {
      try record(request, Array(repeating: nil, count: 9), on: Self.today)
    }
    #expect(error == .noAnswers(request: request.number))
    #expect(try surveyRows().isEmpty)
  }

  @Test("read-only store rejects recording")
  func readOnly() throws {
    let request = try delivered(1, on: Self.december)
    let reader = try directory.openStore(readOnly: true)

    #expect(throws: StoreError.readOnly(path: store.path)) {
      try reader.recordSurveyResponse(
        try new(request, Self.allFour, on: Self.today), replacing: false, by: Fixture.user,
        at: Fixture.time(15))
    }
    #expect(try surveyRows().isEmpty)
  }

  // MARK: Index of a period

  /// Stores `count` delivered requests from resident `firstSerial` on, delivered on `day`
  /// and answered the same day, whose answers to each element sum to `sums[element]`,
  /// spread as evenly as the 1–4 scale allows.
  private func respondents(
    _ count: Int, from firstSerial: Int, on day: CalendarDay, elementSums sums: [Int]
  ) throws {
    for respondent in 0..<count {
      let request = try delivered(firstSerial + respondent, on: day)
      let values = sums.map { sum -> Int? in
        respondent < sum % count ? sum / count + 1 : sum / count
      }
      try record(request, values, on: day)
    }
  }

  @Test("index per period matches DOMAIN values")
  func indexPerPeriod() throws {
    // October: one respondent answering 4 everywhere. November: five respondents with
    // element sums 16, 17, 14, 20, 16, 17, 18, 14, 15. December: fifty respondents, each
    // element 27 × 4 and 23 × 3.
    try respondents(1, from: 1, on: Self.october, elementSums: Array(repeating: 4, count: 9))
    let fiveSums = [16, 17, 14, 20, 16, 17, 18, 14, 15]
    try respondents(5, from: 10, on: Self.november, elementSums: fiveSums)
    let fiftySums = Array(repeating: 27 * 4 + 23 * 3, count: 9)
    try respondents(50, from: 100, on: Self.december, elementSums: fiftySums)

    let october = try store.satisfaction(in: .month(10, of: 2026))
    #expect(october.index.respondents == 1)
    #expect(october.index.ikm?.description == "100.00")
    #expect(october.index.ikm?.grade == .a)

    let november = try store.satisfaction(in: .month(11, of: 2026))
    #expect(november.index.respondents == 5)
    #expect(november.index.elements.map(\.answerSum) == fiveSums)
    #expect(november.index.elements.map(\.answerCount) == Array(repeating: 5, count: 9))
    #expect(november.index.ikm?.description == "81.67")
    #expect(november.index.ikm?.grade == .b)
    #expect(november.index.elements[2].grade == .c)

    let december = try store.satisfaction(in: .month(12, of: 2026))
    #expect(december.index.respondents == 50)
    #expect(december.index.ikm?.description == "88.50")
    #expect(december.index.ikm?.grade == .a)

    // The year: 56 respondents. U1's sum is 4 + 16 + 177 = 197 over 56 answers, and so on;
    // Σ NRR = (9 × 4 + 147 + 9 × 177) ÷ 56 = 1,776 ÷ 56, IKM = 1,776 × 25 ÷ (56 × 9) = 88.10.
    let year = try store.satisfaction(in: .year(2026))
    #expect(year.index.respondents == 56)
    #expect(year.index.ikm?.description == "88.10")
    #expect(year.index.ikm?.grade == .b)
    #expect(year.index == SatisfactionIndex(responses: try storedResponses()))
  }

  /// Reads every stored response one by one, to compare with the SQL aggregate.
  private func storedResponses() throws -> [SurveyResponse] {
    try store.integers("SELECT request_id FROM survey_response ORDER BY id").map { row in
      try #require(try store.surveyResponse(ofRequest: row[0])).response
    }
  }

  @Test("blank answers leave the divisor")
  func blanksInPeriod() throws {
    let first = try delivered(1, on: Self.december)
    let second = try delivered(2, on: Self.december)
    try record(first, Array(repeating: 3, count: 9), on: Self.december)
    try record(second, [3, 3, 3, 3, 3, 3, 3, 3, nil], on: Self.december)

    let result = try store.satisfaction(in: .month(12, of: 2026))
    #expect(result.index.respondents == 2)
    #expect(result.index.elements[8].answerCount == 1)
    #expect(result.index.ikm?.description == "75.00")
  }

  @Test("empty period not computable")
  func emptyPeriod() throws {
    let result = try store.satisfaction(in: .month(12, of: 2026))

    #expect(result.index.respondents == 0)
    #expect(result.index.result == .notComputable(unanswered: SurveyElement.allCases))
    #expect(result.population == 0)
    #expect(result.adequacy.required == 0)
  }

  @Test("population counts served residents once")
  func population() throws {
    // Resident 1 gets two documents in December, resident 2 one, resident 3 one in
    // November: December served 2 residents.
    let answered = try delivered(1, on: Self.december)
    try delivered(1, on: Self.december, document: .kk)
    try delivered(2, on: Self.december)
    try delivered(3, on: Self.november)
    try record(answered, Self.allFour, on: Self.december)

    let result = try store.satisfaction(in: .month(12, of: 2026))
    #expect(result.population == 2)
    #expect(result.adequacy.required == SampleSize.krejcieMorgan(population: 2))
    #expect(result.adequacy.required == 2)
    #expect(result.adequacy.respondents == 1)
    #expect(!result.adequacy.isSufficient)
    #expect(result.adequacy.shortfall == 1)
  }

  @Test("period counts answered day")
  func answeredDayCounts() throws {
    let request = try delivered(1, on: Self.november)
    try record(request, Self.allFour, on: Self.december)

    #expect(try store.satisfaction(in: .month(11, of: 2026)).index.respondents == 0)
    #expect(try store.satisfaction(in: .month(12, of: 2026)).index.respondents == 1)
    #expect(try store.satisfaction(in: .day(Self.december)).index.respondents == 1)
  }

  @Test("undone delivery leaves the index")
  func undoneDelivery() throws {
    let request = try delivered(1, on: Self.december)
    try record(request, Self.allFour, on: Self.december)
    let deliver = try #require(try store.requestDetail(id: request.id).events.last)
    _ = try store.undo(eventID: deliver.id, of: request.id, by: Fixture.user, at: Fixture.time(16))

    let result = try store.satisfaction(in: .month(12, of: 2026))
    #expect(result.index.respondents == 0)
    #expect(result.population == 0)
  }

  @Test("index queries read the period only")
  func indexQueryPlans() throws {
    let sqls = [
      SQLiteStore.surveyIndexSQL, SQLiteStore.residentsServedFromNewYearSQL,
      SQLiteStore.residentsServedSQL,
    ]
    // The plans are SQLite's: on PostgreSQL they are read from an empty SQLite file.
    let sqlite = try (store as? SQLiteStore) ?? SQLiteStore(path: directory.storePath)
    let plans = try sqls.map { sql in
      try sqlite.withConnection { (connection) throws(StoreError) -> String in
        let statement = try connection.prepare("EXPLAIN QUERY PLAN " + sql, context: "test")
        try statement.bind([.text("2026-12-01"), .text("2026-12-31")])
        var details: [String] = []
        while try statement.step() { details.append(statement.row.text(3)) }
        return details.joined(separator: "\n")
      }
    }
    #expect(plans[0].contains("USING INDEX survey_by_day"), "\(plans[0])")
    #expect(plans[1].contains("SEARCH served_first_day_count USING PRIMARY KEY"), "\(plans[1])")
    #expect(plans[2].contains("USING INDEX request_by_delivered_at"), "\(plans[2])")
  }

  // MARK: Import

  private func row(
    _ line: Int, _ request: DeliveryRequest, _ values: [Int?], on day: CalendarDay
  ) throws -> SurveyImportRow {
    SurveyImportRow(
      line: line, requestNumber: request.number, answeredOn: day, response: try answers(values))
  }

  private func importRows(_ rows: [SurveyImportRow], dryRun: Bool = false, skip: Bool = false)
    throws -> SurveyImport
  {
    try store.importSurveyResponses(
      rows, by: Fixture.user, at: Fixture.time(15), dryRun: dryRun, skipInvalid: skip)
  }

  @Test("import stores rows with events")
  func importStores() throws {
    let first = try delivered(1, on: Self.december)
    let second = try delivered(2, on: Self.december)

    let result = try importRows([
      try row(2, first, Self.allFour, on: Self.today),
      try row(3, second, [2, 3, nil, 4, 4, 4, 4, 4, 4], on: Self.december),
    ])
    #expect(result.recorded == [first.number, second.number])
    #expect(result.invalid.isEmpty)
    #expect(result.isWritten)
    #expect(try store.surveyResponse(ofRequest: second.id)?.response[.serviceTime] == nil)
    #expect(try store.surveyResponse(ofRequest: second.id)?.source == .csvImport)
    #expect(
      try store.texts("SELECT action FROM survey_event ORDER BY id") == ["record", "record"])
    #expect(
      try store.texts("SELECT detail FROM survey_event ORDER BY id").allSatisfy {
        $0.hasSuffix("source=csv-import")
      })
  }

  @Test("import with invalid row writes nothing")
  func importAllOrNothing() throws {
    let first = try delivered(1, on: Self.december)
    let ready = try store.readyRequest(2)
    let missing = SurveyImportRow(
      line: 4, requestNumber: RequestNumber(year: 2026, serial: 999), answeredOn: Self.today,
      response: try answers(Self.allFour))

    let result = try importRows([
      try row(2, first, Self.allFour, on: Self.today),
      try row(3, ready, Self.allFour, on: Self.today), missing,
    ])
    #expect(!result.isWritten)
    #expect(result.invalid.map(\.line) == [3, 4])
    #expect(
      result.invalid.map(\.kind) == [
        .surveyRejected(.notDelivered(request: ready.number, state: .ready)),
        .requestNotFound(RequestNumber(year: 2026, serial: 999), .survey),
      ])
    #expect(result.invalid[0].value == ready.number.description)
    #expect(result.invalid[1].value == "HDS-2026-000999")
    #expect(try surveyRows().isEmpty)
  }

  @Test("import skip-invalid stores valid rows")
  func importSkipInvalid() throws {
    let first = try delivered(1, on: Self.december)
    let early = try delivered(2, on: Self.december)

    let result = try importRows(
      [
        try row(2, first, Self.allFour, on: Self.today),
        try row(3, early, Self.allFour, on: CalendarDay(year: 2026, month: 11, day: 30)),
      ], skip: true)
    #expect(result.isWritten)
    #expect(result.recorded == [first.number])
    #expect(result.invalid.map(\.line) == [3])
    #expect(
      result.invalid.map(\.kind) == [
        .surveyRejected(
          .answeredBeforeDelivery(
            request: early.number, answeredOn: CalendarDay(year: 2026, month: 11, day: 30),
            deliveredOn: Self.december))
      ])
    #expect(try store.surveyResponse(ofRequest: first.id) != nil)
    #expect(try store.surveyResponse(ofRequest: early.id) == nil)
  }

  @Test("import dry run writes nothing")
  func importDryRun() throws {
    let first = try delivered(1, on: Self.december)

    let result = try importRows([try row(2, first, Self.allFour, on: Self.today)], dryRun: true)
    #expect(result.recorded == [first.number])
    #expect(!result.isWritten)
    #expect(try surveyRows().isEmpty)
  }

  @Test("import twice changes nothing")
  func importIdempotent() throws {
    let first = try delivered(1, on: Self.december)
    let rows = [try row(2, first, [4, 4, 3, nil, 4, 4, 4, 4, 4], on: Self.today)]
    _ = try importRows(rows)
    let before = try surveyRows()

    let again = try importRows(rows)
    #expect(again.recorded.isEmpty)
    #expect(again.unchanged == 1)
    #expect(again.invalid.isEmpty)
    #expect(try surveyRows() == before)
  }

  @Test("import does not replace other answers")
  func importOtherAnswers() throws {
    let first = try delivered(1, on: Self.december)
    try record(first, Self.allFour, on: Self.december)
    let before = try surveyRows()

    let result = try importRows([try row(2, first, [3, 3, 3, 3, 3, 3, 3, 3, 3], on: Self.today)])
    #expect(result.invalid.count == 1)
    guard
      case .surveyRejected(.alreadyAnswered(let request, let answeredOn, _)) =
        result.invalid.first?.kind
    else {
      Issue.record("not an already answered request: \(result.invalid)")
      return
    }
    #expect(request == first.number)
    #expect(answeredOn == Self.december)
    #expect(try surveyRows() == before)
  }
}

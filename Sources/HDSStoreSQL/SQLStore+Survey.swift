// The satisfaction survey: storing one response per delivered request, importing a
// survey file, and the index of a period aggregated in SQL. Every write is one
// transaction with a `survey_event` row per response.

import Foundation
import HDSCore

/// A request as the survey checks it: its state, delivery day and stored response.
struct SurveyTarget {
  let requestID: Int64
  let number: RequestNumber
  let state: RequestState
  let deliveredOn: CalendarDay?
  let existing: SurveyRecord?
}

extension SQLStore: SurveyStore {
  // MARK: Query texts

  private static let answerColumns = (1...9).map { "s.u\($0)" }.joined(separator: ", ")

  /// The response columns that `decodeSurvey` reads, from its first column on.
  private static let surveyColumns =
    "s.id, s.request_id, r.year, r.serial, s.answered_day, \(answerColumns), s.recorded_at,"
    + " s.source"

  private static let targetColumns = "r.id, r.year, r.serial, r.state, r.delivered_at, s.id"

  /// A request by id with its response, through the primary key and the UNIQUE index on
  /// `survey_response.request_id`.
  static let surveyTargetByIDSQL = """
    SELECT \(targetColumns), \(surveyColumns)
    FROM request r LEFT JOIN survey_response s ON s.request_id = r.id WHERE r.id = ?1
    """

  /// A request by number with its response, through UNIQUE (year, serial).
  static let surveyTargetByNumberSQL = """
    SELECT \(targetColumns), \(surveyColumns)
    FROM request r LEFT JOIN survey_response s ON s.request_id = r.id
    WHERE r.year = ?1 AND r.serial = ?2
    """

  /// The response of request ?1, through the UNIQUE index on `request_id`.
  static let surveyOfRequestSQL = """
    SELECT \(surveyColumns)
    FROM survey_response s JOIN request r ON r.id = s.request_id WHERE s.request_id = ?1
    """

  /// Respondents, responses, then the sum and count of answers of U1 to U9, for the
  /// responses answered on days ?1 to ?2 whose request is still delivered, through
  /// `survey_by_day`. `count(coalesce(…))` counts the responses with any answer. The `+`
  /// keeps the state test off `request_by_state_age`, which SQLite 3.40 otherwise picks
  /// to read every delivered request ever.
  static let surveyIndexSQL = """
    SELECT count(coalesce(\(answerColumns))), count(*),
      \((1...9).map { "sum(s.u\($0)), count(s.u\($0))" }.joined(separator: ", "))
    FROM survey_response s JOIN request r ON r.id = s.request_id
    WHERE s.answered_day >= ?1 AND s.answered_day <= ?2 AND +r.state = 'delivered'
    """

  private static let insertSurveySQL = """
    INSERT INTO survey_response (request_id, answered_day, u1, u2, u3, u4, u5, u6, u7, u8, u9,
      recorded_at, source)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
    RETURNING id
    """

  private static let replaceSurveySQL = """
    UPDATE survey_response SET answered_day = ?2, u1 = ?3, u2 = ?4, u3 = ?5, u4 = ?6, u5 = ?7,
      u6 = ?8, u7 = ?9, u8 = ?10, u9 = ?11, recorded_at = ?12, source = ?13
    WHERE id = ?1
    """

  private static let insertSurveyEventSQL = """
    INSERT INTO survey_event (survey_id, time, "user", action, detail, role)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6)
    """

  // MARK: Recording

  /// Stores or replaces the response of a delivered request; see
  /// `SurveyStore.recordSurveyResponse(_:replacing:by:at:)` for the rules.
  ///
  /// The delivery day and today are WIB days: of `delivered_at` and of `time`.
  public func recordSurveyResponse(
    _ response: NewSurveyResponse, replacing: Bool, by actor: Actor, at time: Date
  ) throws(StoreError) -> SurveyRecord {
    try actor.require(.survey)
    return try write { (connection) throws(StoreError) -> SurveyRecord in
      let statements = StatementCache(connection)
      guard
        let target = try surveyTarget(
          Self.surveyTargetByIDSQL, [.integer(response.requestID)], statements)
      else { throw .notFound(entity: "request", id: response.requestID) }
      do throws(SurveyRejection) {
        try Self.check(
          response, for: target, replacing: replacing, today: CalendarDay(containing: time))
      } catch {
        throw .survey(error)
      }
      return try storeSurvey(response, for: target, by: actor, at: time, statements)
    }
  }

  /// Applies the survey's rules to a response for `target`.
  static func check(
    _ response: NewSurveyResponse, for target: SurveyTarget, replacing: Bool,
    today: CalendarDay
  ) throws(SurveyRejection) {
    let number = target.number
    guard target.state == .delivered else {
      throw .notDelivered(request: number, state: target.state)
    }
    if response.response.isBlank { throw .noAnswers(request: number) }
    if response.answeredOn > today {
      throw .answeredInFuture(request: number, answeredOn: response.answeredOn, today: today)
    }
    if let deliveredOn = target.deliveredOn, response.answeredOn < deliveredOn {
      throw .answeredBeforeDelivery(
        request: number, answeredOn: response.answeredOn, deliveredOn: deliveredOn)
    }
    if let existing = target.existing, !replacing {
      throw .alreadyAnswered(
        request: number, answeredOn: existing.answeredOn, recordedAt: existing.recordedAt)
    }
    if target.existing == nil && replacing { throw .nothingToReplace(request: number) }
  }

  /// Inserts the response, or updates the stored one, with its event, inside the
  /// caller's write transaction.
  func storeSurvey(
    _ response: NewSurveyResponse, for target: SurveyTarget, by actor: Actor, at time: Date,
    _ statements: StatementCache
  ) throws(StoreError) -> SurveyRecord {
    let context = "storing the survey response of request \(target.number)"
    let values: [SQLValue] =
      [.text(response.answeredOn.description)]
      + SurveyElement.allCases.map { element in
        response.response[element].map { .integer($0) } ?? .null
      } + [.real(time.timeIntervalSince1970), .text(response.source.rawValue)]

    var detail: [(key: String, value: String?)] = [
      ("answered", response.answeredOn.description),
      ("answers", Self.answerList(response.response)),
      ("source", response.source.rawValue),
    ]
    let id: Int64
    let action: String
    if let existing = target.existing {
      try statements.run(Self.replaceSurveySQL, [.integer(existing.id)] + values, context: context)
      (id, action) = (existing.id, "replace")
      detail += [
        ("previous-answered", existing.answeredOn.description),
        ("previous-answers", Self.answerList(existing.response)),
        ("previous-source", existing.source.rawValue),
      ]
    } else {
      let inserted = try statements.firstRow(
        Self.insertSurveySQL, [.integer(target.requestID)] + values, context: context
      ) { $0.integer(0) }
      // RETURNING yields exactly one row for the one row inserted.
      guard let inserted else {
        throw .engine(code: 0, message: "no id returned", context: context)
      }
      (id, action) = (inserted, "record")
    }
    try statements.run(
      Self.insertSurveyEventSQL,
      [
        .integer(id), .real(time.timeIntervalSince1970), .text(actor.user), .text(action),
        .text(EventDetail.format(detail)), .text(actor.role.rawValue),
      ],
      context: "recording the \(action) event of the survey of request \(target.number)")
    return SurveyRecord(
      id: id, requestID: target.requestID, requestNumber: target.number,
      answeredOn: response.answeredOn, response: response.response, recordedAt: time,
      source: response.source)
  }

  /// "4,4,3,-,4,4,4,4,-": the nine answers, `-` for a blank.
  static func answerList(_ response: SurveyResponse) -> String {
    SurveyElement.allCases.map { response[$0].map(String.init) ?? "-" }.joined(separator: ",")
  }

  // MARK: Reading

  public func surveyResponse(ofRequest requestID: Int64) throws(StoreError) -> SurveyRecord? {
    try read { (connection) throws(StoreError) -> SurveyRecord? in
      try surveyResponse(ofRequest: requestID, connection)
    }
  }

  /// Reads the response of a request inside the caller's transaction.
  func surveyResponse(ofRequest requestID: Int64, _ connection: any SQLConnection)
    throws(StoreError)
    -> SurveyRecord?
  {
    try connection.firstRow(
      Self.surveyOfRequestSQL, [.integer(requestID)],
      context: "reading the survey response of request \(requestID)"
    ) { (row) throws(StoreError) -> SurveyRecord in
      try decodeSurvey(row, from: 0)
    }
  }

  /// Sums the answers per element in SQL and counts the residents served, in one read
  /// transaction so that both come from the same snapshot.
  ///
  /// Responses count on their answered day; a response whose delivery was undone
  /// since does not count. Complexity: O(responses answered in the period), and
  /// O(deliveries in the period) for a period that does not start on 1 January.
  public func satisfaction(in period: ReportPeriod) throws(StoreError) -> PeriodSatisfaction {
    try read { (connection) throws(StoreError) -> PeriodSatisfaction in
      let days: [SQLValue] = [.text(period.first.description), .text(period.last.description)]
      let index = try connection.firstRow(
        Self.surveyIndexSQL, days, context: "summing the survey answers of \(period)"
      ) { (row) throws(StoreError) -> SatisfactionIndex in
        let respondents = row.int(0)
        let elements = SurveyElement.allCases.map { element in
          let column = Int32(2 * element.rawValue)
          return ElementScore(
            element: element, answerSum: row.int(column), answerCount: row.int(column + 1))
        }
        return SatisfactionIndex(
          respondents: respondents, blankResponses: row.int(1) - respondents,
          elements: elements)
      }
      let population = try Self.residentsServed(in: period, connection)
      return PeriodSatisfaction(
        period: period, index: index ?? SatisfactionIndex(responses: []),
        population: population)
    }
  }

  // MARK: Decoding

  func surveyTarget(_ sql: String, _ values: [SQLValue], _ statements: StatementCache)
    throws(StoreError) -> SurveyTarget?
  {
    try statements.firstRow(sql, values, context: "reading a request for its survey") {
      (row) throws(StoreError) -> SurveyTarget in
      let id = row.integer(0)
      let label = "request \(id)"
      return SurveyTarget(
        requestID: id, number: RequestNumber(year: row.int(1), serial: row.int(2)),
        state: try decoder.value(RequestState.self, row.text(3), column: "state", of: label),
        deliveredOn: row.optionalReal(4).map {
          CalendarDay(containing: Date(timeIntervalSince1970: $0))
        },
        existing: row.isNull(5) ? nil : try decodeSurvey(row, from: 6))
    }
  }

  /// Decodes the `surveyColumns` that start at column `first`.
  private func decodeSurvey(_ row: any SQLRow, from first: Int32) throws(StoreError) -> SurveyRecord
  {
    let id = row.integer(first)
    let label = "survey response \(id)"
    guard let answeredOn = CalendarDay(iso: row.text(first + 4)) else {
      throw .incompatible(
        path: path, reason: "\(label) has answered day '\(row.text(first + 4))', not YYYY-MM-DD")
    }
    let answers = SurveyElement.allCases.map { element -> Int? in
      row.optionalInteger(first + 4 + Int32(element.rawValue)).map { Int($0) }
    }
    let response: SurveyResponse
    do throws(SurveyResponseError) {
      response = try SurveyResponse(answers)
    } catch {
      throw .incompatible(path: path, reason: "\(label): \(error)")
    }
    return SurveyRecord(
      id: id, requestID: row.integer(first + 1),
      requestNumber: RequestNumber(year: row.int(first + 2), serial: row.int(first + 3)),
      answeredOn: answeredOn, response: response,
      recordedAt: Date(timeIntervalSince1970: row.real(first + 14)),
      source: try decoder.value(
        SurveySource.self, row.text(first + 15), column: "source", of: label))
  }
}

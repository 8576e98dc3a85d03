// The INSERT statements of the bulk load, each prepared once. Their column lists are
// those of the store's own writes in HDSStoreSQLite, plus explicit ids so that the
// generator can link rows without reading them back.

import HDSCore

/// The prepared inserts, bound and run once per row.
final class BenchStatements {
  private let resident: BulkStatement
  private let request: BulkStatement
  private let requestEvent: BulkStatement
  private let complaint: BulkStatement
  private let complaintEvent: BulkStatement
  private let survey: BulkStatement
  private let surveyEvent: BulkStatement
  private let courier: BulkStatement
  private let courierEvent: BulkStatement
  private let counter: BulkStatement

  init(_ connection: BulkConnection) throws(BenchDataError) {
    resident = try connection.prepare(
      """
      INSERT INTO resident (id, nik, name, kk, phone, desa_code, dusun, rw, rt, street)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
      """)
    request = try connection.prepare(
      """
      INSERT INTO request (id, year, serial, resident_id, desa_code, document, state, attempts,
        courier_id, delivery_day, received_at, ready_at, delivered_at, note, version,
        requirements, is_replacement, needs_completion, printed_day, recipient_kind,
        recipient_name, recipient_relation, old_card_returned, route_position)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, '', ?14, ?15, ?16, 0,
        ?17, ?18, ?19, ?20, ?21, NULL)
      """)
    requestEvent = try connection.prepare(
      """
      INSERT INTO request_event (request_id, time, user, action, from_state, to_state, detail,
        courier_id, corrects_event_id, reason, attempt, role)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, NULL, ?9, ?10, 'operator')
      """)
    complaint = try connection.prepare(
      """
      INSERT INTO complaint (id, received_at, channel, lapor_number, category, weight, state,
        complainant_name, request_id, description, resident_id, desa_code, phone,
        deadline_day, assigned_to, resolved_at, closed_at, version)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
      """)
    complaintEvent = try connection.prepare(
      """
      INSERT INTO complaint_event (complaint_id, time, user, action, from_state, to_state,
        detail, note, role)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'operator')
      """)
    survey = try connection.prepare(
      """
      INSERT INTO survey_response (id, request_id, answered_day, u1, u2, u3, u4, u5, u6, u7,
        u8, u9, recorded_at, source)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)
      """)
    surveyEvent = try connection.prepare(
      """
      INSERT INTO survey_event (survey_id, time, user, action, detail, role)
      VALUES (?1, ?2, ?3, 'record', ?4, 'operator')
      """)
    courier = try connection.prepare(
      """
      INSERT INTO courier (id, name, phone, vehicle, home_desa_code, daily_capacity, is_active,
        working_days)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7)
      """)
    courierEvent = try connection.prepare(
      """
      INSERT INTO courier_event (courier_id, time, user, action, detail, role)
      VALUES (?1, ?2, ?3, 'add', ?4, 'operator')
      """)
    counter = try connection.prepare(
      "INSERT INTO request_number_counter (year, last_serial) VALUES (?1, ?2)")
  }

  func insert(_ row: ResidentRow) throws(BenchDataError) {
    resident.bind(1, row.id)
    resident.bind(2, row.nik)
    resident.bind(3, row.name)
    resident.bind(4, row.kk)
    resident.bind(5, row.phone)
    resident.bind(6, row.desaCode)
    resident.bind(7, row.dusun)
    resident.bind(8, row.rw)
    resident.bind(9, row.rt)
    resident.bind(10, row.street)
    try resident.run()
  }

  /// Inserts the request row in its final state, then its events in order.
  ///
  /// NOTE: a request's events get consecutive ids here. The store would give ids in the
  /// order of the events' times across all requests, so id order and time order differ.
  func insert(_ row: RequestRow, _ history: RequestHistory, days: DayTable, user: String)
    throws(BenchDataError)
  {
    request.bind(1, row.id)
    request.bind(2, row.number.year)
    request.bind(3, row.number.serial)
    request.bind(4, row.residentID)
    request.bind(5, row.desaCode)
    request.bind(6, row.document.rawValue)
    request.bind(7, history.state.rawValue)
    request.bind(8, history.attempts)
    request.bind(9, history.courierID)
    request.bind(10, history.deliveryDay.map { days.iso[$0] })
    request.bind(11, history.events[0].time)
    request.bind(12, history.readyAt)
    request.bind(13, history.deliveredAt)
    request.bind(14, history.version)
    request.bind(15, row.requirements)
    request.bind(16, row.isReplacement ? 1 : 0)
    request.bind(17, history.printedDay.map { days.iso[$0] })
    let handover = history.handover
    request.bind(18, handover?.recipientKind.rawValue)
    request.bind(19, handover?.recipientName)
    request.bind(20, handover?.relation)
    request.bind(21, handover.map { $0.oldCardReturned ? 1 : 0 })
    try request.run()

    for event in history.events {
      requestEvent.bind(1, row.id)
      requestEvent.bind(2, event.time)
      requestEvent.bind(3, user)
      requestEvent.bind(4, event.action.rawValue)
      requestEvent.bind(5, event.from?.rawValue)
      requestEvent.bind(6, event.to.rawValue)
      requestEvent.bind(7, event.detail)
      requestEvent.bind(8, event.courierID)
      requestEvent.bind(9, event.reason)
      requestEvent.bind(10, event.attempt)
      try requestEvent.run()
    }
  }

  func insert(_ history: ComplaintHistory, id: Int, days: DayTable) throws(BenchDataError) {
    let seed = history.seed
    complaint.bind(1, id)
    complaint.bind(2, seed.receivedAt)
    complaint.bind(3, history.channel.rawValue)
    complaint.bind(4, history.laporNumber)
    complaint.bind(5, seed.category.rawValue)
    complaint.bind(6, history.weight.rawValue)
    complaint.bind(7, history.state.rawValue)
    complaint.bind(8, seed.complainantName)
    complaint.bind(9, seed.requestID)
    complaint.bind(10, history.description)
    complaint.bind(11, seed.residentID)
    complaint.bind(12, seed.desaCode)
    complaint.bind(13, seed.phone)
    complaint.bind(14, days.iso[history.deadlineDay])
    complaint.bind(15, history.assignedTo)
    complaint.bind(16, history.resolvedAt)
    complaint.bind(17, history.closedAt)
    complaint.bind(18, history.version)
    try complaint.run()

    for event in history.events {
      complaintEvent.bind(1, id)
      complaintEvent.bind(2, event.time)
      complaintEvent.bind(3, seed.user)
      complaintEvent.bind(4, event.action.rawValue)
      complaintEvent.bind(5, event.from?.rawValue)
      complaintEvent.bind(6, event.to.rawValue)
      complaintEvent.bind(7, event.detail)
      complaintEvent.bind(8, event.note)
      try complaintEvent.run()
    }
  }

  func insert(_ row: SurveyRow, id: Int, days: DayTable) throws(BenchDataError) {
    survey.bind(1, id)
    survey.bind(2, row.requestID)
    survey.bind(3, days.iso[row.answeredDay])
    for (offset, answer) in row.answers.enumerated() {
      survey.bind(Int32(4 + offset), answer)
    }
    survey.bind(13, row.recordedAt)
    survey.bind(14, row.source.rawValue)
    try survey.run()

    let answers = row.answers.map { $0.map(String.init) ?? "-" }.joined(separator: ",")
    let detail = EventDetail.format([
      ("answered", days.iso[row.answeredDay]), ("answers", answers),
      ("source", row.source.rawValue),
    ])
    surveyEvent.bind(1, id)
    surveyEvent.bind(2, row.recordedAt)
    surveyEvent.bind(3, row.user)
    surveyEvent.bind(4, detail)
    try surveyEvent.run()
  }

  func insert(_ row: CourierRow, time: Double, user: String) throws(BenchDataError) {
    courier.bind(1, row.id)
    courier.bind(2, row.name)
    courier.bind(3, row.phone)
    courier.bind(4, row.vehicle)
    courier.bind(5, row.homeDesaCode)
    courier.bind(6, row.dailyCapacity)
    courier.bind(7, row.workingDays)
    try courier.run()

    let detail = EventDetail.format([
      ("name", row.name), ("vehicle", row.vehicle), ("desa", row.homeDesaCode),
      ("capacity", String(row.dailyCapacity)), ("days", row.workingDays),
    ])
    courierEvent.bind(1, row.id)
    courierEvent.bind(2, time)
    courierEvent.bind(3, user)
    courierEvent.bind(4, detail)
    try courierEvent.run()
  }

  func insertCounter(year: Int, lastSerial: Int) throws(BenchDataError) {
    counter.bind(1, year)
    counter.bind(2, lastSerial)
    try counter.run()
  }
}

/// The request columns that do not come from its history.
struct RequestRow {
  let id: Int
  let number: RequestNumber
  let residentID: Int
  let desaCode: String
  let document: DocumentKind
  let requirements: String
  let isReplacement: Bool
}

/// One survey response and the user who recorded it.
struct SurveyRow {
  let requestID: Int
  let answeredDay: Int
  /// U1 to U9, nil for a blank.
  let answers: [Int?]
  let recordedAt: Double
  let source: SurveySource
  let user: String
}

/// A courier as `addCourier` stores it.
struct CourierRow {
  let id: Int
  let name: String
  let phone: String?
  let vehicle: String
  let homeDesaCode: String
  let dailyCapacity: Int
  /// `WorkingDays.format` of Monday to Friday, the column's default.
  let workingDays: String
}

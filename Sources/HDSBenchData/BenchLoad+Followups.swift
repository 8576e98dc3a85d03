// Complaints and survey responses: chosen while their requests are generated, written
// after all requests in the order of their times, so that their ids follow time as the
// store's would.

import HDSCore
import HDSSampleData

extension BenchLoad {
  /// About one request in 400 draws a complaint: three in four are about that request,
  /// the rest come in later about the service in general, half of them naming the
  /// resident.
  mutating func noteComplaint(
    _ row: RequestRow, _ history: RequestHistory, residentName: String, user: String
  ) {
    guard random.chance(1.0 / 400) else { return }
    let receivedAt = history.events[0].time
    let phone = random.chance(0.5) ? residentPhones[row.residentID - 1] : nil
    if random.chance(0.75) {
      var low = receivedAt + 2 * 86_400
      let high = min(history.lastTime + 5 * 86_400, now - 60)
      if high <= low { low = receivedAt + 600 }
      guard high > low else { return }
      complaintSeeds.append(
        ComplaintSeed(
          receivedAt: (low + random.unit() * (high - low)).rounded(.down), requestID: row.id,
          residentID: row.residentID, desaCode: row.desaCode, complainantName: residentName,
          phone: phone, category: category(of: history), user: user))
      return
    }
    let low = receivedAt + 600
    let high = now - 60
    guard high > low else { return }
    let namesResident = random.chance(0.5)
    let otherName =
      random.element(RequestLifeModel.givenNames) + " " + random.element(SyntheticNames.family)
    complaintSeeds.append(
      ComplaintSeed(
        receivedAt: (low + random.unit() * (high - low)).rounded(.down), requestID: nil,
        residentID: namesResident ? row.residentID : nil,
        desaCode: namesResident ? row.desaCode : nil,
        complainantName: namesResident ? residentName : otherName, phone: phone,
        category: random.chance(0.5) ? .other : .late, user: user))
  }

  private mutating func category(of history: RequestHistory) -> ComplaintCategory {
    if history.state == .cancelled { return .other }
    if history.attempts > 0 { return .notReceived }
    if history.state == .delivered {
      return random.element([.damaged, .wrongData, .courierConduct, .late])
    }
    return .late
  }

  /// Draws a survey response for one in ten requests delivered in the last 365 days. It is
  /// answered within a week of the handover, and three in ten are entered later from a CSV
  /// file, the rest on the form.
  mutating func noteSurvey(_ row: RequestRow, _ history: RequestHistory, user: String) {
    guard history.state == .delivered, let deliveredAt = history.deliveredAt,
      deliveredAt >= now - 365 * 86_400, random.chance(0.1)
    else { return }
    let deliveredDay = days.day(containing: deliveredAt)
    let answeredDay = min(deliveredDay + random.int(0...7), todayIndex)
    let source: SurveySource = random.chance(0.3) ? .csvImport : .form
    let recordDay =
      source == .csvImport ? min(answeredDay + random.int(1...10), todayIndex) : answeredDay
    var recordedAt = model.at(recordDay, 8, 16, &random)
    if recordDay == deliveredDay { recordedAt = max(recordedAt, deliveredAt + 600) }
    recordedAt = min(recordedAt, now)
    guard recordedAt > deliveredAt else { return }

    var answers: [Int?] = []
    for element in 0..<9 {
      if random.chance(0.02) {
        answers.append(nil)
      } else if element == 3 {
        // U4 is the cost, and the service is free.
        answers.append(random.chance(0.95) ? 4 : 3)
      } else {
        answers.append([4, 3, 2, 1][random.weighted([45, 45, 8, 2])])
      }
    }
    if answers.allSatisfy({ $0 == nil }) { answers[0] = 4 }
    surveys.append(
      SurveyRow(
        requestID: row.id, answeredDay: answeredDay, answers: answers, recordedAt: recordedAt,
        source: source, user: user))
  }

  mutating func addComplaints() throws(BenchDataError) {
    let ordered = complaintSeeds.enumerated().sorted {
      ($0.element.receivedAt, $0.offset) < ($1.element.receivedAt, $1.offset)
    }
    let complaintModel = ComplaintLifeModel(days: days, requestModel: model, now: now)
    for (index, entry) in ordered.enumerated() {
      var history = ComplaintHistory(seed: entry.element, now: now, days: days, random: &random)
      complaintModel.live(&history, random: &random)
      try statements.insert(history, id: index + 1, days: days)
      rowsWritten += 1 + history.events.count
    }
  }

  mutating func addSurveys() throws(BenchDataError) {
    let ordered = surveys.enumerated().sorted {
      ($0.element.recordedAt, $0.offset) < ($1.element.recordedAt, $1.offset)
    }
    for (index, entry) in ordered.enumerated() {
      try statements.insert(entry.element, id: index + 1, days: days)
      rowsWritten += 2
    }
  }
}

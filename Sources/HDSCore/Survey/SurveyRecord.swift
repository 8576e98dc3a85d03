import Foundation

/// The way a stored survey response was entered.
public enum SurveySource: String, Sendable, CaseIterable, Codable {
  /// Typed into the dashboard's survey form.
  case form
  /// Read from a CSV file by `hds import survey`.
  case csvImport = "csv-import"
}

/// A survey response to store for a delivered request.
public struct NewSurveyResponse: Sendable, Equatable {
  public let requestID: Int64
  /// The WIB day the resident filled in the questionnaire, the day the index counts it on.
  public let answeredOn: CalendarDay
  public let response: SurveyResponse
  public let source: SurveySource

  public init(
    requestID: Int64, answeredOn: CalendarDay, response: SurveyResponse, source: SurveySource
  ) {
    self.requestID = requestID
    self.answeredOn = answeredOn
    self.response = response
    self.source = source
  }
}

/// A stored survey response: one per delivered request.
public struct SurveyRecord: Sendable, Equatable {
  public let id: Int64
  public let requestID: Int64
  public let requestNumber: RequestNumber
  public let answeredOn: CalendarDay
  public let response: SurveyResponse
  /// When it was stored, or last replaced.
  public let recordedAt: Date
  public let source: SurveySource

  public init(
    id: Int64, requestID: Int64, requestNumber: RequestNumber, answeredOn: CalendarDay,
    response: SurveyResponse, recordedAt: Date, source: SurveySource
  ) {
    self.id = id
    self.requestID = requestID
    self.requestNumber = requestNumber
    self.answeredOn = answeredOn
    self.response = response
    self.recordedAt = recordedAt
    self.source = source
  }
}

/// A reason the store rejected a survey response. Nothing is written when it throws one.
public enum SurveyRejection: Error, Sendable, Equatable, CustomStringConvertible {
  /// The request is in `state`, but a survey follows a delivery.
  case notDelivered(request: RequestNumber, state: RequestState)
  /// The request already has a response, and the call did not ask to replace it.
  case alreadyAnswered(request: RequestNumber, answeredOn: CalendarDay, recordedAt: Date)
  /// A replacement for a request that has no response yet.
  case nothingToReplace(request: RequestNumber)
  /// The answered day is before the WIB day of the delivery.
  case answeredBeforeDelivery(
    request: RequestNumber, answeredOn: CalendarDay, deliveredOn: CalendarDay)
  /// The answered day is after the WIB day of the recording.
  case answeredInFuture(request: RequestNumber, answeredOn: CalendarDay, today: CalendarDay)
  /// Every element is blank.
  case noAnswers(request: RequestNumber)

  public var description: String {
    switch self {
    case .notDelivered(let request, let state):
      return "request \(request) is \(state.rawValue), not delivered; a survey response is"
        + " recorded only after the document was handed over"
    case .alreadyAnswered(let request, let answeredOn, let recordedAt):
      return "request \(request) already has a survey response, answered on \(answeredOn) and"
        + " recorded \(CalendarDay(containing: recordedAt)) \(OfficeClock.timeOfDay(recordedAt)) WIB;"
        + " a request has one response, so"
        + " replace that one explicitly or leave it"
    case .nothingToReplace(let request):
      return "request \(request) has no survey response to replace; record a new one instead"
    case .answeredBeforeDelivery(let request, let answeredOn, let deliveredOn):
      return "the answered date \(answeredOn) of request \(request) is before its delivery on"
        + " \(deliveredOn); enter the day the resident filled in the questionnaire"
    case .answeredInFuture(let request, let answeredOn, let today):
      return "the answered date \(answeredOn) of request \(request) is after today (\(today));"
        + " check that the day comes before the month, as in DD/MM/YYYY"
    case .noAnswers(let request):
      return "the survey response of request \(request) has no answer; enter at least one"
        + " answer from 1 to 4"
    }
  }
}

/// The satisfaction index of one report period, with the sample it rests on.
public struct PeriodSatisfaction: Sendable, Equatable {
  public let period: ReportPeriod
  /// The index of the responses answered in the period.
  public let index: SatisfactionIndex
  /// Distinct residents with a delivery in the period: the population the survey samples.
  public let population: Int
  public let adequacy: SampleAdequacy

  public init(period: ReportPeriod, index: SatisfactionIndex, population: Int) {
    self.period = period
    self.index = index
    self.population = population
    self.adequacy = index.sampleAdequacy(population: population)
  }
}

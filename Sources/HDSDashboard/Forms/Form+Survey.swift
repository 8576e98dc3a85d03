import Foundation
import HDSCore

/// The request a survey form is for, with what the form checks before it submits.
public struct SurveyFormTarget: Sendable {
  public let request: RequestRef
  /// The WIB day of the delivery, which an answered day may not precede.
  public let deliveredOn: CalendarDay?
  /// The stored response the form replaces; nil for a new response.
  public let replacing: SurveyRecord?

  public init(request: RequestRef, deliveredOn: CalendarDay?, replacing: SurveyRecord?) {
    self.request = request
    self.deliveredOn = deliveredOn
    self.replacing = replacing
  }
}

extension FormFactory {
  /// Builds the survey form of a delivered request: the answered date (today by default), then one
  /// field per element, 1 to 4 or empty. A stored response fills the fields, and the
  /// form then replaces it.
  static func survey(_ detail: RequestDetail, today: CalendarDay, catalog: Catalog) -> Form {
    let request = detail.request
    let stored = detail.survey
    let target = SurveyFormTarget(
      request: RequestRef(request),
      deliveredOn: request.deliveredAt.map { CalendarDay(containing: $0) }, replacing: stored)
    let answeredOn = stored?.answeredOn ?? today
    var fields = [
      FormField(
        name: .answeredOn, label: catalog[.fieldAnsweredOn],
        value: .text(DetailText.dayMonthYear(answeredOn)), isRequired: true)
    ]
    for element in SurveyElement.allCases {
      let answer = stored?.response[element].map(String.init) ?? ""
      fields.append(
        FormField(
          name: .answer(element), label: element.code + " " + catalog.surveyElement(element),
          value: .text(answer), isRequired: false))
    }
    let title = stored == nil ? MessageKey.formSurvey : .formSurveyReplace
    var form = Form(
      title: catalog.format(title, request.number), purpose: .survey(target), fields: fields,
      language: catalog.language)
    form.body =
      stored.map { catalog.format(.formSurveyReplaceBody, catalog.date($0.answeredOn)) }
      ?? catalog[.formSurveyBody]
    // The date is usually today's, so typing starts at U1.
    form.focus = 1
    return form
  }
}

extension Form {
  /// Reads the answered date and the nine answers into the store's command.
  func surveyEffect(_ target: SurveyFormTarget, catalog: Catalog) throws(FormIncomplete)
    -> Effect
  {
    guard let answeredOn = CalendarDay(surveyDate: text(.answeredOn)) else {
      throw invalid(.answeredOn, catalog[.surveyDateInvalid], catalog)
    }
    if answeredOn > CalendarDay(containing: Date()) {
      throw invalid(.answeredOn, catalog[.surveyDateInFuture], catalog)
    }
    if let deliveredOn = target.deliveredOn, answeredOn < deliveredOn {
      throw invalid(
        .answeredOn, catalog.format(.surveyDateBeforeDelivery, catalog.date(deliveredOn)),
        catalog)
    }

    var answers: [SurveyElement: Int] = [:]
    for element in SurveyElement.allCases {
      let typed = text(.answer(element))
      if typed.isEmpty { continue }
      guard let answer = Self.surveyAnswer(typed) else {
        throw invalid(.answer(element), catalog[.surveyAnswerInvalid], catalog)
      }
      answers[element] = answer
    }
    guard !answers.isEmpty, let response = try? SurveyResponse(answers: answers) else {
      throw FormIncomplete(message: catalog[.surveyNoAnswers])
    }
    let new = NewSurveyResponse(
      requestID: target.request.id, answeredOn: answeredOn, response: response, source: .form)
    return .recordSurvey(new, target.request, replacing: target.replacing != nil)
  }

  /// Returns the answer typed into an element's field, or nil unless it is 1 to 4.
  static func surveyAnswer(_ typed: String) -> Int? {
    guard typed.count == 1, let answer = Int(typed), SurveyResponse.answerRange.contains(answer)
    else { return nil }
    return answer
  }

  /// Returns the verdict beside a survey field: the day's name for a date, the answer's meaning
  /// ("4: Sangat baik") for an element, or why the value is invalid.
  func surveyHint(
    _ name: FormField.Name, typed: String, catalog: Catalog, today: CalendarDay
  ) -> (text: String, isError: Bool)? {
    guard case .answer = name else {
      guard let day = CalendarDay(surveyDate: typed) else {
        return ("✗ " + catalog[.surveyDateInvalid], true)
      }
      if day > today { return ("✗ " + catalog[.surveyDateInFuture], true) }
      return ("✓ \(catalog.weekday(day)), \(catalog.date(day))", false)
    }
    guard let answer = Self.surveyAnswer(typed) else {
      return ("✗ " + catalog[.surveyAnswerInvalid], true)
    }
    // The scale's words are the grade names: 4 is A, Sangat baik, down to 1, Tidak baik.
    return ("✓ " + catalog.grade(SatisfactionGrade.allCases[4 - answer]), false)
  }
}

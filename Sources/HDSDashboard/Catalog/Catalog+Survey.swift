import HDSCore

extension Catalog {
  /// Returns the element's name: "Persyaratan", "Requirements".
  public func surveyElement(_ element: SurveyElement) -> String {
    MessageKey(rawValue: "survey.u\(element.rawValue)").map { self[$0] } ?? element.code
  }

  /// Returns the grade's name: "Baik", "Good".
  public func grade(_ grade: SatisfactionGrade) -> String {
    MessageKey(rawValue: "survey.grade." + grade.rawValue).map { self[$0] } ?? grade.rawValue
  }

  public func surveySource(_ source: SurveySource) -> String {
    MessageKey(rawValue: "survey.source." + source.rawValue).map { self[$0] } ?? source.rawValue
  }

  /// Writes the index with two decimals and the language's mark: "81,67", "81.67".
  public func ikm(_ ikm: IKM) -> String {
    language == .indonesian
      ? ikm.description.replacingOccurrences(of: ".", with: ",") : ikm.description
  }

  /// Names the period as a heading writes it: "Desember 2026", "2026", "4 Desember 2026", or a
  /// range of days.
  public func periodName(_ period: ReportPeriod) -> String {
    switch period.kind {
    case .day: return date(period.first)
    case .month: return date(period.first).split(separator: " ").dropFirst().joined(separator: " ")
    case .year: return String(period.first.year)
    case .range: return date(period.first) + " – " + date(period.last)
    }
  }

  /// Returns the message for a survey rejection, in the interface language.
  public func describe(_ rejection: SurveyRejection) -> String {
    switch rejection {
    case .notDelivered(let request, let state):
      return format(.errorSurveyNotDelivered, request, self.state(state))
    case .alreadyAnswered(let request, let answeredOn, let recordedAt):
      return format(
        .errorSurveyAlready, request, date(answeredOn), DetailText.stamp(recordedAt, self))
    case .nothingToReplace(let request):
      return format(.errorSurveyNothingToReplace, request)
    case .answeredBeforeDelivery(let request, let answeredOn, let deliveredOn):
      return format(.errorSurveyBeforeDelivery, request, date(answeredOn), date(deliveredOn))
    case .answeredInFuture(let request, let answeredOn, let today):
      return format(.errorSurveyInFuture, request, date(answeredOn), date(today))
    case .noAnswers(let request):
      return format(.errorSurveyNoAnswers, request)
    }
  }
}

import HDSCore

/// The satisfaction index of a period in a few lines, for the summary screen and
/// `hds survey`: the index, grade, respondents and the sample needed, then a warning
/// when the sample is too small or an element has no answers.
public enum SurveySummaryText {
  public struct Line: Sendable, Equatable {
    public let text: String
    /// Whether the line is a warning, to be drawn in the warning style.
    public let isWarning: Bool

    public init(text: String, isWarning: Bool) {
      self.text = text
      self.isWarning = isWarning
    }
  }

  /// Returns the headline, "IKM 81,67 B (Baik) · 120 responden · perlu 278", then the
  /// warnings that apply.
  public static func lines(_ satisfaction: PeriodSatisfaction, catalog: Catalog) -> [Line] {
    let index = satisfaction.index
    let adequacy = satisfaction.adequacy
    let respondents = catalog.number(index.respondents)
    let required = catalog.number(adequacy.required)

    var lines: [Line] = []
    switch index.result {
    case .computed(let ikm):
      let text = catalog.format(
        .surveyHeadline, catalog.ikm(ikm), ikm.grade.rawValue, catalog.grade(ikm.grade),
        respondents, required)
      lines.append(Line(text: text, isWarning: false))
    case .notComputable(let unanswered):
      lines.append(
        Line(
          text: catalog.format(.surveyHeadlineNone, respondents, required), isWarning: false))
      if index.respondents > 0 {
        let codes = unanswered.map(\.code).joined(separator: ", ")
        lines.append(Line(text: catalog.format(.surveyUnanswered, codes), isWarning: true))
      }
    }

    if satisfaction.population == 0 {
      lines.append(Line(text: catalog[.surveyNoDeliveries], isWarning: false))
    } else if !adequacy.isSufficient {
      let text = catalog.format(
        .surveySampleShort, catalog.number(adequacy.shortfall), required,
        catalog.number(satisfaction.population))
      lines.append(Line(text: text, isWarning: true))
    }
    return lines
  }
}

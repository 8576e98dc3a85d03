import Foundation
import HDSCore
import HDSDashboard

/// The output of `hds survey`: the index of a period as text for people, or as CSV for
/// spreadsheets and scripts.
enum SurveyReport {
  /// Renders a heading, the index and grade, the respondents and the sample the population
  /// needs with a warning when it is too small, then a table of the nine elements.
  static func text(_ satisfaction: PeriodSatisfaction, catalog: Catalog) -> String {
    let index = satisfaction.index
    let adequacy = satisfaction.adequacy
    var lines = [catalog.format(.surveyTitle, catalog.periodName(satisfaction.period))]
    if let ikm = index.ikm {
      lines.append(
        catalog.format(
          .surveyIkmLine, catalog.ikm(ikm), ikm.grade.rawValue, catalog.grade(ikm.grade)))
    } else {
      lines.append(catalog[.surveyIkmNone])
    }
    lines.append(catalog.format(.surveyRespondents, catalog.number(index.respondents)))
    lines.append(
      catalog.format(
        .surveyPopulation, catalog.number(satisfaction.population),
        catalog.number(adequacy.required)))
    // The summary's first line repeats the figures above; its warnings follow them.
    lines += SurveySummaryText.lines(satisfaction, catalog: catalog).dropFirst().map(\.text)
    if satisfaction.population > 0 && adequacy.isSufficient {
      lines.append(
        catalog.format(
          .surveySampleEnough, catalog.number(index.respondents),
          catalog.number(adequacy.required), catalog.number(satisfaction.population)))
    }
    lines.append("")
    lines += elementTable(index, catalog: catalog)
    return lines.joined(separator: "\n")
  }

  private static func elementTable(_ index: SatisfactionIndex, catalog: Catalog) -> [String] {
    let names = index.elements.map { "\($0.element.code) " + catalog.surveyElement($0.element) }
    let nameWidth = max(names.map(\.count).max() ?? 0, catalog[.surveyColElement].count)
    let answersWidth = max(catalog[.surveyColAnswers].count, 7)
    let nrrWidth = 6
    var lines = [
      pad(catalog[.surveyColElement], nameWidth) + "  "
        + padLeft(catalog[.surveyColAnswers], answersWidth) + "  " + padLeft("NRR", nrrWidth)
        + "  " + catalog[.surveyColGrade]
    ]
    for (score, name) in zip(index.elements, names) {
      let nrr = score.nrr.map { catalog.decimal($0, digits: 4) } ?? "—"
      let grade = score.grade.map { "\($0.rawValue) (\(catalog.grade($0)))" } ?? "—"
      lines.append(
        pad(name, nameWidth) + "  " + padLeft(catalog.number(score.answerCount), answersWidth)
          + "  " + padLeft(nrr, nrrWidth) + "  " + grade)
    }
    return lines
  }

  /// Renders one row per element, then one for the index with the sample figures, as RFC 4180
  /// CSV: `,` between fields, CRLF, a point before decimals.
  static func csv(_ satisfaction: PeriodSatisfaction, catalog: Catalog) -> String {
    let writer = CSVWriter(separator: ",")
    let period = satisfaction.period.description
    var text = writer.record([
      "period", "item", "name", "answers", "answer_sum", "nrr", "grade", "ikm", "respondents",
      "population", "sample_needed", "sample_sufficient",
    ])
    for score in satisfaction.index.elements {
      text += writer.record([
        period, score.element.code, catalog.surveyElement(score.element),
        String(score.answerCount), String(score.answerSum),
        score.nrr.map { String(format: "%.4f", $0) } ?? "", score.grade?.rawValue ?? "", "",
        "", "", "", "",
      ])
    }
    let ikm = satisfaction.index.ikm
    let adequacy = satisfaction.adequacy
    text += writer.record([
      period, "IKM", "", "", "", "", ikm?.grade.rawValue ?? "", ikm?.description ?? "",
      String(satisfaction.index.respondents), String(satisfaction.population),
      String(adequacy.required), adequacy.isSufficient ? "yes" : "no",
    ])
    return text
  }

  private static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }

  private static func padLeft(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
  }
}

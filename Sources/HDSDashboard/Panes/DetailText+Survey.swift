import HDSCore

extension DetailText {
  /// Returns the survey section of a delivered request's detail: the stored answers, or
  /// how to enter them. Returns nothing for a request that is not delivered.
  static func surveyLines(_ detail: RequestDetail, state: DashboardState) -> [Line] {
    let catalog = state.catalog
    guard detail.request.state == .delivered || detail.survey != nil else { return [] }
    var lines = [
      Line(label: "", value: ""), Line(label: "", value: catalog[.detailSurvey], style: .title),
    ]
    guard let survey = detail.survey else {
      if state.mayMake(.survey) {
        lines.append(Line(label: "", value: catalog[.detailSurveyNone]))
      }
      return state.mayMake(.survey) ? lines : []
    }
    lines.append(
      Line(
        label: "",
        value: catalog.format(
          .detailSurveyAnswered, catalog.date(survey.answeredOn),
          stamp(survey.recordedAt, catalog), catalog.surveySource(survey.source))))
    // One compact line, "U1 4 · U2 3 · … · U9 —", because element names as labels would
    // widen the label column of the whole detail.
    let answers = SurveyElement.allCases.map { element in
      element.code + " " + (survey.response[element].map(String.init) ?? catalog[.detailNone])
    }
    lines.append(Line(label: "", value: answers.joined(separator: " · ")))
    return lines
  }
}

import Foundation
import HDSCore
import HDSDashboard
import HDSTerminal

/// The report as plain text, CSV and a printable HTML page. The three carry the same
/// figures; CSV adds stable codes for scripts.
extension Report {
  // MARK: Plain text

  func plainText() -> String {
    // The coverage goes on a line of its own when the title would pass 80 columns.
    let heading = catalog.format(.reportTitle, kecamatan.name, periodName)
    let titleLines =
      TextWidth.columns(title) <= 80 ? [title] : [heading] + (coverage.map { [$0] } ?? [])
    var lines = titleLines + [generatedLine]
    if let recordsNote { lines += Renderer.wrap(recordsNote, width: 80) }
    lines.append("")
    lines.append(catalog[.reportDeliveredHeading])
    lines += alignedTable(deliveryTable())
    lines.append("")
    lines.append(catalog[.reportPerformanceHeading])
    lines += alignedPairs(performancePairs())
    lines.append(catalog[.reportFailuresHeading])
    lines += alignedPairs(failures.map { ("  " + catalog.reason($0.0), catalog.number($0.1)) })
    lines.append("")
    lines.append(catalog[.reportComplaintsHeading])
    lines += alignedPairs(complaintPairs())
    lines.append("")
    lines.append(catalog[.reportSurveyHeading])
    lines += alignedPairs(satisfactionPairs())
    if !satisfaction.adequacy.isSufficient, satisfaction.population > 0 {
      lines += Renderer.wrap(sampleWarning, width: 80)
    }
    lines.append("")
    for note in notes() {
      lines += Renderer.wrap(note, width: 80)
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Returns the table of deliveries: a heading row, one row per desa, and the totals.
  func deliveryTable() -> [[String]] {
    var rows = [[catalog[.reportDesa]] + documents.map(\.shortName) + [catalog[.reportTotal]]]
    for desa in kecamatan.desa {
      let counts = documents.map { service.deliveredByDesa[desa.code]?[$0] ?? 0 }
      rows.append(
        [desa.name] + counts.map(catalog.number) + [catalog.number(counts.reduce(0, +))])
    }
    let totals = documents.map { service.delivered($0) }
    rows.append(
      [catalog[.reportTotal]] + totals.map(catalog.number) + [catalog.number(service.delivered)])
    return rows
  }

  func performancePairs() -> [(String, String)] {
    [
      (catalog.format(.reportOnTime, targetLine), rate(service.onTime)),
      (
        catalog[.reportAttempts],
        catalog.format(
          .reportAttemptsValue, catalog.number(service.attempts),
          catalog.number(service.delivered), catalog.number(service.failedAttempts))
      ),
      (catalog[.reportFirstAttempt], rate(service.firstAttempt)),
      (catalog[.reportResidents], catalog.number(service.residentsServed)),
    ]
  }

  /// The warning for a survey with fewer respondents than the period's served residents
  /// need.
  var sampleWarning: String {
    catalog.format(
      .surveySampleShort, catalog.number(satisfaction.adequacy.shortfall),
      catalog.number(satisfaction.adequacy.required), catalog.number(satisfaction.population))
  }

  func notes() -> [String] {
    var notes = [
      catalog[.reportNoteWorkingDays], catalog[.reportNoteDefinitions],
      catalog.format(
        .reportNoteComplaints,
        ResolutionRate.excludedStates.map { catalog.complaintState($0) }.joined(
          separator: ", ")),
      catalog[.reportNoteSurvey],
    ]
    for year in missingHolidayYears {
      notes.append(catalog.format(.reportNoHolidays, year))
    }
    return notes
  }

  private func alignedTable(_ rows: [[String]]) -> [String] {
    guard let columns = rows.first?.count else { return [] }
    let widths = (0..<columns).map { column in
      rows.map { TextWidth.columns($0[column]) }.max() ?? 0
    }
    return rows.map { row in
      row.enumerated().map { column, text in
        let padding = String(repeating: " ", count: widths[column] - TextWidth.columns(text))
        return column == 0 ? text + padding : padding + text
      }.joined(separator: "  ")
    }
  }

  private func alignedPairs(_ pairs: [(String, String)]) -> [String] {
    let width = pairs.map { TextWidth.columns($0.0) }.max() ?? 0
    return pairs.map { label, value in
      label + ":" + String(repeating: " ", count: width - TextWidth.columns(label) + 1) + value
    }
  }

  // MARK: CSV

  /// Returns one record per figure: period, section, measure, desa code and name,
  /// document, value. The codes are the stored ones, so scripts do not depend on the
  /// language.
  func csv() -> String {
    let writer = CSVWriter(separator: ",", guardsFormulas: true)
    // No byte order mark: the fields are codes and ASCII names, and scripts read the header.
    var text = ""
    text += writer.record([
      "period", "section", "measure", "desa_code", "desa", "document", "value",
    ])
    let period = self.period.description
    func add(
      _ section: String, _ measure: String, desa: Desa? = nil, document: String = "",
      _ value: String
    ) {
      text += writer.record([
        period, section, measure, desa?.code ?? "", desa?.name ?? "", document, value,
      ])
    }
    for desa in kecamatan.desa {
      for document in documents {
        add(
          "delivered", "documents", desa: desa, document: document.rawValue,
          String(service.deliveredByDesa[desa.code]?[document] ?? 0))
      }
    }
    add("delivered", "documents", String(service.delivered))
    add("performance", "on_time", String(service.onTime.part))
    add("performance", "on_time_of", String(service.onTime.whole))
    add("performance", "on_time_percent", service.onTime.percent.map { String($0) } ?? "")
    add("performance", "attempts", String(service.attempts))
    add("performance", "failed_attempts", String(service.failedAttempts))
    add("performance", "first_attempt", String(service.firstAttempt.part))
    add("performance", "first_attempt_of", String(service.firstAttempt.whole))
    add(
      "performance", "first_attempt_percent",
      service.firstAttempt.percent.map { String($0) } ?? "")
    for (reason, count) in failures {
      add("failures", reason.rawValue, String(count))
    }
    add("residents", "served", String(service.residentsServed))
    add("complaints", "received", String(complaints.received))
    for state in ResolutionRate.excludedStates {
      add("complaints", "excluded_" + state.rawValue, String(complaints.excluded[state] ?? 0))
    }
    add("complaints", "counted", String(complaints.denominator))
    add("complaints", "resolved", String(complaints.resolved))
    add("complaints", "resolved_within_deadline", String(complaints.resolvedWithinDeadline))
    add("complaints", "resolved_percent", complaints.overallPercent.map { String($0) } ?? "")
    add(
      "complaints", "within_deadline_percent",
      complaints.withinDeadlinePercent.map { String($0) } ?? "")
    let index = satisfaction.index
    add("survey", "ikm", index.ikm?.description ?? "")
    add("survey", "grade", index.ikm?.grade.rawValue ?? "")
    add("survey", "respondents", String(index.respondents))
    add("survey", "population", String(satisfaction.population))
    add("survey", "sample_required", String(satisfaction.adequacy.required))
    for score in index.elements {
      add(
        "survey", "nrr_" + score.element.code.lowercased(),
        score.nrr.map { String(format: "%.4f", $0) } ?? "")
    }
    return text
  }

  // MARK: HTML

  func html() -> String {
    let escape = HTMLText.escape
    let noteHTML = recordsNote.map { "<p class=\"note\">\(escape($0))</p>\n" } ?? ""
    var page = """
      <!DOCTYPE html>
      <html lang="\(catalog.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <title>\(escape(title))</title>
      <style>
      \(Self.style)
      </style>
      </head>
      <body>
      <h1>\(escape(title))</h1>
      <p class="generated">\(escape(generatedLine))</p>
      \(noteHTML)<h2>\(escape(catalog[.reportDeliveredHeading]))</h2>
      <table class="counts">

      """
    let table = deliveryTable()
    for (index, row) in table.enumerated() {
      let cell = index == 0 ? "th" : "td"
      let rowClass = index == table.count - 1 ? " class=\"total\"" : ""
      page +=
        "<tr\(rowClass)>" + row.map { "<\(cell)>\(escape($0))</\(cell)>" }.joined()
        + "</tr>\n"
    }
    page +=
      "</table>\n<h2>\(escape(catalog[.reportPerformanceHeading]))</h2>\n<table class=\"pairs\">\n"
    for (label, value) in performancePairs() {
      page += "<tr><th>\(escape(label))</th><td>\(escape(value))</td></tr>\n"
    }
    page +=
      "</table>\n<h2>\(escape(catalog[.reportFailuresHeading]))</h2>\n<table class=\"pairs\">\n"
    for (reason, count) in failures {
      page +=
        "<tr><th>\(escape(catalog.reason(reason)))</th><td>\(escape(catalog.number(count)))</td></tr>\n"
    }
    page += "</table>\n"
    for (heading, pairs) in [
      (catalog[.reportComplaintsHeading], complaintPairs()),
      (catalog[.reportSurveyHeading], satisfactionPairs()),
    ] {
      page += "<h2>\(escape(heading))</h2>\n<table class=\"pairs\">\n"
      for (label, value) in pairs {
        page += "<tr><th>\(escape(label))</th><td>\(escape(value))</td></tr>\n"
      }
      page += "</table>\n"
    }
    if !satisfaction.adequacy.isSufficient, satisfaction.population > 0 {
      page += "<p class=\"warning\">\(escape(sampleWarning))</p>\n"
    }
    for note in notes() {
      page += "<p class=\"note\">\(escape(note))</p>\n"
    }
    return page + "</body>\n</html>\n"
  }

  static let style = """
    @page { size: A4; margin: 15mm; }
    body { font-family: sans-serif; font-size: 11pt; color: #000; }
    h1 { font-size: 15pt; margin: 0 0 2mm; }
    h2 { font-size: 12pt; margin: 6mm 0 2mm; }
    table { border-collapse: collapse; }
    th, td { border: 1px solid #444; padding: 1mm 2mm; }
    table.counts td { text-align: right; }
    table.counts td:first-child { text-align: left; }
    table.pairs th { text-align: left; font-weight: normal; }
    table.pairs td { text-align: right; }
    tr.total td { font-weight: bold; }
    p.generated, p.note { color: #333; font-size: 9pt; }
    p.warning { font-weight: bold; }
    """
}

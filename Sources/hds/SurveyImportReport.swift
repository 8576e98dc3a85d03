import HDSCore
import HDSDashboard

/// The report of `hds import survey`: counts, then every row that needs a look, in the
/// style and the language of the print-list import's report.
enum SurveyImportReport {
  static func render(
    _ result: SurveyImport, list: SurveyList, file: String, arguments: Arguments,
    catalog: Catalog
  ) -> String {
    var lines = [ImportReport.heading(file: file, arguments: arguments, catalog: catalog)]
    let invalid = invalidProblems(list, result)
    let invalidRows = Set(invalid.map(\.line)).count
    let read = list.rows.count + list.rejects.count + list.duplicates.count
    lines += ImportReport.counts(
      [
        (.importRowsRead, read),
        (.importRecorded, result.recorded.count),
        (.importUnchanged, result.unchanged),
        (.importDuplicates, list.duplicates.count),
        (.importInvalid, invalidRows),
      ], catalog: catalog)

    if let rejectsFile = arguments.rejectsFile {
      let count = invalidRows + list.duplicates.count
      lines.append(
        ImportReport.rejectsLine(rejectsFile, count: count, arguments: arguments, catalog: catalog)
      )
    }
    lines += ImportReport.section(
      .importSectionDuplicates, list.duplicates.map(\.problem), catalog: catalog)
    lines += ImportReport.section(.importSectionInvalid, invalid, catalog: catalog)
    return lines.joined(separator: "\n")
  }

  /// Returns every problem of the file, from the parser and from the store, in line order.
  static func invalidProblems(_ list: SurveyList, _ result: SurveyImport) -> [PrintListProblem] {
    let problems = list.rejects.flatMap(\.problems) + result.invalid
    return problems.enumerated().sorted {
      ($0.element.line, $0.offset) < ($1.element.line, $1.offset)
    }.map(\.element)
  }

  /// Returns the rows for the rejects file, with their fields and reason, in line order.
  static func rejectedRows(_ list: SurveyList, _ result: SurveyImport, catalog: Catalog)
    -> [(line: Int, fields: [String], reason: String)]
  {
    var rows: [(line: Int, fields: [String], reason: String)] = list.rejects.map {
      ($0.line, $0.fields, catalog.reason($0.problems))
    }
    rows += list.duplicates.map { ($0.line, $0.fields, catalog.reason($0.problem)) }
    let fieldsByLine = Dictionary(
      list.rows.map { ($0.line, $0.fields) }, uniquingKeysWith: { first, _ in first })
    rows += result.invalid.map { ($0.line, fieldsByLine[$0.line] ?? [], catalog.reason($0)) }
    return rows.sorted { $0.line < $1.line }
  }
}

import HDSCore

/// The report of `hds import survey`: counts, then every row that needs a look, in the
/// style of the print-list import's report.
enum SurveyImportReport {
  static func render(
    _ result: SurveyImport, list: SurveyList, file: String, arguments: Arguments
  ) -> String {
    var lines: [String] = []
    if arguments.dryRun {
      lines.append("Dry run of \(file): nothing was written. The import would do this:")
    } else {
      lines.append("Imported \(file):")
    }
    let invalid = invalidProblems(list, result)
    let invalidRows = Set(invalid.map(\.line)).count
    let read = list.rows.count + list.rejects.count + list.duplicates.count
    lines.append("  rows read:            \(read)")
    lines.append("  responses recorded:   \(result.recorded.count)")
    lines.append("  unchanged:            \(result.unchanged)")
    lines.append("  duplicates ignored:   \(list.duplicates.count)")
    lines.append("  invalid:              \(invalidRows)")

    if let rejectsFile = arguments.rejectsFile {
      let count = invalidRows + list.duplicates.count
      let verb = arguments.dryRun ? "would be written" : "written"
      lines.append("Invalid and duplicate rows \(verb) to \(rejectsFile): \(count)")
    }
    lines += section("Duplicates:", list.duplicates.map(\.description))
    lines += section("Invalid:", invalid.map(\.description))
    return lines.joined(separator: "\n")
  }

  /// Returns the error of an import that found invalid rows without --skip-invalid.
  static func rejection(_ invalid: [PrintListProblem], file: String) -> String {
    let count = Set(invalid.map(\.line)).count
    let rows = count == 1 ? "1 invalid row" : "\(count) invalid rows"
    var message = "\(file) has \(rows), so nothing was imported:"
    for problem in invalid { message += "\n" + problem.description }
    message +=
      "\nCorrect these rows and import the file again, or add --skip-invalid FILE to import"
      + " the valid rows and write the invalid ones to FILE."
    return message
  }

  /// Returns every problem of the file, from the parser and from the store, in line order.
  static func invalidProblems(_ list: SurveyList, _ result: SurveyImport) -> [PrintListProblem] {
    let problems = list.rejects.flatMap(\.problems) + result.invalid
    return problems.enumerated().sorted {
      ($0.element.line, $0.offset) < ($1.element.line, $1.offset)
    }.map(\.element)
  }

  /// Returns the rows for the rejects file, with their fields and reason, in line order.
  static func rejectedRows(_ list: SurveyList, _ result: SurveyImport)
    -> [(line: Int, fields: [String], reason: String)]
  {
    var rows: [(line: Int, fields: [String], reason: String)] = list.rejects.map {
      ($0.line, $0.fields, $0.reason)
    }
    rows += list.duplicates.map { ($0.line, $0.fields, $0.reason) }
    let fieldsByLine = Dictionary(
      list.rows.map { ($0.line, $0.fields) }, uniquingKeysWith: { first, _ in first })
    rows += result.invalid.map { ($0.line, fieldsByLine[$0.line] ?? [], $0.message) }
    return rows.sorted { $0.line < $1.line }
  }

  private static func section(_ title: String, _ items: [String]) -> [String] {
    items.isEmpty ? [] : [title] + items.map { "  " + $0 }
  }
}

import Foundation
import HDSCore
import HDSDashboard
import HDSStoreSQLite

/// `hds import survey` and `hds survey`: satisfaction survey responses in from a CSV
/// file, and the index (IKM) of a month or a year out.
///
/// Both follow `--lang`: the import's report, row and file errors and rejects file as the
/// print-list import's do, and the index report as `hds summary` does.
extension Commands {
  // MARK: Import

  static func importSurvey(_ arguments: Arguments, directory: String, language: Language)
    -> Never
  {
    // Parsing made sure that the command has its file.
    let file = arguments.inputFile ?? ""
    let catalog = Catalog(language)
    requireDistinctRejectsFile(arguments.rejectsFile, input: file, catalog: catalog)
    let list = readSurveyList(file, catalog: catalog)
    let log = FileLog(directory: directory)
    let actor = AccessRole.actor(directory: directory, readOnly: arguments.readOnly)
    let skip = arguments.rejectsFile != nil

    // With an invalid row and no --skip-invalid, the store only checks the other rows,
    // so that the report names every problem of the file at once.
    let checkOnly = arguments.dryRun || (!list.rejects.isEmpty && !skip)
    let store = openExistingStore(directory: directory, readOnly: checkOnly)
    let result: SurveyImport
    do {
      result = try store.importSurveyResponses(
        list.rows, by: actor, at: Date(), dryRun: checkOnly, skipInvalid: skip)
    } catch {
      log.record("import survey \(file) failed for \(actor): \(error)")
      fail(error.description + "; " + catalog[.importNothingImported])
    }

    let invalid = SurveyImportReport.invalidProblems(list, result)
    if !invalid.isEmpty && !skip {
      log.record(
        "import survey \(file) rejected by \(actor): \(invalid.count) invalid rows, lines "
          + Set(invalid.map(\.line)).sorted().map(String.init).joined(separator: ","))
      fail(ImportReport.rejection(invalid, file: file, catalog: catalog))
    }

    if result.isWritten {
      for number in result.recorded {
        log.record("import survey: \(number) survey recorded by \(actor)")
      }
      log.record(
        "import survey \(file) by \(actor): \(list.rows.count) rows, recorded"
          + " \(result.recorded.count), unchanged \(result.unchanged), invalid \(invalid.count)")
    }
    if let rejectsFile = arguments.rejectsFile, !arguments.dryRun {
      writeSurveyRejects(list, result, to: rejectsFile, catalog: catalog)
    }
    print(
      SurveyImportReport.render(
        result, list: list, file: file, arguments: arguments, catalog: catalog))
    exit(0)
  }

  private static func readSurveyList(_ file: String, catalog: Catalog) -> SurveyList {
    let table = readImportFile(file, catalog: catalog)
    do throws(SurveyListError) {
      return try SurveyListParser.parse(table, today: CalendarDay(containing: Date()))
    } catch {
      fail("\(file): " + catalog.describe(error))
    }
  }

  /// Writes the invalid and duplicate rows with their original fields and a reason column,
  /// as CSV that Excel opens: byte order mark, `;`, CRLF. Runs after the import, so a
  /// failure message names what was imported. The reasons and the column's header are in
  /// the catalog's language.
  private static func writeSurveyRejects(
    _ list: SurveyList, _ result: SurveyImport, to path: String, catalog: Catalog
  ) {
    let writer = CSVWriter(separator: ";", guardsFormulas: true)
    let header = list.header + [ExportText(catalog.language).reason]
    var text = CSVWriter.byteOrderMark + writer.record(header)
    for row in SurveyImportReport.rejectedRows(list, result, catalog: catalog) {
      let padded =
        row.fields + Array(repeating: "", count: max(0, list.header.count - row.fields.count))
      text += writer.record(padded + [row.reason])
    }
    do {
      try OutputFile(path: path).write(text)
    } catch {
      fail(
        error.description + "; "
          + catalog.format(.importSurveyRejectsFailed, result.recorded.count))
    }
  }

  // MARK: Index

  static func survey(_ arguments: Arguments, directory: String, language: Language) -> Never {
    let today = CalendarDay(containing: Date())
    let period = arguments.period ?? .month(today.month, of: today.year)
    let store = openExistingStore(directory: directory, readOnly: true)
    let catalog = Catalog(language)
    do {
      let satisfaction = try store.satisfaction(in: period)
      let report =
        arguments.csv
        ? SurveyReport.csv(satisfaction, catalog: catalog)
        : SurveyReport.text(satisfaction, catalog: catalog)
      print(report, terminator: arguments.csv ? "" : "\n")
    } catch {
      fail(error.description)
    }
    exit(0)
  }
}

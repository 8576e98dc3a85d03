import Foundation
import HDSCore
import HDSDashboard
import HDSStoreSQL
import HDSStoreSQLite

/// `hds import print-list` and `hds export`: the files the office exchanges with Dukcapil.
///
/// The import's report, its row and file errors and its rejects file follow `--lang`, as
/// does the recipient list, which people print and sign. Errors that every command shares
/// (options, roles, opening or writing the store or a file) stay in English, and the
/// import adds in the chosen language that nothing was imported.
extension Commands {
  // MARK: Import

  static func importPrintList(_ arguments: Arguments, directory: String, language: Language)
    -> Never
  {
    // Parsing made sure that the command has its file.
    let file = arguments.inputFile ?? ""
    let catalog = Catalog(language)
    requireDistinctRejectsFile(arguments.rejectsFile, input: file, catalog: catalog)
    // Opened first, because the file's desa are looked up among the store's.
    let store = openExistingStore(directory: directory, readOnly: arguments.dryRun)
    let kecamatan: Kecamatan
    do {
      kecamatan = try store.kecamatan()
    } catch {
      fail(error.description)
    }
    let list = readPrintList(file, in: kecamatan, catalog: catalog)
    let log = FileLog(directory: directory)
    let actor = AccessRole.actor(directory: directory, readOnly: arguments.readOnly)

    if !list.rejects.isEmpty && arguments.rejectsFile == nil {
      log.record(
        "import print-list \(file) rejected by \(actor): \(list.rejects.count) invalid rows,"
          + " lines " + list.rejects.map { String($0.line) }.joined(separator: ","))
      fail(ImportReport.rejection(list.rejects.flatMap(\.problems), file: file, catalog: catalog))
    }

    if let rejectsFile = arguments.rejectsFile, !arguments.dryRun {
      writeRejects(list, to: rejectsFile, catalog: catalog)
    }

    let result: PrintListImport
    do {
      result = try store.importPrintList(
        list.rows, by: actor, at: Date(), dryRun: arguments.dryRun)
    } catch {
      log.record("import print-list \(file) failed for \(actor): \(error)")
      fail(error.description + "; " + catalog[.importNothingImported])
    }

    if !arguments.dryRun {
      let by = "by \(actor)"
      let flagged = Set(result.needsCompletion)
      log.record(
        result.markedReady.map { "import print-list: \($0) mark-ready \(by)" }
          + result.created.map { number in
            let flag = flagged.contains(number) ? "needs completion" : "complete"
            return "import print-list: \(number) created, \(flag), \(by)"
          })
      log.record(
        "import print-list \(file) by \(actor): \(list.rows.count) rows, marked ready"
          + " \(result.markedReady.count), created \(result.created.count) (needs completion"
          + " \(result.needsCompletion.count)), unchanged"
          + " \(result.unchanged), skipped \(result.skipped.count), invalid"
          + " \(list.rejects.count), names differing \(result.warnings.count)")
    }
    print(
      ImportReport.render(result, list: list, file: file, arguments: arguments, catalog: catalog))
    exit(0)
  }

  private static func readPrintList(_ file: String, in kecamatan: Kecamatan, catalog: Catalog)
    -> PrintList
  {
    let table = readImportFile(file, catalog: catalog)
    do throws(PrintListError) {
      return try PrintListParser.parse(table, today: CalendarDay(containing: Date()), in: kecamatan)
    } catch {
      fail("\(file): " + catalog.describe(error))
    }
  }

  /// Reads an import file as CSV. Fails with the file's name and the reason, in the
  /// catalog's language, when the file cannot be read or is not CSV.
  static func readImportFile(_ file: String, catalog: Catalog) -> CSVTable {
    guard let data = FileManager.default.contents(atPath: file) else {
      let reason =
        FileManager.default.fileExists(atPath: file)
        ? catalog[.importPermissionDenied] : catalog[.importNoSuchFile]
      fail(catalog.format(.importCannotRead, file, reason))
    }
    do throws(CSVError) {
      return try CSVReader.read(Array(data))
    } catch {
      fail("\(file): " + catalog.describe(error))
    }
  }

  /// Writes the invalid and duplicate rows with their original fields and a reason column,
  /// as CSV that Excel opens: byte order mark, `;`, CRLF. The reasons and the column's
  /// header are in the catalog's language.
  private static func writeRejects(_ list: PrintList, to path: String, catalog: Catalog) {
    let writer = CSVWriter(separator: ";")
    let header = list.header + [ExportText(catalog.language).reason]
    var text = CSVWriter.byteOrderMark + writer.record(header)
    var rows: [(line: Int, fields: [String], reason: String)] = list.rejects.map {
      ($0.line, $0.fields, catalog.reason($0.problems))
    }
    rows += list.duplicates.map { ($0.line, $0.fields, catalog.reason($0.problem)) }
    for row in rows.sorted(by: { $0.line < $1.line }) {
      let padded =
        row.fields + Array(repeating: "", count: max(0, list.header.count - row.fields.count))
      text += writer.record(padded + [row.reason])
    }
    do {
      try OutputFile(path: path).write(text)
    } catch {
      fail(error.description + "; " + catalog[.importNothingImported])
    }
  }

  // MARK: Export

  static func exportRecipients(_ arguments: Arguments, directory: String, language: Language)
    -> Never
  {
    // Parsing made sure that --from is given and --to is not before it.
    let from = arguments.fromDay ?? CalendarDay(containing: Date())
    let to = arguments.toDay ?? from
    let actor = AccessRole.actor(directory: directory, readOnly: arguments.readOnly)
    let store = openExportStore(directory: directory, actor: actor)
    do {
      let list = RecipientList(
        records: try store.recipients(from: from, to: to), kecamatan: try store.kecamatan(),
        from: from, to: to,
        text: ExportText(language))
      let output = try OutputFile(path: arguments.outputFile)
      try output.write(arguments.format == "html" ? list.html() : list.csv())
      // Recorded once written, because an export that failed gave the list to no one.
      try recordExport(
        .recipients,
        [("from", from.description), ("to", to.description)]
          + auditedPath(arguments.outputFile), rows: list.records.count, in: store, by: actor)
      let catalog = Catalog(language)
      let days = from == to ? catalog.date(from) : catalog.date(from) + " – " + catalog.date(to)
      confirmWritten(
        catalog.format(
          .writtenRecipients, days, catalog.number(list.records.count),
          arguments.outputFile ?? "-"),
        path: arguments.outputFile)
    } catch let error as StoreError {
      fail(error.description)
    } catch {
      fail("\(error)")
    }
    exit(0)
  }

  /// Events are read in pages of this many, so the export never keeps the whole log in memory.
  static let eventPageSize = 500

  static func exportEvents(_ arguments: Arguments, directory: String) -> Never {
    let format = EventExport.Format(rawValue: arguments.format ?? "csv") ?? .csv
    // Parsing made sure that --since is given.
    let since = arguments.since?.instant ?? Date()
    let actor = AccessRole.actor(directory: directory, readOnly: arguments.readOnly)
    let store = openExportStore(directory: directory, actor: actor)
    do {
      let output = try OutputFile(path: arguments.outputFile)
      try output.write(EventExport.header(format))
      var afterID: Int64?
      var rows = 0
      while true {
        let page = try store.events(since: since, afterID: afterID, limit: eventPageSize)
        guard let last = page.last else { break }
        try output.write(page.map { EventExport.line($0, format) }.joined())
        afterID = last.event.id
        rows += page.count
      }
      // Recorded once every row is written, because the count is known only then. A failed
      // export is not recorded, because it gave the whole log to no one.
      try recordExport(
        .events, [("since", ExportTime.iso(since))] + auditedPath(arguments.outputFile),
        rows: rows, in: store, by: actor)
    } catch let error as StoreError {
      fail(error.description)
    } catch {
      fail("\(error)")
    }
    exit(0)
  }

  /// Opens the store in `directory`, failing when there is none, because an import or an
  /// export into a new empty store is a mistyped directory.
  static func openExistingStore(directory: String, readOnly: Bool) -> SQLStore {
    if serverURL == nil {
      let path = directory + "/" + SQLiteStore.fileName
      requireStoreFile(path, fix: "pass --data DIR with the directory of hds.sqlite")
    }
    return openStore(directory: directory, readOnly: readOnly)
  }
}

import HDSCore
import HDSDashboard

/// The report of `hds import print-list`: counts, then every row that needs a look, in the
/// language of `--lang`.
enum ImportReport {
  static func render(
    _ result: PrintListImport, list: PrintList, file: String, arguments: Arguments,
    catalog: Catalog
  ) -> String {
    var lines = [heading(file: file, arguments: arguments, catalog: catalog)]
    let read = list.rows.count + list.rejects.count + list.duplicates.count
    lines += counts(
      [
        (.importRowsRead, read),
        (.importMarkedReady, result.markedReady.count),
        (.importCreatedComplete, result.created.count - result.needsCompletion.count),
        (.importCreated, result.needsCompletion.count),
        (.importUnchanged, result.unchanged),
        (.importSkipped, result.skipped.count),
        (.importDuplicates, list.duplicates.count),
        (.importInvalid, list.rejects.count),
      ], catalog: catalog)

    if let rejectsFile = arguments.rejectsFile {
      let count = list.rejects.count + list.duplicates.count
      lines.append(rejectsLine(rejectsFile, count: count, arguments: arguments, catalog: catalog))
    }
    lines += section(.importSectionSkipped, result.skipped, catalog: catalog)
    lines += section(.importSectionDuplicates, list.duplicates.map(\.problem), catalog: catalog)
    lines += section(.importSectionInvalid, list.rejects.flatMap(\.problems), catalog: catalog)
    // The file's warnings and the store's, such as a name that differs, in line order.
    let warnings = (list.warnings + result.warnings).sorted { $0.line < $1.line }
    lines += section(.importSectionWarnings, warnings, catalog: catalog)
    if !result.needsCompletion.isEmpty {
      lines.append(catalog[arguments.dryRun ? .importCompleteWouldCreate : .importCompleteCreated])
    }
    return lines.joined(separator: "\n")
  }

  /// Returns the error of an import that found invalid rows without --skip-invalid: the
  /// count, every problem with its line, and the two ways on.
  static func rejection(_ problems: [PrintListProblem], file: String, catalog: Catalog)
    -> String
  {
    let count = Set(problems.map(\.line)).count
    var lines = [
      count == 1
        ? catalog.format(.importRejectedOne, file)
        : catalog.format(.importRejectedMany, file, count)
    ]
    lines += problems.map { catalog.describe($0) }
    lines.append(catalog[.importRejectedFix])
    return lines.joined(separator: "\n")
  }

  /// Returns the first line: what was imported, or that a dry run wrote nothing.
  static func heading(file: String, arguments: Arguments, catalog: Catalog) -> String {
    catalog.format(arguments.dryRun ? .importDryRun : .importDone, file)
  }

  /// Returns one indented "label: count" line per count, the counts in one column.
  static func counts(_ counts: [(MessageKey, Int)], catalog: Catalog) -> [String] {
    let labels = counts.map { catalog[$0.0] }
    let width = labels.map(\.count).max() ?? 0
    return zip(labels, counts).map { label, count in
      "  " + label + ":" + String(repeating: " ", count: width - label.count + 2) + "\(count.1)"
    }
  }

  /// Returns the line that names the rejects file and how many rows went, or would go, there.
  static func rejectsLine(_ path: String, count: Int, arguments: Arguments, catalog: Catalog)
    -> String
  {
    catalog.format(arguments.dryRun ? .importRejectsDryRun : .importRejectsWritten, path, count)
  }

  /// Returns a titled list of problems, each indented on its own line, or nothing when there
  /// are none.
  static func section(_ title: MessageKey, _ problems: [PrintListProblem], catalog: Catalog)
    -> [String]
  {
    problems.isEmpty ? [] : [catalog[title]] + problems.map { "  " + catalog.describe($0) }
  }
}

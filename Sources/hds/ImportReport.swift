import HDSCore

/// The report of `hds import print-list`: counts, then every row that needs a look.
enum ImportReport {
  static func render(
    _ result: PrintListImport, list: PrintList, file: String, arguments: Arguments
  ) -> String {
    var lines: [String] = []
    if arguments.dryRun {
      lines.append("Dry run of \(file): nothing was written. The import would do this:")
    } else {
      lines.append("Imported \(file):")
    }
    let read = list.rows.count + list.rejects.count + list.duplicates.count
    lines.append("  rows read:                 \(read)")
    lines.append("  marked ready:              \(result.markedReady.count)")
    lines.append("  created, to be completed:  \(result.created.count)")
    lines.append("  unchanged:                 \(result.unchanged)")
    lines.append("  skipped:                   \(result.skipped.count)")
    lines.append("  duplicates ignored:        \(list.duplicates.count)")
    lines.append("  invalid:                   \(list.rejects.count)")

    if let rejectsFile = arguments.rejectsFile {
      let count = list.rejects.count + list.duplicates.count
      let verb = arguments.dryRun ? "would be written" : "written"
      lines.append("Invalid and duplicate rows \(verb) to \(rejectsFile): \(count)")
    }
    lines += section("Skipped:", result.skipped.map { "line \($0.line): \($0.reason)" })
    lines += section("Duplicates:", list.duplicates.map(\.description))
    lines += section("Invalid:", list.rejects.flatMap(\.problems).map(\.description))
    lines += section("Warnings:", list.warnings.map(\.description))
    if !result.created.isEmpty {
      lines.append(
        "Complete the address and KK of the created requests: they are flagged in the queue.")
    }
    return lines.joined(separator: "\n")
  }

  private static func section(_ title: String, _ items: [String]) -> [String] {
    items.isEmpty ? [] : [title] + items.map { "  " + $0 }
  }
}

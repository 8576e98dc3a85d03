import Foundation
import HDSCore
import HDSStoreSQLite

/// `hds audit`: who changed or exported what, and when, newest first.
enum AuditCommand {
  static let help = """
    Usage: hds audit [--data DIR] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--user NAME]
                     [--role ROLE] [--subject LIST] [--exports] [--limit N]
                     [--format text|csv] [--output FILE]

    Lists the audit trail, newest first: every change to requests, couriers,
    complaints, settings and survey answers with the Unix user and role that made it,
    and every export of personal data (recipient lists, event exports, run sheets,
    backups) with what it covered, its rows and whether numbers were masked.

      --from DAY, --to DAY   only entries on these WIB days (both included)
      --user NAME            only this Unix user's entries
      --role ROLE            only entries made with this role: operator, supervisor,
                             viewer or courier (changes made before roles were
                             recorded show the role as "-" and never match)
      --subject LIST         only these subjects, separated by commas: request,
                             courier, complaint, setting, survey, export
      --exports              only exports: who exported personal data
      --limit N              print at most N entries as text (default 100); CSV
                             always lists every entry that matches
      --format text|csv      a table for reading (default) or CSV for a spreadsheet
      --output FILE          write to FILE instead of standard output

    Viewers and couriers open the store read-only, so their exports, which are masked,
    cannot be recorded; every export with full numbers is. The audit is for the
    operator, supervisor and viewer roles.

    Examples:
      hds audit --from 2026-12-01 --to 2026-12-31 --user budi
      hds audit --exports --format csv --output exports-2026.csv
    """

  /// Entries read per query when every entry is listed.
  static let pageSize = 1000

  static func columns(_ text: Bool) -> [String] {
    text
      ? ["Time (WIB)", "User", "Role", "Subject", "Reference", "Action", "Detail"]
      : ["time", "user", "role", "subject", "reference", "action", "detail"]
  }

  static func fields(_ entry: AuditEntry, text: Bool) -> [String] {
    let time =
      text
      ? "\(CalendarDay(containing: entry.time)) \(OfficeClock.timeOfDay(entry.time))"
      : ExportTime.iso(entry.time)
    return [
      time, entry.user, entry.role?.rawValue ?? "-", entry.subject.rawValue, entry.reference,
      entry.action, entry.detail,
    ]
  }

  /// Lays `rows` out in columns as wide as their widest value; the last column runs on.
  static func table(_ rows: [[String]]) -> String {
    guard let first = rows.first else { return "" }
    var widths = Array(repeating: 0, count: first.count)
    for row in rows {
      for (index, value) in row.enumerated() { widths[index] = max(widths[index], value.count) }
    }
    return rows.map { row in
      row.enumerated().map { index, value in
        index == row.count - 1
          ? value : value.padding(toLength: widths[index], withPad: " ", startingAt: 0)
      }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }.joined(separator: "\n") + "\n"
  }
}

extension Commands {
  static func audit(_ arguments: Arguments, directory: String) -> Never {
    let store = openExistingStore(directory: directory, readOnly: true)
    let filter = arguments.auditFilter
    do {
      let output = try OutputFile(path: arguments.outputFile)
      if arguments.format == "csv" {
        let writer = CSVWriter(separator: ",", guardsFormulas: true)
        try output.write(writer.record(AuditCommand.columns(false)))
        var cursor: AuditCursor?
        while true {
          let page = try store.audit(filter, after: cursor, limit: AuditCommand.pageSize)
          try output.write(
            page.map { writer.record(AuditCommand.fields($0, text: false)) }.joined())
          guard page.count == AuditCommand.pageSize, let last = page.last else { break }
          cursor = last.cursor
        }
      } else {
        let limit = arguments.auditLimit
        // One more than printed tells whether the list goes on.
        let entries = try store.audit(filter, after: nil, limit: limit + 1)
        guard !entries.isEmpty else {
          try output.write("No audit entries match.\n")
          exit(0)
        }
        let printed = entries.prefix(limit)
        try output.write(
          AuditCommand.table(
            [AuditCommand.columns(true)] + printed.map { AuditCommand.fields($0, text: true) }))
        if entries.count > limit {
          try output.write(
            "Older entries follow; narrow the list with --from, --to, --user, --role or"
              + " --subject, or raise --limit (now \(limit)).\n")
        }
      }
    } catch let error as StoreError {
      fail(error.description)
    } catch {
      fail("\(error)")
    }
    exit(0)
  }
}

import HDSCore
import HDSDashboard

/// The plain-text form of the dashboard's totals, for `hds summary` and scripts: a
/// heading, then one "label: value" line per figure, labels padded to one column.
enum SummaryText {
  static func render(_ totals: Totals, day: CalendarDay, catalog: Catalog) -> String {
    var rows: [(String, Int)] = RequestState.allCases.map { (catalog.state($0), totals[$0]) }
    rows += [
      (catalog[.summaryPending], totals.pending),
      (catalog[.summaryDeliveredOnDay], totals.deliveredOnDay),
      (catalog[.summaryFailedOnDay], totals.failedAttemptsOnDay),
      (catalog[.summaryOpenComplaints], totals.openComplaints),
      (catalog[.summaryRequests], totals.requests),
    ]

    let width = rows.map { $0.0.count }.max() ?? 0
    let heading = "HDS · Kecamatan Kromengan · \(catalog.weekday(day)), \(catalog.date(day))"
    let lines = rows.map { label, value in
      label + ":" + String(repeating: " ", count: width - label.count + 1) + catalog.number(value)
    }
    return ([heading] + lines).joined(separator: "\n")
  }
}

import Foundation
import HDSCore
import HDSDashboard
import HDSStorePostgres

/// The plain-text form of the dashboard's totals, for `hds summary` and scripts: a
/// heading, then one "label: value" line per figure, labels padded to one column.
enum SummaryText {
  static func render(
    _ totals: Totals, figures: SummaryLines, day: CalendarDay, kecamatan: KecamatanCode,
    catalog: Catalog
  ) -> String {
    var rows: [(String, String)] = [(catalog[.summaryKecamatan], "\(kecamatan) \(kecamatan.name)")]
    rows += RequestState.allCases.map {
      (catalog.state($0), catalog.number(totals[$0]))
    }
    let counts: [(String, Int)] = [
      (catalog[.summaryPending], totals.pending),
      (catalog[.summaryDeliveredOnDay], totals.deliveredOnDay),
      (catalog[.summaryFailedOnDay], totals.failedAttemptsOnDay),
      (catalog[.summaryOpenComplaints], totals.openComplaints),
      (catalog[.summaryRequests], totals.requests),
    ]
    rows += counts.map { ($0.0, catalog.number($0.1)) }
    // Requests past target are today's only, because the store keeps the current state of
    // each request and cannot list another day's pending requests by age.
    if let pending = figures.pending {
      rows.append((catalog[.summaryLineOverdue], catalog.number(pending.overdue)))
    }
    rows.append((catalog[.summaryLineDeliveredMonth], catalog.number(figures.month.delivered)))
    rows.append(
      (
        catalog[.summaryLineOnTimeMonth],
        figures.month.onTime.percent.map { catalog.decimal($0, digits: 1) } ?? "-"
      ))
    rows.append((catalog[.summaryLineResidentsYear], catalog.number(figures.residentsThisYear)))

    let width = rows.map { $0.0.count }.max() ?? 0
    let heading =
      "HDS · Kecamatan \(kecamatan.name) · \(catalog.weekday(day)), \(catalog.date(day))"
    let lines = rows.map { label, value in
      label + ":" + String(repeating: " ", count: width - label.count + 1) + value
    }
    return ([heading] + lines).joined(separator: "\n")
  }
}

/// The figures of `hds summary` beyond the totals: the day's overdue count, the month and
/// the year up to the day.
struct SummaryLines {
  /// Today's pending and overdue requests; nil for another day.
  let pending: PendingFigures?
  let month: ServiceFigures
  let residentsThisYear: Int

  static func load(from store: Store, day: CalendarDay, calendar: WorkingCalendar)
    throws(StoreError) -> SummaryLines
  {
    let targets = try store.serviceTargets()
    return SummaryLines(
      pending: day == CalendarDay(containing: Date())
        ? try store.pendingFigures(on: day, targets: targets, calendar: calendar) : nil,
      month: try store.serviceFigures(
        for: ReportPeriod.month(day.month, of: day.year).through(day), targets: targets,
        calendar: calendar),
      residentsThisYear: try store.residentsServed(in: ReportPeriod.year(day.year).through(day)))
  }
}

/// `hds summary --kabupaten` for scripts: a header line, then one line per kecamatan store
/// and one for the kabupaten, with tab-separated columns. Columns added after the first
/// release go last, `schema_version` and then `overdue`, so that readers of the earlier
/// columns by position keep working. A store at another version than this program's has
/// empty figures and is left out of the kabupaten's sums.
enum KabupatenText {
  static func render(_ figures: KabupatenFigures, catalog: Catalog) -> String {
    var lines = [
      [
        "code", "kecamatan", "schema", "pending", "delivered_on_day", "open_complaints",
        "schema_version", "overdue",
      ]
      .joined(separator: "\t")
    ]
    for row in figures.kecamatan {
      let readable = row.otherVersion == nil
      let values =
        readable
        ? [row.pending, row.deliveredOnDay, row.openComplaints].map(String.init) : ["", "", ""]
      let version = row.otherVersion ?? PostgresStore.schemaVersion
      let overdue = readable ? String(row.overdue) : ""
      lines.append(
        ([row.code.description, row.code.name, row.schema] + values + [String(version), overdue])
          .joined(separator: "\t"))
    }
    lines.append(
      [
        KabupatenMalang.code, catalog.format(.kabupatenName, KabupatenMalang.name), "",
        String(figures.pending), String(figures.deliveredOnDay), String(figures.openComplaints),
        "", String(figures.overdue),
      ].joined(separator: "\t"))
    return lines.joined(separator: "\n")
  }
}

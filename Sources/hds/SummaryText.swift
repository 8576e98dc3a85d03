import HDSCore
import HDSDashboard

/// The plain-text form of the dashboard's totals, for `hds summary` and scripts.
enum SummaryText {
  static func render(_ totals: Totals, day: CalendarDay, catalog: Catalog) -> String {
    let english = catalog.language == .english
    var rows: [(String, Int)] = RequestState.allCases.map { (catalog.state($0), totals[$0]) }
    rows.append(
      (
        english ? "Pending (ready, assigned, out)" : "Menunggu antar (siap, ditugaskan, diantar)",
        totals.pending
      ))
    rows.append(
      (english ? "Delivered on the day" : "Terkirim pada hari itu", totals.deliveredOnDay))
    rows.append(
      (
        english ? "Failed attempts on the day" : "Gagal antar pada hari itu",
        totals.failedAttemptsOnDay
      ))
    rows.append((english ? "Open complaints" : "Aduan terbuka", totals.openComplaints))
    rows.append((english ? "Requests in all" : "Seluruh permohonan", totals.requests))

    let width = rows.map { $0.0.count }.max() ?? 0
    let heading = "HDS · Kecamatan Kromengan · " + catalog.weekday(day) + ", " + catalog.date(day)
    let lines = rows.map { label, value in
      label + ":" + String(repeating: " ", count: width - label.count + 1) + catalog.number(value)
    }
    return ([heading] + lines).joined(separator: "\n")
  }
}

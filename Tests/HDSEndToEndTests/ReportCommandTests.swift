import Foundation
import HDSCore
import HDSStoreSQLite
import Testing

/// `hds report` with the real binary on a demo store.
@Suite("Report command", .timeLimit(.minutes(1)))
struct ReportCommandTests {
  private func run(_ arguments: [String]) throws -> ProcessOutput {
    try ChildProcess.run(try HDSBinary.url(), ["report"] + arguments)
  }

  /// Returns the CSV report's records as section/measure/desa/document → value.
  private func records(_ csv: String) -> [String: String] {
    var values: [String: String] = [:]
    for line in csv.split(separator: "\r\n").dropFirst() {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 7 else { continue }
      values[[fields[1], fields[2], fields[3], fields[5]].joined(separator: "/")] = fields[6]
    }
    return values
  }

  @Test("CSV figures match the store")
  func csvMatchesStore() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let today = CalendarDay(containing: Date())
    let month = String(format: "%04d-%02d", today.year, today.month)

    let result = try run(["--month", month, "--format", "csv", "--data", data])
    #expect(result.status == 0, "\(result.errorOutput)")
    let values = records(result.output)

    // Counted straight from the store with its own queries, calendar-free figures only.
    let store = try SQLiteStore(path: data + "/hds.sqlite", readOnly: true)
    let period = try #require(ReportPeriod(parsing: month))
    let figures = try store.serviceFigures(
      for: period, targets: ServiceTargets(), calendar: WorkingCalendar())
    #expect(values["delivered/documents//"] == String(figures.delivered))
    #expect(values["residents/served//"] == String(figures.residentsServed))
    #expect(values["performance/failed_attempts//"] == String(figures.failedAttempts))
    #expect(values["performance/attempts//"] == String(figures.attempts))
    let firstDesa = Kromengan.kecamatan.desa[0].code
    #expect(
      values["delivered/documents/\(firstDesa)/ktp-el"]
        == String(figures.deliveredByDesa[firstDesa]?[.ktpEl] ?? 0))
    #expect(figures.delivered > 0, "the demo store delivers documents this month")

    let complaints = try store.resolutionRate(for: period)
    #expect(values["complaints/received//"] == String(complaints.received))
    #expect(values["complaints/counted//"] == String(complaints.denominator))
    #expect(values["complaints/excluded_archived//"] == String(complaints.excluded[.archived] ?? 0))
    #expect(values["complaints/resolved//"] == String(complaints.resolved))
    let satisfaction = try store.satisfaction(in: period)
    #expect(values["survey/respondents//"] == String(satisfaction.index.respondents))
    #expect(values["survey/ikm//"] == (satisfaction.index.ikm?.description ?? ""))
    #expect(values["survey/sample_required//"] == String(satisfaction.adequacy.required))
  }

  @Test("report and summary agree")
  func agreesWithSummary() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let today = CalendarDay(containing: Date())
    let month = String(format: "%04d-%02d", today.year, today.month)

    let report = records(try run(["--month", month, "--format", "csv", "--data", data]).output)
    let summary = try ChildProcess.run(
      try HDSBinary.url(), ["summary", "--data", data, "--lang", "en"])
    #expect(summary.status == 0, "\(summary.errorOutput)")
    var lines: [String: String] = [:]
    for line in summary.output.split(separator: "\n") {
      guard let colon = line.firstIndex(of: ":") else { continue }
      lines[String(line[..<colon])] =
        line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    // No delivery lies in the future, so the month so far and the whole month agree.
    #expect(
      lines["Delivered in the month up to the day"]?.replacingOccurrences(of: ",", with: "")
        == report["delivered/documents//"], "\(summary.output)")
    let percent = try #require(Double(report["performance/on_time_percent//"] ?? ""))
    #expect(lines["On time in the month (%)"] == String(format: "%.1f", percent))
  }

  private let monthNames = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
  ]

  @Test("text and HTML reports")
  func textAndHTML() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let year = String(CalendarDay(containing: Date()).year)

    let text = try run(["--year", year, "--data", data])
    #expect(text.status == 0, "\(text.errorOutput)")
    #expect(text.output.contains("Tahun \(year)"))
    // The year is still running (except on 31 December), so the title names its last day.
    let today = CalendarDay(containing: Date())
    if today.month < 12 || today.day < 31 {
      // On its own line when the title would pass 80 columns.
      let heading = text.output.split(separator: "\n").prefix(2).joined(separator: " ")
      let coverage = "Tahun \(year) (s.d. \(today.day) \(monthNames[today.month - 1]) \(year))"
      #expect(heading.contains(coverage), "\(heading)")
    }
    #expect(text.output.contains("Dokumen diantar per desa dan jenis"))
    #expect(text.output.contains("Karangrejo"))
    #expect(text.output.contains("Warga terlayani"))
    #expect(text.output.contains("Aduan masuk"))
    #expect(text.output.contains("Diarsipkan (tidak dihitung)"))
    #expect(text.output.contains("Indeks kepuasan (IKM)"))
    #expect(text.output.contains("U9 Penanganan pengaduan"))
    #expect(text.output.split(separator: "\n").allSatisfy { $0.count <= 80 }, "\(text.output)")
    // The demo's records begin weeks ago, so the year's first months have no data.
    #expect(text.output.contains("Catatan: data pertama di basis data ini tercatat"))

    let page = directory.path("report.html")
    let html = try run([
      "--year", year, "--format", "html", "--output", page, "--data", data, "--lang", "en",
    ])
    #expect(html.status == 0, "\(html.errorOutput)")
    #expect(html.errorOutput == "Report for Year \(year) written to \(page)\n")
    let content = try String(contentsOfFile: page, encoding: .utf8)
    #expect(content.hasPrefix("<!DOCTYPE html>"))
    #expect(content.contains("Documents delivered by desa and kind"))
    #expect(content.contains("<p class=\"note\">Note: this store&#39;s first record is of "))
    let mode = try FileManager.default.attributesOfItem(atPath: page)[.posixPermissions] as? Int
    #expect(mode == 0o600)
  }

  @Test("a month before the store's first record says why its figures are zero")
  func beforeRecords() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let store = try SQLiteStore(path: data + "/hds.sqlite", readOnly: true)
    let first = try #require(try store.firstRecordedDay())
    let before = first.adding(days: -first.day)
    let month = String(format: "%04d-%02d", before.year, before.month)

    let early = try run(["--month", month, "--data", data])
    #expect(early.status == 0, "\(early.errorOutput)")
    let lines = early.output.split(separator: "\n", omittingEmptySubsequences: false)
    let date = "\(first.day) \(monthNames[first.month - 1]) \(first.year)"
    #expect(
      lines[2].hasPrefix("Catatan: data pertama di basis data ini tercatat \(date)."),
      "\(early.output)")
    let joined = early.output.replacingOccurrences(of: "\n", with: " ")
    #expect(joined.contains("bukan tidak ada layanan."), "\(early.output)")

    let today = CalendarDay(containing: Date())
    let current = try run([
      "--month", String(format: "%04d-%02d", today.year, today.month), "--data", data,
    ])
    #expect(current.status == 0, "\(current.errorOutput)")
    if first < CalendarDay(year: today.year, month: today.month, day: 1) {
      #expect(!current.output.contains("data pertama"), "\(current.output)")
    }
  }

  @Test(
    "bad periods are rejected",
    arguments: [
      (["--month", "2026-13"], "--month"), (["--year", "26"], "--year"),
      (["--month", "2026-12", "--year", "2026"], "cannot be used together"),
      ([], "needs --month or --year"),
      (["--month", "2026-12", "--format", "pdf"], "text, csv or html"),
      (["--month", "2999-01"], "--month 2999-01 has not begun"),
      (["--year", "2999"], "--year 2999 has not begun"),
    ])
  func badPeriods(arguments: [String], message: String) throws {
    let result = try run(arguments + ["--data", "/nonexistent-hds-data"])
    #expect(result.status == 2)
    #expect(result.errorOutput.contains(message), "\(result.errorOutput)")
  }
}

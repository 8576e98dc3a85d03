// `hds import survey` and `hds survey`, run as the built program on a store that the
// tests fill through the store's API, and the survey form typed into a real dashboard.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQLite

@Suite("Survey commands", .timeLimit(.minutes(2)))
struct SurveyCommandTests {
  private static let user = Actor.operator("operator1")
  /// The month the requests are delivered in, before any day these tests run on.
  private static let month = ReportPeriod.month(11, of: 2026)
  private static let deliveryDay = CalendarDay(year: 2026, month: 11, day: 16)

  private static func time(_ hour: Int, _ minute: Int = 0, on day: CalendarDay = deliveryDay)
    -> Date
  {
    day.start.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
  }

  private static func resident(_ index: Int) throws -> Resident {
    let desa = Kromengan.kecamatan.desa[index % 7]
    let dusun = desa.dusun[0]
    let rw = dusun.rukunWarga[0]
    return Resident(
      nik: try NIK("350731150890" + String(format: "%04d", index)), name: "Warga \(index)",
      kk: try KKNumber("350731010120" + String(format: "%04d", index)), phone: nil,
      address: Address(
        desaCode: desa.code, dusun: dusun.name, rw: rw.number, rt: rw.rukunTetangga[0],
        street: "Jl. Raya \(index)"))
  }

  /// Creates a data directory whose store has `count` requests of distinct residents delivered
  /// on `deliveryDay`, and one more that is only ready.
  private static func store(_ directory: TestDirectory, delivered count: Int) throws
    -> (data: String, store: SQLiteStore, delivered: [DeliveryRequest], ready: DeliveryRequest)
  {
    let data = directory.path("data")
    let store = try SQLiteStore.open(dataDirectory: data, readOnly: false)
    let courier = try store.addCourier(
      NewCourier(
        name: "Budi", phone: nil, vehicle: "motor",
        homeDesaCode: Kromengan.kecamatan.desa[3].code, dailyCapacity: 30),
      by: user, at: time(6))
    var delivered: [DeliveryRequest] = []
    for index in 1...(count + 1) {
      var request = try store.createRequest(
        NewRequest(resident: try resident(index), document: .ktpEl), by: user, at: time(7))
      var steps: [(RequestAction, Date)] = [
        (.sendToDukcapil, time(7, 10)), (.markReady, time(7, 20)),
      ]
      if index <= count {
        steps += [
          (.assign(courierID: courier.id, day: deliveryDay), time(8)), (.dispatch, time(8, 30)),
          (.deliver(Handover(recipientKind: .resident, recipientName: "Warga")), time(11)),
        ]
      }
      for (action, at) in steps {
        request = try store.apply(action, to: request.id, expectedVersion: nil, by: user, at: at)
      }
      if index <= count { delivered.append(request) }
      if index == count + 1 { return (data, store, delivered, request) }
    }
    throw EndToEndError.commandFailed(command: "store setup", status: 1, errorOutput: "")
  }

  /// Five rows whose answers to each element sum to 16, 17, 14, 20, 16, 17, 18, 14, 15,
  /// the published test values of 81.67, answered two days after the delivery.
  private static func fiveRows(_ requests: [DeliveryRequest]) -> [String] {
    let sums = [16, 17, 14, 20, 16, 17, 18, 14, 15]
    return requests.prefix(5).enumerated().map { respondent, request in
      let answers = sums.map { sum in String(respondent < sum % 5 ? sum / 5 + 1 : sum / 5) }
      return ([request.number.description, "18/11/2026"] + answers).joined(separator: ";")
    }
  }

  private static let header = "Nomor permohonan;Tanggal survei;U1;U2;U3;U4;U5;U6;U7;U8;U9"

  private static func write(_ lines: [String], to path: String) throws {
    // The form Excel saves: a byte order mark and CRLF.
    let text = "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  private static func run(_ arguments: [String]) throws -> ProcessOutput {
    try ChildProcess.run(try HDSBinary.url(), arguments)
  }

  /// Returns the number after "label:" on a line of an import's report, nil when no line
  /// has the label.
  private static func count(_ label: String, in output: String) -> Int? {
    for line in output.split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix(label + ":") else { continue }
      return Int(trimmed.dropFirst(label.count + 1).trimmingCharacters(in: .whitespaces))
    }
    return nil
  }

  private static func surveyCount(_ store: SQLiteStore) throws -> [Int64] {
    try store.withConnection { (connection) throws(StoreError) -> [Int64] in
      [
        try connection.integer("SELECT count(*) FROM survey_response", context: "test"),
        try connection.integer("SELECT count(*) FROM survey_event", context: "test"),
      ]
    }
  }

  // MARK: Import and index

  @Test("import then index of the month")
  func importThenIndex() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, store, delivered, _) = try Self.store(directory, delivered: 5)
    let file = directory.path("survey.csv")
    try Self.write([Self.header] + Self.fiveRows(delivered), to: file)

    let imported = try Self.run(["import", "survey", file, "--data", data])
    #expect(imported.status == 0, "\(imported.errorOutput)")
    #expect(imported.output.hasPrefix("Impor \(file) selesai:\n"), "\(imported.output)")
    #expect(Self.count("baris dibaca", in: imported.output) == 5, "\(imported.output)")
    #expect(Self.count("survei dicatat", in: imported.output) == 5, "\(imported.output)")
    #expect(try Self.surveyCount(store) == [5, 5])

    let again = try Self.run(["import", "survey", file, "--data", data])
    #expect(again.status == 0, "\(again.errorOutput)")
    #expect(Self.count("survei dicatat", in: again.output) == 0, "\(again.output)")
    #expect(Self.count("tidak berubah", in: again.output) == 5, "\(again.output)")
    #expect(try Self.surveyCount(store) == [5, 5])

    let english = try Self.run(["import", "survey", file, "--lang", "en", "--data", data])
    #expect(english.status == 0, "\(english.errorOutput)")
    #expect(english.output.hasPrefix("Imported \(file):\n"), "\(english.output)")
    #expect(Self.count("responses recorded", in: english.output) == 0, "\(english.output)")
    #expect(Self.count("unchanged", in: english.output) == 5, "\(english.output)")

    let text = try Self.run(["survey", "--month", "2026-11", "--data", data])
    #expect(text.status == 0, "\(text.errorOutput)")
    let lines = text.output.split(separator: "\n").map(String.init)
    #expect(lines.first == "Survei Kepuasan Masyarakat (SKM) · November 2026", "\(text.output)")
    #expect(lines.contains("IKM 81,67 · mutu pelayanan B (Baik)"), "\(text.output)")
    #expect(lines.contains("Responden: 5"), "\(text.output)")
    #expect(
      lines.contains("Penduduk terlayani: 5 · sampel diperlukan: 5 (tabel Krejcie–Morgan)"),
      "\(text.output)")
    #expect(
      lines.contains {
        $0.hasPrefix("U3 Waktu pelayanan") && $0.hasSuffix("2,8000  C (Kurang baik)")
      },
      "\(text.output)")
    #expect(!text.output.contains("Sampel belum cukup"), "\(text.output)")

    let csv = try Self.run([
      "survey", "--month", "2026-11", "--csv", "--lang", "en", "--data", data,
    ])
    #expect(csv.status == 0, "\(csv.errorOutput)")
    let records = try CSVReader.read(Array(csv.output.utf8)).records
    #expect(records.count == 11)
    #expect(
      records[1].fields == [
        "2026-11", "U1", "Requirements", "5", "16", "3.2000", "B", "", "", "", "", "",
      ])
    #expect(
      records[10].fields == ["2026-11", "IKM", "", "", "", "", "B", "81.67", "5", "5", "5", "yes"])
  }

  @Test("too few respondents said on screen")
  func sampleTooSmall() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, _, delivered, _) = try Self.store(directory, delivered: 8)
    let file = directory.path("survey.csv")
    try Self.write([Self.header] + Self.fiveRows(delivered), to: file)
    #expect(try Self.run(["import", "survey", file, "--data", data]).status == 0)

    let text = try Self.run(["survey", "--month", "2026-11", "--lang", "en", "--data", data])
    #expect(text.status == 0, "\(text.errorOutput)")
    // Krejcie–Morgan: 8 residents served need 8 respondents.
    #expect(
      text.output.contains(
        "Sample too small: 3 respondents short of the 8 needed for 8 residents served."),
      "\(text.output)")
  }

  @Test("invalid row rejects whole file")
  func allOrNothing() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, store, delivered, ready) = try Self.store(directory, delivered: 5)
    let file = directory.path("survey.csv")
    var rows = Self.fiveRows(delivered)
    rows[1] = rows[1].replacingOccurrences(of: ";18/11/2026;", with: ";14/11/2026;")
    rows.append("\(ready.number);18/11/2026;4;4;4;4;4;4;4;4;4")
    rows.append("HDS-2026-000001;18/11/2026;4;5;4;4;4;4;4;4;4")
    try Self.write([Self.header] + rows, to: file)

    let dry = try Self.run(["import", "survey", file, "--dry-run", "--data", data])
    #expect(dry.status == 1)
    let result = try Self.run(["import", "survey", file, "--data", data])
    #expect(result.status == 1)
    #expect(result.output.isEmpty, "\(result.output)")
    let problems = result.errorOutput.split(separator: "\n").filter { $0.hasPrefix("baris ") }
      .map(String.init)
    let beforeDelivery: String =
      "baris 3: tanggal isi 14 November 2026 untuk permohonan \(delivered[1].number) sebelum"
      + " penyerahannya pada 16 November 2026; isi tanggal saat penduduk mengisi kuesioner"
    let notDelivered: String =
      "baris 7: permohonan \(ready.number) berstatus Siap, belum diserahkan; survei hanya"
      + " dicatat setelah dokumen diserahkan"
    let badAnswer: String =
      "baris 8: U2 5 bukan jawaban; isi bilangan bulat 1 sampai 4, atau kosongkan sel itu bila"
      + " penduduk tidak menjawab unsur tersebut"
    #expect(problems == [beforeDelivery, notDelivered, badAnswer], "\(result.errorOutput)")
    #expect(
      result.errorOutput.hasPrefix(
        "hds: \(file) berisi 3 baris tidak valid, jadi tidak ada yang diimpor:\n"),
      "\(result.errorOutput)")
    #expect(try Self.surveyCount(store) == [0, 0])

    let english = try Self.run(["import", "survey", file, "--lang", "en", "--data", data])
    #expect(english.status == 1)
    let englishProblems = english.errorOutput.split(separator: "\n")
      .filter { $0.hasPrefix("line ") }.map(String.init)
    let englishBeforeDelivery: String =
      "line 3: the answered date 2026-11-14 of request \(delivered[1].number) is before its"
      + " delivery on 2026-11-16; enter the day the resident filled in the questionnaire"
    let englishNotDelivered: String =
      "line 7: request \(ready.number) is ready, not delivered; a survey response is recorded"
      + " only after the document was handed over"
    let englishBadAnswer: String =
      "line 8: U2 5 is not an answer; enter a whole number from 1 to 4, or leave the cell"
      + " empty for an element the resident left blank"
    #expect(
      englishProblems == [englishBeforeDelivery, englishNotDelivered, englishBadAnswer],
      "\(english.errorOutput)")
    #expect(english.errorOutput.contains("3 invalid rows, so nothing was imported"))
    #expect(try Self.surveyCount(store) == [0, 0])
  }

  @Test("skip-invalid writes rejects file")
  func skipInvalid() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, store, delivered, ready) = try Self.store(directory, delivered: 5)
    let file = directory.path("survey.csv")
    let rejects = directory.path("rejects.csv")
    let rows = Self.fiveRows(delivered) + ["\(ready.number);18/11/2026;4;4;4;4;4;4;4;4;4"]
    try Self.write([Self.header] + rows, to: file)

    let dry = try Self.run([
      "import", "survey", file, "--dry-run", "--skip-invalid", rejects, "--data", data,
    ])
    #expect(dry.status == 0, "\(dry.errorOutput)")
    #expect(
      dry.output.hasPrefix("Uji coba impor \(file): tidak ada yang disimpan."), "\(dry.output)")
    #expect(
      dry.output.contains("Baris tidak valid dan duplikat yang akan ditulis ke \(rejects): 1"),
      "\(dry.output)")
    #expect(try Self.surveyCount(store) == [0, 0])
    #expect(!FileManager.default.fileExists(atPath: rejects))

    let result = try Self.run(["import", "survey", file, "--skip-invalid", rejects, "--data", data])
    #expect(result.status == 0, "\(result.errorOutput)")
    #expect(Self.count("survei dicatat", in: result.output) == 5, "\(result.output)")
    #expect(Self.count("tidak valid", in: result.output) == 1, "\(result.output)")
    #expect(
      result.output.contains("Baris tidak valid dan duplikat ditulis ke \(rejects): 1"),
      "\(result.output)")
    #expect(
      result.output.hasSuffix(
        "Tidak valid:\n  baris 7: permohonan \(ready.number) berstatus Siap, belum diserahkan;"
          + " survei hanya dicatat setelah dokumen diserahkan\n"), "\(result.output)")
    #expect(try Self.surveyCount(store) == [5, 5])
    let records = try CSVReader.read(Array(try Data(contentsOf: URL(fileURLWithPath: rejects))))
      .records
    #expect(records.count == 2)
    #expect(records.first?.fields.last == "alasan")
    #expect(records.last?.fields.first == ready.number.description)
    #expect(
      records.last?.fields.last
        == "permohonan \(ready.number) berstatus Siap, belum diserahkan; survei hanya dicatat"
        + " setelah dokumen diserahkan")

    let englishRejects = directory.path("rejects-en.csv")
    let english = try Self.run([
      "import", "survey", file, "--skip-invalid", englishRejects, "--lang", "en", "--data", data,
    ])
    #expect(english.status == 0, "\(english.errorOutput)")
    #expect(Self.count("unchanged", in: english.output) == 5, "\(english.output)")
    #expect(Self.count("invalid", in: english.output) == 1, "\(english.output)")
    #expect(english.output.contains("Invalid and duplicate rows written to \(englishRejects): 1"))
    let englishRecords = try CSVReader.read(
      Array(try Data(contentsOf: URL(fileURLWithPath: englishRejects)))
    ).records
    #expect(englishRecords.first?.fields.last == "reason")
    #expect(
      englishRecords.last?.fields.last
        == "request \(ready.number) is ready, not delivered; a survey response is recorded only"
        + " after the document was handed over")
    #expect(try Self.surveyCount(store) == [5, 5])
  }

  @Test(
    "survey options checked",
    arguments: [
      (
        ["survey", "--month", "2026-13"],
        "invalid value 2026-13 for --month; expected a month as YYYY-MM"
      ),
      (
        ["survey", "--year", "2026-11"], "invalid value 2026-11 for --year; expected a year as YYYY"
      ),
      (
        ["survey", "--year", "2026", "--month", "2026-11"],
        "--month and --year cannot be used together"
      ),
      (["summary", "--csv"], "--csv only applies to hds survey"),
      (
        ["summary", "--month", "2026-11"],
        "--month and --year only apply to hds survey or hds report"
      ),
      (["import", "survey"], "hds import survey needs the CSV file to import"),
      (
        ["import", "surveys", "x.csv"],
        "hds import cannot import surveys; it takes print-list or survey"
      ),
    ])
  func usageErrors(arguments: [String], message: String) throws {
    let result = try Self.run(arguments)

    #expect(result.status == 2)
    #expect(result.errorOutput.contains(message), "\(result.errorOutput)")
  }

  // MARK: Dashboard

  @Test("survey form typed in dashboard")
  func formInDashboard() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, store, delivered, _) = try Self.store(directory, delivered: 1)
    let number = delivered[0].number
    let session = try Dashboard.start(data: data, in: directory)
    defer { session.kill() }

    // The queue shows pending requests; the filter's first choice cycles to Diserahkan.
    try await session.waitFor("│ HDS-")
    try session.sendKeys("F")
    try await session.waitFor("Saring antrean")
    for _ in 0..<6 { try session.sendKeys("Right") }
    try await session.waitFor("‹ Diserahkan ›")
    try session.sendKeys("Enter")
    try await session.waitFor("· Diserahkan")
    try session.sendKeys("Enter")
    // The title is drawn before the key bar, so wait for both: a capture may land between.
    let detail = try await session.waitUntil("the detail with its survey key") {
      $0.contains("Rincian \(number)") && $0.contains("v survei")
    }
    #expect(detail.contains("v survei"), "\(detail)")

    try session.sendKeys("v")
    // The form's title, an element and today's date together, so that a capture taken
    // while the form is still being drawn over the detail is not read as the form.
    let today = CalendarDay(containing: Date())
    let date = String(format: "%02d-%02d-%04d", today.day, today.month, today.year)
    let form = try await session.waitUntil("the survey form", timeout: .seconds(10)) {
      $0.contains("U6 Kompetensi pelaksana") && $0.contains("Survei kepuasan \(number)")
        && $0.contains(date)
    }
    #expect(form.contains("Survei kepuasan \(number)"), "\(form)")
    #expect(form.contains(date), "\(form)")
    // "-" leaves U3 blank; each key moves to the next element.
    try session.sendLiteral("43-443324")
    try await session.waitFor("U9 Penanganan pengaduan  4")
    try session.sendKeys("Enter")
    try await session.waitFor("Survei \(number) dicatat.")
    try session.sendKeys("G")
    let shown = try await session.waitFor("U1 4 · U2 3 · U3 — · U4 4")
    #expect(shown.contains("lewat formulir"), "\(shown)")

    let stored = try #require(try store.surveyResponse(ofRequest: delivered[0].id))
    #expect(stored.response == (try SurveyResponse([4, 3, nil, 4, 4, 3, 3, 2, 4])))
    #expect(stored.answeredOn == today)
    #expect(stored.source == .form)
  }
}

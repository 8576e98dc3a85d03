// `hds import print-list` and `hds export`, run as the built program on stores that the
// tests fill through the store's API.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQLite

@Suite("Exchange commands")
struct ExchangeCommandTests {
  private static let user = Actor.operator("operator1")
  private static let day = CalendarDay(year: 2026, month: 12, day: 3)

  /// `hour`:`minute` WIB on `day`.
  private static func time(_ hour: Int, _ minute: Int = 0, on day: CalendarDay = day) -> Date {
    day.start.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
  }

  /// A Kromengan NIK, distinct for `index` from 1 to 140,000: the birth day (1 to 28)
  /// and the serial (1 to 5,000) both come from it.
  private static func nik(_ index: Int) -> String {
    "350731" + String(format: "%02d", 1 + (index - 1) / 5_000) + "0890"
      + String(format: "%04d", 1 + (index - 1) % 5_000)
  }

  private static func resident(_ index: Int, name: String, desa: Int = 0) throws -> Resident {
    let desa = Kromengan.kecamatan.desa[desa]
    let dusun = desa.dusun[0]
    let rw = dusun.rukunWarga[0]
    return Resident(
      nik: try NIK(nik(index)), name: name,
      kk: try KKNumber("350731010120" + String(format: "%04d", index % 10_000)), phone: nil,
      address: Address(
        desaCode: desa.code, dusun: dusun.name, rw: rw.number, rt: rw.rukunTetangga[0],
        street: "Jl. Raya 1"))
  }

  /// Creates a request received at 07:00 on `day` and sends it to Dukcapil at 07:30.
  @discardableResult
  private static func inProcess(
    _ store: SQLiteStore, _ index: Int, name: String = "Warga", desa: Int = 0,
    document: DocumentKind = .ktpEl, on day: CalendarDay = day
  ) throws -> DeliveryRequest {
    let created = try store.createRequest(
      NewRequest(resident: try resident(index, name: name, desa: desa), document: document),
      by: user, at: time(7, on: day))
    return try store.apply(
      .sendToDukcapil, to: created.id, expectedVersion: nil, by: user, at: time(7, 30, on: day))
  }

  private static func run(_ arguments: [String]) throws -> ProcessOutput {
    try ChildProcess.run(try HDSBinary.url(), arguments)
  }

  private static func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  private static func bytes(_ path: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: path)))
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

  /// Every request with its resident, as comparable text rows.
  private static func requestRows(_ store: SQLiteStore) throws -> [String] {
    try store.withConnection { (connection) throws(StoreError) -> [String] in
      try connection.rows(
        """
        SELECT r.year, r.serial, r.document, r.state, r.version, r.needs_completion,
          r.printed_day, p.nik, p.name, p.kk, p.desa_code
        FROM request r JOIN resident p ON p.id = r.resident_id ORDER BY r.id
        """, context: "test"
      ) { row in
        (0..<row.columnCount).map { row.text($0) }.joined(separator: "|")
      }
    }
  }

  // MARK: The 10,000-row print list

  /// A print list of `count` rows for NIKs 1…count, `;`-separated, with the rows in
  /// `bad` broken: the first gets a short NIK, the second an unknown document kind, the
  /// third an impossible date. Row `index` is on line `index + 1`.
  private static func largeList(count: Int, bad: [Int]) -> String {
    var text = "NIK;nama;dokumen;tanggal cetak\n"
    for index in 1...count {
      var fields = [nik(index), "Warga \(index)", index % 3 == 0 ? "KK" : "KTP-el", "03/12/2026"]
      if index == bad[0] { fields[0] = "35073112" }
      if index == bad[1] { fields[2] = "paspor" }
      if index == bad[2] { fields[3] = "31/02/2026" }
      text += fields.joined(separator: ";") + "\n"
    }
    return text
  }

  private static let bad = [14, 5_000, 9_999]

  private static let eventColumns =
    "id,time,request,request_id,user,action,from_state,to_state,courier_id,corrects_event_id,detail,role"

  /// A data directory whose store has 20 in-process requests for NIKs 1…20.
  private static func seededStore(_ directory: TestDirectory) throws -> (String, SQLiteStore) {
    let data = directory.path("data")
    let store = try SQLiteStore.open(dataDirectory: data, readOnly: false)
    for index in 1...20 {
      try inProcess(store, index, document: index % 3 == 0 ? .kk : .ktpEl)
    }
    return (data, store)
  }

  @Test("invalid rows reject whole file")
  func rejectsWholeFile() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, store) = try Self.seededStore(directory)
    let file = directory.path("print-list.csv")
    try Self.write(Self.largeList(count: 10_000, bad: Self.bad), to: file)
    let events = try store.eventCount()
    let requests = try Self.requestRows(store)

    let result = try Self.run(["import", "print-list", file, "--data", data])

    #expect(result.status == 1)
    #expect(result.output.isEmpty, "\(result.output)")
    let lines = result.errorOutput.split(separator: "\n").filter { $0.hasPrefix("baris ") }
    let numbers = lines.compactMap { $0.dropFirst(6).split(separator: ":").first }.map(String.init)
    #expect(numbers == ["15", "5001", "10000"], "\(result.errorOutput)")
    #expect(lines.first == "baris 15: NIK 35073112 terdiri dari 8 angka; NIK harus 16 angka")
    #expect(
      result.errorOutput.hasPrefix(
        "hds: \(file) berisi 3 baris tidak valid, jadi tidak ada yang diimpor:\n"),
      "\(result.errorOutput)")
    #expect(result.errorOutput.contains("atau tambahkan --skip-invalid BERKAS"))
    #expect(try store.eventCount() == events)
    #expect(try Self.requestRows(store) == requests)

    let english = try Self.run(["import", "print-list", file, "--lang", "en", "--data", data])
    #expect(english.status == 1)
    let englishLines = english.errorOutput.split(separator: "\n").filter { $0.hasPrefix("line ") }
    #expect(englishLines.count == 3, "\(english.errorOutput)")
    #expect(englishLines.first == "line 15: NIK 35073112 has 8 digits; a NIK has 16")
    #expect(english.errorOutput.contains("3 invalid rows, so nothing was imported"))
    #expect(english.errorOutput.contains("or add --skip-invalid FILE"))
    #expect(try store.eventCount() == events)
  }

  @Test("skip-invalid imports valid rows")
  func skipInvalid() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, store) = try Self.seededStore(directory)
    let file = directory.path("print-list.csv")
    let rejects = directory.path("rejects.csv")
    try Self.write(Self.largeList(count: 10_000, bad: Self.bad), to: file)
    let events = try store.eventCount()

    let result = try Self.run(
      ["import", "print-list", file, "--skip-invalid", rejects, "--data", data])

    #expect(result.status == 0, "\(result.errorOutput)")
    // Row 14, one of the 20 in-process requests, is invalid.
    #expect(Self.count("ditandai siap", in: result.output) == 19, "\(result.output)")
    #expect(Self.count("dibuat, perlu dilengkapi", in: result.output) == 9978, "\(result.output)")
    #expect(Self.count("tidak valid", in: result.output) == 3, "\(result.output)")
    #expect(
      result.output.contains("Baris tidak valid dan duplikat ditulis ke \(rejects): 3"),
      "\(result.output)")
    // 19 mark-ready events, and a create and a mark-ready event for each new request.
    #expect(try store.eventCount() == events + 19 + 2 * 9_978)

    // Foundation's String(contentsOfFile:) drops a byte order mark, so the bytes are checked.
    let bytes = try Self.bytes(rejects)
    #expect(
      bytes.starts(
        with: [0xEF, 0xBB, 0xBF] + Array("NIK;nama;dokumen;tanggal cetak;alasan\r\n".utf8)))
    let records = try CSVReader.read(bytes).records
    #expect(records.count == 4)
    #expect(
      records.dropFirst().map { $0.fields[0] } == ["35073112", Self.nik(5_000), Self.nik(9_999)])
    #expect(records[1].fields[4] == "NIK 35073112 terdiri dari 8 angka; NIK harus 16 angka")
    #expect(records[2].fields[4].contains("paspor bukan dokumen yang diantar HDS"))
    #expect(records[3].fields[4].contains("31/02/2026 bukan tanggal yang ada"))
  }

  /// Stores requests HDS-2026-000001 to 000003 in process and 000004 received, and returns
  /// a print list for them such as a clerk might receive, with the future date as written.
  /// Its rows: one to mark ready, a short NIK, an unknown document, a print date next
  /// month, a repeated row, the received request, a new resident, and a NIK from outside
  /// Kabupaten Malang.
  private static func mixedList(_ store: SQLiteStore) throws -> (text: String, future: String) {
    for index in 1...3 { try inProcess(store, index) }
    _ = try store.createRequest(
      NewRequest(resident: try resident(4, name: "Rina"), document: .ktpEl), by: user,
      at: time(7))
    let next = CalendarDay(containing: Date()).adding(days: 30)
    let future = String(format: "%02d/%02d/%04d", next.day, next.month, next.year)
    let rows = [
      "NIK;Nama;Dokumen;Tanggal Cetak",
      "\(nik(1));Siti;KTP-el;03/12/2026",
      "35073112;Budi;KTP-el;03/12/2026",
      "\(nik(2));Joko;paspor;03/12/2026",
      "\(nik(3));Ani;KTP-el;\(future)",
      "\(nik(1));Siti;KTP-el;03/12/2026",
      "\(nik(4));Rina;KTP-el;03/12/2026",
      "\(nik(50));Baru;KK;03/12/2026",
      "3171011708450001;Luar;KK;03/12/2026",
    ]
    return (rows.joined(separator: "\n") + "\n", future)
  }

  @Test("bad rows reported in Indonesian")
  func badRowsIndonesian() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = directory.path("data")
    let store = try SQLiteStore.open(dataDirectory: data, readOnly: false)
    let (text, future) = try Self.mixedList(store)
    let file = directory.path("daftar-cetak.csv")
    let rejects = directory.path("ditolak.csv")
    try Self.write(text, to: file)

    let rejected = try Self.run(["import", "print-list", file, "--data", data])
    #expect(rejected.status == 1)
    let problems = rejected.errorOutput.split(separator: "\n").map(String.init)
    #expect(
      problems.first == "hds: \(file) berisi 3 baris tidak valid, jadi tidak ada yang diimpor:")
    #expect(problems.count == 5, "\(rejected.errorOutput)")
    #expect(
      problems.dropFirst().first == "baris 3: NIK 35073112 terdiri dari 8 angka; NIK harus 16 angka"
    )
    #expect(
      problems.contains(
        "baris 4: Dokumen paspor bukan dokumen yang diantar HDS; isi salah satu dari KTP-el, KK,"
          + " KIA, Akta lahir, Akta mati, SKP"), "\(rejected.errorOutput)")
    #expect(
      problems.contains {
        $0.hasPrefix("baris 5: Tanggal Cetak \(future) jatuh setelah hari ini (")
          && $0.hasSuffix("pastikan tanggal ditulis sebelum bulan, seperti DD/MM/YYYY")
      }, "\(rejected.errorOutput)")
    #expect(
      problems.last
        == "Perbaiki baris tersebut lalu impor berkas itu lagi, atau tambahkan --skip-invalid"
        + " BERKAS untuk mengimpor baris yang valid dan menulis baris yang tidak valid ke BERKAS.")

    let dry = try Self.run(
      ["import", "print-list", file, "--dry-run", "--skip-invalid", rejects, "--data", data])
    #expect(dry.status == 0, "\(dry.errorOutput)")
    #expect(dry.output.hasPrefix("Uji coba impor \(file): tidak ada yang disimpan."))
    #expect(!FileManager.default.fileExists(atPath: rejects))

    let result = try Self.run(
      ["import", "print-list", file, "--skip-invalid", rejects, "--data", data])
    #expect(result.status == 0, "\(result.errorOutput)")
    let expected = [
      "Impor \(file) selesai:",
      "  baris dibaca:              8",
      "  ditandai siap:             1",
      "  dibuat, siap ditugaskan:   0",
      "  dibuat, perlu dilengkapi:  2",
      "  tidak berubah:             0",
      "  dilewati:                  1",
      "  duplikat diabaikan:        1",
      "  tidak valid:               3",
      "Baris tidak valid dan duplikat ditulis ke \(rejects): 4",
      "Dilewati:",
      "  baris 7: permohonan HDS-2026-000004 berstatus Terdaftar dan belum dicatat terkirim ke"
        + " Dukcapil di HDS; catat pengirimannya, lalu impor daftar ini lagi",
      "Duplikat:",
      "  baris 6: NIK dan dokumennya sama dengan baris 2; hanya baris 2 yang diimpor",
      "Tidak valid:",
      "  baris 3: NIK 35073112 terdiri dari 8 angka; NIK harus 16 angka",
    ]
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(Array(lines.prefix(expected.count)) == expected, "\(result.output)")
    // Line 2 names the resident stored as "Warga" Siti: imported, with a warning.
    #expect(
      Array(lines.suffix(4).prefix(3)) == [
        "Peringatan:",
        "  baris 2: nama \"Siti\" berbeda dengan nama warga tersimpan \"Warga\" (permohonan"
          + " HDS-2026-000001); baris dicocokkan menurut NIK-nya, jadi koreksi nama tersimpan bila"
          + " salah, atau periksa NIK itu ke Dukcapil bila keduanya orang yang berbeda",
        "  baris 9: NIK 3171011708450001: kode wilayah 317101 tidak dikenal; periksa dengan"
          + " KTP-el",
      ], "\(result.output)")
    #expect(
      lines.last
        == "Lengkapi alamat dan No. KK permohonan yang dibuat; di antrean permohonan itu bertanda"
        + " perlu dilengkapi.")

    let records = try CSVReader.read(try Self.bytes(rejects)).records
    #expect(records.first?.fields == ["NIK", "Nama", "Dokumen", "Tanggal Cetak", "alasan"])
    #expect(
      records.dropFirst().map { $0.fields[0] } == [
        "35073112", Self.nik(2), Self.nik(3), Self.nik(1),
      ])
    #expect(records[1].fields[4] == "NIK 35073112 terdiri dari 8 angka; NIK harus 16 angka")
    #expect(records[2].fields[4].hasPrefix("Dokumen paspor bukan dokumen yang diantar HDS"))
    #expect(records[3].fields[4].hasPrefix("Tanggal Cetak \(future) jatuh setelah hari ini"))
    #expect(
      records[4].fields[4]
        == "NIK dan dokumennya sama dengan baris 2; hanya baris 2 yang diimpor")
  }

  @Test("bad rows reported in English")
  func badRowsEnglish() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = directory.path("data")
    let store = try SQLiteStore.open(dataDirectory: data, readOnly: false)
    let (text, future) = try Self.mixedList(store)
    let file = directory.path("print-list.csv")
    let rejects = directory.path("rejects.csv")
    try Self.write(text, to: file)

    let rejected = try Self.run(["import", "print-list", file, "--lang", "en", "--data", data])
    #expect(rejected.status == 1)
    #expect(
      rejected.errorOutput.hasPrefix(
        "hds: \(file) has 3 invalid rows, so nothing was imported:\n"
          + "line 3: NIK 35073112 has 8 digits; a NIK has 16\n"),
      "\(rejected.errorOutput)")

    let result = try Self.run(
      ["import", "print-list", file, "--skip-invalid", rejects, "--lang", "en", "--data", data])
    #expect(result.status == 0, "\(result.errorOutput)")
    let expected = [
      "Imported \(file):",
      "  rows read:                 8",
      "  marked ready:              1",
      "  created, ready to assign:  0",
      "  created, to be completed:  2",
      "  unchanged:                 0",
      "  skipped:                   1",
      "  duplicates ignored:        1",
      "  invalid:                   3",
      "Invalid and duplicate rows written to \(rejects): 4",
      "Skipped:",
      "  line 7: request HDS-2026-000004 is received and was not sent to Dukcapil in HDS; record"
        + " the sending, then import the list again",
      "Duplicates:",
      "  line 6: same NIK and document as line 2; only line 2 is imported",
      "Invalid:",
      "  line 3: NIK 35073112 has 8 digits; a NIK has 16",
      "  line 4: Dokumen paspor is not a document HDS delivers; enter one of KTP-el, KK, KIA,"
        + " Akta lahir, Akta mati, SKP",
    ]
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(Array(lines.prefix(expected.count)) == expected, "\(result.output)")
    #expect(
      Array(lines.suffix(4).prefix(3)) == [
        "Warnings:",
        "  line 2: the name \"Siti\" differs from the stored resident's name \"Warga\" (request"
          + " HDS-2026-000001); the row is matched by its NIK, so correct the stored name if it is"
          + " wrong, or check the NIK with Dukcapil if they are different people",
        "  line 9: NIK 3171011708450001: region code 317101 is not a known region; check it"
          + " against the KTP-el",
      ], "\(result.output)")
    #expect(
      lines.last
        == "Complete the address and KK of the created requests: they are flagged in the queue.")

    let records = try CSVReader.read(try Self.bytes(rejects)).records
    #expect(records.first?.fields == ["NIK", "Nama", "Dokumen", "Tanggal Cetak", "reason"])
    #expect(records[1].fields[4] == "NIK 35073112 has 8 digits; a NIK has 16")
    #expect(records[3].fields[4].hasPrefix("Tanggal Cetak \(future) is after today ("))
    #expect(records[4].fields[4] == "same NIK and document as line 2; only line 2 is imported")
  }

  @Test("rejects file may not be the input", arguments: ["print-list", "survey"])
  func rejectsFileIsInput(kind: String) throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, store) = try Self.seededStore(directory)
    let file = directory.path("list.csv")
    try Self.write(Self.largeList(count: 20, bad: Self.bad), to: file)
    let before = try Self.bytes(file)
    let events = try store.eventCount()
    let link = directory.path("link.csv")
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: file)

    for rejects in [file, link] {
      let result = try Self.run(["import", kind, file, "--skip-invalid", rejects, "--data", data])

      #expect(result.status == 2, "\(result.errorOutput)")
      #expect(
        result.errorOutput.contains(
          "--skip-invalid \(rejects) menunjuk berkas yang sedang diimpor"),
        "\(result.errorOutput)")
      #expect(result.errorOutput.contains("misalnya list-rejects.csv"), "\(result.errorOutput)")

      let english = try Self.run(
        ["import", kind, file, "--skip-invalid", rejects, "--lang", "en", "--data", data])
      #expect(english.status == 2, "\(english.errorOutput)")
      #expect(
        english.errorOutput.contains("--skip-invalid \(rejects) names the file being imported"),
        "\(english.errorOutput)")
      #expect(english.errorOutput.contains("such as list-rejects.csv"), "\(english.errorOutput)")
    }
    #expect(try Self.bytes(file) == before)
    #expect(try store.eventCount() == events)
  }

  @Test("second import changes nothing")
  func secondImportNoOp() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, store) = try Self.seededStore(directory)
    let file = directory.path("print-list.csv")
    try Self.write(Self.largeList(count: 2_000, bad: [0, 0, 0]), to: file)
    let first = try Self.run(["import", "print-list", file, "--data", data])
    #expect(first.status == 0, "\(first.errorOutput)")
    let events = try store.eventCount()
    let requests = try Self.requestRows(store)

    let second = try Self.run(["import", "print-list", file, "--data", data])

    #expect(second.status == 0, "\(second.errorOutput)")
    #expect(Self.count("tidak berubah", in: second.output) == 2000, "\(second.output)")
    #expect(Self.count("ditandai siap", in: second.output) == 0, "\(second.output)")
    #expect(Self.count("dibuat, perlu dilengkapi", in: second.output) == 0, "\(second.output)")
    #expect(try store.eventCount() == events)
    #expect(try Self.requestRows(store) == requests)
  }

  @Test("dry run writes nothing")
  func dryRun() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, store) = try Self.seededStore(directory)
    let file = directory.path("print-list.csv")
    let rejects = directory.path("rejects.csv")
    try Self.write(Self.largeList(count: 100, bad: [14, 0, 0]), to: file)
    let events = try store.eventCount()

    let result = try Self.run(
      ["import", "print-list", file, "--dry-run", "--skip-invalid", rejects, "--data", data])

    #expect(result.status == 0, "\(result.errorOutput)")
    #expect(
      result.output.hasPrefix(
        "Uji coba impor \(file): tidak ada yang disimpan. Bila diimpor, hasilnya:\n"),
      "\(result.output)")
    #expect(Self.count("ditandai siap", in: result.output) == 19, "\(result.output)")
    #expect(Self.count("dibuat, perlu dilengkapi", in: result.output) == 80, "\(result.output)")
    #expect(
      result.output.contains("Baris tidak valid dan duplikat yang akan ditulis ke \(rejects): 1"),
      "\(result.output)")
    // Nothing was created, so the closing hint speaks of what the import would create.
    #expect(
      result.output.hasSuffix(
        "Permohonan yang akan dibuat perlu dilengkapi alamat dan No. KK-nya setelah impor.\n"),
      "\(result.output)")
    #expect(try store.eventCount() == events)
    #expect(!FileManager.default.fileExists(atPath: rejects))

    let english = try Self.run(
      [
        "import", "print-list", file, "--dry-run", "--skip-invalid", rejects, "--lang", "en",
        "--data", data,
      ])
    #expect(english.status == 0, "\(english.errorOutput)")
    #expect(english.output.hasPrefix("Dry run of \(file): nothing was written."))
    #expect(Self.count("marked ready", in: english.output) == 19, "\(english.output)")
    #expect(Self.count("created, to be completed", in: english.output) == 80)
    #expect(english.output.contains("Invalid and duplicate rows would be written to \(rejects): 1"))
    #expect(
      english.output.hasSuffix(
        "The requests it would create will need their address and KK completed after the import.\n"),
      "\(english.output)")
    #expect(try store.eventCount() == events)
    #expect(!FileManager.default.fileExists(atPath: rejects))
  }

  // MARK: Excel files

  @Test("Excel file imports like plain")
  func excelLikePlain() throws {
    let plain = """
      NIK,nama,dokumen,tanggal cetak
      \(Self.nik(1)),Siti Aminah,KTP-el,2026-12-03
      \(Self.nik(2)),Joko Susilo,KK,03/12/2026

      """
    let excel =
      "\u{FEFF}NIK;Nama;Jenis Dokumen;Tanggal Cetak\r\n"
      + "\(Self.nik(1));\"Siti\r\nAminah\";KTP-el;03/12/2026\r\n"
      + "\(Self.nik(2));Joko Susilo;Kartu Keluarga;03-12-2026\r\n;;;\r\n"
    var outputs: [String] = []
    var rows: [[String]] = []
    for (name, text) in [("plain.csv", plain), ("excel.csv", excel)] {
      let directory = try TestDirectory()
      defer { directory.remove() }
      let data = directory.path("data")
      let store = try SQLiteStore.open(dataDirectory: data, readOnly: false)
      try Self.inProcess(store, 1, name: "Siti Aminah")
      let file = directory.path(name)
      try Self.write(text, to: file)

      let result = try Self.run(["import", "print-list", file, "--data", data])

      #expect(result.status == 0, "\(result.errorOutput)")
      outputs.append(result.output.split(separator: "\n").dropFirst().joined(separator: "\n"))
      rows.append(try Self.requestRows(store))
    }
    #expect(outputs[0] == outputs[1])
    #expect(rows[0] == rows[1])
    #expect(rows[0].count == 2)
    #expect(rows[1].last?.contains("|Joko Susilo|") == true, "\(rows[1])")
  }

  @Test("missing column names accepted names")
  func missingColumn() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, _) = try Self.seededStore(directory)
    let file = directory.path("print-list.csv")
    try Self.write("NIK;nama;tanggal cetak\n\(Self.nik(1));A;03/12/2026\n", to: file)

    let result = try Self.run(["import", "print-list", file, "--data", data])

    #expect(result.status == 1)
    #expect(
      result.errorOutput.hasPrefix(
        "hds: \(file): baris 1: baris judul tidak memuat kolom dokumen (nama yang diterima:"),
      "\(result.errorOutput)")
    #expect(result.errorOutput.contains("jenis dokumen"), "\(result.errorOutput)")

    let english = try Self.run(["import", "print-list", file, "--lang", "en", "--data", data])
    #expect(english.status == 1)
    #expect(english.errorOutput.contains("no document column"), "\(english.errorOutput)")
    #expect(english.errorOutput.contains("jenis dokumen"), "\(english.errorOutput)")
  }

  @Test("unterminated quote names its line")
  func unterminatedQuote() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, _) = try Self.seededStore(directory)
    let file = directory.path("print-list.csv")
    try Self.write("NIK;nama;dokumen;tanggal cetak\n1;\"open;KK;03/12/2026\n", to: file)

    let result = try Self.run(["import", "print-list", file, "--data", data])

    #expect(result.status == 1)
    #expect(
      result.errorOutput.contains("baris 2: sebuah nilai bertanda petik"), "\(result.errorOutput)")

    let english = try Self.run(["import", "print-list", file, "--lang", "en", "--data", data])
    #expect(english.status == 1)
    #expect(english.errorOutput.contains("line 2: a quoted field"), "\(english.errorOutput)")
  }

  @Test("unreadable file named in both languages")
  func missingFile() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, _) = try Self.seededStore(directory)
    let file = directory.path("no-such-list.csv")

    let result = try Self.run(["import", "print-list", file, "--data", data])
    #expect(result.status == 1)
    #expect(
      result.errorOutput
        == "hds: \(file) tidak dapat dibaca: berkas tidak ada; periksa lokasi berkas dan izin"
        + " aksesnya\n")

    let english = try Self.run(["import", "print-list", file, "--lang", "en", "--data", data])
    #expect(english.status == 1)
    #expect(
      english.errorOutput
        == "hds: cannot read \(file): no such file; check the path and its permissions\n")
  }

  // MARK: Recipient list

  /// A store with three deliveries on `day` (two in Slorok, one in Jambuwer) and one on
  /// the next day.
  private static func deliveredStore(_ directory: TestDirectory) throws -> String {
    let data = directory.path("data")
    let store = try SQLiteStore.open(dataDirectory: data, readOnly: false)
    let start = day.adding(days: -2)
    let courier = try store.addCourier(
      NewCourier(
        name: "Ahmad Fauzi", phone: nil, vehicle: "motor",
        homeDesaCode: Kromengan.kecamatan.desa[3].code, dailyCapacity: 15),
      by: user, at: time(7, on: start))
    let deliveries:
      [(name: String, desa: Int, document: DocumentKind, handover: Handover, at: Date)] = [
        (
          "Siti Aminah", 5, .ktpEl,
          Handover(recipientKind: .resident, recipientName: "Siti Aminah"),
          time(10, 5)
        ),
        (
          "Budi; \"Santoso\"", 0, .kk,
          Handover(recipientKind: .familyMember, recipientName: "Rina", relation: "istri"),
          time(11, 30)
        ),
        (
          "Warga <Tiga>", 0, .kia,
          Handover(recipientKind: .proxy, recipientName: "=Pak Kuasa", relation: "tetangga"),
          time(9, 15)
        ),
        (
          "Warga Empat", 0, .skp, Handover(recipientKind: .resident, recipientName: "Warga Empat"),
          time(9, on: day.adding(days: 1))
        ),
      ]
    for (index, delivery) in deliveries.enumerated() {
      let request = try inProcess(
        store, index + 1, name: delivery.name, desa: delivery.desa, document: delivery.document,
        on: start)
      let deliveryDay = CalendarDay(containing: delivery.at)
      _ = try store.apply(
        .markReady, to: request.id, expectedVersion: nil, by: user, at: time(8, on: start))
      _ = try store.apply(
        .assign(courierID: courier.id, day: deliveryDay), to: request.id, expectedVersion: nil,
        by: user, at: time(7, on: deliveryDay))
      _ = try store.apply(
        .dispatch, to: request.id, expectedVersion: nil, by: user,
        at: time(7, 30, on: deliveryDay))
      _ = try store.apply(
        .deliver(delivery.handover), to: request.id, expectedVersion: nil,
        by: .operator("courier1"),
        at: delivery.at)
    }
    return data
  }

  @Test("recipients CSV for a day")
  func recipientsCSV() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try Self.deliveredStore(directory)

    let file = directory.path("daftar.csv")

    let result = try Self.run(
      ["export", "recipients", "--from", "2026-12-03", "--output", file, "--data", data])

    #expect(result.status == 0, "\(result.errorOutput)")
    let expected =
      "\u{FEFF}Desa;No.;Nomor permohonan;Penduduk;Dusun;RT;RW;Jalan / patokan;Dokumen;Penerima;"
      + "Nama penerima;Hubungan;KTP-el lama ditarik;Waktu serah;Kurir\r\n"
      + "Slorok;1;HDS-2026-000003;Warga <Tiga>;Slorok;1;1;Jl. Raya 1;KIA;Pemegang surat kuasa;"
      + "'=Pak Kuasa;tetangga;;2026-12-03 09:15;Ahmad Fauzi\r\n"
      + "Slorok;2;HDS-2026-000002;\"Budi; \"\"Santoso\"\"\";Slorok;1;1;Jl. Raya 1;KK;"
      + "Anggota KK yang sama;Rina;istri;;2026-12-03 11:30;Ahmad Fauzi\r\n"
      + "Jambuwer;1;HDS-2026-000001;Siti Aminah;Krajan;1;1;Jl. Raya 1;KTP-el;Pemohon sendiri;"
      + "Siti Aminah;;tidak;2026-12-03 10:05;Ahmad Fauzi\r\n"
    #expect(try Self.bytes(file) == Array(expected.utf8))
    #expect(result.output.isEmpty, "the list goes only to the file: \(result.output)")
    #expect(
      result.errorOutput
        == "Daftar penerima 3 Desember 2026: 3 penyerahan, ditulis ke \(file)\n")

    let range = try Self.run(
      ["export", "recipients", "--from", "2026-12-03", "--to", "2026-12-04", "--data", data])
    #expect(range.output.components(separatedBy: "\r\n").count == 6, "\(range.output)")
    #expect(range.errorOutput.isEmpty, "no note when the list goes to standard output")
  }

  @Test("export over a readable file")
  func recipientsOverReadableFile() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try Self.deliveredStore(directory)
    let file = directory.path("daftar.csv")
    try String(repeating: "an older, longer file\n", count: 100).write(
      toFile: file, atomically: false, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file)

    let result = try Self.run(
      ["export", "recipients", "--from", "2026-12-03", "--output", file, "--data", data])

    #expect(result.status == 0, "\(result.errorOutput)")
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    let csv = try String(contentsOfFile: file, encoding: .utf8)
    #expect(!csv.contains("an older, longer file"))
    #expect(csv.contains("Desa;No.;Nomor permohonan"))
    #expect(csv.components(separatedBy: "\r\n").count == 5, "\(csv)")
  }

  @Test("recipients HTML for a day")
  func recipientsHTML() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try Self.deliveredStore(directory)
    let file = directory.path("daftar.html")

    let result = try Self.run(
      [
        "export", "recipients", "--from", "2026-12-03", "--format", "html", "--output", file,
        "--data", data,
      ])

    #expect(result.status == 0, "\(result.errorOutput)")
    #expect(result.output.isEmpty)
    let html = try String(contentsOfFile: file, encoding: .utf8)
    let attributes = try FileManager.default.attributesOfItem(atPath: file)
    #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
    #expect(html.contains("@page { size: A4;"))
    #expect(html.contains("<h1>Daftar Penerima Dokumen Kependudukan</h1>"))
    #expect(html.contains("Kecamatan Kromengan, Kabupaten Malang · 3 Desember 2026"))
    let slorok = try #require(html.range(of: "<h2>Desa Slorok (2)</h2>"))
    let jambuwer = try #require(html.range(of: "<h2>Desa Jambuwer (1)</h2>"))
    #expect(slorok.lowerBound < jambuwer.lowerBound)
    #expect(html.contains("<th>Tanda tangan</th>"))
    #expect(html.components(separatedBy: "<td class=\"sign\"></td>").count == 4)
    #expect(html.contains("<td>Budi; &quot;Santoso&quot;</td>"))
    #expect(html.contains("<td>Warga &lt;Tiga&gt;</td>"))
    #expect(!html.contains("<Tiga>"))
    #expect(
      html.contains(
        "<td>Rina<br><small>Anggota KK yang sama, istri</small></td><td>03/12/2026 11:30</td>"))
    #expect(html.contains("<td>Krajan, RT 001 / RW 001, Jl. Raya 1</td>"))
    #expect(html.contains("Jumlah: 3"))

    let english = try Self.run(
      [
        "export", "recipients", "--from", "2026-12-03", "--format", "html", "--lang", "en",
        "--data", data,
      ])
    #expect(english.output.contains("<html lang=\"en\">"))
    #expect(english.output.contains("Recipient List of Civil-Registry Documents"))
    #expect(english.output.contains("3 December 2026"))
    #expect(english.output.contains("<th>Signature</th>"))
  }

  @Test("recipients of an empty day")
  func recipientsEmptyDay() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try Self.deliveredStore(directory)

    let result = try Self.run(
      ["export", "recipients", "--from", "2026-11-01", "--format", "html", "--data", data])

    #expect(result.status == 0, "\(result.errorOutput)")
    #expect(result.output.contains("Tidak ada dokumen yang diserahkan"))
  }

  // MARK: Event log

  @Test("events export pages through all")
  func eventsExport() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = directory.path("data")
    let store = try SQLiteStore.open(dataDirectory: data, readOnly: false)
    // 260 requests with 2 events each: 520 events, more than one page of 500.
    for index in 1...260 { try Self.inProcess(store, index) }
    let total = try store.eventCount()
    #expect(total == 520)

    let csv = try Self.run(["export", "events", "--since", "2026-12-03", "--data", data])

    #expect(csv.status == 0, "\(csv.errorOutput)")
    let lines = csv.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.first == Self.eventColumns)
    let ids = lines.dropFirst().compactMap { Int($0.prefix { $0 != "," }) }
    #expect(ids == Array(1...total))
    #expect(
      lines[1].hasPrefix(
        "1,2026-12-03T07:00:00+07:00,HDS-2026-000001,1,operator1,create,,received,"))
    #expect(lines[1].hasSuffix(",operator"), "\(lines[1])")

    let jsonl = try Self.run(
      ["export", "events", "--since", "2026-12-03T07:30", "--format", "jsonl", "--data", data])
    #expect(jsonl.status == 0, "\(jsonl.errorOutput)")
    let objects = try jsonl.output.split(separator: "\n").map { line in
      try #require(
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }
    #expect(objects.count == 260)
    #expect(objects.allSatisfy { $0["action"] as? String == "send-to-dukcapil" })
    #expect(objects.first?["from_state"] as? String == "received")
    #expect(objects.first?["corrects_event_id"] is NSNull)
    #expect(objects.allSatisfy { $0["role"] as? String == "operator" })

    let later = try Self.run(["export", "events", "--since", "2026-12-04", "--data", data])
    #expect(later.output == Self.eventColumns + "\r\n")
  }

  // MARK: Usage

  @Test("usage errors exit 2")
  func usageErrors() throws {
    let cases: [[String]] = [
      ["import"], ["import", "print-list"], ["import", "list", "x.csv"],
      ["export"], ["export", "recipients"], ["export", "people", "--from", "2026-12-01"],
      ["export", "recipients", "--from", "2026-12-04", "--to", "2026-12-01"],
      ["export", "recipients", "--from", "2026-12-01", "--format", "pdf"],
      ["export", "events", "--since", "2026-12-01T25:00"],
      ["export", "events", "--since", "2026-12-01", "--format", "html"],
      ["summary", "--dry-run"], ["export", "events", "--from", "2026-12-01"],
    ]
    for arguments in cases {
      let result = try Self.run(arguments)
      #expect(result.status == 2, "\(arguments): \(result.errorOutput)")
      #expect(result.errorOutput.hasPrefix("hds: "), "\(arguments): \(result.errorOutput)")
    }

    // A list from a day that has not begun would be empty, and is rejected.
    let tomorrow = officeDay(offset: 1)
    let future = try Self.run(["export", "recipients", "--from", tomorrow])
    #expect(future.status == 2, "\(future.errorOutput)")
    #expect(
      future.errorOutput.contains("invalid value \(tomorrow) for --from; expected a day up to"),
      "\(future.errorOutput)")
  }

  @Test("help for each command")
  func help() throws {
    let cases: [([String], String)] = [
      (["import", "print-list", "--help"], "--skip-invalid REJECTS_FILE"),
      (["import", "--help"], "hds import print-list FILE"),
      (["export", "recipients", "--help"], "--format csv|html"),
      (["export", "events", "--help"], "--since TIME"),
      (["export", "--help"], "hds export events"),
      (["--help"], "hds export recipients"),
    ]
    for (arguments, text) in cases {
      let result = try Self.run(arguments)
      #expect(result.status == 0, "\(arguments): \(result.errorOutput)")
      #expect(result.output.contains(text), "\(arguments): \(result.output)")
    }
  }
}

import Testing

@testable import HDSCore

@Suite("Print list parser")
struct PrintListParserTests {
  private let today = CalendarDay(year: 2026, month: 12, day: 4)

  private func parse(_ text: String) throws -> PrintList {
    try PrintListParser.parse(try CSVReader.read(Array(text.utf8)), today: today)
  }

  /// The error that parsing `text` throws, or nil when it parses.
  private func headerError(_ text: String) throws -> PrintListError? {
    let table = try CSVReader.read(Array(text.utf8))
    do throws(PrintListError) {
      _ = try PrintListParser.parse(table, today: today)
      return nil
    } catch {
      return error
    }
  }

  // MARK: Header

  @Test("Indonesian header in any order")
  func indonesianHeader() throws {
    let list = try parse(
      "Tanggal Cetak;Jenis Dokumen;NAMA;NIK;No. Permohonan\n"
        + "03/12/2026;KTP-el;Siti Aminah;3507311508900001;HDS-2026-000012\n")
    #expect(list.rejects.isEmpty)
    let row = try #require(list.rows.first)
    #expect(row.line == 2)
    #expect(row.nik.digits == "3507311508900001")
    #expect(row.name == "Siti Aminah")
    #expect(row.document == .ktpEl)
    #expect(row.printedOn == CalendarDay(year: 2026, month: 12, day: 3))
    #expect(row.requestNumber == RequestNumber(year: 2026, serial: 12))
  }

  @Test("English header")
  func englishHeader() throws {
    let list = try parse("name,nik,document,print date\nAndi,3507311508900001,kk,2026-12-01\n")
    #expect(list.rows.count == 1)
    #expect(list.rows.first?.document == .kk)
    #expect(list.rows.first?.requestNumber == nil)
  }

  @Test("missing column named with accepted names")
  func missingColumn() throws {
    let error = try #require(
      try headerError("NIK;nama;tanggal cetak\n3507311508900001;Andi;01/12/2026\n"))
    #expect(
      error == .missingColumns([.document], line: 1, header: ["NIK", "nama", "tanggal cetak"]))
    #expect(!error.headerLooksLikeData)
  }

  @Test("data without header")
  func dataWithoutHeader() throws {
    let error = try #require(try headerError("3507311508900001;Andi;KK;01/12/2026\n"))
    #expect(error.headerLooksLikeData, "\(error)")
  }

  @Test("repeated column rejected")
  func repeatedColumn() throws {
    #expect(throws: PrintListError.self) {
      try parse("NIK;nama;name;dokumen;tanggal cetak\n")
    }
  }

  @Test("empty file rejected")
  func emptyFile() throws {
    #expect(throws: PrintListError.empty) { try parse("\n;;\n") }
  }

  // MARK: Values

  @Test("date formats")
  func dateFormats() {
    let day = CalendarDay(year: 2026, month: 3, day: 5)
    #expect(PrintDate.parse("2026-03-05") == .day(day))
    #expect(PrintDate.parse("05-03-2026") == .day(day))
    #expect(PrintDate.parse("05/03/2026") == .day(day))
    #expect(PrintDate.parse("5/3/2026") == .day(day))
    #expect(PrintDate.parse("31/02/2026") == .noSuchDay)
    #expect(PrintDate.parse("29/02/2028") == .day(CalendarDay(year: 2028, month: 2, day: 29)))
    #expect(PrintDate.parse("2026/03/05") == .notADate)
    #expect(PrintDate.parse("05/03/26") == .notADate)
    #expect(PrintDate.parse("05-03/2026") == .notADate)
    #expect(PrintDate.parse("+5/03/2026") == .notADate)
    #expect(PrintDate.parse("") == .notADate)
    #expect(PrintDate.parse("005/03/2026") == .notADate)
    #expect(PrintDate.parse("05/03/02026") == .notADate)
    #expect(PrintDate.parse("05//2026") == .notADate)
    #expect(PrintDate.parse("05/03/2026/1") == .notADate)
    #expect(PrintDate.parse("05/03/2026 ") == .notADate)
    #expect(PrintDate.parse("٠٥/٠٣/٢٠٢٦") == .notADate)
  }

  @Test("every problem of a row collected")
  func allProblemsOfRow() throws {
    let list = try parse(
      "NIK;nama;dokumen;tanggal cetak;nomor permohonan\n"
        + "35073112; ;paspor;31/02/2026;2026-12\n")
    let reject = try #require(list.rejects.first)
    #expect(reject.line == 2)
    #expect(reject.fields == ["35073112", " ", "paspor", "31/02/2026", "2026-12"])
    #expect(
      reject.problems.map(\.column) == [
        "NIK", "nama", "dokumen", "tanggal cetak", "nomor permohonan",
      ])
    #expect(
      reject.problems.map(\.kind) == [
        .invalidNIK(.wrongLength("35073112", digits: 8)), .empty(.name), .unknownDocument,
        .noSuchDay, .invalidRequestNumber(.printList),
      ])
    #expect(reject.problems.map(\.line) == [2, 2, 2, 2, 2])
    #expect(reject.problems[2].value == "paspor")
    #expect(reject.problems[3].value == "31/02/2026")
    #expect(list.rows.isEmpty)
  }

  @Test("published invalid NIKs rejected")
  func publishedInvalidNIKs() throws {
    let list = try parse(
      "NIK,nama,dokumen,tanggal cetak\n"
        + "3171013002001234,A,KK,01/12/2026\n"
        + "31710117084500,B,KK,01/12/2026\n"
        + "3,50731E+15,C,KK,01/12/2026\n")
    #expect(list.rejects.map(\.line) == [2, 3, 4])
    #expect(
      list.rejects[0].problems.map(\.kind) == [
        .invalidNIK(.impossibleDate("3171013002001234", day: 30, month: 2, yearDigits: 0))
      ])
    #expect(
      list.rejects[1].problems.map(\.kind) == [
        .invalidNIK(.wrongLength("31710117084500", digits: 14))
      ])
    // The comma-separated "3,50731E+15" spread over two fields, so the row has one too many.
    #expect(list.rejects[2].problems.first?.kind == .tooManyFields(fields: 5, headerCells: 4))
  }

  @Test("spreadsheet number NIK explained")
  func scientificNIK() throws {
    let list = try parse("NIK;nama;dokumen;tanggal cetak\n3,50731E+15;C;KK;01/12/2026\n")
    let problem = try #require(list.rejects.first?.problems.first)
    #expect(problem.kind == .nikAsNumber)
    #expect(problem.column == "NIK")
    #expect(problem.value == "3,50731E+15")
  }

  @Test("unknown region warns but imports")
  func unknownRegionWarning() throws {
    let list = try parse("NIK;nama;dokumen;tanggal cetak\n3171011708450001;A;KK;01/12/2026\n")
    #expect(list.rows.count == 1)
    #expect(list.warnings.map(\.line) == [2])
    #expect(list.warnings.map(\.kind) == [.nikWarning(.unknownRegion("317101"))])
  }

  @Test("future print date rejected")
  func futureDate() throws {
    let list = try parse("NIK;nama;dokumen;tanggal cetak\n3507311508900001;A;KK;12/05/2027\n")
    #expect(
      list.rejects.first?.problems.map(\.kind) == [.afterToday(today: today, yearFirst: false)])

    let iso = try parse("NIK;nama;dokumen;tanggal cetak\n3507311508900001;A;KK;2027-01-04\n")
    #expect(
      iso.rejects.first?.problems.map(\.kind) == [.afterToday(today: today, yearFirst: true)])
    #expect(iso.rejects.first?.problems.first?.value == "2027-01-04")
  }

  @Test("empty and unreadable print dates")
  func unreadableDates() throws {
    let list = try parse(
      "NIK;nama;dokumen;tanggal cetak\n3507311508900001;A;KK;\n3507311508900002;B;KK;kemarin\n")
    #expect(
      list.rejects.flatMap(\.problems).map(\.kind) == [
        .empty(.printDate), .notADate(.printDate),
      ])
  }

  @Test("name over two lines joined")
  func multilineName() throws {
    let list = try parse(
      "NIK;nama;dokumen;tanggal cetak\r\n3507311508900001;\"Siti\r\nAminah \";KK;01/12/2026\r\n")
    #expect(list.rows.first?.name == "Siti Aminah")
  }

  @Test("too many fields rejected")
  func tooManyFields() throws {
    let list = try parse(
      "NIK;nama;dokumen;tanggal cetak\n3507311508900001;Siti;Aminah;KK;01/12/2026;\n")
    #expect(list.rejects.count == 1)
    #expect(list.rejects.first?.problems.first?.kind == .tooManyFields(fields: 6, headerCells: 4))
  }

  @Test("desa column matched by name or code")
  func desaColumn() throws {
    let list = try parse(
      "NIK;nama;dokumen;tanggal cetak;desa\n"
        + "3507311508900001;A;KK;01/12/2026;Desa Jambuwer\n"
        + "3507311508900002;B;KK;01/12/2026;35.07.31.2002\n"
        + "3507311508900003;C;KK;01/12/2026;\n"
        + "3507311508900004;D;KK;01/12/2026;Kepanjen\n")
    #expect(list.rows.map(\.desaCode) == ["35.07.31.2006", "35.07.31.2002", nil])
    #expect(list.rejects.map(\.line) == [5])
    #expect(
      list.rejects.first?.problems.map(\.kind) == [
        .unknownDesa(kecamatan: "Kromengan", desa: Kromengan.kecamatan.desa.map(\.name))
      ])
  }

  @Test("duplicates after first reported")
  func duplicates() throws {
    let list = try parse(
      "NIK;nama;dokumen;tanggal cetak\n"
        + "3507311508900001;A;KK;01/12/2026\n"
        + "3507311508900001;A;KTP-el;01/12/2026\n"
        + "3507311508900001;A;kartu keluarga;02/12/2026\n")
    #expect(list.rows.map(\.line) == [2, 3])
    #expect(list.duplicates.map(\.line) == [4])
    #expect(list.duplicates.first?.firstLine == 2)
    #expect(list.duplicates.first?.problem.line == 4)
    #expect(list.duplicates.first?.problem.kind == .sameNIKAndDocument(firstLine: 2))
  }

  @Test("blank rows skipped")
  func blankRows() throws {
    let list = try parse(
      "NIK;nama;dokumen;tanggal cetak\n;;;\n\n3507311508900001;A;KK;01/12/2026\n;;;\n")
    #expect(list.rows.map(\.line) == [4])
    #expect(list.rejects.isEmpty)
  }
}

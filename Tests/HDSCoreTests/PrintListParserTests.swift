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
    #expect(error.description.contains("no document column"), "\(error)")
    #expect(error.description.contains("jenis dokumen"), "\(error)")
  }

  @Test("data without header")
  func dataWithoutHeader() throws {
    let error = try #require(try headerError("3507311508900001;Andi;KK;01/12/2026\n"))
    #expect(error.description.contains("looks like data"), "\(error)")
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
    #expect(reject.problems[0].description == "line 2: NIK 35073112 has 8 digits; a NIK has 16")
    #expect(reject.problems[2].message.contains("paspor is not a document"))
    #expect(reject.problems[3].message.contains("31/02/2026 is not a real date"))
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
    #expect(list.rejects[0].reason.contains("no such date"))
    #expect(list.rejects[1].reason.contains("14 digits"))
    // The comma-separated "3,50731E+15" spread over two fields, so the row has one too many.
    #expect(list.rejects[2].problems.first?.message.contains("separator") == true)
  }

  @Test("spreadsheet number NIK explained")
  func scientificNIK() throws {
    let list = try parse("NIK;nama;dokumen;tanggal cetak\n3,50731E+15;C;KK;01/12/2026\n")
    #expect(list.rejects.first?.reason.contains("format the NIK column as text") == true)
  }

  @Test("unknown region warns but imports")
  func unknownRegionWarning() throws {
    let list = try parse("NIK;nama;dokumen;tanggal cetak\n3171011708450001;A;KK;01/12/2026\n")
    #expect(list.rows.count == 1)
    #expect(list.warnings.map(\.line) == [2])
  }

  @Test("future print date rejected")
  func futureDate() throws {
    let list = try parse("NIK;nama;dokumen;tanggal cetak\n3507311508900001;A;KK;12/05/2027\n")
    #expect(list.rejects.first?.reason.contains("after today") == true)
    #expect(list.rejects.first?.reason.contains("the day comes before the month") == true)

    let iso = try parse("NIK;nama;dokumen;tanggal cetak\n3507311508900001;A;KK;2027-01-04\n")
    let reason = try #require(iso.rejects.first?.reason)
    #expect(reason.contains("2027-01-04 is after today"), "\(reason)")
    #expect(reason.contains("check the year, the month and the day"), "\(reason)")
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
    #expect(list.rejects.first?.problems.first?.message.contains("6 fields") == true)
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
    #expect(list.rejects.first?.reason.contains("not a desa of Kecamatan Kromengan") == true)
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
    #expect(list.duplicates.first?.description.contains("line 2") == true)
  }

  @Test("blank rows skipped")
  func blankRows() throws {
    let list = try parse(
      "NIK;nama;dokumen;tanggal cetak\n;;;\n\n3507311508900001;A;KK;01/12/2026\n;;;\n")
    #expect(list.rows.map(\.line) == [4])
    #expect(list.rejects.isEmpty)
  }
}

import Foundation
import Testing

@testable import HDSCore

private func day(_ text: String) throws -> CalendarDay {
  try #require(CalendarDay(iso: text), "not a valid day: \(text)")
}

/// Returns the text of a bundled holiday file in sample-data, read from the source tree.
private func sampleDataFile(_ name: String) throws -> String {
  let url = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("sample-data").appendingPathComponent(name)
  return try String(contentsOf: url, encoding: .utf8)
}

/// Returns the error that parsing `text` as the list of `year` throws.
private func parseError(_ text: String, year: Int = 2026) -> HolidayListError? {
  do {
    _ = try HolidayList(year: year, parsing: text)
    return nil
  } catch {
    return error
  }
}

@Suite("HolidayList")
struct HolidayListTests {
  // MARK: - Good lines

  @Test("lines parse into days")
  func goodLines() throws {
    let text = """
      # Libur 2026
      2026-01-01 libur Tahun Baru 2026 Masehi

      2026-02-16 cuti  Cuti Bersama Tahun Baru Imlek 2577 Kongzili
      """
    let list = try HolidayList(year: 2026, parsing: text)

    #expect(list.year == 2026)
    #expect(list.holidays.count == 2)
    #expect(
      list.holidays.first
        == Holiday(
          day: try day("2026-01-01"), kind: .nationalHoliday, name: "Tahun Baru 2026 Masehi"))
    #expect(list.holidays.last?.kind == .cutiBersama)
    #expect(list.holidays.last?.name == "Cuti Bersama Tahun Baru Imlek 2577 Kongzili")
  }

  @Test("tabs, CRLF, BOM and upper case")
  func looseFormatting() throws {
    let text =
      "\u{FEFF}# header\r\n2026-08-17\tLIBUR\tProklamasi Kemerdekaan  \r\n  2026-12-24  Cuti Natal\r\n"
    let list = try HolidayList(year: 2026, parsing: text)

    #expect(list.holidays.map(\.day) == [try day("2026-08-17"), try day("2026-12-24")])
    #expect(list.holidays.map(\.kind) == [.nationalHoliday, .cutiBersama])
    #expect(list.holidays.first?.name == "Proklamasi Kemerdekaan")
  }

  @Test("names keep inner spaces")
  func innerSpaces() throws {
    let list = try HolidayList(year: 2026, parsing: "2026-03-19 libur Hari Suci  Nyepi")

    #expect(list.holidays.first?.name == "Hari Suci  Nyepi")
  }

  @Test("days sorted by date")
  func sorted() throws {
    let text = "2026-12-25 libur Natal\n2026-01-01 libur Tahun Baru\n"
    let list = try HolidayList(year: 2026, parsing: text)

    #expect(list.holidays.map(\.day) == [try day("2026-01-01"), try day("2026-12-25")])
  }

  @Test("comments and blanks only")
  func emptyList() throws {
    let list = try HolidayList(year: 2026, parsing: "# nothing yet\n\n   \n")

    #expect(list.holidays.isEmpty)
  }

  // MARK: - Bad lines

  @Test("invalid date rejected")
  func invalidDate() throws {
    let error = try #require(parseError("# header\n2026-02-30 libur Salah"))

    #expect(error == .invalidDate(line: 2, value: "2026-02-30"))
    #expect(error.line == 2)
    #expect(error.description.hasPrefix("line 2: \"2026-02-30\" is not a valid date"))
    #expect(error.description.contains("YYYY-MM-DD"))
  }

  @Test(
    "date formats rejected",
    arguments: ["1-1-2026 libur Tahun Baru", "2026/01/01 libur Tahun Baru", "Tahun Baru"])
  func dateFormats(line: String) throws {
    let error = try #require(parseError(line))

    guard case .invalidDate(1, _) = error else {
      Issue.record("expected an invalid date on line 1, got \(error)")
      return
    }
  }

  @Test("date outside year rejected")
  func outsideYear() throws {
    let error = try #require(parseError("2026-12-31 libur Akhir\n2027-01-01 libur Tahun Baru"))

    #expect(error == .dateOutsideYear(line: 2, day: try day("2027-01-01"), year: 2026))
    #expect(error.description == "line 2: 2027-01-01 is outside 2026; move it to the list for 2027")
  }

  @Test("only line ends count lines", arguments: ["\u{0B}", "\u{0C}", "\u{85}", "\u{2028}"])
  func otherBreaksKeepLineNumbers(separator: String) throws {
    // The control or separator character sits inside line 1, so the bad date is on line 2.
    let text = "2026-01-01 libur Tahun Baru\(separator) Masehi\n2026-13-01 libur Salah"
    let error = try #require(parseError(text))

    #expect(error == .invalidDate(line: 2, value: "2026-13-01"))
  }

  @Test("lone CR ends a line")
  func loneCarriageReturn() throws {
    let error = try #require(parseError("2026-01-01 libur Tahun Baru\r2026-13-01 libur Salah"))

    #expect(error == .invalidDate(line: 2, value: "2026-13-01"))
  }

  @Test("duplicate date rejected")
  func duplicate() throws {
    let text = "2026-03-20 cuti Idulfitri\n# again\n2026-03-20 libur Idulfitri"
    let error = try #require(parseError(text))

    #expect(error == .duplicateDate(line: 3, day: try day("2026-03-20"), firstLine: 1))
    #expect(error.description.contains("already on line 1"))
  }

  @Test("missing type and name rejected")
  func missingKind() throws {
    let error = try #require(parseError("2026-01-01"))

    #expect(error == .missingKind(line: 1, day: try day("2026-01-01")))
    #expect(error.description.contains("write libur or cuti after the date"))
  }

  @Test("unknown type rejected")
  func unknownKind() throws {
    let error = try #require(parseError("2026-01-01 Tahun Baru 2026 Masehi"))

    #expect(error == .unknownKind(line: 1, value: "Tahun"))
    #expect(error.description.contains("type \"Tahun\" is invalid"))
  }

  @Test("missing name rejected")
  func missingName() throws {
    let error = try #require(parseError("2026-01-01 libur   "))

    #expect(error == .missingName(line: 1, day: try day("2026-01-01")))
    #expect(
      error.description == "line 1: 2026-01-01 has no name; write the holiday's name after the type"
    )
  }

  // MARK: - Bundled files

  @Test("2026 file has 17 + 8 days")
  func bundled2026() throws {
    let list = try HolidayList(year: 2026, parsing: try sampleDataFile("holidays-2026.txt"))

    #expect(list.holidays.count == 25)
    #expect(list.count(of: .nationalHoliday) == 17)
    #expect(list.count(of: .cutiBersama) == 8)
    #expect(list.holidays.first?.day == (try day("2026-01-01")))
    #expect(list.holidays.last?.day == (try day("2026-12-25")))
  }

  @Test("2027 file has 18 + 8 days")
  func bundled2027() throws {
    let list = try HolidayList(year: 2027, parsing: try sampleDataFile("holidays-2027.txt"))

    #expect(list.holidays.count == 26)
    #expect(list.count(of: .nationalHoliday) == 18)
    #expect(list.count(of: .cutiBersama) == 8)
    #expect(list.holidays.first?.day == (try day("2027-01-01")))
    #expect(list.holidays.last?.day == (try day("2027-12-26")))
  }

  @Test("Idulfitri 2026 days and types")
  func idulfitri2026() throws {
    let list = try HolidayList(year: 2026, parsing: try sampleDataFile("holidays-2026.txt"))
    let march = list.holidays.filter { $0.day.month == 3 }

    #expect(march.map(\.day.day) == [18, 19, 20, 21, 22, 23, 24])
    #expect(
      march.map(\.kind) == [
        .cutiBersama, .nationalHoliday, .cutiBersama, .nationalHoliday, .nationalHoliday,
        .cutiBersama, .cutiBersama,
      ])
  }
}

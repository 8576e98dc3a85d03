import Testing

@testable import HDSCore

@Suite("Survey list parser")
struct SurveyListParserTests {
  private let today = CalendarDay(year: 2026, month: 12, day: 4)

  private static let header = "nomor permohonan;tanggal survei;U1;U2;U3;U4;U5;U6;U7;U8;U9"

  private func parse(_ text: String) throws -> SurveyList {
    try SurveyListParser.parse(try CSVReader.read(Array(text.utf8)), today: today)
  }

  private func parse(bytes: [UInt8]) throws -> SurveyList {
    try SurveyListParser.parse(try CSVReader.read(bytes), today: today)
  }

  /// Returns the error that parsing `text` throws, or nil when it parses.
  private func headerError(_ text: String) throws -> SurveyListError? {
    let table = try CSVReader.read(Array(text.utf8))
    do throws(SurveyListError) {
      _ = try SurveyListParser.parse(table, today: today)
      return nil
    } catch {
      return error
    }
  }

  /// Returns the problems of every rejected row, in file order.
  private func problems(_ list: SurveyList) -> [ImportProblem] {
    list.rejects.flatMap(\.problems).map(\.kind)
  }

  // MARK: Header and rows

  @Test("Indonesian header with blanks")
  func indonesianHeader() throws {
    let list = try parse(
      Self.header + "\nHDS-2026-000012;03/12/2026;4;3;4;4;;3;4;4;\n")

    #expect(list.rejects.isEmpty)
    let row = try #require(list.rows.first)
    #expect(row.line == 2)
    #expect(row.requestNumber == RequestNumber(year: 2026, serial: 12))
    #expect(row.answeredOn == CalendarDay(year: 2026, month: 12, day: 3))
    #expect(row.response[.requirements] == 4)
    #expect(row.response[.procedure] == 3)
    #expect(row.response[.productSpecification] == nil)
    #expect(row.response[.complaintHandling] == nil)
    #expect(row.response.answers.count == 7)
  }

  @Test("English header in any order")
  func englishHeader() throws {
    let list = try parse(
      "U9,U8,U7,U6,U5,U4,U3,U2,U1 Persyaratan,answered on,request number\n"
        + "1,2,3,4,4,4,4,4,4,2026-12-01,hds-2026-7\n")

    let row = try #require(list.rows.first, "\(problems(list))")
    #expect(row.requestNumber == RequestNumber(year: 2026, serial: 7))
    #expect(row.response[.complaintHandling] == 1)
    #expect(row.response[.facilities] == 2)
    #expect(row.response[.requirements] == 4)
  }

  @Test("Excel bytes: BOM, semicolons, CRLF")
  func excelVariant() throws {
    let text = Self.header + "\r\nHDS-2026-000001;02-12-2026;4;4;4;4;4;4;4;4;4\r\n;;;;;;;;;;\r\n"
    let list = try parse(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))

    #expect(list.rejects.isEmpty, "\(problems(list))")
    #expect(list.rows.count == 1)
    #expect(list.rows.first?.answeredOn == CalendarDay(year: 2026, month: 12, day: 2))
  }

  @Test("missing column named with accepted names")
  func missingColumn() throws {
    let error = try #require(
      try headerError("nomor permohonan;tanggal survei;U1;U2;U3;U4;U5;U6;U7;U8\n"))

    guard case .missingColumns(let columns, let line, _) = error else {
      Issue.record("\(error)")
      return
    }
    #expect(columns == [.answer(.complaintHandling)])
    #expect(line == 1)
    #expect(!error.headerLooksLikeData)
  }

  @Test("data without header")
  func dataWithoutHeader() throws {
    let error = try #require(try headerError("HDS-2026-000001;02/12/2026;4;4;4;4;4;4;4;4;4\n"))

    #expect(error.headerLooksLikeData, "\(error)")
  }

  @Test("repeated column rejected")
  func repeatedColumn() throws {
    let error = try #require(try headerError(Self.header + ";Unsur 3\n"))

    #expect(
      error == .repeatedColumn(.answer(.serviceTime), first: "U3", second: "Unsur 3", line: 1))
  }

  @Test("empty file rejected")
  func emptyFile() throws {
    #expect(try headerError("\n;;\n") == .empty)
  }

  // MARK: Invalid rows

  @Test(
    "answers outside 1 to 4 rejected",
    arguments: ["0", "5", "4,0", "4.0", "-1", "x", "44"])
  func invalidAnswer(value: String) throws {
    let list = try parse(
      Self.header + "\nHDS-2026-000001;02/12/2026;4;4;\(value);4;4;4;4;4;4\n")

    #expect(list.rows.isEmpty)
    let problem = try #require(list.rejects.first?.problems.first)
    #expect(problem.line == 2)
    #expect(problem.column == "U3")
    #expect(problem.value == value)
    #expect(problem.kind == .invalidAnswer)
  }

  @Test("every problem of a row listed")
  func everyProblem() throws {
    let list = try parse(Self.header + "\nHDS-26-1;31/02/2026;9;4;4;4;4;4;4;4;0\n")

    let reject = try #require(list.rejects.first)
    #expect(reject.problems.map(\.column) == ["nomor permohonan", "tanggal survei", "U1", "U9"])
    #expect(
      reject.problems.map(\.kind) == [
        .invalidRequestNumber(.survey), .noSuchDay, .invalidAnswer, .invalidAnswer,
      ])
    #expect(reject.problems.map(\.value) == ["HDS-26-1", "31/02/2026", "9", "0"])
    #expect(reject.fields.first == "HDS-26-1")
  }

  @Test("all answers blank rejected")
  func allBlank() throws {
    let list = try parse(Self.header + "\nHDS-2026-000001;02/12/2026;;;;;;;;;\n")

    #expect(list.rows.isEmpty)
    #expect(problems(list) == [.noAnswers])
  }

  @Test("future date rejected")
  func futureDate() throws {
    // Day first: 05/12/2026 is 5 December, the day after today, and 12/05/2026 is 12 May.
    let list = try parse(
      Self.header + "\nHDS-2026-000001;05/12/2026;4;4;4;4;4;4;4;4;4\n"
        + "HDS-2026-000002;12/05/2026;4;4;4;4;4;4;4;4;4\n")

    #expect(list.rows.map(\.line) == [3])
    #expect(problems(list) == [.afterToday(today: today, yearFirst: false)])
    #expect(list.rejects.first?.problems.first?.value == "05/12/2026")
  }

  @Test("empty request number and date rejected")
  func emptyCells() throws {
    let list = try parse(Self.header + "\n;;4;4;4;4;4;4;4;4;4\n")

    #expect(problems(list) == [.empty(.requestNumber), .empty(.answeredDate)])
    #expect(
      list.rejects.first?.problems.map(\.column) == ["nomor permohonan", "tanggal survei"])
  }

  @Test("extra fields rejected")
  func extraFields() throws {
    let list = try parse(Self.header + "\nHDS-2026-000001;02/12/2026;4;4;4;4;4;4;4;4;4;3\n")

    #expect(list.rows.isEmpty)
    #expect(problems(list) == [.tooManyFields(fields: 12, headerCells: 11)])
  }

  // MARK: Repeated requests

  @Test("identical repeat is a duplicate")
  func identicalRepeat() throws {
    let line = "HDS-2026-000001;02/12/2026;4;4;4;4;4;4;4;4;\n"
    let list = try parse(Self.header + "\n" + line + line)

    #expect(list.rows.count == 1)
    #expect(list.rejects.isEmpty)
    #expect(list.duplicates.map(\.problem.line) == [3])
    #expect(list.duplicates.map(\.problem.kind) == [.sameResponse(firstLine: 2)])
  }

  @Test("differing repeat rejected")
  func differingRepeat() throws {
    let list = try parse(
      Self.header + "\nHDS-2026-000001;02/12/2026;4;4;4;4;4;4;4;4;\n"
        + "HDS-2026-000001;02/12/2026;3;4;4;4;4;4;4;4;\n")

    #expect(list.rows.map(\.line) == [2])
    #expect(list.duplicates.isEmpty)
    #expect(
      problems(list) == [.requestRepeated(RequestNumber(year: 2026, serial: 1), firstLine: 2)])
    #expect(list.rejects.map(\.line) == [3])
  }
}

import Testing

@testable import HDSCore

/// Returns the problems that parsing `text` as road-distances.csv throws, none when it
/// parses.
private func problems(_ text: String) -> [RoadDistanceProblem] {
  do {
    _ = try RoadDistanceTable(parsing: text, in: Kromengan.kecamatan)
    return []
  } catch {
    return error.problems
  }
}

@Suite("Road distance table")
struct RoadDistanceTableTests {
  // MARK: - Good lines

  @Test("semicolon file with decimal comma")
  func semicolonFile() throws {
    let text = """
      from;to;km
      Kantor;Jatikerto/Cupak;6,8
      Jatikerto/Cupak;Jatikerto/Bedali;1.9
      """
    let table = try RoadDistanceTable(parsing: text, in: Kromengan.kecamatan)

    #expect(table.lineCount == 2)
    #expect(table.kilometres(from: "Kantor", to: "Jatikerto/Cupak") == 6.8)
    #expect(table.kilometres(from: "Jatikerto/Cupak", to: "Jatikerto/Bedali") == 1.9)
    #expect(table.kilometres(from: "Kantor", to: "Jatikerto/Bedali") == nil)
  }

  @Test("comma file with BOM, CRLF, any case")
  func commaFile() throws {
    let text =
      "\u{FEFF}From,TO,Km\r\n kantor , jatikerto / cupak ,\"6,8\"\r\n\r\nSLOROK,Kantor,4\r\n"
    let table = try RoadDistanceTable(parsing: text, in: Kromengan.kecamatan)

    #expect(table.lineCount == 2)
    #expect(table.kilometres(from: "Kantor", to: "Jatikerto/Cupak") == 6.8)
    #expect(table.kilometres(from: "Slorok", to: "Kantor") == 4)
  }

  @Test("trailing empty columns ignored")
  func trailingEmptyColumns() throws {
    let text = "from;to;km;;\nKantor;Peniwen/Ringinpitu;2.5;;\n"
    let table = try RoadDistanceTable(parsing: text, in: Kromengan.kecamatan)
    #expect(table.kilometres(from: "Kantor", to: "Peniwen/Ringinpitu") == 2.5)
  }

  @Test("header only is an empty table")
  func headerOnly() throws {
    let table = try RoadDistanceTable(parsing: "from;to;km\n", in: Kromengan.kecamatan)
    #expect(table.isEmpty)
    #expect(table.lineCount == 0)
  }

  // MARK: - Symmetric fill

  @Test("one direction fills the other")
  func symmetricFill() throws {
    let text = "from;to;km\nKantor;Jambuwer/Krajan;5.1\n"
    let table = try RoadDistanceTable(parsing: text, in: Kromengan.kecamatan)
    #expect(table.kilometres(from: "Jambuwer/Krajan", to: "Kantor") == 5.1)
  }

  @Test("both directions kept apart")
  func bothDirections() throws {
    let text = """
      from;to;km
      Kantor;Jambuwer/Krajan;5.1
      Jambuwer/Krajan;Kantor;6.4
      """
    let table = try RoadDistanceTable(parsing: text, in: Kromengan.kecamatan)
    #expect(table.lineCount == 2)
    #expect(table.kilometres(from: "Kantor", to: "Jambuwer/Krajan") == 5.1)
    #expect(table.kilometres(from: "Jambuwer/Krajan", to: "Kantor") == 6.4)
  }

  // MARK: - Bad lines

  @Test("empty file")
  func emptyFile() {
    #expect(problems("") == [.empty])
    #expect(problems("\n;;\n") == [.empty])
  }

  @Test("wrong header")
  func wrongHeader() {
    #expect(problems("dari;ke;km\n") == [.invalidHeader(line: 1, value: "dari;ke;km")])
  }

  @Test("unknown desa names the desa")
  func unknownDesa() throws {
    let found = problems("from;to;km\nKantor;Jatkerto/Cupak;3\n")
    let desa = Kromengan.kecamatan.desa.map(\.name)
    #expect(found == [.unknownDesa(line: 2, name: "Jatkerto/Cupak", desa: desa)])
    let message = try #require(found.first).description
    #expect(message.contains("line 2"))
    #expect(message.contains("\"Jatkerto/Cupak\""))
    #expect(message.contains("Jatikerto"))
  }

  @Test("unknown dusun names the desa's points")
  func unknownDusun() throws {
    let found = problems("from;to;km\nJatikerto/Krajan;Kantor;3\n")
    let known = ["Jatikerto/Cupak", "Jatikerto/Bedali", "Jatikerto"]
    #expect(found == [.unknownDusun(line: 2, name: "Jatikerto/Krajan", known: known)])
    let message = try #require(found.first).description
    #expect(message.contains("write one of Jatikerto/Cupak, Jatikerto/Bedali, Jatikerto"))
  }

  @Test("negative kilometres")
  func negativeKilometres() throws {
    let found = problems("from;to;km\nKantor;Slorok;-2,5\n")
    #expect(found == [.negative(line: 2, value: "-2,5")])
    #expect(try #require(found.first).description.contains("km -2,5 is negative"))
  }

  @Test(
    "kilometres not a number",
    arguments: ["", "abc", "4 km", "1.2.3", "1,2.3", "inf", "nan", "0x10", "."])
  func notANumber(value: String) {
    #expect(
      problems("from;to;km\nKantor;Slorok;\(value)\n") == [.notANumber(line: 2, value: value)])
  }

  @Test("duplicate pair, names spelt differently")
  func duplicatePair() throws {
    let text = """
      from;to;km
      Kantor;Slorok;4
      Peniwen;Kantor;2
      kantor;SLOROK/slorok;4.5
      KANTOR;slorok;5
      """
    let found = problems(text)
    #expect(
      found == [.duplicatePair(line: 5, from: "Kantor", to: "Slorok", firstLine: 2)])
    #expect(
      try #require(found.first).description
        == "line 5: Kantor to Slorok is already given on line 2; keep one of the two lines")
  }

  @Test("same point at both ends")
  func samePoint() {
    #expect(
      problems("from;to;km\nSlorok/Slorok;slorok/SLOROK;0\n")
        == [.samePoint(line: 2, name: "Slorok/Slorok")])
  }

  @Test("wrong field count")
  func wrongFieldCount() {
    #expect(problems("from;to;km\nKantor;Slorok\n") == [.wrongFieldCount(line: 2, count: 2)])
    #expect(problems("from,to,km\nKantor,Slorok,4,5\n") == [.wrongFieldCount(line: 2, count: 4)])
  }

  @Test("every bad line listed in order")
  func everyBadLine() {
    let text = """
      from;to;km
      Kantor;Slorok;x
      Kantor;Peniwen;2

      Kantor;Nowhere;1
      """
    let found = problems(text)
    #expect(found.count == 2)
    #expect(found.first == .notANumber(line: 2, value: "x"))
    #expect(
      found.last
        == .unknownDesa(line: 5, name: "Nowhere", desa: Kromengan.kecamatan.desa.map(\.name)))
  }

  @Test("unterminated quote")
  func unterminatedQuote() {
    #expect(
      problems("from;to;km\nKantor;\"Slorok;4\n") == [.invalidCSV(.unterminatedQuote(line: 2))])
  }
}

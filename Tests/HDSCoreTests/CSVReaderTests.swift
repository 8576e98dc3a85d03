import Testing

@testable import HDSCore

@Suite("CSV reader")
struct CSVReaderTests {
  private func read(_ text: String) throws -> CSVTable {
    try CSVReader.read(Array(text.utf8))
  }

  @Test("plain comma file")
  func plainComma() throws {
    let table = try read("a,b,c\n1,2,3\n")
    #expect(table.separator == ",")
    #expect(!table.hadByteOrderMark)
    #expect(
      table.records == [
        CSVRecord(line: 1, fields: ["a", "b", "c"]), CSVRecord(line: 2, fields: ["1", "2", "3"]),
      ])
  }

  @Test("semicolon detected from header")
  func semicolonHeader() throws {
    // The data line has more commas than semicolons; only the header decides.
    let table = try read("nik;nama;dokumen\n1;Siti, Aminah;KK\n")
    #expect(table.separator == ";")
    #expect(table.records[1].fields == ["1", "Siti, Aminah", "KK"])
  }

  @Test("separators inside header quotes ignored")
  func quotedHeaderSeparator() throws {
    let table = try read("\"a;b;c\",d\n1,2\n")
    #expect(table.separator == ",")
    #expect(table.records[0].fields == ["a;b;c", "d"])
  }

  @Test("byte order mark removed")
  func byteOrderMark() throws {
    let table = try CSVReader.read([0xEF, 0xBB, 0xBF] + Array("nik;nama\r\n1;A\r\n".utf8))
    #expect(table.hadByteOrderMark)
    #expect(table.separator == ";")
    #expect(table.records[0].fields == ["nik", "nama"])
  }

  @Test("CRLF, LF and CR mixed")
  func mixedLineEnds() throws {
    let table = try read("a,b\r\n1,2\n3,4\r5,6")
    #expect(table.records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
    #expect(table.records.map(\.line) == [1, 2, 3, 4])
  }

  @Test("quoted separators, quotes and newlines")
  func quotedFields() throws {
    let table = try read("a;b;c\r\n\"x;y\";\"say \"\"hi\"\"\";\"two\r\nlines\"\r\nnext;2;3\r\n")
    #expect(table.records[1].fields == ["x;y", "say \"hi\"", "two\r\nlines"])
    #expect(table.records[1].line == 2)
    // The quoted line break moved the next record to line 4.
    #expect(table.records[2].line == 4)
    #expect(table.records[2].fields == ["next", "2", "3"])
  }

  @Test("empty fields and trailing separator")
  func emptyFields() throws {
    let table = try read("a,b,c\n,,\n1,,\n")
    #expect(table.records[1].fields == ["", "", ""])
    #expect(table.records[1].isBlank)
    #expect(table.records[2].fields == ["1", "", ""])
  }

  @Test("spaces after closing quote")
  func spacesAfterQuote() throws {
    let table = try read("a,b\n\"x\"  ,y\n")
    #expect(table.records[1].fields == ["x", "y"])
  }

  @Test("quote inside unquoted field kept")
  func quoteInsideField() throws {
    let table = try read("a,b\n5\" disk,y\n")
    #expect(table.records[1].fields == ["5\" disk", "y"])
  }

  @Test("non-ASCII names kept")
  func unicodeNames() throws {
    let table = try read("nama\nSiti Nur’aini\n")
    #expect(table.records[1].fields == ["Siti Nur’aini"])
  }

  @Test("unterminated quote names its line")
  func unterminatedQuote() throws {
    #expect(throws: CSVError.unterminatedQuote(line: 3)) {
      try read("a,b\n1,2\n\"open,3\n4,5\n")
    }
  }

  @Test("text after closing quote rejected")
  func textAfterQuote() throws {
    #expect(throws: CSVError.textAfterQuote(line: 2)) {
      try read("a,b\n\"x\"y,2\n")
    }
  }

  @Test("invalid UTF-8 names its line")
  func invalidUTF8() throws {
    // 0xE9 is "é" in Windows-1252, which is not UTF-8 on its own.
    let bytes = Array("nama\nAndi\nRen".utf8) + [0xE9] + Array("\n".utf8)
    #expect(throws: CSVError.invalidUTF8(line: 3)) {
      try CSVReader.read(bytes)
    }
  }

  @Test("error messages name the line")
  func errorMessages() {
    #expect(CSVError.unterminatedQuote(line: 7).description.hasPrefix("line 7: "))
    #expect(CSVError.invalidUTF8(line: 2).description.contains("UTF-8"))
  }

  @Test("empty input has no records")
  func emptyInput() throws {
    #expect(try read("").records.isEmpty)
  }
}

@Suite("CSV writer")
struct CSVWriterTests {
  @Test("quotes only when needed")
  func quoting() {
    let writer = CSVWriter(separator: ";")
    #expect(
      writer.record(["a", "b,c", "d;e", "say \"hi\"", "x\ny"])
        == "a;b,c;\"d;e\";\"say \"\"hi\"\"\";\"x\ny\"\r\n")
  }

  @Test("formula guard")
  func formulaGuard() {
    let guarded = CSVWriter(separator: ";", guardsFormulas: true)
    #expect(guarded.field("=HYPERLINK(\"x\")") == "\"'=HYPERLINK(\"\"x\"\")\"")
    #expect(guarded.field("+62812") == "'+62812")
    #expect(guarded.field("Siti") == "Siti")
    #expect(CSVWriter(separator: ",").field("=1+1") == "=1+1")
  }

  @Test("written records read back")
  func roundTrip() throws {
    let writer = CSVWriter(separator: ";")
    let rows = [["nik", "nama"], ["1", "Siti \"Ani\"\r\nAminah"], ["2", "a;b"]]
    let text = rows.map(writer.record).joined()
    let table = try CSVReader.read(Array(text.utf8))
    #expect(table.records.map(\.fields) == rows)
  }
}

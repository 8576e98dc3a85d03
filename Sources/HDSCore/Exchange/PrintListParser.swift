/// Turns a CSV table into a print list, checking every value of every row.
///
/// The first non-blank record is the header. Its cells name the columns in Indonesian or
/// English, in any order and case (`PrintListColumn.acceptedNames`); columns HDS does not
/// read are kept in the rejects but otherwise ignored. Blank records are skipped. A row
/// with more non-empty fields than the header has cells is rejected, because a value then
/// holds an unquoted separator and every later value has moved one column.
public enum PrintListParser {
  /// Parses `table`. Throws only when the header lacks a required column or names one
  /// twice; every problem of a data row goes into `PrintList.rejects`.
  ///
  /// A print date after `today` is rejected, because it usually means day and month were
  /// swapped. Complexity: O(rows × columns).
  public static func parse(_ table: CSVTable, today: CalendarDay) throws(PrintListError)
    -> PrintList
  {
    let records = table.records.filter { !$0.isBlank }
    guard let header = records.first else { throw .empty }
    let columns = try columnIndexes(header)

    var rows: [PrintListRow] = []
    var rejects: [PrintListReject] = []
    var duplicates: [PrintListDuplicate] = []
    var warnings: [PrintListProblem] = []
    var firstLineOf: [String: Int] = [:]

    for record in records.dropFirst() {
      var check = RowCheck(record: record, header: header.fields, columns: columns, today: today)
      guard let row = check.row() else {
        rejects.append(
          PrintListReject(line: record.line, fields: record.fields, problems: check.problems))
        continue
      }
      warnings += check.warnings
      let key = row.nik.digits + "/" + row.document.rawValue
      if let firstLine = firstLineOf[key] {
        duplicates.append(
          PrintListDuplicate(line: record.line, firstLine: firstLine, fields: record.fields))
        continue
      }
      firstLineOf[key] = record.line
      rows.append(row)
    }
    return PrintList(
      header: header.fields, rows: rows, rejects: rejects, duplicates: duplicates,
      warnings: warnings)
  }

  private static func columnIndexes(_ header: CSVRecord) throws(PrintListError)
    -> [PrintListColumn: Int]
  {
    var indexes: [PrintListColumn: Int] = [:]
    for (index, cell) in header.fields.enumerated() {
      guard let column = PrintListColumn.matching(cell) else { continue }
      if let earlier = indexes[column] {
        throw .repeatedColumn(
          column, first: header.fields[earlier], second: cell, line: header.line)
      }
      indexes[column] = index
    }
    let missing = PrintListColumn.allCases.filter { $0.isRequired && indexes[$0] == nil }
    guard missing.isEmpty else {
      throw .missingColumns(missing, line: header.line, header: header.fields)
    }
    return indexes
  }
}

/// The checks of one data row, collecting every problem instead of stopping at the first.
private struct RowCheck {
  let record: CSVRecord
  let header: [String]
  let columns: [PrintListColumn: Int]
  let today: CalendarDay
  var problems: [PrintListProblem] = []
  var warnings: [PrintListProblem] = []

  init(
    record: CSVRecord, header: [String], columns: [PrintListColumn: Int], today: CalendarDay
  ) {
    self.record = record
    self.header = header
    self.columns = columns
    self.today = today
  }

  /// Returns the row, or nil when `problems` lists why it cannot be one.
  mutating func row() -> PrintListRow? {
    checkFieldCount()
    let nik = parseNIK()
    let name = parseName()
    let document = parseDocument()
    let printedOn = parsePrintDate()
    let requestNumber = parseRequestNumber()
    let desaCode = parseDesa()
    guard problems.isEmpty, let nik, let name, let document, let printedOn,
      let requestNumber, let desaCode
    else { return nil }
    return PrintListRow(
      line: record.line, nik: nik, name: name, document: document, printedOn: printedOn,
      requestNumber: requestNumber, desaCode: desaCode)
  }

  // MARK: Columns

  private mutating func checkFieldCount() {
    let extra = record.fields.dropFirst(header.count).filter { !$0.allSatisfy(\.isWhitespace) }
    guard !extra.isEmpty else { return }
    let count = record.fields.count
    report(
      "", record.fields.joined(separator: " | "),
      "the row has \(count) fields but the header has \(header.count); a value probably"
        + " contains the separator, so put that value in double quotes")
  }

  private mutating func parseNIK() -> NIK? {
    let (label, raw) = value(.nik)
    var text = raw
    // Excel keeps a leading apostrophe typed to store a number as text in some exports.
    if text.hasPrefix("'") { text.removeFirst() }
    guard !text.isEmpty else {
      report(label, raw, "\(label) is empty; enter the 16-digit NIK")
      return nil
    }
    if text.uppercased().contains("E+") {
      report(
        label, raw,
        "NIK \(raw) was turned into a number by the spreadsheet and lost digits; format the"
          + " \(label) column as text, enter the NIK again and export once more")
      return nil
    }
    do {
      let validation = try NIK.validate(text)
      for warning in validation.warnings {
        warnings.append(
          PrintListProblem(
            line: record.line, column: label, value: raw, message: "NIK \(raw): \(warning)"))
      }
      return validation.nik
    } catch {
      report(label, raw, error.description)
      return nil
    }
  }

  private mutating func parseName() -> String? {
    let (label, raw) = value(.name)
    // A name typed over two lines in one cell (Alt+Enter in Excel) is one name.
    let name = raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard !name.isEmpty else {
      report(label, raw, "\(label) is empty; enter the name as printed on the document")
      return nil
    }
    return name
  }

  private mutating func parseDocument() -> DocumentKind? {
    let (label, raw) = value(.document)
    let kinds = DocumentKind.allCases.map(\.shortName).joined(separator: ", ")
    guard !raw.isEmpty else {
      report(label, raw, "\(label) is empty; enter one of \(kinds)")
      return nil
    }
    guard let kind = DocumentKind(parsing: raw) else {
      report(
        label, raw, "\(label) \(raw) is not a document HDS delivers; enter one of \(kinds)")
      return nil
    }
    return kind
  }

  private mutating func parsePrintDate() -> CalendarDay? {
    let (label, raw) = value(.printedOn)
    let fix = "enter it as \(PrintDate.formats)"
    switch PrintDate.pastDay(raw, label: label, today: today, emptyFix: fix) {
    case .success(let day):
      return day
    case .failure(let problem):
      report(label, raw, problem.message)
      return nil
    }
  }

  /// Returns `.some(nil)` for an empty or absent value, nil for an invalid one.
  private mutating func parseRequestNumber() -> RequestNumber?? {
    guard columns[.requestNumber] != nil else { return .some(nil) }
    let (label, raw) = value(.requestNumber)
    guard !raw.isEmpty else { return .some(nil) }
    guard let number = RequestNumber(raw) else {
      report(
        label, raw,
        "\(label) \(raw) is not a request number; enter it as HDS-2026-000123, or leave it"
          + " empty to match by NIK and document")
      return nil
    }
    return .some(number)
  }

  /// Returns `.some(nil)` for an empty or absent value, nil for an invalid one.
  private mutating func parseDesa() -> String?? {
    guard columns[.desa] != nil else { return .some(nil) }
    let (label, raw) = value(.desa)
    guard !raw.isEmpty else { return .some(nil) }
    let kecamatan = Kromengan.kecamatan
    var name = PrintListColumn.normalise(raw)
    if name.hasPrefix("desa ") { name.removeFirst(5) }
    let digits = raw.filter { $0.isASCII && $0.isNumber }
    let desa = kecamatan.desa.first { desa in
      PrintListColumn.normalise(desa.name) == name
        || desa.code.filter { $0 != "." } == digits
    }
    guard let desa else {
      let names = kecamatan.desa.map(\.name).joined(separator: ", ")
      report(
        label, raw,
        "\(label) \(raw) is not a desa of Kecamatan \(kecamatan.name); enter one of \(names),"
          + " or leave it empty")
      return nil
    }
    return .some(desa.code)
  }

  // MARK: Helpers

  /// The header label and the trimmed value of `column` in this row; "" when the row is
  /// shorter than the header.
  private func value(_ column: PrintListColumn) -> (label: String, value: String) {
    // Required columns are always present: `columnIndexes` rejected a header without them.
    guard let index = columns[column] else { return (column.label, "") }
    let label = header[index].trimmingWhitespace()
    let raw = index < record.fields.count ? record.fields[index] : ""
    return (label.isEmpty ? column.label : label, raw.trimmingWhitespace())
  }

  private mutating func report(_ column: String, _ value: String, _ message: String) {
    problems.append(
      PrintListProblem(line: record.line, column: column, value: value, message: message))
  }
}

extension String {
  fileprivate func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}

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
  /// swapped. A desa is looked up by name or code among `kecamatan`'s desa, the store's.
  /// Complexity: O(rows × columns).
  public static func parse(
    _ table: CSVTable, today: CalendarDay, in kecamatan: Kecamatan = Kromengan.kecamatan
  ) throws(PrintListError) -> PrintList {
    let desa = DesaLookup(kecamatan)
    let records = table.records.filter { !$0.isBlank }
    guard let header = records.first else { throw .empty }
    let layout = RowLayout(header: header.fields, columns: try columnIndexes(header))

    var rows: [PrintListRow] = []
    var rejects: [PrintListReject] = []
    var duplicates: [PrintListDuplicate] = []
    var warnings: [PrintListProblem] = []
    var firstLineOf: [RowKey: Int] = [:]
    rows.reserveCapacity(records.count - 1)

    for record in records.dropFirst() {
      var check = RowCheck(record: record, layout: layout, today: today, desa: desa)
      guard let row = check.row() else {
        rejects.append(
          PrintListReject(line: record.line, fields: record.fields, problems: check.problems))
        continue
      }
      warnings += check.warnings
      let key = RowKey(nik: row.nik, document: row.document)
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

  /// The NIK and document that make two rows duplicates.
  private struct RowKey: Hashable {
    let nik: NIK
    let document: DocumentKind
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

/// The values that every row of one file shares: the header, the column of each field and
/// the labels that messages use, worked out once per file.
private struct RowLayout {
  let header: [String]
  let columns: [PrintListColumn: Int]
  /// The header cell of each column, trimmed, or the column's first accepted name for an
  /// empty cell.
  let labels: [PrintListColumn: String]

  init(header: [String], columns: [PrintListColumn: Int]) {
    self.header = header
    self.columns = columns
    var labels: [PrintListColumn: String] = [:]
    for column in PrintListColumn.allCases {
      let label = columns[column].map { header[$0].trimmingWhitespace() } ?? ""
      labels[column] = label.isEmpty ? column.acceptedNames[0] : label
    }
    self.labels = labels
  }
}

/// The checks of one data row, collecting every problem instead of stopping at the first.
private struct RowCheck {
  let record: CSVRecord
  let layout: RowLayout
  let today: CalendarDay
  let desa: DesaLookup
  var problems: [PrintListProblem] = []
  var warnings: [PrintListProblem] = []

  init(record: CSVRecord, layout: RowLayout, today: CalendarDay, desa: DesaLookup) {
    self.record = record
    self.layout = layout
    self.today = today
    self.desa = desa
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
    let headerCount = layout.header.count
    guard record.fields.count > headerCount else { return }
    let extra = record.fields.dropFirst(headerCount).filter { !$0.allSatisfy(\.isWhitespace) }
    guard !extra.isEmpty else { return }
    report(
      "", record.fields.joined(separator: " | "),
      .tooManyFields(fields: record.fields.count, headerCells: headerCount))
  }

  private mutating func parseNIK() -> NIK? {
    let (label, raw) = value(.nik)
    var text = raw
    // Excel keeps a leading apostrophe typed to store a number as text in some exports.
    if text.hasPrefix("'") { text.removeFirst() }
    guard !text.isEmpty else {
      report(label, raw, .empty(.nik))
      return nil
    }
    if text.containsExponent {
      report(label, raw, .nikAsNumber)
      return nil
    }
    do {
      let validation = try NIK.validate(text)
      for warning in validation.warnings {
        warnings.append(
          PrintListProblem(line: record.line, column: label, value: raw, kind: .nikWarning(warning))
        )
      }
      return validation.nik
    } catch {
      report(label, raw, .invalidNIK(error))
      return nil
    }
  }

  private mutating func parseName() -> String? {
    let (label, raw) = value(.name)
    // A name typed over two lines in one cell (Alt+Enter in Excel) is one name.
    let name =
      raw.isSingleSpaced ? raw : raw.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    guard !name.isEmpty else {
      report(label, raw, .empty(.name))
      return nil
    }
    return name
  }

  private mutating func parseDocument() -> DocumentKind? {
    let (label, raw) = value(.document)
    guard !raw.isEmpty else {
      report(label, raw, .empty(.document))
      return nil
    }
    guard let kind = DocumentKind(parsing: raw) else {
      report(label, raw, .unknownDocument)
      return nil
    }
    return kind
  }

  private mutating func parsePrintDate() -> CalendarDay? {
    let (label, raw) = value(.printedOn)
    switch PrintDate.pastDay(raw, field: .printDate, today: today) {
    case .success(let day):
      return day
    case .failure(let problem):
      report(label, raw, problem.kind)
      return nil
    }
  }

  /// Returns `.some(nil)` for an empty or absent value, nil for an invalid one.
  private mutating func parseRequestNumber() -> RequestNumber?? {
    guard layout.columns[.requestNumber] != nil else { return .some(nil) }
    let (label, raw) = value(.requestNumber)
    guard !raw.isEmpty else { return .some(nil) }
    guard let number = RequestNumber(raw) else {
      report(label, raw, .invalidRequestNumber(.printList))
      return nil
    }
    return .some(number)
  }

  /// Returns `.some(nil)` for an empty or absent value, nil for an invalid one.
  private mutating func parseDesa() -> String?? {
    guard layout.columns[.desa] != nil else { return .some(nil) }
    let (label, raw) = value(.desa)
    guard !raw.isEmpty else { return .some(nil) }
    var name = PrintListColumn.normalise(raw)
    if name.hasPrefix("desa ") { name.removeFirst(5) }
    // A name of letters and a code of digits cannot both match, so the two lookups find
    // the same desa as one search for either.
    let code =
      desa.codeByName[name]
      ?? desa.codeByDigits[raw.filter { $0.isASCII && $0.isNumber }]
    guard let code else {
      let kecamatan = desa.kecamatan
      report(
        label, raw, .unknownDesa(kecamatan: kecamatan.name, desa: kecamatan.desa.map(\.name)))
      return nil
    }
    return .some(code)
  }

  // MARK: Helpers

  /// The header label and the trimmed value of `column` in this row; "" when the row is
  /// shorter than the header.
  private func value(_ column: PrintListColumn) -> (label: String, value: String) {
    // Every column has a label: `RowLayout` gives one to each case.
    let label = layout.labels[column] ?? column.acceptedNames[0]
    guard let index = layout.columns[column] else { return (label, "") }
    let raw = index < record.fields.count ? record.fields[index] : ""
    return (label, raw.trimmingWhitespace())
  }

  private mutating func report(_ column: String, _ value: String, _ kind: ImportProblem) {
    problems.append(PrintListProblem(line: record.line, column: column, value: value, kind: kind))
  }
}

extension String {
  fileprivate func trimmingWhitespace() -> String {
    // Most cells start and end with a visible ASCII character and need no copy.
    if let first = utf8.first, let last = utf8.last, Self.isVisibleASCII(first),
      Self.isVisibleASCII(last)
    {
      return self
    }
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  /// Whether the text is ASCII with single spaces between words and no other
  /// whitespace, so that collapsing its whitespace would leave it unchanged.
  fileprivate var isSingleSpaced: Bool {
    var previous: UInt8 = 0x20
    for byte in utf8 {
      if byte == 0x20 {
        if previous == 0x20 { return false }
      } else if !Self.isVisibleASCII(byte) {
        return false
      }
      previous = byte
    }
    return previous != 0x20
  }

  /// Whether the text contains "E+" in either case, as a spreadsheet writes a number in
  /// scientific notation.
  fileprivate var containsExponent: Bool {
    guard utf8.allSatisfy({ $0 < 0x80 }) else { return uppercased().contains("E+") }
    var previous: UInt8 = 0
    for byte in utf8 {
      if byte == UInt8(ascii: "+"), previous == UInt8(ascii: "E") || previous == UInt8(ascii: "e") {
        return true
      }
      previous = byte
    }
    return false
  }

  private static func isVisibleASCII(_ byte: UInt8) -> Bool {
    byte > 0x20 && byte < 0x7F
  }
}

/// The desa codes of one kecamatan by normalised name and by the code's digits without
/// dots, built once per parse.
private struct DesaLookup {
  let kecamatan: Kecamatan
  let codeByName: [String: String]
  let codeByDigits: [String: String]

  init(_ kecamatan: Kecamatan) {
    self.kecamatan = kecamatan
    codeByName = Dictionary(
      kecamatan.desa.map { (PrintListColumn.normalise($0.name), $0.code) },
      uniquingKeysWith: { first, _ in first })
    codeByDigits = Dictionary(
      kecamatan.desa.map { ($0.code.filter { $0 != "." }, $0.code) },
      uniquingKeysWith: { first, _ in first })
  }
}

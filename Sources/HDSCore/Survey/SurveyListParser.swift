/// Turns a CSV table into survey rows, checking every value of every row.
///
/// The first non-blank record is the header, naming the request number, the answered
/// date and U1 to U9 in any order and case (`SurveyColumn.acceptedNames`). Columns HDS
/// does not read are ignored. Blank records are skipped. An answer is 1 to 4, or empty
/// for an element the resident left blank, and a row needs at least one answer. A row
/// with more non-empty fields than the header has cells is rejected, because a value
/// then holds an unquoted separator.
public enum SurveyListParser {
  /// Parses `table`. Throws only when the header lacks a column or names one twice;
  /// every problem of a data row goes into `SurveyList.rejects`.
  ///
  /// An answered date after `today` is rejected, because it usually means day and month
  /// were swapped. A later row of the same request is a duplicate when it repeats the
  /// day and answers, and rejected when it differs. Complexity: O(rows × columns).
  public static func parse(_ table: CSVTable, today: CalendarDay) throws(SurveyListError)
    -> SurveyList
  {
    let records = table.records.filter { !$0.isBlank }
    guard let header = records.first else { throw .empty }
    let columns = try columnIndexes(header)

    var rows: [SurveyImportRow] = []
    var rejects: [PrintListReject] = []
    var duplicates: [SurveyDuplicate] = []
    var firstRowOf: [RequestNumber: SurveyImportRow] = [:]

    for record in records.dropFirst() {
      var check = SurveyRowCheck(
        record: record, header: header.fields, columns: columns, today: today)
      guard let row = check.row() else {
        rejects.append(
          PrintListReject(line: record.line, fields: record.fields, problems: check.problems))
        continue
      }
      if let first = firstRowOf[row.requestNumber] {
        if first.answeredOn == row.answeredOn && first.response == row.response {
          duplicates.append(
            SurveyDuplicate(line: row.line, firstLine: first.line, fields: record.fields))
        } else {
          let problem = PrintListProblem(
            line: row.line, column: check.label(.requestNumber),
            value: row.requestNumber.description,
            kind: .requestRepeated(row.requestNumber, firstLine: first.line))
          rejects.append(
            PrintListReject(line: row.line, fields: record.fields, problems: [problem]))
        }
        continue
      }
      firstRowOf[row.requestNumber] = row
      rows.append(row)
    }
    return SurveyList(header: header.fields, rows: rows, rejects: rejects, duplicates: duplicates)
  }

  private static func columnIndexes(_ header: CSVRecord) throws(SurveyListError)
    -> [SurveyColumn: Int]
  {
    var indexes: [SurveyColumn: Int] = [:]
    for (index, cell) in header.fields.enumerated() {
      guard let column = SurveyColumn.matching(cell) else { continue }
      if let earlier = indexes[column] {
        throw .repeatedColumn(
          column, first: header.fields[earlier], second: cell, line: header.line)
      }
      indexes[column] = index
    }
    let missing = SurveyColumn.allCases.filter { indexes[$0] == nil }
    guard missing.isEmpty else {
      throw .missingColumns(missing, line: header.line, header: header.fields)
    }
    return indexes
  }
}

/// The checks of one data row, collecting every problem instead of stopping at the first.
private struct SurveyRowCheck {
  let record: CSVRecord
  let header: [String]
  let columns: [SurveyColumn: Int]
  let today: CalendarDay
  var problems: [PrintListProblem] = []

  init(record: CSVRecord, header: [String], columns: [SurveyColumn: Int], today: CalendarDay) {
    self.record = record
    self.header = header
    self.columns = columns
    self.today = today
  }

  /// Returns the row, or nil when `problems` lists why it cannot be one.
  mutating func row() -> SurveyImportRow? {
    checkFieldCount()
    let number = parseRequestNumber()
    let answeredOn = parseAnsweredDate()
    var answers: [SurveyElement: Int] = [:]
    var allValid = true
    for element in SurveyElement.allCases {
      switch parseAnswer(element) {
      case .some(.some(let answer)): answers[element] = answer
      case .some(.none): break
      case .none: allValid = false
      }
    }
    if allValid && answers.isEmpty {
      report("", "", .noAnswers)
    }
    guard problems.isEmpty, let number, let answeredOn,
      let response = try? SurveyResponse(answers: answers)
    else { return nil }
    return SurveyImportRow(
      line: record.line, requestNumber: number, answeredOn: answeredOn, response: response,
      fields: record.fields)
  }

  // MARK: Columns

  private mutating func checkFieldCount() {
    let extra = record.fields.dropFirst(header.count).filter { !$0.allSatisfy(\.isWhitespace) }
    guard !extra.isEmpty else { return }
    report(
      "", record.fields.joined(separator: " | "),
      .tooManyFields(fields: record.fields.count, headerCells: header.count))
  }

  private mutating func parseRequestNumber() -> RequestNumber? {
    let (label, raw) = value(.requestNumber)
    guard !raw.isEmpty else {
      report(label, raw, .empty(.requestNumber))
      return nil
    }
    guard let number = RequestNumber(raw) else {
      report(label, raw, .invalidRequestNumber(.survey))
      return nil
    }
    return number
  }

  private mutating func parseAnsweredDate() -> CalendarDay? {
    let (label, raw) = value(.answeredOn)
    switch PrintDate.pastDay(raw, field: .answeredDate, today: today) {
    case .success(let day):
      return day
    case .failure(let problem):
      report(label, raw, problem.kind)
      return nil
    }
  }

  /// Returns `.some(nil)` for an empty cell, nil for an invalid one.
  private mutating func parseAnswer(_ element: SurveyElement) -> Int?? {
    let (label, raw) = value(.answer(element))
    guard !raw.isEmpty else { return .some(nil) }
    guard raw.count == 1, let answer = Int(raw), SurveyResponse.answerRange.contains(answer)
    else {
      report(label, raw, .invalidAnswer)
      return nil
    }
    return .some(answer)
  }

  // MARK: Helpers

  /// Returns the header label of `column` as written in the file, or its first accepted
  /// name when the label is empty.
  func label(_ column: SurveyColumn) -> String {
    // Every column is present: `columnIndexes` rejected a header without one.
    guard let index = columns[column] else { return column.acceptedNames[0] }
    let label = header[index].filter { !$0.isNewline }
    return label.allSatisfy(\.isWhitespace) ? column.acceptedNames[0] : trimmed(label)
  }

  /// Returns the header label and the trimmed value of `column` in this row, with "" as
  /// the value when the row is shorter than the header.
  private func value(_ column: SurveyColumn) -> (label: String, value: String) {
    guard let index = columns[column] else { return (label(column), "") }
    let raw = index < record.fields.count ? record.fields[index] : ""
    return (label(column), trimmed(raw))
  }

  private func trimmed(_ text: String) -> String {
    let scalars = text.unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }

  private mutating func report(_ column: String, _ value: String, _ kind: ImportProblem) {
    problems.append(PrintListProblem(line: record.line, column: column, value: value, kind: kind))
  }
}

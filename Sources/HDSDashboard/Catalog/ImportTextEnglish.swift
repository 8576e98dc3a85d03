import HDSCore

/// The English messages of the print-list and survey imports. Each names the value as
/// the file wrote it and the fix; `Catalog.describe(_:)` adds the line.
enum ImportTextEnglish {
  static let dateFormats = "YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY"

  /// Returns the message of `kind` about the value `value` in the column headed `column`.
  static func reason(_ kind: ImportProblem, column: String, value: String) -> String {
    switch kind {
    case .tooManyFields(let fields, let headerCells):
      return "the row has \(fields) fields but the header has \(headerCells); a value probably"
        + " contains the separator, so put that value in double quotes"
    case .empty(let field):
      return "\(column) is empty; \(fix(field))"
    case .nikAsNumber:
      return "NIK \(value) was turned into a number by the spreadsheet and lost digits; format"
        + " the \(column) column as text, enter the NIK again and export once more"
    case .invalidNIK(let error):
      return error.description
    case .nikWarning(let warning):
      return "NIK \(value): \(warning)"
    case .unknownDocument:
      return "\(column) \(value) is not a document HDS delivers; enter one of"
        + " \(ImportValues.documents)"
    case .unknownDesa(let kecamatan, let desa):
      return "\(column) \(value) is not a desa of Kecamatan \(kecamatan); enter one of"
        + " \(desa.joined(separator: ", ")), or leave it empty"
    case .sameNIKAndDocument(let firstLine):
      return "same NIK and document as line \(firstLine); only line \(firstLine) is imported"
    case .notADate(let field):
      return "\(column) \(value) is not a date; \(fix(field))"
    case .noSuchDay:
      return "\(column) \(value) is not a real date; check the day and the month"
    case .afterToday(let today, let yearFirst):
      let check =
        yearFirst
        ? "check the year, the month and the day"
        : "check that the day comes before the month, as in DD/MM/YYYY"
      return "\(column) \(value) is after today (\(today)); \(check)"
    case .invalidRequestNumber(.printList):
      return "\(column) \(value) is not a request number; enter it as HDS-2026-000123, or leave"
        + " it empty to match by NIK and document"
    case .invalidRequestNumber(.survey):
      return "\(column) \(value) is not a request number; enter it as printed, as"
        + " HDS-2026-000123"
    case .invalidAnswer:
      return "\(column) \(value) is not an answer; enter a whole number from 1 to 4, or leave"
        + " the cell empty for an element the resident left blank"
    case .noAnswers:
      return "every answer (\(ImportValues.elements)) is empty; enter at least one answer from"
        + " 1 to 4, or remove the row"
    case .requestRepeated(let request, let firstLine):
      return "request \(request) is also on line \(firstLine) with another date or other"
        + " answers; a request has one response, so keep one of the rows"
    case .sameResponse(let firstLine):
      return "same request, date and answers as line \(firstLine); only line \(firstLine) is"
        + " imported"
    case .requestNotFound(let request, .printList):
      return "request \(request) not found; check the number, or leave it empty to match by"
        + " NIK and document"
    case .requestNotFound(let request, .survey):
      return "request \(request) not found; check the number against the receipt or the"
        + " recipient list"
    case .requestOfOtherNIK(let request):
      return "request \(request) belongs to another NIK; check the number and the NIK"
    case .requestOfOtherDocument(let request, let stored, let listed):
      return "request \(request) is for \(stored.shortName), not \(listed.shortName); check the"
        + " number and the document"
    case .requestNotSent(let request):
      return "request \(request) is received and was not sent to Dukcapil in HDS; record the"
        + " sending, then import the list again"
    case .requestCancelled(let request):
      return "request \(request) was cancelled; set the printed document aside, or register a"
        + " new request at the counter and import the list again"
    case .nameDiffers(let listed, let stored, let request):
      return "the name \"\(listed)\" differs from the stored resident's name \"\(stored)\""
        + " (request \(request)); the row is matched by its NIK, so correct the stored name if"
        + " it is wrong, or check the NIK with Dukcapil if they are different people"
    case .surveyRejected(.alreadyAnswered(let request, let answeredOn, _)):
      return "request \(request) already has another survey response, answered on"
        + " \(answeredOn); an import does not replace it, so remove the row, or replace the"
        + " response in the dashboard"
    case .surveyRejected(let rejection):
      return rejection.description
    }
  }

  /// Returns the fix for an empty or unreadable cell.
  private static func fix(_ field: ImportField) -> String {
    switch field {
    case .nik: return "enter the 16-digit NIK"
    case .name: return "enter the name as printed on the document"
    case .document: return "enter one of \(ImportValues.documents)"
    case .printDate: return "enter it as \(dateFormats)"
    case .requestNumber: return "enter the request number, as HDS-2026-000123"
    case .answeredDate: return "enter the day the questionnaire was filled in as \(dateFormats)"
    }
  }

  // MARK: Files

  static func fileError(_ error: PrintListError) -> String {
    switch error {
    case .empty:
      return "the file is empty; a print list starts with a header line such as"
        + " NIK;nama;dokumen;tanggal cetak"
    case .missingColumns(let columns, let line, let header):
      return missingColumns(
        columns.map { (name(of: $0), $0.acceptedNames) }, line: line, header: header,
        looksLikeData: error.headerLooksLikeData)
    case .repeatedColumn(let column, let first, let second, let line):
      return repeatedColumn(name(of: column), first: first, second: second, line: line)
    }
  }

  static func fileError(_ error: SurveyListError) -> String {
    switch error {
    case .empty:
      return "the file is empty; a survey file starts with a header line such as"
        + " nomor permohonan;tanggal survei;U1;U2;U3;U4;U5;U6;U7;U8;U9"
    case .missingColumns(let columns, let line, let header):
      return missingColumns(
        columns.map { (name(of: $0), $0.acceptedNames) }, line: line, header: header,
        looksLikeData: error.headerLooksLikeData)
    case .repeatedColumn(let column, let first, let second, let line):
      return repeatedColumn(name(of: column), first: first, second: second, line: line)
    }
  }

  private static func missingColumns(
    _ columns: [(name: String, accepted: [String])], line: Int, header: [String],
    looksLikeData: Bool
  ) -> String {
    let missing = columns.map { column in
      "no \(column.name) column (accepted names: \(column.accepted.joined(separator: ", ")))"
    }
    var text = "line \(line): the header has \(missing.joined(separator: "; "))"
    text += "; it has \(ImportValues.quoted(header))"
    if looksLikeData {
      text += ". The first line looks like data; add a header line above it"
    }
    return text
  }

  private static func repeatedColumn(
    _ name: String, first: String, second: String, line: Int
  ) -> String {
    "line \(line): the header names the \(name) column twice (\"\(first)\" and \"\(second)\");"
      + " remove or rename one of them"
  }

  private static func name(of column: PrintListColumn) -> String {
    switch column {
    case .nik: return "NIK"
    case .name: return "name"
    case .document: return "document"
    case .printedOn: return "print date"
    case .requestNumber: return "request number"
    case .desa: return "desa"
    }
  }

  private static func name(of column: SurveyColumn) -> String {
    switch column {
    case .requestNumber: return "request number"
    case .answeredOn: return "answered date"
    case .answer(let element): return element.code
    }
  }
}

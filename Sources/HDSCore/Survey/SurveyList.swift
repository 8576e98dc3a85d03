/// One row of a survey CSV file: the request, the day it was answered and the nine
/// answers.
public struct SurveyImportRow: Sendable, Equatable {
  /// Line in the file where the row starts, for messages.
  public let line: Int
  public let requestNumber: RequestNumber
  public let answeredOn: CalendarDay
  /// At least one answer; the parser rejects a row with none.
  public let response: SurveyResponse
  /// The fields as written in the file, for a rejects file.
  public let fields: [String]

  public init(
    line: Int, requestNumber: RequestNumber, answeredOn: CalendarDay, response: SurveyResponse,
    fields: [String] = []
  ) {
    self.line = line
    self.requestNumber = requestNumber
    self.answeredOn = answeredOn
    self.response = response
    self.fields = fields
  }
}

/// A survey file read from CSV: the rows that can be imported, and every row that cannot.
///
/// Problems and rejected rows use the print list's types, because both imports report
/// them the same way: the line, the column, the value and the fix.
public struct SurveyList: Sendable, Equatable {
  /// The header fields as written in the file.
  public let header: [String]
  /// Valid rows in file order, without later duplicates.
  public let rows: [SurveyImportRow]
  /// Rows with at least one invalid value, in file order.
  public let rejects: [PrintListReject]
  /// Rows equal to an earlier row of the same request; only the first is in `rows`.
  public let duplicates: [SurveyDuplicate]

  public init(
    header: [String], rows: [SurveyImportRow], rejects: [PrintListReject],
    duplicates: [SurveyDuplicate]
  ) {
    self.header = header
    self.rows = rows
    self.rejects = rejects
    self.duplicates = duplicates
  }
}

/// A row ignored because an earlier row has the same request, day and answers.
public struct SurveyDuplicate: Sendable, Equatable {
  public let line: Int
  public let firstLine: Int
  public let fields: [String]

  public init(line: Int, firstLine: Int, fields: [String]) {
    self.line = line
    self.firstLine = firstLine
    self.fields = fields
  }

  /// The reason the row is ignored, for the report and the rejects file.
  public var problem: PrintListProblem {
    PrintListProblem(line: line, column: "", value: "", kind: .sameResponse(firstLine: firstLine))
  }
}

/// The outcome of a survey file import, or of its dry run.
public struct SurveyImport: Sendable, Equatable {
  /// Requests whose response was stored, in file order.
  public var recorded: [RequestNumber] = []
  /// Rows whose request already has exactly this response stored.
  public var unchanged = 0
  /// Rows the store cannot take (unknown request, not delivered, answered before the
  /// delivery, another response already stored), by line.
  public var invalid: [PrintListProblem] = []
  /// Whether the store wrote anything. False for a dry run, and for an import without
  /// skipping whose rows are not all valid.
  public var isWritten = false

  public init() {}
}

/// A column of a survey file, recognised by its header.
public enum SurveyColumn: Sendable, Hashable {
  case requestNumber
  case answeredOn
  case answer(SurveyElement)

  /// Every column, all required: the request, the date, then U1 to U9.
  public static let allCases: [SurveyColumn] =
    [.requestNumber, .answeredOn] + SurveyElement.allCases.map { .answer($0) }

  /// The header names this column accepts, normalised as `PrintListColumn.normalise(_:)`
  /// does. An answer column also accepts its code followed by other words, such as
  /// "U1 Persyaratan".
  public var acceptedNames: [String] {
    switch self {
    case .requestNumber:
      return ["nomor permohonan", "no permohonan", "request number", "request no"]
    case .answeredOn:
      return [
        "tanggal survei", "tanggal isi", "tanggal pengisian", "tgl survei", "tanggal",
        "answered on", "answered date", "survey date", "date",
      ]
    case .answer(let element):
      return ["u\(element.rawValue)", "unsur \(element.rawValue)", "u \(element.rawValue)"]
    }
  }

  /// Returns the column a header cell names, or nil for a column HDS does not read.
  public static func matching(_ header: String) -> SurveyColumn? {
    let key = PrintListColumn.normalise(header)
    if let exact = allCases.first(where: { $0.acceptedNames.contains(key) }) { return exact }
    let firstWord = key.split(separator: " ").first.map(String.init) ?? ""
    return SurveyElement.allCases.first { "u\($0.rawValue)" == firstWord }.map { .answer($0) }
  }
}

/// A reason a file cannot be read as a survey file at all. The catalog writes its message.
public enum SurveyListError: Error, Sendable, Equatable {
  /// The file has no header line.
  case empty
  /// Columns are not in the header on `line`.
  case missingColumns([SurveyColumn], line: Int, header: [String])
  /// Two header cells name the same column.
  case repeatedColumn(SurveyColumn, first: String, second: String, line: Int)

  /// Whether the first cell of a header without its columns is a request number, which
  /// means the file starts with data and lacks its header line.
  public var headerLooksLikeData: Bool {
    guard case .missingColumns(_, _, let header) = self, let first = header.first else {
      return false
    }
    return RequestNumber(first.filter { !$0.isWhitespace }) != nil
  }
}

extension CalendarDay {
  /// Parses a day written YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY, as survey files and the
  /// survey form accept it. Returns nil for other text and for days that do not exist.
  public init?(surveyDate text: String) {
    guard case .day(let day) = PrintDate.parse(text) else { return nil }
    self = day
  }
}

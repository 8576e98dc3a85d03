/// A print list read from a CSV file: the rows that can be imported, and every row that
/// cannot, with the reasons.
public struct PrintList: Sendable, Equatable {
  /// The header fields as written in the file.
  public let header: [String]
  /// Valid rows in file order, without later duplicates.
  public let rows: [PrintListRow]
  /// Rows with at least one invalid value, in file order.
  public let rejects: [PrintListReject]
  /// Valid rows with the same NIK and document as an earlier valid row; only the first
  /// is in `rows`.
  public let duplicates: [PrintListDuplicate]
  /// Values that are valid but deserve a second look, such as a NIK from an unknown region.
  public let warnings: [PrintListProblem]

  public init(
    header: [String], rows: [PrintListRow], rejects: [PrintListReject],
    duplicates: [PrintListDuplicate], warnings: [PrintListProblem]
  ) {
    self.header = header
    self.rows = rows
    self.rejects = rejects
    self.duplicates = duplicates
    self.warnings = warnings
  }
}

/// One invalid value, one warning, or one row the import passes over, on a line of an
/// import file. The catalog writes its message, such as "line 14: NIK 35073112 has 8
/// digits; a NIK has 16".
public struct PrintListProblem: Sendable, Equatable {
  public let line: Int
  /// The column's header as written in the file, or "" for a problem of the whole row.
  public let column: String
  /// The value as written in the file.
  public let value: String
  /// The problem, with the values the message names besides `column` and `value`.
  public let kind: ImportProblem

  public init(line: Int, column: String, value: String, kind: ImportProblem) {
    self.line = line
    self.column = column
    self.value = value
    self.kind = kind
  }
}

/// A row that cannot be imported: its original fields and every problem found in it.
public struct PrintListReject: Sendable, Equatable {
  public let line: Int
  public let fields: [String]
  public let problems: [PrintListProblem]

  public init(line: Int, fields: [String], problems: [PrintListProblem]) {
    self.line = line
    self.fields = fields
    self.problems = problems
  }
}

/// A row ignored because an earlier row has the same NIK and document.
public struct PrintListDuplicate: Sendable, Equatable {
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
    PrintListProblem(
      line: line, column: "", value: "", kind: .sameNIKAndDocument(firstLine: firstLine))
  }
}

/// A reason a file cannot be read as a print list at all. The catalog writes its message.
public enum PrintListError: Error, Sendable, Equatable {
  /// The file has no header line.
  case empty
  /// Required columns are not in the header on `line`.
  case missingColumns([PrintListColumn], line: Int, header: [String])
  /// Two header cells name the same column.
  case repeatedColumn(PrintListColumn, first: String, second: String, line: Int)
}

extension PrintListError {
  /// Whether the first cell of a header without its columns contains a NIK of 12 or more
  /// digits, which means the file starts with data and lacks its header line.
  public var headerLooksLikeData: Bool {
    guard case .missingColumns(_, _, let header) = self, let first = header.first else {
      return false
    }
    return first.filter { $0.isASCII && $0.isNumber }.count >= 12
  }
}

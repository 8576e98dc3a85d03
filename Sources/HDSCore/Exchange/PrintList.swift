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

/// One invalid value, or one warning, on a line of the file.
public struct PrintListProblem: Sendable, Equatable, CustomStringConvertible {
  public let line: Int
  /// The column's header as written in the file, or "" for a problem of the whole row.
  public let column: String
  /// The value as written in the file.
  public let value: String
  /// What is wrong and how to fix it, without the line number.
  public let message: String

  public init(line: Int, column: String, value: String, message: String) {
    self.line = line
    self.column = column
    self.value = value
    self.message = message
  }

  /// "line 14: NIK 35073112 has 8 digits; a NIK has 16".
  public var description: String { "line \(line): \(message)" }
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

  /// The problems' messages joined into one sentence per problem, for a reason column.
  public var reason: String { problems.map(\.message).joined(separator: "; ") }
}

/// A row ignored because an earlier row has the same NIK and document.
public struct PrintListDuplicate: Sendable, Equatable, CustomStringConvertible {
  public let line: Int
  public let firstLine: Int
  public let fields: [String]

  public init(line: Int, firstLine: Int, fields: [String]) {
    self.line = line
    self.firstLine = firstLine
    self.fields = fields
  }

  public var reason: String {
    "same NIK and document as line \(firstLine); only line \(firstLine) is imported"
  }

  public var description: String { "line \(line): \(reason)" }
}

/// A reason a file cannot be read as a print list at all.
public enum PrintListError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file has no header line.
  case empty
  /// Required columns are not in the header on `line`.
  case missingColumns([PrintListColumn], line: Int, header: [String])
  /// Two header cells name the same column.
  case repeatedColumn(PrintListColumn, first: String, second: String, line: Int)

  public var description: String {
    switch self {
    case .empty:
      return "the file is empty; a print list starts with a header line such as"
        + " NIK;nama;dokumen;tanggal cetak"
    case .missingColumns(let columns, let line, let header):
      let missing = columns.map { column in
        "no \(column.label) column (accepted names: "
          + column.acceptedNames.joined(separator: ", ") + ")"
      }
      let found = header.map { "\"\($0)\"" }.joined(separator: ", ")
      var text = "line \(line): the header has " + missing.joined(separator: "; ")
      text += "; it has \(found)"
      if header.first.map(looksLikeNIK) ?? false {
        text += ". The first line looks like data; add a header line above it"
      }
      return text
    case .repeatedColumn(let column, let first, let second, let line):
      return "line \(line): the header names the \(column.label) column twice (\"\(first)\""
        + " and \"\(second)\"); remove or rename one of them"
    }
  }

  private func looksLikeNIK(_ text: String) -> Bool {
    let digits = text.filter { $0.isASCII && $0.isNumber }
    return digits.count >= 12
  }
}

extension PrintListColumn {
  /// The column's name in messages.
  var label: String {
    switch self {
    case .nik: return "NIK"
    case .name: return "name"
    case .document: return "document"
    case .printedOn: return "print date"
    case .requestNumber: return "request number"
    case .desa: return "desa"
    }
  }
}

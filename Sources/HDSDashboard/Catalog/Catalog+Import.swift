import HDSCore

// The messages of `hds import print-list` and `hds import survey` about rows and files.
// Each language writes them in one place, `ImportTextIndonesian` and `ImportTextEnglish`,
// and the reports' other lines are keys in MessageKey+Import.swift. Four types that other
// code also reports keep their English `description`, which the English text reuses:
// NIKError, NIKWarning, CSVError and SurveyRejection. The exception is an already answered
// request, because a file's fix differs from the dashboard's.

extension Catalog {
  /// Returns the problem with its line: "baris 14: NIK 35073112 terdiri dari 8 angka; NIK
  /// harus 16 angka", "line 14: NIK 35073112 has 8 digits; a NIK has 16".
  public func describe(_ problem: PrintListProblem) -> String {
    format(.importLine, problem.line, reason(problem))
  }

  /// Returns the problem without its line, for the reason column of a rejects file.
  public func reason(_ problem: PrintListProblem) -> String {
    switch language {
    case .indonesian:
      return ImportTextIndonesian(catalog: self).reason(
        problem.kind, column: problem.column, value: problem.value)
    case .english:
      return ImportTextEnglish.reason(problem.kind, column: problem.column, value: problem.value)
    }
  }

  /// Returns the reasons of every problem of one row joined by " | ". A reason has its own
  /// "; " before its fix, so that separator would not show where the next one starts.
  public func reason(_ problems: [PrintListProblem]) -> String {
    problems.map { reason($0) }.joined(separator: " | ")
  }

  /// Returns why a file cannot be read as a print list, with the line and the fix.
  public func describe(_ error: PrintListError) -> String {
    switch language {
    case .indonesian: return ImportTextIndonesian(catalog: self).fileError(error)
    case .english: return ImportTextEnglish.fileError(error)
    }
  }

  /// Returns why a file cannot be read as a survey file, with the line and the fix.
  public func describe(_ error: SurveyListError) -> String {
    switch language {
    case .indonesian: return ImportTextIndonesian(catalog: self).fileError(error)
    case .english: return ImportTextEnglish.fileError(error)
    }
  }

  /// Returns why an import file cannot be read as CSV, with the line and the fix.
  public func describe(_ error: CSVError) -> String {
    switch language {
    case .indonesian: return ImportTextIndonesian(catalog: self).fileError(error)
    case .english: return error.description
    }
  }
}

/// Values that the import messages of both languages show the same way.
enum ImportValues {
  /// Returns the header cells in quotes: "\"NIK\", \"nama\"".
  static func quoted(_ header: [String]) -> String {
    header.map { "\"\($0)\"" }.joined(separator: ", ")
  }

  /// The document names a print list accepts, as the dashboard shows them.
  static let documents = DocumentKind.allCases.map(\.shortName).joined(separator: ", ")

  /// The first and last element codes: "U1–U9".
  static let elements =
    (SurveyElement.allCases.first?.code ?? "") + "–" + (SurveyElement.allCases.last?.code ?? "")

  /// Returns a two-digit year as a NIK contains it: "..05".
  static func yearDigits(_ value: Int) -> String {
    ".." + (value < 10 ? "0\(value)" : "\(value)")
  }
}

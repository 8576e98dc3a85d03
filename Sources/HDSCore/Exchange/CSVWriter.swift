import Foundation

/// Writes CSV records as RFC 4180 defines them: fields quoted when they contain the
/// separator, a quote or a line break, quotes doubled, and CRLF after every record.
public struct CSVWriter: Sendable {
  public let separator: Character
  /// Whether a field that a spreadsheet would run as a formula (starting with `=`, `+`,
  /// `-`, `@`, a tab or a CR) gets a leading apostrophe. Files that people open in Excel or
  /// LibreOffice need it, because a recipient name typed as `=HYPERLINK(…)` would run
  /// there. Files that programs read do not.
  public let guardsFormulas: Bool

  public init(separator: Character, guardsFormulas: Bool = false) {
    self.separator = separator
    self.guardsFormulas = guardsFormulas
  }

  /// The UTF-8 byte order mark, which makes Excel read the file as UTF-8 instead of the
  /// machine's ANSI code page.
  public static let byteOrderMark = "\u{FEFF}"

  /// Returns one record with its CRLF line end.
  public func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: String(separator)) + "\r\n"
  }

  /// Returns `text` quoted when it needs to be.
  public func field(_ text: String) -> String {
    var value = text
    if guardsFormulas, let first = value.unicodeScalars.first,
      ["=", "+", "-", "@", "\t", "\r"].contains(first)
    {
      value = "'" + value
    }
    let needsQuotes = value.unicodeScalars.contains {
      $0 == "\"" || $0 == "\n" || $0 == "\r" || Character($0) == separator
    }
    guard needsQuotes else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}

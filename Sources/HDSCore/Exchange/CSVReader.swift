// Reads CSV as RFC 4180 defines it and as spreadsheets in an Indonesian locale write it.
//
// The text is UTF-8, with or without a byte order mark. Lines end in CRLF, LF or a lone
// CR, mixed in one file. The separator is `;` or `,`, whichever occurs more often outside
// quotes on the first line that is not empty, because Excel with the id-ID list
// separator writes `;`. Quoted fields may contain separators, doubled quotes and line
// breaks, which are kept as written, and spaces or tabs after a closing quote are
// ignored. Bytes that are not UTF-8, a quoted field that never ends and text after a
// closing quote are rejected with the line number.

/// One record of a CSV file: its fields and the line on which it starts (1-based).
public struct CSVRecord: Sendable, Equatable {
  public let line: Int
  public let fields: [String]

  public init(line: Int, fields: [String]) {
    self.line = line
    self.fields = fields
  }

  /// Whether every field is empty or only whitespace, as in the `;;;;` lines that
  /// spreadsheets write for empty rows.
  public var isBlank: Bool {
    fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
  }
}

/// A parsed CSV file: the separator found on its first line and every record in order.
public struct CSVTable: Sendable, Equatable {
  public let separator: Character
  /// Whether the file started with a UTF-8 byte order mark.
  public let hadByteOrderMark: Bool
  public let records: [CSVRecord]
}

/// A reason the bytes cannot be read as CSV.
public enum CSVError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The bytes of this line are not valid UTF-8.
  case invalidUTF8(line: Int)
  /// A quoted field that starts on this line has no closing quote.
  case unterminatedQuote(line: Int)
  /// A closing quote on this line is followed by something other than a separator or
  /// a line end.
  case textAfterQuote(line: Int)

  public var description: String {
    switch self {
    case .invalidUTF8(let line):
      return "line \(line): the text is not valid UTF-8; save the file as"
        + " \"CSV UTF-8 (Comma delimited)\" and try again"
    case .unterminatedQuote(let line):
      return "line \(line): a quoted field starts here and never ends; add the closing"
        + " quote (\") or remove the opening one"
    case .textAfterQuote(let line):
      return "line \(line): text follows the closing quote of a field; a quote inside a"
        + " quoted field must be doubled (\"\")"
    }
  }
}

public enum CSVReader {
  /// Parses `bytes` as CSV.
  ///
  /// Works on bytes, which is safe because the separators, the quote and the line ends
  /// are ASCII and never occur inside a multi-byte UTF-8 sequence; each field is then
  /// checked as UTF-8. Complexity: O(bytes).
  public static func read(_ bytes: [UInt8]) throws(CSVError) -> CSVTable {
    let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    let hasMark = bytes.starts(with: byteOrderMark)
    let start = hasMark ? 3 : 0
    let separator = detectSeparator(bytes, from: start)

    var parser = Parser(bytes: bytes, separator: separator, position: start)
    let records = try parser.records()
    return CSVTable(
      separator: Character(Unicode.Scalar(separator)), hadByteOrderMark: hasMark,
      records: records)
  }

  /// Parses `bytes` as CSV with a fixed `separator`, for formats that define theirs and
  /// may start with a comment line that detection would misread.
  public static func read(_ bytes: [UInt8], separator: UInt8) throws(CSVError) -> CSVTable {
    let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
    let hasMark = bytes.starts(with: byteOrderMark)
    var parser = Parser(bytes: bytes, separator: separator, position: hasMark ? 3 : 0)
    let records = try parser.records()
    return CSVTable(
      separator: Character(Unicode.Scalar(separator)), hadByteOrderMark: hasMark,
      records: records)
  }

  /// Picks `;` or `,` by counting both outside quotes on the first line that is not
  /// empty; `,` when neither occurs or both occur equally often.
  static func detectSeparator(_ bytes: [UInt8], from start: Int) -> UInt8 {
    var semicolons = 0
    var commas = 0
    var inQuotes = false
    var index = start
    while index < bytes.count, bytes[index] == lineFeed || bytes[index] == carriageReturn {
      index += 1
    }
    while index < bytes.count {
      let byte = bytes[index]
      if byte == quote {
        inQuotes.toggle()
      } else if !inQuotes {
        if byte == lineFeed || byte == carriageReturn { break }
        if byte == semicolon { semicolons += 1 }
        if byte == comma { commas += 1 }
      }
      index += 1
    }
    return semicolons > commas ? semicolon : comma
  }

  static let quote = UInt8(ascii: "\"")
  static let semicolon = UInt8(ascii: ";")
  static let comma = UInt8(ascii: ",")
  static let lineFeed = UInt8(ascii: "\n")
  static let carriageReturn = UInt8(ascii: "\r")
}

/// The state of one pass over the bytes.
private struct Parser {
  let bytes: [UInt8]
  let separator: UInt8
  var position: Int
  /// The line of the byte at `position`.
  var line = 1

  init(bytes: [UInt8], separator: UInt8, position: Int) {
    self.bytes = bytes
    self.separator = separator
    self.position = position
  }

  mutating func records() throws(CSVError) -> [CSVRecord] {
    var records: [CSVRecord] = []
    while position < bytes.count {
      let startLine = line
      var fields: [String] = []
      while true {
        fields.append(try field())
        guard position < bytes.count, bytes[position] == separator else { break }
        position += 1
      }
      consumeLineEnd()
      records.append(CSVRecord(line: startLine, fields: fields))
    }
    return records
  }

  /// Reads one field and stops before the separator or line end that follows it.
  private mutating func field() throws(CSVError) -> String {
    let fieldLine = line
    let text: String?
    if position < bytes.count, bytes[position] == CSVReader.quote {
      var content: [UInt8] = []
      try quotedField(into: &content)
      text = String(validating: content, as: UTF8.self)
    } else {
      // An unquoted field is its bytes as they stand, so it is read without a copy.
      let start = position
      while position < bytes.count, !isBoundary(bytes[position]) {
        position += 1
      }
      text = String(validating: bytes[start..<position], as: UTF8.self)
    }
    guard let text else { throw .invalidUTF8(line: fieldLine) }
    return text
  }

  private mutating func quotedField(into content: inout [UInt8]) throws(CSVError) {
    let openingLine = line
    position += 1
    while true {
      guard position < bytes.count else { throw .unterminatedQuote(line: openingLine) }
      let byte = bytes[position]
      if byte == CSVReader.quote {
        if position + 1 < bytes.count, bytes[position + 1] == CSVReader.quote {
          content.append(byte)
          position += 2
          continue
        }
        position += 1
        break
      }
      countLine(at: position)
      content.append(byte)
      position += 1
    }
    while position < bytes.count,
      bytes[position] == UInt8(ascii: " ")
        || bytes[position] == UInt8(ascii: "\t")
    {
      position += 1
    }
    if position < bytes.count, !isBoundary(bytes[position]) {
      throw .textAfterQuote(line: line)
    }
  }

  /// Counts a line end inside a quoted field: LF, or a CR not followed by LF.
  private mutating func countLine(at index: Int) {
    let byte = bytes[index]
    if byte == CSVReader.lineFeed {
      line += 1
    } else if byte == CSVReader.carriageReturn,
      index + 1 >= bytes.count || bytes[index + 1] != CSVReader.lineFeed
    {
      line += 1
    }
  }

  private func isBoundary(_ byte: UInt8) -> Bool {
    byte == separator || byte == CSVReader.lineFeed || byte == CSVReader.carriageReturn
  }

  /// Skips one CRLF, LF or CR at `position`, if there is one.
  private mutating func consumeLineEnd() {
    guard position < bytes.count else { return }
    if bytes[position] == CSVReader.carriageReturn {
      position += 1
      if position < bytes.count, bytes[position] == CSVReader.lineFeed { position += 1 }
      line += 1
    } else if bytes[position] == CSVReader.lineFeed {
      position += 1
      line += 1
    }
  }
}

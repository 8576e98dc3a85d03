// The store's statements are written in SQLite's dialect (HDSStoreSQL). This file turns
// the spellings that PostgreSQL reads differently but that mean the same into
// PostgreSQL's: parameters, planner hints and the temporary schema. Differences in
// meaning, such as the WIB day, are not spellings; SQLDialect gives those.

/// Rewrites one statement text from SQLite's spelling to PostgreSQL's.
///
/// - Parameters `?NNN` become `$NNN`, and a bare `?` takes the number after the largest
///   one so far, as SQLite numbers it.
/// - SQLite's planner hints `INDEXED BY name` and `NOT INDEXED`, and the unary `+` that
///   keeps SQLite off an index (`+e.time`), are removed: PostgreSQL plans by statistics,
///   and the hints change no result.
/// - The schema `temp` is PostgreSQL's `pg_temp`.
///
/// Text inside quotes ('…' and "…") and comments is copied unchanged.
enum PostgresTranslation {
  /// A statement in PostgreSQL's spelling, and the parameter numbers it refers to.
  struct Statement: Equatable {
    let sql: String
    let parameters: Set<Int>
  }

  static func translate(_ sql: String) -> Statement {
    var scanner = Scanner(Array(sql.unicodeScalars))
    let text = scanner.run()
    return Statement(sql: text, parameters: scanner.parameters)
  }

  /// Words after which a `+` is the unary sign of the next operand.
  private static let operandKeywords: Set<String> = [
    "AND", "OR", "NOT", "WHERE", "ON", "SELECT", "WHEN", "THEN", "ELSE", "BY", "IN", "IS",
    "BETWEEN", "CASE", "HAVING", "SET", "VALUES", "RETURNING", "LIKE",
  ]

  private struct Scanner {
    let text: [Unicode.Scalar]
    var index = 0
    var output = String.UnicodeScalarView()
    var highestParameter = 0
    var parameters: Set<Int> = []
    /// The last word copied to the output, upper-cased, or nil when something other than
    /// spaces followed it.
    var lastWord: String?
    /// The last character copied that is not a space.
    var lastSignificant: Unicode.Scalar?

    init(_ text: [Unicode.Scalar]) {
      self.text = text
    }

    mutating func run() -> String {
      while index < text.count {
        let scalar = text[index]
        switch scalar {
        case "'", "\"":
          copyQuoted(until: scalar)
        case "-" where peek(1) == "-":
          copyWhile { $0 != "\n" }
        case "/" where peek(1) == "*":
          copyBlockComment()
        case "?":
          index += 1
          let digits = takeWhile { $0.properties.numericType != nil && $0.isASCII }
          let number = Int(String(String.UnicodeScalarView(digits))) ?? (highestParameter + 1)
          highestParameter = max(highestParameter, number)
          parameters.insert(number)
          append("$\(number)")
        case "+" where isUnaryBeforeName():
          index += 1
        case _ where Self.startsWord(scalar):
          word()
        default:
          append(scalar)
          index += 1
        }
      }
      return String(output)
    }

    // MARK: Words

    private mutating func word() {
      let start = index
      let letters = takeWhile(Self.continuesWord)
      let word = String(String.UnicodeScalarView(letters))
      let upper = word.uppercased()
      if upper == "INDEXED", nextWord()?.uppercased() == "BY" {
        // INDEXED BY name: skip the two words and the index name.
        skipSpaces()
        _ = takeWhile(Self.continuesWord)
        skipSpaces()
        _ = takeWhile(Self.continuesWord)
        return
      }
      if upper == "NOT", nextWord()?.uppercased() == "INDEXED" {
        skipSpaces()
        _ = takeWhile(Self.continuesWord)
        return
      }
      if upper == "TEMP", peek(0) == "." {
        append("pg_temp")
        lastWord = nil
        return
      }
      index = start + letters.count
      append(word)
      lastWord = upper
    }

    /// Returns the word after the spaces at the current position, without moving.
    private func nextWord() -> String? {
      var position = index
      while position < text.count, text[position].properties.isWhitespace { position += 1 }
      let start = position
      while position < text.count, Self.continuesWord(text[position]) { position += 1 }
      guard position > start else { return nil }
      return String(String.UnicodeScalarView(text[start..<position]))
    }

    /// Whether the `+` at the current position is a unary sign directly before a column
    /// name: no space after it, and an operator, a parenthesis, a comma or a keyword
    /// before it.
    private func isUnaryBeforeName() -> Bool {
      guard let next = peek(1), Self.startsWord(next) else { return false }
      if let lastWord { return PostgresTranslation.operandKeywords.contains(lastWord) }
      guard let lastSignificant else { return true }
      return "(,=<>!".unicodeScalars.contains(lastSignificant)
    }

    private static func startsWord(_ scalar: Unicode.Scalar) -> Bool {
      scalar == "_" || scalar.properties.isAlphabetic
    }

    private static func continuesWord(_ scalar: Unicode.Scalar) -> Bool {
      startsWord(scalar) || ("0"..."9").contains(scalar) || scalar == "$"
    }

    // MARK: Copying

    private mutating func copyQuoted(until quote: Unicode.Scalar) {
      append(text[index])
      index += 1
      while index < text.count {
        let scalar = text[index]
        append(scalar)
        index += 1
        if scalar == quote {
          // A doubled quote is a quote inside the text.
          guard peek(0) == quote else { return }
          append(quote)
          index += 1
        }
      }
    }

    private mutating func copyBlockComment() {
      while index < text.count {
        if text[index] == "*", peek(1) == "/" {
          append("*/")
          index += 2
          return
        }
        append(text[index])
        index += 1
      }
    }

    private mutating func copyWhile(_ predicate: (Unicode.Scalar) -> Bool) {
      for scalar in takeWhile(predicate) { append(scalar) }
    }

    private mutating func takeWhile(_ predicate: (Unicode.Scalar) -> Bool) -> [Unicode.Scalar] {
      let start = index
      while index < text.count, predicate(text[index]) { index += 1 }
      return Array(text[start..<index])
    }

    private mutating func skipSpaces() {
      while index < text.count, text[index].properties.isWhitespace { index += 1 }
    }

    private func peek(_ offset: Int) -> Unicode.Scalar? {
      index + offset < text.count ? text[index + offset] : nil
    }

    private mutating func append(_ scalar: Unicode.Scalar) {
      output.append(scalar)
      if !scalar.properties.isWhitespace {
        lastSignificant = scalar
        lastWord = nil
      }
    }

    private mutating func append(_ string: String) {
      for scalar in string.unicodeScalars { append(scalar) }
    }
  }
}

import HDSSampleData

/// Draws fuzz inputs: pure noise, CSV-like noise, and valid files with mutations.
///
/// Every draw depends only on the generator's state, so one case seed gives one input.
struct InputGenerator {
  /// The format of the valid files, which structured mutations split into fields.
  struct Format {
    /// The field separator of the valid files: `;` for CSV, a space for roles.conf and
    /// holiday lists.
    let separator: String
    /// Values near the rules of this format, which replace a field.
    /// Whether the reader finds columns by their header, in any order and case, so that a
    /// valid file stays valid with its columns moved.
    var namesColumns = false
    let nearValid: [String]
  }

  var random: SeededGenerator
  let bases: [[UInt8]]
  let format: Format
  /// The largest input drawn, in bytes; huge fields and repeats stop near it.
  let maxBytes: Int
  /// A valid NIK that no earlier case used, for a row added to the file, so that an
  /// accepted print list still creates a request after the store has taken the valid
  /// file's rows.
  var freshNIK: String? = nil

  /// Returns one input and the name of the strategy that made it.
  mutating func draw() -> (bytes: [UInt8], strategy: String) {
    let input = drawInput()
    return (input.bytes, input.strategy)
  }

  /// Returns one input, its strategy's name, and whether the reader must accept it
  /// because only valid changes were made to a valid file.
  mutating func drawInput() -> (bytes: [UInt8], strategy: String, isValid: Bool) {
    let roll = Int.random(in: 0..<100, using: &random)
    if roll < 8 || bases.isEmpty { return (randomBytes(), "random bytes", false) }
    if roll < 25 { return (noise(), "csv noise", false) }
    if roll < 35 { return (headerAndNoise(), "header and noise", false) }
    if roll < 45 && format.namesColumns {
      let (bytes, strategy) = validVariant()
      return (bytes, strategy, true)
    }
    let (bytes, strategy) = mutated()
    return (bytes, strategy, false)
  }

  // MARK: Random inputs

  private mutating func randomBytes() -> [UInt8] {
    let count = Int.random(in: 0...min(4_096, maxBytes), using: &random)
    return (0..<count).map { _ in UInt8.random(in: 0...255, using: &random) }
  }

  private mutating func noise() -> [UInt8] {
    var bytes: [UInt8] = []
    let tokens = Int.random(in: 0...400, using: &random)
    for _ in 0..<tokens { bytes += token() }
    return Array(bytes.prefix(maxBytes))
  }

  private mutating func headerAndNoise() -> [UInt8] {
    let base = bases.randomElement(using: &random) ?? []
    let header = base.prefix { $0 != 0x0A }
    var bytes = Array(header) + [0x0A]
    let rows = Int.random(in: 1...40, using: &random)
    for _ in 0..<rows {
      let fields = Int.random(in: 1...14, using: &random)
      for index in 0..<fields {
        if index > 0 { bytes += Array(format.separator.utf8) }
        bytes += Bool.random(using: &random) ? Array(nearValid().utf8) : token()
      }
      bytes += lineEnd()
    }
    return Array(bytes.prefix(maxBytes))
  }

  /// Returns one piece of CSV-like noise: structure bytes, invalid UTF-8, format words.
  private mutating func token() -> [UInt8] {
    switch Int.random(in: 0..<10, using: &random) {
    case 0: return Array([";", ",", "\"", "\"\"", " ", "\t", "#", ":"].pick(&random).utf8)
    case 1: return lineEnd()
    case 2: return InputGenerator.invalidUTF8.pick(&random)
    case 3: return Array(InputGenerator.specialText.pick(&random).utf8)
    case 4: return [0]
    case 5: return hugeField(maxCount: 5_000)
    case 6: return Array(String(UInt64.random(in: 0...UInt64.max, using: &random)).utf8)
    default: return Array(nearValid().utf8)
    }
  }

  private mutating func lineEnd() -> [UInt8] {
    [[0x0D, 0x0A], [0x0A], [0x0D], [0x0A, 0x0D]].pick(&random)
  }

  private mutating func hugeField(maxCount: Int) -> [UInt8] {
    let unit = Array(["A", "9", "é", "😀", "\"", ";", " "].pick(&random).utf8)
    let count = Int.random(in: 1...max(1, maxCount), using: &random)
    var bytes: [UInt8] = []
    bytes.reserveCapacity(min(maxBytes, unit.count * count))
    for _ in 0..<count where bytes.count + unit.count <= maxBytes { bytes += unit }
    return bytes
  }

  private mutating func nearValid() -> String {
    Int.random(in: 0..<4, using: &random) == 0
      ? InputGenerator.specialText.pick(&random) : format.nearValid.pick(&random)
  }

  // MARK: Mutations

  private mutating func mutated() -> (bytes: [UInt8], strategy: String) {
    var bytes = bases.randomElement(using: &random) ?? []
    var names: [String] = []
    if Int.random(in: 0..<3, using: &random) > 0 {
      let (structured, applied) = structuredMutation(of: bytes)
      bytes = structured
      names += applied
    }
    // Half the mutated files keep every byte valid, so that more of them pass the CSV
    // reader and reach the checks of the rows.
    let byteMutations = Bool.random(using: &random) ? 0 : Int.random(in: 1...4, using: &random)
    for _ in 0..<byteMutations {
      names.append(byteMutation(&bytes))
    }
    if names.isEmpty { names.append("unchanged") }
    return (Array(bytes.prefix(maxBytes)), "mutated: " + names.joined(separator: ", "))
  }

  /// Splits the file into lines and fields and changes them, then joins them again with
  /// a drawn line end, separator and byte order mark.
  private mutating func structuredMutation(of bytes: [UInt8]) -> ([UInt8], [String]) {
    let text = String(decoding: bytes, as: UTF8.self)
    var rows = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map { $0.components(separatedBy: format.separator) }
    if rows.last == [""] { rows.removeLast() }
    guard !rows.isEmpty else { return (bytes, []) }
    var names: [String] = []
    let count = Int.random(in: 1...6, using: &random)
    for _ in 0..<count {
      names.append(fieldMutation(&rows))
    }

    var separator = format.separator
    if Int.random(in: 0..<8, using: &random) == 0 {
      separator = [";", ",", "\t", " ", ";;"].pick(&random)
      names.append("separator \(separator.debugDescription)")
    }
    var lineEnd = ["\r\n", "\n"].pick(&random)
    var output = ""
    if Int.random(in: 0..<6, using: &random) == 0 {
      output = "\u{FEFF}"
      names.append("byte order mark")
    }
    let mixesLineEnds = Int.random(in: 0..<6, using: &random) == 0
    if mixesLineEnds { names.append("mixed line ends") }
    for row in rows {
      output += row.joined(separator: separator)
      if mixesLineEnds { lineEnd = ["\r\n", "\n", "\r"].pick(&random) }
      output += lineEnd
      if output.utf8.count > maxBytes { break }
    }
    return (Array(output.utf8), names)
  }

  private mutating func fieldMutation(_ rows: inout [[String]]) -> String {
    let row = Int.random(in: 0..<rows.count, using: &random)
    let width = max(1, rows[row].count)
    let column = Int.random(in: 0..<width, using: &random)
    switch Int.random(in: 0..<14, using: &random) {
    case 0, 1, 2, 3:
      guard row > 0, column < rows[row].count else { return "nothing" }
      // The valid print list ends with new residents, so a copy of its last row with a
      // fresh NIK is one more printed document to create a request for.
      if let freshNIK, var copy = rows.last, let nikColumn = copy.firstIndex(where: Self.isNIK),
        Bool.random(using: &random)
      {
        copy[nikColumn] = freshNIK
        rows.append(copy)
        return "new resident with a fresh NIK"
      }
      rows[row][column] = format.nearValid.pick(&random)
      return "near-valid value"
    case 4:
      guard column < rows[row].count else { return "nothing" }
      rows[row][column] = InputGenerator.specialText.pick(&random)
      return "special text"
    case 5:
      let other = Int.random(in: 0..<width, using: &random)
      for index in rows.indices where max(column, other) < rows[index].count {
        rows[index].swapAt(column, other)
      }
      return "swap columns \(column) and \(other)"
    case 6:
      let copies = Int.random(in: 1...3, using: &random)
      rows.insert(contentsOf: Array(repeating: rows[row], count: copies), at: row)
      return "duplicate row"
    case 7:
      rows.remove(at: row)
      if rows.isEmpty { rows.append([""]) }
      return "delete row"
    case 8:
      guard column < rows[row].count else { return "nothing" }
      let maxCount = Int.random(in: 0..<20, using: &random) == 0 ? 200_000 : 5_000
      rows[row][column] = String(decoding: hugeField(maxCount: maxCount), as: UTF8.self)
      return "huge field"
    case 9:
      guard column < rows[row].count else { return "nothing" }
      let value = rows[row][column]
      rows[row][column] =
        ["\"" + value + "\"", "\"" + value, value + "\"", "\"" + value + "\"x", " \"" + value]
        .pick(&random)
      return "quote field"
    case 10:
      rows[row].insert(format.nearValid.pick(&random), at: min(column, rows[row].count))
      return "insert field"
    case 11:
      guard column < rows[row].count else { return "nothing" }
      rows[row].remove(at: column)
      return "delete field"
    case 12:
      guard column < rows[0].count else { return "nothing" }
      let header = rows[0][column]
      rows[0][column] = [
        header.uppercased(), header.lowercased(), " " + header + " ", header + header, "",
        rows[0].pick(&random),
      ].pick(&random)
      return "change header"
    default:
      // Many rows, to find costs that grow faster than the file.
      let copies = Int.random(in: 10...400, using: &random)
      let body = rows.dropFirst()
      guard !body.isEmpty else { return "nothing" }
      for _ in 0..<copies { rows.append(body.pick(&random)) }
      return "repeat \(copies) rows"
    }
  }

  private mutating func byteMutation(_ bytes: inout [UInt8]) -> String {
    guard !bytes.isEmpty else {
      bytes = token()
      return "token into empty file"
    }
    let position = Int.random(in: 0..<bytes.count, using: &random)
    switch Int.random(in: 0..<7, using: &random) {
    case 0:
      bytes[position] ^= UInt8(1) << UInt8.random(in: 0...7, using: &random)
      return "flip bit"
    case 1:
      bytes.insert(contentsOf: token(), at: position)
      return "insert token"
    case 2:
      let end = min(bytes.count, position + Int.random(in: 1...64, using: &random))
      bytes.removeSubrange(position..<end)
      return "delete bytes"
    case 3:
      let end = min(bytes.count, position + Int.random(in: 1...256, using: &random))
      bytes.insert(contentsOf: bytes[position..<end], at: position)
      return "duplicate bytes"
    case 4:
      bytes.removeSubrange(position...)
      return "truncate"
    case 5:
      bytes[position] = [0, 0x0D, 0x0A, 0x22, 0x3B, 0x2C, 0xFF, 0x80].pick(&random)
      return "replace byte"
    default:
      bytes.insert(contentsOf: InputGenerator.invalidUTF8.pick(&random), at: position)
      return "invalid UTF-8"
    }
  }

  static func isNIK(_ field: String) -> Bool {
    field.utf8.count == 16 && field.utf8.allSatisfy { (0x30...0x39).contains($0) }
  }

  /// Returns a valid NIK of Kecamatan Kromengan that differs for each `number` below
  /// 3.3 million: region 35.07.31, a birth date in 1985 and a serial.
  static func freshNIK(_ number: Int) -> String {
    let block = number / 9999
    let day = 1 + block % 28
    let month = 1 + (block / 28) % 12
    return "350731" + String(format: "%02d%02d85%04d", day, month, number % 9999 + 1)
  }

  // MARK: Vocabulary

  static let invalidUTF8: [[UInt8]] = [
    [0xFF], [0xFE], [0x80], [0xC3], [0xC0, 0xAF], [0xE2, 0x82], [0xED, 0xA0, 0x80],
    [0xF4, 0x90, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xEF, 0xBB],
  ]

  /// Text that often breaks width, trimming, case and number handling.
  static let specialText: [String] = [
    "", " ", "\t", "\u{FEFF}", "\u{00A0}", "\u{200B}", "\u{202E}abc", "e\u{301}",
    "\u{301}", "😀", "👨‍👩‍👧", "日本語", "ＡＢＣ１２３", "٣", "１", "Ⅳ", "²", "\u{0}", "\u{7F}",
    "\u{1B}[31m", "=HYPERLINK(\"x\")", "+1", "-1", "1e9", "NaN", "∞", "null", "NULL", "'",
    "\\", "%s%n", "\r", "\n", "\r\n", "#", "user:", "group:", "İ", "ß", "ﬁ",
  ]
}

extension Array {
  /// Returns a random element; the array must not be empty.
  func pick(_ random: inout SeededGenerator) -> Element {
    self[Int.random(in: 0..<count, using: &random)]
  }
}

extension ArraySlice {
  func pick(_ random: inout SeededGenerator) -> Element {
    self[startIndex + Int.random(in: 0..<count, using: &random)]
  }
}

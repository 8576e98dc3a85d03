/// Valid files written another valid way, which the readers must accept.
extension InputGenerator {
  /// Returns a valid file written another valid way: columns in another order, header in
  /// another case, `,` for `;`, other line ends, a byte order mark, blank rows, spaces
  /// around values, and on a print list a new resident's row.
  mutating func validVariant() -> ([UInt8], String) {
    let base = bases.randomElement(using: &random) ?? []
    let text = String(decoding: base, as: UTF8.self)
    var rows = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map { $0.components(separatedBy: format.separator) }
    if rows.last == [""] { rows.removeLast() }
    guard let header = rows.first, header.count > 1 else { return (base, "valid file") }
    var names: [String] = []

    if Bool.random(using: &random) {
      let first = Int.random(in: 0..<header.count, using: &random)
      let second = Int.random(in: 0..<header.count, using: &random)
      for index in rows.indices where max(first, second) < rows[index].count {
        rows[index].swapAt(first, second)
      }
      names.append("columns \(first) and \(second) swapped")
    }
    if Bool.random(using: &random) {
      let upper = Bool.random(using: &random)
      rows[0] = rows[0].map { upper ? $0.uppercased() : $0.lowercased() }
      names.append(upper ? "header upper case" : "header lower case")
    }
    if let freshNIK, var copy = rows.last, let nikColumn = copy.firstIndex(where: Self.isNIK),
      Bool.random(using: &random)
    {
      copy[nikColumn] = freshNIK
      rows.append(copy)
      names.append("new resident with a fresh NIK")
    }
    if Int.random(in: 0..<4, using: &random) == 0 {
      rows = rows.map { $0.map { $0.isEmpty ? $0 : " " + $0 + "\t" } }
      names.append("spaces around values")
    }
    if Int.random(in: 0..<4, using: &random) == 0 {
      let blank = Array(repeating: "", count: header.count)
      rows.insert(blank, at: Int.random(in: 1...rows.count, using: &random))
      rows.append(blank)
      names.append("blank rows")
    }

    var separator = format.separator
    let joined = rows.joined().joined()
    if !joined.contains(","), !joined.contains("\""), Bool.random(using: &random) {
      separator = ","
      names.append("comma separator")
    }
    let lineEnds = ["\r\n", "\n", "\r"]
    let mixed = Int.random(in: 0..<4, using: &random) == 0
    var lineEnd = lineEnds.pick(&random)
    names.append(mixed ? "mixed line ends" : "line end \(lineEnd.debugDescription)")
    var output = ""
    if Bool.random(using: &random) {
      output = "\u{FEFF}"
      names.append("byte order mark")
    }
    for row in rows {
      if mixed { lineEnd = lineEnds.pick(&random) }
      output += row.joined(separator: separator) + lineEnd
    }
    return (Array(output.utf8), "valid variant: " + names.joined(separator: ", "))
  }
}

/// The header fields and numeric sections of VRPLIB text, before interpretation.
struct VRPLIBFile {
  /// Header values by key, such as "DIMENSION" → "32".
  var fields: [String: String] = [:]
  /// Numbers of each section in file order, such as "DEMAND_SECTION" → [1, 0, 2, 19, …].
  var sections: [String: [Double]] = [:]

  init(text: String) throws(VRPLIBError) {
    var section: String?
    for (index, rawLine) in text.split(whereSeparator: \.isNewline).enumerated() {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.isEmpty || line == "EOF" { continue }
      if let colon = line.firstIndex(of: ":") {
        let key = line[..<colon].trimmingCharacters(in: .whitespaces)
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        fields[key.uppercased()] = value
        section = nil
        continue
      }
      if line.hasSuffix("_SECTION") {
        section = line.uppercased()
        sections[line.uppercased(), default: []] = []
        continue
      }
      guard let current = section else {
        throw .unexpectedLine(line: index + 1, text: line)
      }
      for token in line.split(whereSeparator: \.isWhitespace) {
        guard let number = Double(token) else {
          throw .invalidNumber(line: index + 1, text: String(token))
        }
        // DEPOT_SECTION ends with -1.
        if current == "DEPOT_SECTION" && number == -1 {
          section = nil
          break
        }
        sections[current, default: []].append(number)
      }
    }
  }

  func integerField(_ key: String) throws(VRPLIBError) -> Int {
    guard let text = fields[key] else { throw .missing(key) }
    guard let value = Int(text) else { throw .invalidValue(section: key, text: text) }
    return value
  }

  /// Returns each node's values from a section of rows "node value…", with the node
  /// numbered from 0; every node from 1 to `nodes` must appear once.
  func rows(
    _ name: String, columns: Int, nodes: Int
  ) throws(VRPLIBError) -> [(Int, [Double])] {
    guard let numbers = sections[name] else { throw .missing(name) }
    let width = columns + 1
    guard numbers.count == nodes * width else {
      throw .wrongCount(section: name, found: numbers.count / width, expected: nodes)
    }
    var seen = Array(repeating: false, count: nodes)
    var result: [(Int, [Double])] = []
    for start in stride(from: 0, to: numbers.count, by: width) {
      guard let number = Int(exactly: numbers[start]), number >= 1, number <= nodes,
        !seen[number - 1]
      else { throw .invalidValue(section: name, text: "node \(numbers[start])") }
      seen[number - 1] = true
      result.append((number - 1, Array(numbers[(start + 1)..<(start + width)])))
    }
    return result
  }
}

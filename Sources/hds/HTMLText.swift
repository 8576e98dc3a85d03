/// Text put into the HTML pages hds writes.
enum HTMLText {
  /// Escapes the five characters that HTML gives a meaning in text and attribute values.
  static func escape(_ value: String) -> String {
    var result = ""
    for character in value {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      default: result.append(character)
      }
    }
    return result
  }
}

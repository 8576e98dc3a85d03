// The `detail` text of event rows: a stable list of key=value pairs.
//
// Format: pairs separated by one space, each `key=value`. Keys are lowercase words joined
// by dashes. A value is written bare when it is non-empty and contains no space, quote,
// backslash, `=` or control character. Any other value is quoted as "…", with `\"`, `\\`,
// `\n`, `\r` and `\t` escaped. Booleans are `yes` or `no`, ids are decimal, days are
// YYYY-MM-DD and enum values are the HDSCore raw values.
//
// Keys by action, in this order (brackets mark keys written only when they apply):
//   create            document, resident (new, updated or unchanged), [changed], [note],
//                     [source]
//   send-to-dukcapil  (no keys)
//   mark-ready        [printed, source]
//   assign            courier, day, [previous-courier, previous-day]
//   unassign          courier, day
//   dispatch          courier, day
//   deliver           recipient, name, [relation], old-card-returned, [courier]
//   fail-attempt      reason, attempt, [note], [courier], [day]
//   cancel            reason, [courier], [day]
//   correct           field (recipient, address, name, phone), then old and new values:
//                     old-recipient, old-name, [old-relation], recipient, name, [relation]
//                     for a recipient; old, new for the others (phones shortened)
//   undo              undoes (the undone action)
// `source=print-list` marks events written by a print-list import, and `printed` is the
// print day from that list.
// Courier events: add → name, vehicle, desa, capacity.
// Complaint events (the note has its own column): log → channel, category, weight,
// [lapor], [request], [resident], deadline; verify with a new weight → weight,
// previous-weight, deadline, previous-deadline; assign → staff, [previous-staff]; the
// other actions have no keys.
// Survey events: record → answered, answers (U1 to U9 joined by commas, `-` for a blank),
// source (form or csv-import); replace → the same, then previous-answered,
// previous-answers and previous-source.

public enum EventDetail {
  /// Formats pairs in the order given, leaving out pairs whose value is nil.
  public static func format(_ pairs: [(key: String, value: String?)]) -> String {
    pairs.compactMap { pair in
      pair.value.map { pair.key + "=" + quoted($0) }
    }.joined(separator: " ")
  }

  /// Parses a detail text back into its pairs; nil when it does not follow the format.
  public static func parse(_ text: String) -> [(key: String, value: String)]? {
    var pairs: [(key: String, value: String)] = []
    var rest = Substring(text)
    while !rest.isEmpty {
      guard let equals = rest.firstIndex(of: "=") else { return nil }
      let key = String(rest[..<equals])
      guard !key.isEmpty, !key.contains(" ") else { return nil }
      rest = rest[rest.index(after: equals)...]
      guard let value = readValue(&rest) else { return nil }
      pairs.append((key, value))
      if rest.first == " " { rest = rest.dropFirst() } else if !rest.isEmpty { return nil }
    }
    return pairs
  }

  public static func yesNo(_ value: Bool) -> String { value ? "yes" : "no" }

  private static func quoted(_ value: String) -> String {
    let needsQuotes =
      value.isEmpty
      || value.unicodeScalars.contains {
        $0 == " " || $0 == "\"" || $0 == "\\" || $0 == "="
          || $0.properties.generalCategory == .control
      }
    guard needsQuotes else { return value }
    // Scalars, not characters, because "\r\n" is one character.
    var result = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }

  private static func readValue(_ rest: inout Substring) -> String? {
    guard rest.first == "\"" else {
      let end = rest.firstIndex(of: " ") ?? rest.endIndex
      let value = String(rest[..<end])
      rest = rest[end...]
      return value
    }
    rest = rest.dropFirst()
    var scalars = rest.unicodeScalars
    var value = String.UnicodeScalarView()
    while let scalar = scalars.first {
      scalars = scalars.dropFirst()
      switch scalar {
      case "\"":
        rest = Substring(scalars)
        return String(value)
      case "\\":
        guard let escaped = scalars.first else { return nil }
        scalars = scalars.dropFirst()
        switch escaped {
        case "n": value.append("\n")
        case "r": value.append("\r")
        case "t": value.append("\t")
        default: value.append(escaped)
        }
      default:
        value.append(scalar)
      }
    }
    return nil
  }
}

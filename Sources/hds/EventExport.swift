import HDSCore

/// The event log as machine formats: CSV (RFC 4180 with `,` and CRLF, no byte order mark)
/// or JSON Lines, one object per event. Times are ISO 8601 in WIB; `detail` is the
/// event's key=value text as stored. `role` comes last, so that readers of the earlier
/// columns by position keep working, and is empty for events written before roles.
enum EventExport {
  enum Format: String {
    case csv
    case jsonl
  }

  static let columns = [
    "id", "time", "request", "request_id", "user", "action", "from_state", "to_state",
    "courier_id", "corrects_event_id", "detail", "role",
  ]

  private static let writer = CSVWriter(separator: ",")

  /// The text before the first event: the CSV header line, nothing for JSON Lines.
  static func header(_ format: Format) -> String {
    format == .csv ? writer.record(columns) : ""
  }

  /// One event as a CSV record or a JSON line, with its line end.
  static func line(_ record: EventRecord, _ format: Format) -> String {
    let event = record.event
    let values: [String?] = [
      String(event.id), ExportTime.iso(event.time), record.requestNumber.description,
      String(event.requestID), event.user, event.action.rawValue, event.from?.rawValue,
      event.to.rawValue, record.courierID.map(String.init), event.correctsEventID.map(String.init),
      event.detail, record.role,
    ]
    switch format {
    case .csv:
      return writer.record(values.map { $0 ?? "" })
    case .jsonl:
      // Ids are numbers, every other value a string, and an absent value is null.
      let numeric: Set<String> = ["id", "request_id", "courier_id", "corrects_event_id"]
      let members = zip(columns, values).map { column, value in
        let json = value.map { numeric.contains(column) ? $0 : quoted($0) } ?? "null"
        return quoted(column) + ":" + json
      }
      return "{" + members.joined(separator: ",") + "}\n"
    }
  }

  /// Encodes `text` as a JSON string, escaping quotes, backslashes and control characters.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }
}

import HDSCore

/// Turns an event's key=value detail into words for the history: courier names instead
/// of ids, dates as people write them, reasons and recipients from the catalog.
enum EventWords {
  static func describe(_ event: RequestEvent, state: DashboardState) -> String {
    guard let pairs = EventDetail.parse(event.detail) else { return event.detail }
    let catalog = state.catalog
    var values: [String: String] = [:]
    for (key, value) in pairs { values[key] = value }

    var parts: [String] = []
    for (key, value) in pairs {
      switch key {
      case "courier", "previous-courier":
        let name = Int64(value).flatMap { state.snapshot?.couriers[$0]?.name } ?? value
        parts.append(key == "courier" ? name : catalog.format(.eventReassigned, name))
      case "day":
        parts.append(CalendarDay(iso: value).map(catalog.date) ?? value)
      case "printed":
        parts.append(
          catalog.format(.eventPrinted, CalendarDay(iso: value).map(catalog.date) ?? value))
      case "source" where value == "print-list":
        // Says why a request not recorded at the desk is in the queue, already printed.
        parts.append(catalog[.eventFromPrintList])
      case "recipient":
        let kind = RecipientKind(rawValue: value).map(catalog.recipient) ?? value
        let relation = values["relation"].map { " (\($0))" } ?? ""
        parts.append("\(kind): \(values["name"] ?? "")\(relation)")
      case "reason":
        parts.append(FailureReason(rawValue: value).map(catalog.reason) ?? value)
      case "attempt":
        parts.append(catalog.format(.eventAttempt, value))
      case "note":
        parts.append("“\(value)”")
      case "old-card-returned" where value == "yes":
        parts.append(catalog[.eventOldCard])
      case "field":
        let label: [String: MessageKey] = [
          "recipient": .correctRecipient, "address": .correctAddress, "name": .correctName,
          "phone": .correctPhone, "kk": .correctKk,
        ]
        parts.append(label[value].map { catalog[$0] } ?? value)
      case "new" where values["field"] == "address":
        let old = values["old"].map { address($0, state: state) } ?? "—"
        parts.append("\(old) → \(address(value, state: state))")
      case "new":
        parts.append("\(values["old"] ?? "—") → \(value)")
      case "undoes":
        parts.append(RequestAction.Kind(rawValue: value).map(catalog.action) ?? value)
      default:
        // Recorded for audit and reconciliation, not needed to read the history.
        continue
      }
    }
    return parts.joined(separator: " · ")
  }

  /// Returns an address, recorded by a correction as "desa code; dusun; RT 001 / RW 002;
  /// street" without its empty parts, in the words of the detail view. An address with no
  /// known desa, as a print list leaves it, is called incomplete.
  static func address(_ recorded: String, state: DashboardState) -> String {
    var parts = recorded.components(separatedBy: "; ")
    guard let code = parts.first, let desa = state.kecamatan.desa(code: code) else {
      return state.catalog[.addressIncomplete]
    }
    parts.removeFirst()
    // The dusun comes before the RT and RW, and the street after them.
    let rtRwIndex = parts.firstIndex { $0.hasPrefix("RT ") } ?? parts.endIndex
    let dusun = parts[..<rtRwIndex].map(DetailText.dusunLabel)
    let rtRw = Array(parts[rtRwIndex...].prefix(1))
    let street = Array(parts[rtRwIndex...].dropFirst())
    return (street + dusun + rtRw + ["Desa " + desa.name]).joined(separator: ", ")
  }
}

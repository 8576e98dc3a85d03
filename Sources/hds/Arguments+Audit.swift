import Foundation
import HDSCore

/// The options of `hds audit`.
extension Arguments {
  /// Parses `option` when it belongs to `hds audit`, taking its value from `value`;
  /// returns false for any other option.
  mutating func parseAuditOption(_ option: String, value: () throws(UsageError) -> String)
    throws(UsageError) -> Bool
  {
    switch option {
    case "--user":
      let text = try value().trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else { throw .invalidValue(option, "\"\"", "a Unix user name") }
      audit.user = text
    case "--role":
      let text = try value()
      guard let role = Role(rawValue: text.lowercased()) else {
        throw .invalidValue(option, text, "operator, supervisor, viewer or courier")
      }
      audit.role = role
    case "--subject":
      let text = try value()
      for word in text.split(separator: ",") {
        let name = word.trimmingCharacters(in: .whitespaces).lowercased()
        guard let subject = AuditEntry.Subject(rawValue: name) else {
          throw .invalidValue(
            option, String(word),
            "one or more of " + AuditEntry.Subject.allCases.map(\.rawValue).joined(separator: ",")
              + ", separated by commas")
        }
        audit.subjects.insert(subject)
      }
    case "--exports": audit.subjects.insert(.export)
    case "--limit":
      let text = try value()
      guard let limit = Int(text), (1...100_000).contains(limit) else {
        throw .invalidValue(option, text, "a number of entries from 1 to 100000")
      }
      auditLimit = limit
    default:
      return false
    }
    usesAuditOptions = true
    return true
  }

  func checkAuditOptions() throws(UsageError) {
    if usesAuditOptions && command != .audit {
      throw .optionNotForCommand("--user, --role, --subject, --exports and --limit", "audit")
    }
    guard command == .audit, !showHelp else { return }
    if let fromDay, let toDay, toDay < fromDay {
      throw .invalidValue("--to", toDay.description, "a day on or after --from \(fromDay)")
    }
    if let format, !["text", "csv"].contains(format) {
      throw .invalidValue("--format", format, "text or csv")
    }
  }

  /// The filter the options give: --from and --to are WIB days, both included.
  var auditFilter: AuditFilter {
    var filter = audit
    filter.from = fromDay?.start
    filter.to = toDay?.end
    return filter
  }
}

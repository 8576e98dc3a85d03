import Foundation
import HDSCore

/// The fields `hds courier add` and `hds courier edit` set, already checked and
/// normalised; nil for a field the command line did not name.
struct CourierFields: Equatable {
  var name: String?
  var phone: PhoneNumber?
  var removesPhone = false
  var vehicle: String?
  /// The home desa as given, a name or a Kemendagri code. The command looks it up among
  /// the store's desa, which parsing cannot know.
  var homeDesa: String?
  var capacity: Int?
  var workingDays: Set<Int>?
  /// The Unix user the courier logs in as, for their own run sheets.
  var login: String?
  var removesLogin = false

  var isEmpty: Bool {
    name == nil && phone == nil && !removesPhone && vehicle == nil && homeDesa == nil
      && capacity == nil && workingDays == nil && login == nil && !removesLogin
  }

  /// Whether a field other than the login is set.
  var changesRecord: Bool {
    var record = self
    record.login = nil
    record.removesLogin = false
    return !record.isEmpty
  }
}

/// The options and subjects of `hds courier` and `hds runsheet`.
extension Arguments {
  /// Parses `option` when it belongs to `hds courier` or `hds runsheet`, taking its value
  /// from `value`; returns false for any other option.
  mutating func parseCourierOption(
    _ option: String, value: () throws(UsageError) -> String
  ) throws(UsageError) -> Bool {
    switch option {
    case "--all": includeInactive = true
    case "--courier": runsheetCourier = try value()
    case "--name":
      let text = try value().trimmingCharacters(in: .whitespacesAndNewlines)
      guard !text.isEmpty else { throw .invalidValue(option, "\"\"", "the courier's full name") }
      courierFields.name = text
    case "--phone":
      let text = try value()
      do {
        courierFields.phone = try PhoneNumber(text)
      } catch {
        throw .invalidValue(
          option, text,
          "an Indonesian number such as 0812-3456-7890 or +62 812 3456 7890"
            + " (\(error.description))")
      }
    case "--no-phone": courierFields.removesPhone = true
    case "--login":
      let text = try value()
      guard CourierLogin.isValid(text) else {
        throw .invalidValue(
          option, text,
          "the courier's Unix user name: lower-case letters, digits, '.', '_' or '-'")
      }
      courierFields.login = text
    case "--no-login": courierFields.removesLogin = true
    case "--vehicle":
      let text = try value().trimmingCharacters(in: .whitespacesAndNewlines)
      guard !text.isEmpty else { throw .invalidValue(option, "\"\"", "a vehicle such as motor") }
      courierFields.vehicle = text
    case "--home-desa":
      let text = try value().trimmingCharacters(in: .whitespaces)
      guard !text.isEmpty else { throw .invalidValue(option, "\"\"", "a desa name or code") }
      courierFields.homeDesa = text
    case "--capacity":
      let text = try value()
      guard let count = Int(text), (1...999).contains(count) else {
        throw .invalidValue(option, text, "a whole number of stops per day from 1 to 999")
      }
      courierFields.capacity = count
    case "--days":
      let text = try value()
      guard let days = WorkingDays.parse(text) else {
        throw .invalidValue(
          option, text,
          "ISO weekdays from 1 (Monday) to 7 (Sunday), such as 1-5, 1-6 or 1,3,5")
      }
      courierFields.workingDays = days
    default:
      return false
    }
    return true
  }

  /// Returns the desa of `kecamatan` whose name (in any case) or Kemendagri code is
  /// `text`.
  static func desa(named text: String, in kecamatan: Kecamatan) -> Desa? {
    let key = text.trimmingCharacters(in: .whitespaces)
    return kecamatan.desa.first {
      $0.code == key || $0.name.compare(key, options: .caseInsensitive) == .orderedSame
    }
  }

  /// Picks the `hds courier` subcommand from the words after "courier", and the courier
  /// it names. A name of several words may be given unquoted.
  static func courierCommand(from words: [String], help: Bool) throws(UsageError)
    -> (Command, String?)
  {
    let subjects = "list, add, edit, deactivate or activate"
    guard let subject = words.first else {
      if help { return (.courier, nil) }
      throw .missingSubject("courier", subjects)
    }
    guard let command = Command(rawValue: "courier " + subject) else {
      throw .unknownSubject(subject, "courier", subjects)
    }
    let operands = Array(words.dropFirst())
    switch command {
    case .courierList, .courierAdd:
      if let extra = operands.first { throw .unexpectedArgument(extra, command.rawValue) }
      return (command, nil)
    default:
      guard !operands.isEmpty else {
        if help { return (command, nil) }
        throw .missingCourier(command.rawValue)
      }
      return (command, operands.joined(separator: " "))
    }
  }

  /// Checks that the courier and run-sheet options fit the command, and what each
  /// command needs, unless only its help was requested.
  func checkCourierOptions() throws(UsageError) {
    if includeInactive && command != .courierList {
      throw .optionNotForCommand("--all", "courier list")
    }
    let editing: [Command] = [.courierAdd, .courierEdit]
    if !courierFields.isEmpty && !editing.contains(command) {
      throw .optionNotForCommand(
        "--name, --phone, --vehicle, --home-desa, --capacity, --days and --login",
        "courier add or hds courier edit")
    }
    if runsheetCourier != nil && command != .runsheet {
      throw .optionNotForCommand("--courier", "runsheet")
    }
    guard !showHelp else { return }

    switch command {
    case .courierAdd:
      if courierFields.removesPhone { throw .optionNotForCommand("--no-phone", "courier edit") }
      if courierFields.removesLogin { throw .optionNotForCommand("--no-login", "courier edit") }
      if courierFields.name == nil { throw .missingOption("--name", "courier add") }
      if courierFields.phone == nil { throw .missingOption("--phone", "courier add") }
      if courierFields.homeDesa == nil { throw .missingOption("--home-desa", "courier add") }
      if courierFields.capacity == nil { throw .missingOption("--capacity", "courier add") }
    case .courierEdit:
      if courierFields.isEmpty { throw .nothingToChange }
      if courierFields.phone != nil && courierFields.removesPhone {
        throw .conflictingOptions("--phone", "--no-phone")
      }
      if courierFields.login != nil && courierFields.removesLogin {
        throw .conflictingOptions("--login", "--no-login")
      }
    case .runsheet:
      guard let date else { throw .missingOption("--date", "runsheet") }
      guard CalendarDay(iso: date) != nil else {
        throw .invalidValue("--date", date, "a date as YYYY-MM-DD")
      }
      if let format, !["text", "html"].contains(format) {
        throw .invalidValue("--format", format, "text or html")
      }
    default:
      break
    }
  }
}

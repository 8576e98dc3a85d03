import Foundation
import HDSCore

/// The message catalog: every text the dashboard shows, in Bahasa Indonesia and English.
///
/// Texts with arguments use {0}, {1}… placeholders, filled by `format`.
public struct Catalog: Sendable {
  public let language: Language

  public init(_ language: Language) {
    self.language = language
  }

  public subscript(_ key: MessageKey) -> String {
    let table = language == .indonesian ? MessageKey.indonesian : MessageKey.english
    // Every key has an entry in both tables; a test checks it.
    return table[key] ?? key.rawValue
  }

  /// Fills the placeholders of `key` with `arguments`, in order.
  public func format(_ key: MessageKey, _ arguments: CustomStringConvertible...) -> String {
    var text = self[key]
    for (index, argument) in arguments.enumerated() {
      text = text.replacingOccurrences(of: "{\(index)}", with: argument.description)
    }
    return text
  }

  public func state(_ state: RequestState) -> String {
    label("state.", state.rawValue)
  }

  public func reason(_ reason: FailureReason) -> String {
    label("reason.", reason.rawValue)
  }

  public func recipient(_ kind: RecipientKind) -> String {
    label("recipient.", kind.rawValue)
  }

  public func action(_ kind: RequestAction.Kind) -> String {
    label("action.", kind.rawValue)
  }

  public func channel(_ channel: ComplaintChannel) -> String {
    label("channel.", channel.rawValue)
  }

  public func category(_ category: ComplaintCategory) -> String {
    label("category.", category.rawValue)
  }

  public func weight(_ weight: ComplaintWeight) -> String {
    label("weight.", weight.rawValue)
  }

  public func complaintState(_ state: ComplaintState) -> String {
    label("complaint.", state.rawValue)
  }

  public func requirement(_ requirement: Requirement) -> String {
    label("req.", requirement.rawValue)
  }

  public func role(_ role: Role) -> String {
    label("role.", role.rawValue)
  }

  public func sort(_ sort: QueueQuery.Sort) -> String {
    label("sort.", sort.rawValue)
  }

  /// The text of the key `prefix + raw`; the raw value itself when the catalog has no
  /// such key, which a test rules out for every case of every enum.
  func label(_ prefix: String, _ raw: String) -> String {
    MessageKey(rawValue: prefix + raw).map { self[$0] } ?? raw
  }

  /// Writes a date with the month's short name, for lists and histories: "4 Des 2026",
  /// "4 Dec 2026".
  public func shortDate(_ day: CalendarDay) -> String {
    let names =
      language == .indonesian
      ? ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
      : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "\(day.day) \(names[day.month - 1]) \(day.year)"
  }

  /// Writes a date as people write it: "4 Desember 2026", "4 December 2026".
  public func date(_ day: CalendarDay) -> String {
    let names = language == .indonesian ? Self.monthsIndonesian : Self.monthsEnglish
    return "\(day.day) \(names[day.month - 1]) \(day.year)"
  }

  /// Returns the name of month `month` (1–12): "Desember", "December".
  public func monthName(_ month: Int) -> String {
    let names = language == .indonesian ? Self.monthsIndonesian : Self.monthsEnglish
    return names[(month - 1) % 12]
  }

  /// Returns the first three letters of the month's name, as both languages shorten it:
  /// "Agu", "Des", "Aug", "Dec".
  public func shortMonthName(_ month: Int) -> String {
    String(monthName(month).prefix(3))
  }

  /// The day of the week: "Jumat", "Friday".
  public func weekday(_ day: CalendarDay) -> String {
    let names = language == .indonesian ? Self.weekdaysIndonesian : Self.weekdaysEnglish
    return names[day.weekday - 1]
  }

  /// Groups thousands as the language does: "41.985" and "41,985".
  public func number(_ value: Int) -> String {
    let separator = language == .indonesian ? "." : ","
    let digits = String(abs(value))
    var groups: [String] = []
    var end = digits.endIndex
    while end > digits.startIndex {
      let start = digits.index(end, offsetBy: -3, limitedBy: digits.startIndex) ?? digits.startIndex
      groups.insert(String(digits[start..<end]), at: 0)
      end = start
    }
    return (value < 0 ? "-" : "") + groups.joined(separator: separator)
  }

  /// Writes a decimal with the language's mark: "4,9" and "4.9".
  public func decimal(_ value: Double, digits: Int) -> String {
    let text = String(format: "%.\(digits)f", value)
    return language == .indonesian ? text.replacingOccurrences(of: ".", with: ",") : text
  }

  private static let monthsIndonesian = [
    "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
    "Oktober", "November", "Desember",
  ]
  private static let monthsEnglish = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
  private static let weekdaysIndonesian = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
  ]
  private static let weekdaysEnglish = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
  ]
}

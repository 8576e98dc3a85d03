import Foundation

/// A date without a time, as the office writes it: the day in WIB (Asia/Jakarta).
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  public init(year: Int, month: Int, day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses "YYYY-MM-DD"; returns nil for anything else or a date that does not exist.
  public init?(iso text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    // Int(_:) alone would also accept a sign, as in "2026-+1-05".
    let isDigits = { (part: Substring) in part.allSatisfy { $0.isASCII && $0.isNumber } }
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      parts.allSatisfy(isDigits),
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
      CalendarDay.isValid(year: year, month: month, day: day)
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  /// Returns the WIB day that contains `instant`.
  public init(containing instant: Date) {
    let parts = OfficeClock.calendar.dateComponents([.year, .month, .day], from: instant)
    self.init(year: parts.year!, month: parts.month!, day: parts.day!)
  }

  public static func isValid(year: Int, month: Int, day: Int) -> Bool {
    guard (1...12).contains(month), day >= 1 else { return false }
    let lengths = [31, isLeap(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  /// "2026-12-04".
  public var description: String {
    String(format: "%04d-%02d-%02d", year, month, day)
  }

  /// The first instant of this day in WIB.
  public var start: Date {
    OfficeClock.calendar.date(from: DateComponents(year: year, month: month, day: day))!
  }

  /// The first instant of the next day in WIB.
  public var end: Date { adding(days: 1).start }

  public func adding(days: Int) -> CalendarDay {
    CalendarDay(containing: OfficeClock.calendar.date(byAdding: .day, value: days, to: start)!)
  }

  /// Days from `self` to `other`; negative when `other` is earlier.
  public func days(until other: CalendarDay) -> Int {
    OfficeClock.calendar.dateComponents([.day], from: start, to: other.start).day!
  }

  /// ISO weekday: 1 Monday … 7 Sunday.
  public var weekday: Int {
    let gregorian = OfficeClock.calendar.component(.weekday, from: start)  // 1 = Sunday
    return gregorian == 1 ? 7 : gregorian - 1
  }

  public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}

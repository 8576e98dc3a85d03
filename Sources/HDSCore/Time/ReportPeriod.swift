import Foundation

/// A span of whole WIB days that figures are counted over: one day, one month, one year,
/// or any range. The summary screen and the reports use the same periods, so their
/// figures agree.
public struct ReportPeriod: Sendable, Hashable, CustomStringConvertible {
  public enum Kind: String, Sendable, Hashable {
    case day
    case month
    case year
    case range
  }

  public let kind: Kind
  /// The first day in the period.
  public let first: CalendarDay
  /// The last day in the period, inclusive.
  public let last: CalendarDay

  /// Creates a range of days. A `last` before `first` gives the one-day range `first`.
  public init(from first: CalendarDay, through last: CalendarDay) {
    self.init(kind: .range, first: first, last: max(first, last))
  }

  private init(kind: Kind, first: CalendarDay, last: CalendarDay) {
    self.kind = kind
    self.first = first
    self.last = last
  }

  public static func day(_ day: CalendarDay) -> ReportPeriod {
    ReportPeriod(kind: .day, first: day, last: day)
  }

  /// Returns the calendar month `month` (1–12) of `year`.
  public static func month(_ month: Int, of year: Int) -> ReportPeriod {
    let first = CalendarDay(year: year, month: month, day: 1)
    let next =
      month == 12
      ? CalendarDay(year: year + 1, month: 1, day: 1)
      : CalendarDay(year: year, month: month + 1, day: 1)
    return ReportPeriod(kind: .month, first: first, last: next.adding(days: -1))
  }

  public static func year(_ year: Int) -> ReportPeriod {
    ReportPeriod(
      kind: .year, first: CalendarDay(year: year, month: 1, day: 1),
      last: CalendarDay(year: year, month: 12, day: 31))
  }

  /// Parses "YYYY-MM" as a month and "YYYY" as a year; nil for anything else.
  public init?(parsing text: String) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    let isDigits = { (part: Substring) in
      !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber }
    }
    guard parts.allSatisfy(isDigits), parts[0].count == 4, let year = Int(parts[0]),
      year >= 1900, year <= 9999
    else { return nil }
    switch parts.count {
    case 1:
      self = .year(year)
    case 2:
      guard parts[1].count == 2, let month = Int(parts[1]), (1...12).contains(month) else {
        return nil
      }
      self = .month(month, of: year)
    default:
      return nil
    }
  }

  /// The first instant of the period in WIB.
  public var start: Date { first.start }

  /// The first instant after the period in WIB.
  public var end: Date { last.end }

  /// Number of days in the period.
  public var dayCount: Int { first.days(until: last) + 1 }

  public func contains(_ day: CalendarDay) -> Bool { first <= day && day <= last }

  /// The same span just before: the previous day, month or year, or for a range the
  /// range of equal length that ends the day before it starts.
  public var previous: ReportPeriod {
    switch kind {
    case .day:
      return .day(first.adding(days: -1))
    case .month:
      return first.month == 1
        ? .month(12, of: first.year - 1) : .month(first.month - 1, of: first.year)
    case .year:
      return .year(first.year - 1)
    case .range:
      return ReportPeriod(
        from: first.adding(days: -dayCount), through: first.adding(days: -1))
    }
  }

  /// Returns the part of the period up to and including `day`, such as the month so far.
  /// Returns the whole period when `day` is after it.
  public func through(_ day: CalendarDay) -> ReportPeriod {
    guard contains(day) else { return self }
    return ReportPeriod(kind: .range, first: first, last: day)
  }

  /// "2026-12-04", "2026-12", "2026", or "2026-11-01..2026-11-30".
  public var description: String {
    switch kind {
    case .day: return first.description
    case .month: return String(format: "%04d-%02d", first.year, first.month)
    case .year: return String(first.year)
    case .range: return "\(first)..\(last)"
    }
  }
}

/// Counts working days: no Saturdays, Sundays, or days in `holidays` (national holidays
/// and cuti bersama).
public struct WorkingCalendar: Sendable {
  public var holidays: Set<CalendarDay> {
    didSet { weekdayHolidays = Self.sortedWeekdayNumbers(of: holidays) }
  }

  /// Years whose holiday list is loaded. A working-day count that reaches into any other
  /// year excludes only weekends there, and `missingHolidayLists(from:to:)` reports it.
  public var listedYears: Set<Int>

  /// Day numbers of the holidays that fall Monday to Friday, ascending.
  private var weekdayHolidays: [Int]

  public init(holidays: Set<CalendarDay> = [], listedYears: Set<Int> = []) {
    self.holidays = holidays
    self.listedYears = listedYears
    self.weekdayHolidays = Self.sortedWeekdayNumbers(of: holidays)
  }

  public func isWorkingDay(_ day: CalendarDay) -> Bool {
    day.weekday <= 5 && !holidays.contains(day)
  }

  /// Working days after `start` up to and including `end`: 0 on the same day, 1 from a
  /// Friday to the next Monday. Negative when `end` is before `start`.
  ///
  /// Complexity: O(log h), where h is the number of holidays.
  public func workingDays(from start: CalendarDay, to end: CalendarDay) -> Int {
    if end < start { return -workingDays(from: end, to: start) }

    let first = start.dayNumber + 1
    let afterLast = end.dayNumber + 1
    guard first < afterLast else { return 0 }

    let weekdays = Self.weekdaysBefore(afterLast) - Self.weekdaysBefore(first)
    let holidaysInRange =
      Self.lowerBound(of: afterLast, in: weekdayHolidays)
      - Self.lowerBound(of: first, in: weekdayHolidays)
    return weekdays - holidaysInRange
  }

  /// Returns the day `count` working days after `start`, or `start` when `count` is 0 or
  /// negative.
  ///
  /// Complexity: O(calendar days between them).
  public func adding(workingDays count: Int, to start: CalendarDay) -> CalendarDay {
    var day = start
    var left = count
    while left > 0 {
      day = day.adding(days: 1)
      if isWorkingDay(day) { left -= 1 }
    }
    return day
  }

  private static func sortedWeekdayNumbers(of days: Set<CalendarDay>) -> [Int] {
    days.map(\.dayNumber).filter { CalendarDay.weekday(dayNumber: $0) <= 5 }.sorted()
  }

  /// Returns how many Mondays to Fridays come before day number `dayNumber`, counted from
  /// Monday 1969-12-29 (day number -3). Negative before that Monday.
  private static func weekdaysBefore(_ dayNumber: Int) -> Int {
    let sinceMonday = dayNumber + 3
    let weeks = (sinceMonday - CalendarDay.floorModulo(sinceMonday, 7)) / 7
    return weeks * 5 + min(CalendarDay.floorModulo(sinceMonday, 7), 5)
  }

  /// Returns the index of the first element of `sorted` that is not less than `value`.
  private static func lowerBound(of value: Int, in sorted: [Int]) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low
  }
}

/// Counts working days: no Saturdays, Sundays, or days in `holidays` (national holidays
/// and cuti bersama).
public struct WorkingCalendar: Sendable {
  public var holidays: Set<CalendarDay>

  public init(holidays: Set<CalendarDay> = []) {
    self.holidays = holidays
  }

  public func isWorkingDay(_ day: CalendarDay) -> Bool {
    day.weekday <= 5 && !holidays.contains(day)
  }

  /// Working days after `start` up to and including `end`: 0 on the same day, 1 from a
  /// Friday to the next Monday. Negative when `end` is before `start`.
  ///
  /// Complexity: O(calendar days between them).
  public func workingDays(from start: CalendarDay, to end: CalendarDay) -> Int {
    if end < start { return -workingDays(from: end, to: start) }
    var count = 0
    var day = start
    while day < end {
      day = day.adding(days: 1)
      if isWorkingDay(day) { count += 1 }
    }
    return count
  }

  /// Returns the day `count` working days after `start`.
  public func adding(workingDays count: Int, to start: CalendarDay) -> CalendarDay {
    var day = start
    var left = count
    while left > 0 {
      day = day.adding(days: 1)
      if isWorkingDay(day) { left -= 1 }
    }
    return day
  }
}

extension WorkingCalendar {
  /// Creates a calendar whose days off are those of `lists` and whose listed years are
  /// theirs. Two lists for the same year add up.
  public init(lists: [HolidayList]) {
    self.init(
      holidays: lists.reduce(into: []) { $0.formUnion($1.days) },
      listedYears: Set(lists.map(\.year)))
  }

  public func hasHolidayList(for year: Int) -> Bool {
    listedYears.contains(year)
  }

  /// Returns the years from `start` to `end`, in either order, that have no holiday list,
  /// in ascending order.
  public func missingHolidayLists(
    from start: CalendarDay, to end: CalendarDay
  ) -> [MissingHolidayList] {
    let years = min(start.year, end.year)...max(start.year, end.year)
    return years.filter { !hasHolidayList(for: $0) }.map(MissingHolidayList.init(year:))
  }
}

/// A warning that a year has no holiday list, so working days in it exclude only
/// Saturdays and Sundays and ages in working days come out too high.
public struct MissingHolidayList: Sendable, Hashable, CustomStringConvertible {
  public let year: Int

  public init(year: Int) {
    self.year = year
  }

  /// An English sentence for logs and the command line.
  public var description: String {
    "no holiday list for \(year); working days in \(year) exclude only weekends"
  }
}

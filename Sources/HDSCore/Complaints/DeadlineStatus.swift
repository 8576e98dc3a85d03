/// The position of a day relative to a deadline, in working days.
public enum DeadlineStatus: Sendable, Equatable {
  /// Working days after today up to and including the deadline; 0 when it is today.
  case left(Int)
  /// Working days since the deadline, at least 1: a weekend or holiday right after the
  /// deadline already counts as 1 day late.
  case overdue(Int)

  /// Returns the status of `deadline` on `today`.
  ///
  /// Complexity: O(log h), where h is the number of holidays in `calendar`.
  public init(deadline: CalendarDay, on today: CalendarDay, in calendar: WorkingCalendar) {
    if today <= deadline {
      self = .left(calendar.workingDays(from: today, to: deadline))
    } else {
      self = .overdue(max(1, calendar.workingDays(from: deadline, to: today)))
    }
  }

  public var isOverdue: Bool {
    if case .overdue = self { return true }
    return false
  }
}

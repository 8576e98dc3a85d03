import Foundation

/// Service-time targets: the working days each document kind may take from ready (printed,
/// at the office) to delivered.
///
/// A request is on time when the working days after its ready day up to and including
/// its delivery day are at most its target, so a document ready on Friday and delivered
/// on Monday took 1 working day. A pending request is overdue once today is past that.
public struct ServiceTargets: Sendable, Equatable {
  /// Targets that differ from `DocumentKind.defaultTargetWorkingDays`.
  public var workingDays: [DocumentKind: Int]

  /// The targets an office may set: 1 to 30 working days.
  public static let allowedRange = 1...30

  public init(workingDays: [DocumentKind: Int] = [:]) {
    self.workingDays = workingDays
  }

  public subscript(_ kind: DocumentKind) -> Int {
    workingDays[kind] ?? kind.defaultTargetWorkingDays
  }

  /// Returns whether a document of `kind` ready on `ready` and delivered on `delivered`
  /// met its target.
  public func isOnTime(
    _ kind: DocumentKind, ready: CalendarDay, delivered: CalendarDay, in calendar: WorkingCalendar
  ) -> Bool {
    calendar.workingDays(from: ready, to: delivered) <= self[kind]
  }

  /// Returns the earliest ready day still within the target on `day`: a pending document
  /// of `kind` that became ready on an earlier day is overdue.
  ///
  /// Complexity: O(target + weekends and holidays in between).
  public func earliestOnTimeReadyDay(
    for kind: DocumentKind, on day: CalendarDay, in calendar: WorkingCalendar
  ) -> CalendarDay {
    let target = self[kind]
    var earliest = day
    // Working days from the ready day to `day` only grow as the ready day moves back.
    while calendar.workingDays(from: earliest.adding(days: -1), to: day) <= target {
      earliest = earliest.adding(days: -1)
    }
    return earliest
  }
}

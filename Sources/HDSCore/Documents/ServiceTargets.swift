import Foundation

/// Service-time targets: the working days each document kind may take from ready (printed,
/// at the office) to delivered.
///
/// A request is on time when the working days after its ready day up to and including
/// its delivery day are at most its target, so a document ready on Friday and delivered
/// on Monday took 1 working day. A pending request is overdue once today is past that.
///
/// The office may change a target. A delivery is judged by the target in force at the end
/// of its delivery day, so a change does not rewrite the on-time rates of earlier months.
public struct ServiceTargets: Sendable, Equatable {
  /// A change of one document's target, as the settings history records it.
  public struct Change: Sendable, Equatable {
    public let time: Date
    public let kind: DocumentKind
    /// The target before the change; nil when none was stored, which means the default.
    public let previousDays: Int?
    public let days: Int

    public init(time: Date, kind: DocumentKind, previousDays: Int?, days: Int) {
      self.time = time
      self.kind = kind
      self.previousDays = previousDays
      self.days = days
    }
  }

  /// Targets in force now that differ from `DocumentKind.defaultTargetWorkingDays`.
  public var workingDays: [DocumentKind: Int]
  /// Earlier changes, oldest first, for judging deliveries of the past.
  public var changes: [Change] = []

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
    calendar.workingDays(from: ready, to: delivered) <= target(kind, on: delivered)
  }

  /// Returns the target of `kind` in force at the end of `day`.
  ///
  /// Complexity: O(changes).
  public func target(_ kind: DocumentKind, on day: CalendarDay) -> Int {
    let ofKind = changes.filter { $0.kind == kind }
    guard let first = ofKind.first else { return self[kind] }
    if let last = ofKind.last(where: { $0.time < day.end }) { return last.days }
    return first.previousDays ?? kind.defaultTargetWorkingDays
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

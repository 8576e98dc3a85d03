import Foundation

/// One desa's figures for the map, its table and the summary: what waits now, what is
/// late now, what was delivered in a period, and the complaints still open.
public struct DesaFigures: Sendable, Equatable {
  /// Kemendagri code of the desa.
  public let desaCode: String
  /// Requests ready, assigned or out for delivery now.
  public var pending: Int
  /// Pending requests past their service-time target now.
  public var overdue: Int
  /// Requests delivered in the period asked for.
  public var delivered: Int
  /// Complaints in an open state now, counted in the complaint's desa, or in the linked
  /// request's desa when the complaint has none of its own.
  public var openComplaints: Int

  public init(desaCode: String, pending: Int, overdue: Int, delivered: Int, openComplaints: Int) {
    self.desaCode = desaCode
    self.pending = pending
    self.overdue = overdue
    self.delivered = delivered
    self.openComplaints = openComplaints
  }

  /// Figures of a desa with nothing to count.
  public static func zero(_ desaCode: String) -> DesaFigures {
    DesaFigures(desaCode: desaCode, pending: 0, overdue: 0, delivered: 0, openComplaints: 0)
  }
}

extension ServiceTargets {
  /// Returns the earliest on-time ready day of every document kind on `day`, the cut-offs
  /// `StatisticsStore.desaFigures` counts overdue requests by.
  ///
  /// Complexity: O(kinds × (target + weekends and holidays in between)).
  public func earliestOnTimeReadyDays(on day: CalendarDay, in calendar: WorkingCalendar)
    -> [DocumentKind: CalendarDay]
  {
    var days: [DocumentKind: CalendarDay] = [:]
    for kind in DocumentKind.allCases {
      days[kind] = earliestOnTimeReadyDay(for: kind, on: day, in: calendar)
    }
    return days
  }
}

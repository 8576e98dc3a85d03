import Foundation
import HDSCore

/// Everything the live summary screen shows beyond the panes' snapshot, read in one go
/// off the main thread when the summary is on screen.
///
/// Each figure with a change arrow has the same figure of the period before. Today is set
/// against the previous working day, this month so far against the same days of the
/// previous month, and this year so far against the same days of the previous year.
public struct SummaryFigures: Sendable, Equatable {
  public static let trendDays = 30

  public var day: CalendarDay
  /// The month up to and including `day`, and the same days of the month before.
  public var month: ServiceFigures
  public var previousMonth: ServiceFigures
  /// Deliveries of the `trendDays` days ending on `day`, oldest first.
  public var trend: [DayFigures]
  /// The working day before `day`, and its deliveries.
  public var previousWorkingDay: CalendarDay
  public var previousWorkingDayFigures: DayFigures
  public var pending: PendingFigures
  public var residentsThisYear: Int
  public var residentsPreviousYear: Int
  /// The satisfaction index of the year so far, and of the same days a year before.
  public var satisfaction: PeriodSatisfaction?
  public var previousSatisfaction: PeriodSatisfaction?
  /// Pending requests and open complaints at the end of the previous working day.
  public var pendingBefore = 0
  public var openComplaintsBefore = 0

  public init(
    day: CalendarDay, month: ServiceFigures, previousMonth: ServiceFigures, trend: [DayFigures],
    previousWorkingDay: CalendarDay, previousWorkingDayFigures: DayFigures,
    pending: PendingFigures, residentsThisYear: Int, residentsPreviousYear: Int
  ) {
    self.day = day
    self.month = month
    self.previousMonth = previousMonth
    self.trend = trend
    self.previousWorkingDay = previousWorkingDay
    self.previousWorkingDayFigures = previousWorkingDayFigures
    self.pending = pending
    self.residentsThisYear = residentsThisYear
    self.residentsPreviousYear = residentsPreviousYear
  }

  /// Deliveries of `day` itself.
  public var today: DayFigures { trend.last ?? DayFigures() }

  /// Reads the figures for `day` with the store's aggregate queries.
  public static func load(
    from store: Store, day: CalendarDay, targets: ServiceTargets, calendar: WorkingCalendar
  ) throws(StoreError) -> SummaryFigures {
    let month = ReportPeriod.month(day.month, of: day.year).through(day)
    let previousMonth = sameDays(
      as: month, in: ReportPeriod.month(day.month, of: day.year).previous)
    let trendPeriod = ReportPeriod(from: day.adding(days: 1 - trendDays), through: day)
    let trendFigures = try store.serviceFigures(
      for: trendPeriod, targets: targets, calendar: calendar)

    var previousWorkingDay = day.adding(days: -1)
    // A gap of more than two weeks without a working day means the calendar is wrong;
    // stop there rather than search for ever.
    for _ in 0..<15 where !calendar.isWorkingDay(previousWorkingDay) {
      previousWorkingDay = previousWorkingDay.adding(days: -1)
    }
    let previousDayFigures: DayFigures
    if let known = trendFigures.daily[previousWorkingDay] {
      previousDayFigures = known
    } else if trendPeriod.contains(previousWorkingDay) {
      previousDayFigures = DayFigures()
    } else {
      previousDayFigures =
        try store.serviceFigures(
          for: .day(previousWorkingDay), targets: targets, calendar: calendar
        ).daily[previousWorkingDay] ?? DayFigures()
    }

    let year = ReportPeriod.year(day.year).through(day)
    var figures = SummaryFigures(
      day: day,
      month: try store.serviceFigures(for: month, targets: targets, calendar: calendar),
      previousMonth: try store.serviceFigures(
        for: previousMonth, targets: targets, calendar: calendar),
      trend: trendFigures.trend(days: trendDays, endingOn: day),
      previousWorkingDay: previousWorkingDay, previousWorkingDayFigures: previousDayFigures,
      pending: try store.pendingFigures(on: day, targets: targets, calendar: calendar),
      residentsThisYear: try store.residentsServed(in: year),
      residentsPreviousYear: try store.residentsServed(
        in: sameDays(as: year, in: ReportPeriod.year(day.year - 1))))
    figures.satisfaction = try store.satisfaction(in: year)
    figures.previousSatisfaction = try store.satisfaction(
      in: sameDays(as: year, in: ReportPeriod.year(day.year - 1)))
    figures.pendingBefore = try store.pendingRequests(at: previousWorkingDay.end)
    figures.openComplaintsBefore = try store.openComplaints(at: previousWorkingDay.end)
    return figures
  }

  /// Returns the first days of `whole` as many as `part` has, cut at the end of `whole`:
  /// 1–31 March against 1–28 February.
  static func sameDays(as part: ReportPeriod, in whole: ReportPeriod) -> ReportPeriod {
    let last = whole.first.adding(days: part.dayCount - 1)
    return ReportPeriod(from: whole.first, through: min(last, whole.last))
  }
}

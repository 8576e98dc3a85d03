import Foundation

/// The figures of the live summary and the reports, aggregated in the store.
public protocol StatisticsStore: AnyObject, Sendable {
  // MARK: Service figures

  /// Returns the delivery figures of `period`: deliveries per desa and kind, on time by
  /// `targets` in working days of `calendar`, first attempts, failures by reason,
  /// residents served and deliveries per day.
  func serviceFigures(
    for period: ReportPeriod, targets: ServiceTargets, calendar: WorkingCalendar
  ) throws(StoreError) -> ServiceFigures

  /// Counts the pending requests (ready, assigned, out for delivery) on `day` and those
  /// past their target.
  func pendingFigures(on day: CalendarDay, targets: ServiceTargets, calendar: WorkingCalendar)
    throws(StoreError) -> PendingFigures

  /// Counts the distinct residents who received a document in `period`.
  func residentsServed(in period: ReportPeriod) throws(StoreError) -> Int

  /// Returns the office's service-time targets: the defaults with any stored setting.
  func serviceTargets() throws(StoreError) -> ServiceTargets
}

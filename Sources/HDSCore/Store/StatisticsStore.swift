import Foundation

/// The figures of the live summary and the reports, aggregated in the store.
public protocol StatisticsStore: AnyObject, Sendable {
  // MARK: Desa figures

  /// Returns the figures of every desa that has any, in desa code order: pending and
  /// overdue requests and open complaints now, and deliveries in `period` (WIB days).
  ///
  /// A pending request of kind K is overdue when it became ready before
  /// `earliestOnTimeReadyDays[K]`, the day `ServiceTargets.earliestOnTimeReadyDays(on:in:)`
  /// gives. A kind missing from the dictionary is never overdue.
  ///
  /// Complexity: O(desa × states + overdue requests + deliveries in the period + open
  /// complaints), each read through an index.
  func desaFigures(
    in period: ReportPeriod, earliestOnTimeReadyDays: [DocumentKind: CalendarDay]
  ) throws(StoreError) -> [DesaFigures]

  /// Returns, per desa code, the couriers with a stop there on `day`: a request assigned
  /// to them for that delivery day, out for delivery, or delivered.
  ///
  /// Complexity: O(requests with that delivery day), through the delivery-day index.
  func couriersByDesa(on day: CalendarDay) throws(StoreError) -> [String: Set<Int64>]

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

  /// Returns the WIB day of the store's first request event, or nil when it has none. A
  /// report of a period before that day has no figures to show.
  ///
  /// Complexity: O(log events), through the events' time index.
  func firstRecordedDay() throws(StoreError) -> CalendarDay?

  /// Counts the distinct residents who received a document in `period`.
  func residentsServed(in period: ReportPeriod) throws(StoreError) -> Int

  /// Counts the requests that were pending (ready, assigned, out for delivery) at
  /// `instant`: the pending ones now, less those that entered the pending states since,
  /// plus those that left them since, by the recording times of their events.
  func pendingRequests(at instant: Date) throws(StoreError) -> Int

  /// Counts the complaints that were open at `instant`: received before it and not
  /// closed by then.
  func openComplaints(at instant: Date) throws(StoreError) -> Int

  /// Returns the office's service-time targets: the defaults with any stored setting.
  func serviceTargets() throws(StoreError) -> ServiceTargets
}

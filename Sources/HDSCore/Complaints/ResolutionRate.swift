/// The complaint resolution rate of a period: complaints resolved in the period ÷
/// complaints received in the period × 100%, overall and within deadline.
///
/// The numerator counts every complaint resolved in the period, whenever it was received,
/// so a complaint of one month resolved in the next counts in the next. The denominator is
/// the complaints received in the period less those declared not our authority or
/// archived by its end, because the office had nothing to resolve there. A busy month
/// that clears an earlier backlog can therefore pass 100%. Resolved within deadline means
/// resolved on or before the deadline day (WIB) that the weight set.
public struct ResolutionRate: Sendable, Equatable {
  /// The states that leave the denominator, in the order reports name them.
  public static let excludedStates: [ComplaintState] = [.notOurAuthority, .archived]

  public let period: ReportPeriod
  /// Complaints received in the period, in any state.
  public let received: Int
  /// Complaints received in the period that were in each excluded state at its end;
  /// every state of `excludedStates` is present.
  public let excluded: [ComplaintState: Int]
  /// Complaints resolved in the period, whenever they were received.
  public let resolved: Int
  /// The part of `resolved` resolved on or before the deadline day.
  public let resolvedWithinDeadline: Int

  public init(
    period: ReportPeriod, received: Int, excluded: [ComplaintState: Int], resolved: Int,
    resolvedWithinDeadline: Int
  ) {
    self.period = period
    self.received = received
    var complete: [ComplaintState: Int] = [:]
    for state in Self.excludedStates { complete[state] = excluded[state] ?? 0 }
    self.excluded = complete
    self.resolved = resolved
    self.resolvedWithinDeadline = resolvedWithinDeadline
  }

  /// Complaints that left the denominator.
  public var excludedCount: Int { excluded.values.reduce(0, +) }

  /// Complaints the office had to resolve: received less excluded.
  public var denominator: Int { received - excludedCount }

  /// Resolved ÷ denominator in tenths of a percent (667 for 66.7%), or nil when the
  /// denominator is 0.
  public var overallTenths: Int? { Self.tenthsOfPercent(resolved, of: denominator) }

  /// Resolved within deadline ÷ denominator in tenths of a percent, or nil when the
  /// denominator is 0.
  public var withinDeadlineTenths: Int? {
    Self.tenthsOfPercent(resolvedWithinDeadline, of: denominator)
  }

  /// The overall rate in percent with one decimal (66.7), or nil when the denominator
  /// is 0.
  public var overallPercent: Double? { overallTenths.map { Double($0) / 10 } }

  /// The within-deadline rate in percent with one decimal, or nil when the denominator
  /// is 0.
  public var withinDeadlinePercent: Double? { withinDeadlineTenths.map { Double($0) / 10 } }

  /// Returns `part` ÷ `whole` × 100 in tenths of a percent, rounded half up (1 of 16 is
  /// 6.25%, which gives 63), or nil when `whole` is not positive.
  ///
  /// Integer arithmetic only, so no binary fraction moves a value across a rounding
  /// boundary.
  public static func tenthsOfPercent(_ part: Int, of whole: Int) -> Int? {
    guard whole > 0 else { return nil }
    return (part * 2_000 + whole) / (2 * whole)
  }
}

import Foundation

/// A share of a whole, kept as its two counts so that screens and reports can print both.
public struct Ratio: Sendable, Hashable {
  public let part: Int
  public let whole: Int

  public init(part: Int, whole: Int) {
    self.part = part
    self.whole = whole
  }

  public static let empty = Ratio(part: 0, whole: 0)

  /// The share in tenths of a percent, rounded half up (1 of 3 is 333, that is 33.3 %);
  /// nil when the whole is 0.
  public var tenthsOfPercent: Int? {
    guard whole > 0 else { return nil }
    return (part * 2000 + whole) / (2 * whole)
  }

  /// The share in percent, rounded to one decimal; nil when the whole is 0.
  public var percent: Double? { tenthsOfPercent.map { Double($0) / 10 } }

  public static func + (lhs: Ratio, rhs: Ratio) -> Ratio {
    Ratio(part: lhs.part + rhs.part, whole: lhs.whole + rhs.whole)
  }
}

/// Deliveries of one day, for the trend lines.
public struct DayFigures: Sendable, Hashable {
  public var delivered: Int
  /// Deliveries within their service-time target, of those with a ready time.
  public var onTime: Ratio

  public init(delivered: Int = 0, onTime: Ratio = .empty) {
    self.delivered = delivered
    self.onTime = onTime
  }
}

/// The delivery service's results over a period, as the summary screen and the monthly
/// and yearly reports print them.
///
/// - On time: of the documents delivered in the period that have a ready time, those
///   delivered within their document's target in working days (`ServiceTargets`).
/// - First attempt: of the first visits that ended in the period, those that ended in a
///   delivery. A first visit is a delivery of a request with no failed attempt before it,
///   or a failed attempt numbered 1.
/// - Failed attempts count the fail-attempt events of the period that no undo took back.
/// - Residents served: distinct residents who received at least one document in the period.
public struct ServiceFigures: Sendable, Equatable {
  public let period: ReportPeriod
  /// Documents delivered in the period, per desa code and document kind.
  public var deliveredByDesa: [String: [DocumentKind: Int]]
  public var onTime: Ratio
  public var firstAttempt: Ratio
  public var failuresByReason: [FailureReason: Int]
  public var residentsServed: Int
  /// Deliveries per day of the period; days without any are missing.
  public var daily: [CalendarDay: DayFigures]

  public init(
    period: ReportPeriod, deliveredByDesa: [String: [DocumentKind: Int]] = [:],
    onTime: Ratio = .empty, firstAttempt: Ratio = .empty,
    failuresByReason: [FailureReason: Int] = [:], residentsServed: Int = 0,
    daily: [CalendarDay: DayFigures] = [:]
  ) {
    self.period = period
    self.deliveredByDesa = deliveredByDesa
    self.onTime = onTime
    self.firstAttempt = firstAttempt
    self.failuresByReason = failuresByReason
    self.residentsServed = residentsServed
    self.daily = daily
  }

  /// Documents delivered in the period.
  public var delivered: Int {
    deliveredByDesa.values.reduce(0) { $0 + $1.values.reduce(0, +) }
  }

  /// Documents of `kind` delivered in the period, in every desa.
  public func delivered(_ kind: DocumentKind) -> Int {
    deliveredByDesa.values.reduce(0) { $0 + ($1[kind] ?? 0) }
  }

  /// Documents delivered in desa `code` in the period.
  public func delivered(inDesa code: String) -> Int {
    deliveredByDesa[code]?.values.reduce(0, +) ?? 0
  }

  public var failedAttempts: Int { failuresByReason.values.reduce(0, +) }

  /// Delivery attempts that ended in the period: deliveries and failed attempts.
  public var attempts: Int { delivered + failedAttempts }

  /// Deliveries of each of the `count` days ending on `last`, oldest first, with zeros
  /// for days without any.
  public func trend(days count: Int, endingOn last: CalendarDay) -> [DayFigures] {
    (0..<max(0, count)).map { daily[last.adding(days: $0 - count + 1)] ?? DayFigures() }
  }
}

/// The pending requests on a day and how many of them are past their target.
public struct PendingFigures: Sendable, Equatable {
  public var pending: Int
  public var overdue: Int

  public init(pending: Int, overdue: Int) {
    self.pending = pending
    self.overdue = overdue
  }
}

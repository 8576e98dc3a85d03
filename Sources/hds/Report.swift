import Foundation
import HDSCore
import HDSDashboard

/// The monthly or yearly report of the delivery service: the figures the office sends
/// up every period, from the same store queries as the summary screen.
struct Report {
  let period: ReportPeriod
  let kecamatan: Kecamatan
  let service: ServiceFigures
  let complaints: ResolutionRate
  let satisfaction: PeriodSatisfaction
  let targets: ServiceTargets
  /// Years of the period without a holiday list, whose working days count weekends only.
  let missingHolidayYears: [Int]
  /// The WIB day of the store's first request event, or nil for a store with none.
  let firstRecordedDay: CalendarDay?
  let generatedAt: Date
  let catalog: Catalog

  /// Reads the figures of `period`.
  static func load(
    from store: Store, period: ReportPeriod, calendar: WorkingCalendar, catalog: Catalog,
    now: Date
  ) throws(StoreError) -> Report {
    let targets = try store.serviceTargets()
    let years = Array(period.first.year...period.last.year)
    return Report(
      period: period, kecamatan: try store.kecamatan(),
      service: try store.serviceFigures(for: period, targets: targets, calendar: calendar),
      complaints: try store.resolutionRate(for: period),
      satisfaction: try store.satisfaction(in: period),
      targets: targets, missingHolidayYears: years.filter { !calendar.hasHolidayList(for: $0) },
      firstRecordedDay: try store.firstRecordedDay(), generatedAt: now, catalog: catalog)
  }

  // MARK: Shared wording

  /// "Desember 2026" or "Tahun 2026".
  var periodName: String {
    switch period.kind {
    case .month: return catalog.monthName(period.first.month) + " \(period.first.year)"
    case .year: return catalog.format(.reportYear, period.first.year)
    case .day: return catalog.date(period.first)
    case .range: return catalog.date(period.first) + " – " + catalog.date(period.last)
    }
  }

  /// The heading: the kecamatan and the period, then `coverage` when there is one.
  var title: String {
    let heading = catalog.format(.reportTitle, kecamatan.name, periodName)
    return coverage.map { heading + " " + $0 } ?? heading
  }

  /// For a period still running, the day its figures reach, such as "(s.d. 5 Desember
  /// 2026)", since the days after it have none yet; nil for a period that has ended.
  var coverage: String? {
    let today = CalendarDay(containing: generatedAt)
    return today < period.last ? catalog.format(.reportSoFar, catalog.date(today)) : nil
  }

  /// A note for a period that begins before the store's first record, or nil. Its zeros
  /// there mean no data, not no deliveries.
  var recordsNote: String? {
    guard let first = firstRecordedDay else { return catalog[.reportNoRecords] }
    if period.last < first { return catalog.format(.reportBeforeRecords, catalog.date(first)) }
    if period.first < first {
      return catalog.format(.reportPartlyBeforeRecords, catalog.date(first))
    }
    return nil
  }

  var generatedLine: String {
    let day = CalendarDay(containing: generatedAt)
    return catalog.format(
      .reportGenerated, catalog.date(day), OfficeClock.timeOfDay(generatedAt), HelpText.version)
  }

  /// Document kinds in the order of the columns.
  var documents: [DocumentKind] { DocumentKind.allCases }

  /// "66,7 % (2 dari 3)", or "-" for an empty whole.
  func rate(_ ratio: Ratio) -> String {
    guard let percent = ratio.percent else { return catalog[.reportNoData] }
    return catalog.format(
      .reportRate, catalog.decimal(percent, digits: 1), catalog.number(ratio.part),
      catalog.number(ratio.whole))
  }

  /// The service-time target of every document kind, as one phrase when they agree.
  var targetLine: String {
    let days = Set(documents.map { targets[$0] })
    if days.count == 1, let only = days.first {
      return only == 1 ? catalog[.reportTargetOne] : catalog.format(.reportTargetAll, only)
    }
    return documents.map { "\($0.shortName) \(targets[$0])" }.joined(separator: ", ")
  }

  /// Returns the complaint figures as label and value pairs.
  func complaintPairs() -> [(String, String)] {
    let rate = complaints
    var pairs = [
      (catalog[.reportComplaintsReceived], catalog.number(rate.received))
    ]
    for state in ResolutionRate.excludedStates {
      pairs.append(
        (
          "  " + catalog.format(.reportComplaintsExcluded, catalog.complaintState(state)),
          catalog.number(rate.excluded[state] ?? 0)
        ))
    }
    pairs += [
      (catalog[.reportComplaintsCounted], catalog.number(rate.denominator)),
      (catalog[.reportComplaintsResolved], ratio(rate.resolved, rate.overallTenths, rate)),
      (
        catalog[.reportComplaintsInTime],
        ratio(rate.resolvedWithinDeadline, rate.withinDeadlineTenths, rate)
      ),
    ]
    return pairs
  }

  /// "3 (75,0 %)", or the count alone when nothing was counted.
  private func ratio(_ count: Int, _ tenths: Int?, _ rate: ResolutionRate) -> String {
    guard let tenths else { return catalog.number(count) }
    return catalog.number(count) + " (" + catalog.decimal(Double(tenths) / 10, digits: 1) + " %)"
  }

  /// Returns the satisfaction figures as label and value pairs, then one pair per element.
  func satisfactionPairs() -> [(String, String)] {
    let index = satisfaction.index
    let value: String
    if let ikm = index.ikm {
      value = catalog.ikm(ikm) + " " + ikm.grade.rawValue + " (" + catalog.grade(ikm.grade) + ")"
    } else {
      value = catalog[.reportNoData]
    }
    var pairs = [
      (catalog[.reportIndex], value),
      (catalog[.reportRespondents], catalog.number(index.respondents)),
      (catalog[.reportPopulation], catalog.number(satisfaction.population)),
      (catalog[.reportSampleNeeded], catalog.number(satisfaction.adequacy.required)),
    ]
    for score in index.elements {
      let nrr = score.nrr.map { catalog.decimal($0, digits: 2) } ?? catalog[.reportNoData]
      pairs.append(("  " + score.element.code + " " + catalog.surveyElement(score.element), nrr))
    }
    return pairs
  }

  /// Failure reasons in a fixed order, with their counts.
  var failures: [(FailureReason, Int)] {
    FailureReason.allCases.map { ($0, service.failuresByReason[$0] ?? 0) }
  }
}

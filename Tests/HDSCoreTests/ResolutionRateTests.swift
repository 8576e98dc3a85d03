import Testing

@testable import HDSCore

@Suite("Resolution rate")
struct ResolutionRateTests {
  private let november = ReportPeriod.month(11, of: 2026)

  @Test("known set")
  func knownSet() {
    // 12 received: 1 not our authority and 2 archived leave 9; 6 resolved in the period,
    // 4 of those on time. 6/9 = 66.67% and 4/9 = 44.44%.
    let rate = ResolutionRate(
      period: november, received: 12, excluded: [.notOurAuthority: 1, .archived: 2],
      resolved: 6, resolvedWithinDeadline: 4)
    #expect(rate.excludedCount == 3)
    #expect(rate.denominator == 9)
    #expect(rate.overallTenths == 667)
    #expect(rate.withinDeadlineTenths == 444)
    #expect(rate.overallPercent == 66.7)
    #expect(rate.withinDeadlinePercent == 44.4)
  }

  @Test("clearing a backlog passes 100 percent")
  func backlog() {
    // 4 received, 6 resolved: 2 of them received in an earlier period.
    let rate = ResolutionRate(
      period: november, received: 4, excluded: [:], resolved: 6, resolvedWithinDeadline: 3)
    #expect(rate.overallTenths == 1500)
    #expect(rate.withinDeadlineTenths == 750)
  }

  @Test("excluded states listed, missing ones zero")
  func excludedStates() {
    #expect(ResolutionRate.excludedStates == [.notOurAuthority, .archived])
    let rate = ResolutionRate(
      period: november, received: 3, excluded: [.archived: 1], resolved: 1,
      resolvedWithinDeadline: 1)
    #expect(rate.excluded == [.notOurAuthority: 0, .archived: 1])
  }

  @Test("no denominator gives no rate")
  func noDenominator() {
    let empty = ResolutionRate(
      period: november, received: 0, excluded: [:], resolved: 0, resolvedWithinDeadline: 0)
    #expect(empty.overallTenths == nil)
    #expect(empty.withinDeadlinePercent == nil)
    let allExcluded = ResolutionRate(
      period: november, received: 2, excluded: [.notOurAuthority: 2], resolved: 0,
      resolvedWithinDeadline: 0)
    #expect(allExcluded.denominator == 0)
    #expect(allExcluded.overallPercent == nil)
  }

  @Test(
    "rounding half up to tenths",
    arguments: [
      (1, 16, 63),  // 6.25% → 6.3
      (1, 8, 125),  // 12.5% exactly
      (1, 3, 333),  // 33.33…%
      (2, 3, 667),  // 66.66…%
      (1, 6, 167),  // 16.66…%
      (1, 2_000, 1),  // 0.05% → 0.1
      (1, 2_001, 0),  // 0.04997…% → 0.0
      (0, 5, 0), (5, 5, 1_000),
    ])
  func rounding(part: Int, whole: Int, tenths: Int) {
    #expect(ResolutionRate.tenthsOfPercent(part, of: whole) == tenths)
  }

  @Test("no whole gives nil")
  func zeroWhole() {
    #expect(ResolutionRate.tenthsOfPercent(0, of: 0) == nil)
  }
}

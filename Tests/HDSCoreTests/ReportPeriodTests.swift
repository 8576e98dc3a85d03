import HDSCore
import Testing

@Suite("Report periods")
struct ReportPeriodTests {
  @Test("months and years parse")
  func parsing() throws {
    let february = try #require(ReportPeriod(parsing: "2028-02"))
    #expect(february.first == CalendarDay(year: 2028, month: 2, day: 1))
    #expect(february.last == CalendarDay(year: 2028, month: 2, day: 29))
    #expect(february.dayCount == 29)
    #expect(february.description == "2028-02")

    let year = try #require(ReportPeriod(parsing: "2026"))
    #expect(year.dayCount == 365)
    #expect(year.end == CalendarDay(year: 2027, month: 1, day: 1).start)
  }

  @Test(
    "malformed periods are rejected",
    arguments: ["", "2026-13", "2026-1", "26-01", "2026-01-05", "2026-+1", "abcd"])
  func rejects(_ text: String) {
    #expect(ReportPeriod(parsing: text) == nil)
  }

  @Test("previous period crosses year end")
  func previous() {
    #expect(ReportPeriod.month(1, of: 2027).previous == .month(12, of: 2026))
    #expect(ReportPeriod.year(2027).previous == .year(2026))
    #expect(
      ReportPeriod.day(CalendarDay(year: 2027, month: 1, day: 1)).previous
        == .day(CalendarDay(year: 2026, month: 12, day: 31)))
    let range = ReportPeriod(
      from: CalendarDay(year: 2026, month: 12, day: 1),
      through: CalendarDay(year: 2026, month: 12, day: 4))
    #expect(
      range.previous
        == ReportPeriod(
          from: CalendarDay(year: 2026, month: 11, day: 27),
          through: CalendarDay(year: 2026, month: 11, day: 30)))
  }

  @Test("month so far ends on day")
  func through() {
    let december = ReportPeriod.month(12, of: 2026)
    let soFar = december.through(CalendarDay(year: 2026, month: 12, day: 4))
    #expect(soFar.dayCount == 4)
    #expect(december.through(CalendarDay(year: 2027, month: 1, day: 2)) == december)
  }
}

import Foundation
import Testing

@testable import HDSCore

private func day(_ text: String) throws -> CalendarDay {
  try #require(CalendarDay(iso: text), "not a valid day: \(text)")
}

private func sampleDataFile(_ name: String) throws -> String {
  let url = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("sample-data").appendingPathComponent(name)
  return try String(contentsOf: url, encoding: .utf8)
}

/// Returns a calendar with the 2026 and 2027 lists from sample-data.
private func officeCalendar() throws -> WorkingCalendar {
  WorkingCalendar(lists: [
    try HolidayList(year: 2026, parsing: try sampleDataFile("holidays-2026.txt")),
    try HolidayList(year: 2027, parsing: try sampleDataFile("holidays-2027.txt")),
  ])
}

/// Counts working days one calendar day at a time, as `workingDays` did before it
/// counted by arithmetic.
private func countByDay(_ calendar: WorkingCalendar, from start: CalendarDay, to end: CalendarDay)
  -> Int
{
  if end < start { return -countByDay(calendar, from: end, to: start) }
  var count = 0
  var day = start
  while day < end {
    day = day.adding(days: 1)
    if calendar.isWorkingDay(day) { count += 1 }
  }
  return count
}

@Suite("WorkingCalendar with holiday lists")
struct HolidayCalendarTests {
  // MARK: - Real 2026 and 2027 days off

  @Test("Idulfitri 2026 week")
  func idulfitri2026() throws {
    let calendar = try officeCalendar()
    let tuesday = try day("2026-03-17")
    let wednesday = try day("2026-03-25")

    // 18 to 24 March are Nyepi, Idulfitri and their cuti bersama, or a weekend.
    #expect(calendar.workingDays(from: tuesday, to: wednesday) == 1)
    #expect(WorkingCalendar().workingDays(from: tuesday, to: wednesday) == 6)
    #expect(calendar.adding(workingDays: 1, to: tuesday) == wednesday)
    #expect(!calendar.isWorkingDay(try day("2026-03-20")))  // cuti bersama, a Friday
    #expect(!calendar.isWorkingDay(try day("2026-03-24")))  // cuti bersama, a Tuesday
  }

  @Test("Iduladha and Pancasila 2026")
  func iduladha2026() throws {
    let calendar = try officeCalendar()

    // 27 May Iduladha, 28 May cuti bersama, 29 May working, 30-31 weekend (31 is also
    // Waisak), 1 June Pancasila, 2 June working.
    #expect(calendar.workingDays(from: try day("2026-05-26"), to: try day("2026-06-02")) == 2)
    #expect(calendar.workingDays(from: try day("2026-05-29"), to: try day("2026-06-02")) == 1)
  }

  @Test("2026 to 2027 year end")
  func yearEnd() throws {
    let calendar = try officeCalendar()
    let wednesday = try day("2026-12-23")
    let monday = try day("2027-01-04")

    // 24 December cuti bersama, 25 Christmas, 28-31 working, 1 January New Year, 4 January.
    #expect(calendar.workingDays(from: wednesday, to: monday) == 5)
    #expect(calendar.adding(workingDays: 1, to: wednesday) == (try day("2026-12-28")))
    #expect(calendar.adding(workingDays: 1, to: try day("2026-12-31")) == monday)
    #expect(calendar.workingDays(from: monday, to: wednesday) == -5)
  }

  @Test("complaint deadline over Idulfitri")
  func complaintDeadline() throws {
    let calendar = try officeCalendar()
    let start = try day("2026-03-17")

    // A normative complaint has 5 working days: 25, 26, 27, 30 and 31 March.
    #expect(calendar.adding(workingDays: 5, to: start) == (try day("2026-03-31")))
  }

  // MARK: - Counting by arithmetic

  @Test("arithmetic matches day-by-day count")
  func arithmeticMatches() throws {
    let calendar = try officeCalendar()
    let first = try day("2025-12-01")

    for startOffset in stride(from: 0, through: 800, by: 5) {
      let start = first.adding(days: startOffset)
      for length in [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13, 14, 20, 31, 45] {
        let end = start.adding(days: length)
        let expected = countByDay(calendar, from: start, to: end)
        #expect(calendar.workingDays(from: start, to: end) == expected, "\(start) to \(end)")
        #expect(calendar.workingDays(from: end, to: start) == -expected, "\(end) to \(start)")
      }
    }
  }

  @Test("long span matches day-by-day count")
  func longSpan() throws {
    let calendar = try officeCalendar()
    let start = try day("2025-06-15")
    let end = try day("2028-02-10")

    #expect(
      calendar.workingDays(from: start, to: end) == countByDay(calendar, from: start, to: end))
  }

  @Test("whole year 2026 working days")
  func year2026() throws {
    let calendar = try officeCalendar()

    // 261 weekdays in 2026, less the 21 days off that fall on a weekday.
    #expect(
      WorkingCalendar().workingDays(from: try day("2025-12-31"), to: try day("2026-12-31")) == 261)
    #expect(calendar.workingDays(from: try day("2025-12-31"), to: try day("2026-12-31")) == 240)
  }

  @Test("changing holidays updates counts")
  func mutation() throws {
    var calendar = WorkingCalendar()
    let monday = try day("2026-01-12")
    let friday = try day("2026-01-16")

    #expect(calendar.workingDays(from: monday, to: friday) == 4)
    calendar.holidays.insert(friday)
    #expect(calendar.workingDays(from: monday, to: friday) == 3)
  }

  @Test("day numbers match Foundation")
  func dayNumbers() throws {
    let epoch = try day("1970-01-01")
    let samples = ["1900-03-01", "1969-12-29", "2000-02-29", "2026-03-21", "2027-12-31"]

    #expect(epoch.dayNumber == 0)
    for text in samples {
      let sample = try day(text)
      #expect(sample.dayNumber == epoch.days(until: sample), "\(text)")
      #expect(CalendarDay.weekday(dayNumber: sample.dayNumber) == sample.weekday, "\(text)")
    }
  }

  // MARK: - Years with no list

  @Test("listed years from lists")
  func listedYears() throws {
    let calendar = try officeCalendar()

    #expect(calendar.listedYears == [2026, 2027])
    #expect(calendar.hasHolidayList(for: 2026))
    #expect(!calendar.hasHolidayList(for: 2028))
  }

  @Test("year with no list warns")
  func missingYear() throws {
    let calendar = try officeCalendar()
    let warnings = calendar.missingHolidayLists(
      from: try day("2027-12-20"), to: try day("2028-01-10"))

    #expect(warnings == [MissingHolidayList(year: 2028)])
    #expect(
      warnings.first?.description
        == "no holiday list for 2028; working days in 2028 exclude only weekends")
  }

  @Test("listed years give no warning")
  func noWarning() throws {
    let calendar = try officeCalendar()

    #expect(
      calendar.missingHolidayLists(from: try day("2026-01-05"), to: try day("2027-06-01")).isEmpty)
    #expect(
      calendar.missingHolidayLists(from: try day("2027-06-01"), to: try day("2026-01-05")).isEmpty)
  }

  @Test("plain calendar warns every year")
  func plainCalendar() throws {
    let warnings = WorkingCalendar().missingHolidayLists(
      from: try day("2025-12-30"), to: try day("2026-01-02"))

    #expect(warnings.map(\.year) == [2025, 2026])
  }
}

import Foundation
import Testing

@testable import HDSCore

/// Returns the instant of an ISO 8601 UTC timestamp such as "2026-01-05T16:59:59Z".
private func utc(_ text: String) throws -> Date {
  let formatter = ISO8601DateFormatter()
  formatter.formatOptions = [.withInternetDateTime]
  return try #require(formatter.date(from: text), "not an ISO 8601 timestamp: \(text)")
}

private func day(_ text: String) throws -> CalendarDay {
  try #require(CalendarDay(iso: text), "not a valid day: \(text)")
}

@Suite("CalendarDay")
struct CalendarDayTests {
  // MARK: - Parsing

  @Test("valid day parses")
  func parseValid() throws {
    let parsed = try day("2026-12-04")

    #expect(parsed.year == 2026)
    #expect(parsed.month == 12)
    #expect(parsed.day == 4)
  }

  @Test(
    "leap days",
    arguments: [
      ("2024-02-29", true), ("2000-02-29", true), ("2026-02-29", false),
      ("1900-02-29", false), ("2100-02-29", false),
    ])
  func leapDays(text: String, valid: Bool) {
    #expect((CalendarDay(iso: text) != nil) == valid)
  }

  @Test(
    "impossible days rejected",
    arguments: ["2026-13-01", "2026-00-10", "2026-01-00", "2026-01-32", "2026-04-31"])
  func impossibleDays(text: String) {
    #expect(CalendarDay(iso: text) == nil)
  }

  @Test(
    "bad formats rejected",
    arguments: [
      "", "2026-2-4", "26-02-04", "2026/02/04", "04-12-2026", "2026-02-04T00:00",
      "2026-02", "2026--02-04", " 2026-02-04", "2026-02-04 ", "abcd-ef-gh",
      "2026-+1-05", "+026-01-05", "2026-01-+5",
    ])
  func badFormats(text: String) {
    #expect(CalendarDay(iso: text) == nil)
  }

  @Test("description pads with zeros")
  func description() {
    #expect(CalendarDay(year: 2026, month: 1, day: 5).description == "2026-01-05")
  }

  @Test("description parses back")
  func roundTrip() throws {
    let original = CalendarDay(year: 2027, month: 3, day: 9)

    #expect(try day(original.description) == original)
  }

  // MARK: - WIB day boundaries

  @Test("16:59:59 UTC is the same WIB day")
  func lastSecond() throws {
    let midnightUTC = CalendarDay(containing: try utc("2026-01-05T00:00:00Z"))
    let lastSecond = CalendarDay(containing: try utc("2026-01-05T16:59:59Z"))

    #expect(midnightUTC == CalendarDay(year: 2026, month: 1, day: 5))
    #expect(lastSecond == CalendarDay(year: 2026, month: 1, day: 5))
  }

  @Test("17:00 UTC starts the next WIB day")
  func nextDay() throws {
    let instant = try utc("2026-01-05T17:00:00Z")

    #expect(CalendarDay(containing: instant) == CalendarDay(year: 2026, month: 1, day: 6))
    #expect(OfficeClock.timeOfDay(instant) == "00:00")
  }

  @Test("late UTC evening is WIB morning")
  func previousUTCEvening() throws {
    // 2026-01-04 23:30 UTC is 2026-01-05 06:30 WIB.
    let instant = try utc("2026-01-04T23:30:00Z")

    #expect(CalendarDay(containing: instant) == CalendarDay(year: 2026, month: 1, day: 5))
    #expect(OfficeClock.timeOfDay(instant) == "06:30")
  }

  @Test("start and end in UTC")
  func startAndEnd() throws {
    let monday = CalendarDay(year: 2026, month: 1, day: 5)

    #expect(monday.start == (try utc("2026-01-04T17:00:00Z")))
    #expect(monday.end == (try utc("2026-01-05T17:00:00Z")))
  }

  @Test("time of day in WIB")
  func timeOfDay() throws {
    #expect(OfficeClock.timeOfDay(try utc("2026-01-05T16:59:59Z")) == "23:59")
    #expect(OfficeClock.timeOfDay(try utc("2026-01-05T00:45:00Z")) == "07:45")
  }

  // MARK: - Weekday and arithmetic

  @Test(
    "ISO weekday",
    arguments: [
      ("2026-01-05", 1), ("2026-01-06", 2), ("2026-01-07", 3), ("2026-01-08", 4),
      ("2026-01-09", 5), ("2026-01-10", 6), ("2026-01-11", 7), ("2026-12-04", 5),
      ("2024-02-29", 4),
    ])
  func weekday(text: String, weekday: Int) throws {
    #expect(try day(text).weekday == weekday)
  }

  @Test(
    "adding days",
    arguments: [
      ("2026-01-31", 1, "2026-02-01"), ("2026-02-28", 1, "2026-03-01"),
      ("2024-02-28", 1, "2024-02-29"), ("2026-12-31", 1, "2027-01-01"),
      ("2027-01-01", -1, "2026-12-31"), ("2026-03-01", -1, "2026-02-28"),
      ("2026-01-01", 365, "2027-01-01"), ("2024-01-01", 366, "2025-01-01"),
      ("2026-06-15", 0, "2026-06-15"),
    ])
  func addingDays(start: String, count: Int, expected: String) throws {
    #expect(try day(start).adding(days: count) == (try day(expected)))
  }

  @Test("days until")
  func daysUntil() throws {
    let newYear = try day("2026-01-01")
    let nextNewYear = try day("2027-01-01")

    #expect(newYear.days(until: nextNewYear) == 365)
    #expect(nextNewYear.days(until: newYear) == -365)
    #expect(newYear.days(until: newYear) == 0)
  }

  @Test("ordering")
  func ordering() throws {
    #expect(try day("2026-12-31") < (try day("2027-01-01")))
    #expect(try day("2026-01-31") < (try day("2026-02-01")))
    #expect(try day("2026-02-01") < (try day("2026-02-02")))
    #expect(!(try day("2026-02-02") < (try day("2026-02-02"))))
  }
}

@Suite("WorkingCalendar")
struct WorkingCalendarTests {
  private let plain = WorkingCalendar()

  @Test("weekends not working days")
  func weekends() throws {
    #expect(!plain.isWorkingDay(try day("2026-01-10")))  // Saturday
    #expect(!plain.isWorkingDay(try day("2026-01-11")))  // Sunday
    #expect(plain.isWorkingDay(try day("2026-01-09")))  // Friday
    #expect(plain.isWorkingDay(try day("2026-01-12")))  // Monday
  }

  @Test("holiday not a working day")
  func holiday() throws {
    // Isra Mikraj, a Friday, is a national holiday in 2026.
    let israMikraj = try day("2026-01-16")
    let calendar = WorkingCalendar(holidays: [israMikraj])

    #expect(!calendar.isWorkingDay(israMikraj))
    #expect(plain.isWorkingDay(israMikraj))
  }

  @Test("same day is 0")
  func sameDay() throws {
    let friday = try day("2026-01-09")

    #expect(plain.workingDays(from: friday, to: friday) == 0)
  }

  @Test("Friday to Monday is 1")
  func fridayToMonday() throws {
    #expect(plain.workingDays(from: try day("2026-01-09"), to: try day("2026-01-12")) == 1)
  }

  @Test("Friday to Saturday is 0")
  func fridayToSaturday() throws {
    #expect(plain.workingDays(from: try day("2026-01-09"), to: try day("2026-01-10")) == 0)
  }

  @Test("week with a holiday")
  func weekWithHoliday() throws {
    let calendar = WorkingCalendar(holidays: [try day("2026-01-16")])

    // Monday 12 January to Monday 19 January: 13, 14, 15, 19 (16 is the holiday).
    #expect(calendar.workingDays(from: try day("2026-01-12"), to: try day("2026-01-19")) == 4)
    #expect(plain.workingDays(from: try day("2026-01-12"), to: try day("2026-01-19")) == 5)
  }

  @Test("across a year end")
  func yearEnd() throws {
    // New Year's Day 2027 is a Friday.
    let calendar = WorkingCalendar(holidays: [try day("2027-01-01")])
    let thursday = try day("2026-12-31")
    let monday = try day("2027-01-04")

    #expect(calendar.workingDays(from: thursday, to: monday) == 1)
    #expect(plain.workingDays(from: thursday, to: monday) == 2)
  }

  @Test("backwards is negative")
  func backwards() throws {
    #expect(plain.workingDays(from: try day("2026-01-12"), to: try day("2026-01-09")) == -1)
  }

  @Test(
    "adding working days",
    arguments: [
      ("2026-01-09", 1, "2026-01-12"),  // Friday + 1 = Monday
      ("2026-01-09", 0, "2026-01-09"),
      ("2026-01-05", 5, "2026-01-12"),  // Monday + 5 = next Monday
      ("2026-01-10", 1, "2026-01-12"),  // Saturday + 1 = Monday
      ("2026-01-15", 1, "2026-01-19"),  // Thursday + 1 skips the Friday holiday
      ("2026-12-31", 1, "2027-01-04"),  // skips New Year's Day and the weekend
    ])
  func addingWorkingDays(start: String, count: Int, expected: String) throws {
    let calendar = WorkingCalendar(holidays: [try day("2026-01-16"), try day("2027-01-01")])

    #expect(calendar.adding(workingDays: count, to: try day(start)) == (try day(expected)))
  }

  @Test("adding agrees with counting")
  func addingMatchesCounting() throws {
    let calendar = WorkingCalendar(holidays: [try day("2026-01-16"), try day("2027-01-01")])
    let start = try day("2026-12-18")

    for count in 0...20 {
      let end = calendar.adding(workingDays: count, to: start)
      #expect(calendar.workingDays(from: start, to: end) == count, "\(count) from \(start)")
      #expect(count == 0 || calendar.isWorkingDay(end), "\(end) is not a working day")
    }
  }
}

import Foundation
import HDSCore

/// The calendar days of the generated span, with their ISO text, their first instant in
/// WIB and whether they are working days, so that the generator never calls Foundation's
/// calendar for a date in its inner loop.
///
/// Days are indexes from `first`. WIB is UTC+7 all year (Indonesia has no daylight saving
/// time), so a day's first instant is a fixed offset from its UTC midnight.
struct DayTable {
  let first: CalendarDay
  let count: Int
  /// "YYYY-MM-DD" of each day.
  let iso: [String]
  /// Unix seconds of 00:00 WIB of each day.
  let start: [Double]
  let year: [Int]
  let isWorking: [Bool]
  /// Indexes of the working days, ascending.
  let working: [Int]
  /// Working days up to and including each day.
  private let workingThrough: [Int]

  init(first: CalendarDay, count: Int, calendar: WorkingCalendar) {
    self.first = first
    self.count = count
    let firstNumber = Self.dayNumber(first)
    var iso: [String] = []
    var start: [Double] = []
    var year: [Int] = []
    var isWorking: [Bool] = []
    var working: [Int] = []
    var workingThrough: [Int] = []
    for index in 0..<count {
      let number = firstNumber + index
      let (y, m, d) = Self.civil(fromDayNumber: number)
      let day = CalendarDay(year: y, month: m, day: d)
      iso.append(day.description)
      start.append(Double(number) * 86_400 - 7 * 3_600)
      year.append(y)
      // ISO weekday from the day number: 1970-01-01 was a Thursday.
      let weekday = ((number + 3) % 7 + 7) % 7 + 1
      let works = weekday <= 5 && !calendar.holidays.contains(day)
      isWorking.append(works)
      if works { working.append(index) }
      workingThrough.append(working.count)
    }
    self.iso = iso
    self.start = start
    self.year = year
    self.isWorking = isWorking
    self.working = working
    self.workingThrough = workingThrough
  }

  /// The index of `day`; the day must lie in the table.
  func index(of day: CalendarDay) -> Int {
    Self.dayNumber(day) - Self.dayNumber(first)
  }

  /// Returns the day `n` working days after `day`, as `WorkingCalendar.adding` counts
  /// them: `day` itself for n ≤ 0. Days past the table's end are clamped to its last
  /// working day, which the generator's margin keeps out of reach.
  func adding(workingDays n: Int, to day: Int) -> Int {
    guard n > 0 else { return day }
    let position = workingThrough[day] + n - 1
    return working[min(position, working.count - 1)]
  }

  /// Returns the working day on or after `day`.
  func workingDay(onOrAfter day: Int) -> Int {
    isWorking[day] ? day : adding(workingDays: 1, to: day)
  }

  /// Working days after `from` up to and including `to`.
  func workingDays(from: Int, to: Int) -> Int {
    workingThrough[to] - workingThrough[from]
  }

  /// Returns the index of the day that contains the unix time `seconds`.
  func day(containing seconds: Double) -> Int {
    Int(((seconds - start[0]) / 86_400).rounded(.down))
  }

  /// Days since 1970-01-01, Howard Hinnant's `days_from_civil`.
  static func dayNumber(_ day: CalendarDay) -> Int {
    let shiftedYear = day.month <= 2 ? day.year - 1 : day.year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let monthFromMarch = day.month > 2 ? day.month - 3 : day.month + 9
    let dayOfYear = (153 * monthFromMarch + 2) / 5 + day.day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// Year, month and day of a day number, Howard Hinnant's `civil_from_days`.
  static func civil(fromDayNumber number: Int) -> (Int, Int, Int) {
    let shifted = number + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthFromMarch = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
    let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (year, month, day)
  }
}

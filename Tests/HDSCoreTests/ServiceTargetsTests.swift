import HDSCore
import Testing

@Suite("Service-time targets")
struct ServiceTargetsTests {
  /// 2026-12-25 (Friday) is Christmas and 2026-12-24 cuti bersama in this test calendar.
  let calendar = WorkingCalendar(
    holidays: [
      CalendarDay(year: 2026, month: 12, day: 24), CalendarDay(year: 2026, month: 12, day: 25),
      CalendarDay(year: 2027, month: 1, day: 1),
    ], listedYears: [2026, 2027])

  func day(_ month: Int, _ day: Int, _ year: Int = 2026) -> CalendarDay {
    CalendarDay(year: year, month: month, day: day)
  }

  @Test("Friday to Monday is on time")
  func weekend() {
    let targets = ServiceTargets()
    #expect(targets.isOnTime(.ktpEl, ready: day(12, 4), delivered: day(12, 7), in: calendar))
    #expect(!targets.isOnTime(.ktpEl, ready: day(12, 4), delivered: day(12, 8), in: calendar))
  }

  @Test("holidays do not count")
  func holidays() {
    let targets = ServiceTargets()
    // Wednesday 23rd, then two holidays and a weekend: Monday 28th is the first working day.
    #expect(targets.isOnTime(.kk, ready: day(12, 23), delivered: day(12, 28), in: calendar))
    #expect(!targets.isOnTime(.kk, ready: day(12, 23), delivered: day(12, 29), in: calendar))
  }

  @Test("year end crossing")
  func yearEnd() {
    let targets = ServiceTargets(workingDays: [.aktaKelahiran: 2])
    // Wednesday 30th → Thursday 31st (1), Friday 1 January is a holiday, Monday 4th (2).
    #expect(
      targets.isOnTime(.aktaKelahiran, ready: day(12, 30), delivered: day(1, 4, 2027), in: calendar)
    )
    #expect(
      !targets.isOnTime(
        .aktaKelahiran, ready: day(12, 30), delivered: day(1, 5, 2027), in: calendar)
    )
  }

  @Test("earliest on-time ready day")
  func earliestReadyDay() {
    let targets = ServiceTargets()
    // On Monday 7th, a document ready on Friday 4th (or the weekend) is within 1 working day.
    #expect(targets.earliestOnTimeReadyDay(for: .ktpEl, on: day(12, 7), in: calendar) == day(12, 4))
    // On Monday 28th, after the holidays, Wednesday 23rd is still within the target.
    #expect(
      targets.earliestOnTimeReadyDay(for: .ktpEl, on: day(12, 28), in: calendar) == day(12, 23))
    let two = ServiceTargets(workingDays: [.ktpEl: 2])
    #expect(two.earliestOnTimeReadyDay(for: .ktpEl, on: day(12, 9), in: calendar) == day(12, 7))
  }

  @Test("a cutoff agrees with isOnTime", arguments: 1...31)
  func cutoffAgrees(dayOfMonth: Int) {
    let targets = ServiceTargets(workingDays: [.kia: 3])
    let today = day(12, dayOfMonth)
    let earliest = targets.earliestOnTimeReadyDay(for: .kia, on: today, in: calendar)
    for back in 0..<20 {
      let ready = today.adding(days: -back)
      #expect(
        (ready >= earliest) == targets.isOnTime(.kia, ready: ready, delivered: today, in: calendar),
        "ready \(ready) on \(today)")
    }
  }
}

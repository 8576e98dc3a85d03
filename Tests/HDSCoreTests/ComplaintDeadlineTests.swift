import Foundation
import Testing

@testable import HDSCore

@Suite("Complaint deadlines")
struct ComplaintDeadlineTests {
  private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
    CalendarDay(year: year, month: month, day: day)
  }

  /// Christmas 2026 as the joint decree has it: cuti bersama on Thursday 24 December and
  /// Christmas Day on Friday 25 December, then New Year's Day on Friday 1 January 2027.
  private var yearEnd: WorkingCalendar {
    WorkingCalendar(
      holidays: [day(2026, 12, 24), day(2026, 12, 25), day(2027, 1, 1)],
      listedYears: [2026, 2027])
  }

  @Test("light across a weekend")
  func lightAcrossWeekend() {
    // Friday 4 December 2026 → Monday 7, Tuesday 8.
    #expect(
      Complaint.deadline(for: .light, receivedOn: day(2026, 12, 4), in: WorkingCalendar())
        == day(2026, 12, 8))
  }

  @Test("light across Christmas")
  func lightAcrossChristmas() {
    // Tuesday 22 December: Wednesday 23 counts, 24 and 25 are off, then the weekend.
    #expect(
      Complaint.deadline(for: .light, receivedOn: day(2026, 12, 22), in: yearEnd)
        == day(2026, 12, 28))
  }

  @Test("normative across the year end")
  func normativeAcrossYearEnd() {
    // Wednesday 30 December: Thursday 31, then Monday 4 to Thursday 7 January 2027.
    #expect(
      Complaint.deadline(for: .normative, receivedOn: day(2026, 12, 30), in: yearEnd)
        == day(2027, 1, 7))
  }

  @Test("received on a Saturday")
  func receivedOnSaturday() {
    // Saturday 5 December: the count starts on Monday 7.
    #expect(
      Complaint.deadline(for: .light, receivedOn: day(2026, 12, 5), in: WorkingCalendar())
        == day(2026, 12, 8))
  }

  @Test("stored deadline wins")
  func storedDeadline() {
    let complaint = Complaint(
      id: 1, receivedAt: day(2026, 12, 4).start, channel: .letter, laporNumber: nil,
      category: .late, weight: .light, state: .verified, complainantName: "Sri",
      requestID: nil, description: "lama", deadlineDay: day(2026, 12, 30))
    #expect(complaint.deadline(in: WorkingCalendar()) == day(2026, 12, 30))
  }

  @Test("LAPOR! verification in 3 working days")
  func laporVerification() {
    let received = Complaint(
      id: 2, receivedAt: day(2026, 12, 23).start.addingTimeInterval(9 * 3600), channel: .lapor,
      laporNumber: "5123456", category: .late, weight: .normative, state: .received,
      complainantName: "Budi", requestID: nil, description: "belum datang")
    #expect(received.awaitsLaporVerification)
    // Wednesday 23 December: Monday 28, Tuesday 29, Wednesday 30.
    #expect(received.verificationDeadline(in: yearEnd) == day(2026, 12, 30))

    var verified = received
    verified.state = .verified
    #expect(!verified.awaitsLaporVerification)
    var postponed = received
    postponed.state = .postponed
    #expect(postponed.awaitsLaporVerification)
    var walkIn = received
    walkIn.channel = .walkIn
    #expect(!walkIn.awaitsLaporVerification)
  }

  @Test("status before, on and after the deadline")
  func status() {
    let calendar = WorkingCalendar()
    let deadline = day(2026, 12, 11)  // Friday
    #expect(DeadlineStatus(deadline: deadline, on: day(2026, 12, 4), in: calendar) == .left(5))
    #expect(DeadlineStatus(deadline: deadline, on: day(2026, 12, 11), in: calendar) == .left(0))
    // Saturday after a Friday deadline is late although no working day has passed.
    #expect(DeadlineStatus(deadline: deadline, on: day(2026, 12, 12), in: calendar) == .overdue(1))
    #expect(DeadlineStatus(deadline: deadline, on: day(2026, 12, 14), in: calendar) == .overdue(1))
    #expect(DeadlineStatus(deadline: deadline, on: day(2026, 12, 15), in: calendar) == .overdue(2))
    #expect(DeadlineStatus(deadline: deadline, on: day(2026, 12, 15), in: calendar).isOverdue)
  }

  @Test("status across the year end")
  func statusYearEnd() {
    #expect(
      DeadlineStatus(deadline: day(2027, 1, 7), on: day(2026, 12, 30), in: yearEnd) == .left(5))
    #expect(
      DeadlineStatus(deadline: day(2026, 12, 28), on: day(2027, 1, 4), in: yearEnd)
        == .overdue(4))
  }
}

import Foundation
import Testing

@testable import HDSCore

@Suite("Complaint")
struct ComplaintTests {
  /// Returns a complaint received at an ISO 8601 UTC instant.
  private func complaint(weight: ComplaintWeight, receivedAt text: String) throws -> Complaint {
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withInternetDateTime]
    let instant = try #require(formatter.date(from: text))
    return Complaint(
      id: 1, receivedAt: instant, channel: .whatsApp, laporNumber: nil, category: .late,
      weight: weight, state: .received, complainantName: "Sri Wahyuni", requestID: 12,
      description: "KTP-el not delivered after 3 days")
  }

  // MARK: - Deadlines

  @Test(
    "working days per weight",
    arguments: [
      (ComplaintWeight.light, 2), (.normative, 5), (.noSupervisoryContent, 14),
      (.needsInvestigation, 60),
    ])
  func workingDays(weight: ComplaintWeight, days: Int) {
    #expect(weight.deadlineWorkingDays == days)
  }

  @Test(
    "deadline from a Friday",
    arguments: [
      (ComplaintWeight.light, "2026-01-13"),  // Tuesday
      (.normative, "2026-01-16"),  // Friday a week later
      (.noSupervisoryContent, "2026-01-29"),  // Thursday of the third week
      (.needsInvestigation, "2026-04-03"),  // 12 weeks later
    ])
  func deadlineFromFriday(weight: ComplaintWeight, expected: String) throws {
    // Friday 9 January 2026, 10:00 WIB.
    let received = try complaint(weight: weight, receivedAt: "2026-01-09T03:00:00Z")

    #expect(received.deadline(in: WorkingCalendar()) == CalendarDay(iso: expected))
  }

  @Test("deadline skips a holiday")
  func deadlineHoliday() throws {
    let received = try complaint(weight: .light, receivedAt: "2026-01-09T03:00:00Z")
    let calendar = WorkingCalendar(holidays: [CalendarDay(year: 2026, month: 1, day: 12)])

    #expect(received.deadline(in: calendar) == CalendarDay(year: 2026, month: 1, day: 14))
  }

  @Test("deadline counts from the WIB day")
  func deadlineWIBDay() throws {
    // Thursday 8 January 2026 at 17:30 UTC is already Friday 00:30 WIB.
    let received = try complaint(weight: .light, receivedAt: "2026-01-08T17:30:00Z")

    #expect(received.deadline(in: WorkingCalendar()) == CalendarDay(year: 2026, month: 1, day: 13))
  }

  // MARK: - Validation

  private func newComplaint(
    channel: ComplaintChannel = .callCentre, laporNumber: String? = nil,
    name: String = "Sri Wahyuni", description: String = "courier did not come"
  ) -> NewComplaint {
    NewComplaint(
      channel: channel, laporNumber: laporNumber, category: .late, weight: .light,
      complainantName: name, requestID: nil, description: description)
  }

  @Test("complete complaint passes")
  func complete() throws {
    try newComplaint().validate()
  }

  @Test("missing name", arguments: ["", "   "])
  func missingName(name: String) {
    #expect(throws: ComplaintError.missingField("complainant name")) {
      try newComplaint(name: name).validate()
    }
  }

  @Test("missing description", arguments: ["", "  "])
  func missingDescription(description: String) {
    #expect(throws: ComplaintError.missingField("description")) {
      try newComplaint(description: description).validate()
    }
  }

  @Test("LAPOR! without report number", arguments: [nil, "", "  "] as [String?])
  func laporWithoutNumber(number: String?) {
    #expect(throws: ComplaintError.missingField("SP4N-LAPOR! report number")) {
      try newComplaint(channel: .lapor, laporNumber: number).validate()
    }
  }

  @Test("LAPOR! with report number")
  func laporWithNumber() throws {
    try newComplaint(channel: .lapor, laporNumber: "5123456").validate()
  }

  @Test(
    "other channels need no number",
    arguments: ComplaintChannel.allCases.filter { $0 != .lapor })
  func otherChannels(channel: ComplaintChannel) throws {
    try newComplaint(channel: channel).validate()
  }

  @Test("missing field message")
  func message() {
    #expect(
      ComplaintError.missingField("description").description == "complaint needs a description")
  }

  // MARK: - States

  @Test(
    "open states",
    arguments: [
      (ComplaintState.received, true), (.verified, true), (.postponed, true), (.assigned, true),
      (.inFollowUp, true), (.notOurAuthority, false), (.archived, false), (.resolved, false),
    ])
  func openStates(state: ComplaintState, isOpen: Bool) {
    #expect(state.isOpen == isOpen)
  }
}

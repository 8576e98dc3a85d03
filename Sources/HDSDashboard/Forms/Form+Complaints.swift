import Foundation
import HDSCore

/// Reading the complaint forms into effects, and the hints beside their fields.
extension Form {
  func newComplaint(_ target: RequestRef?, catalog: Catalog) throws(FormIncomplete)
    -> NewComplaint
  {
    let channel = ComplaintChannel.allCases[choice(.channel)]
    var requestNumber: RequestNumber?
    if !text(.requestNumber).isEmpty {
      guard let number = RequestNumber(text(.requestNumber)) else {
        throw invalid(.requestNumber, catalog[.requestNumberInvalid], catalog)
      }
      requestNumber = number
    }
    var nik: NIK?
    if !text(.nik).isEmpty {
      do {
        nik = try NIK(text(.nik))
      } catch {
        throw invalid(.nik, catalog.describe(error), catalog)
      }
    }
    try requirePersonName(.complainant, catalog)
    return NewComplaint(
      channel: channel, laporNumber: channel == .lapor ? text(.laporNumber) : nil,
      category: ComplaintCategory.allCases[choice(.category)],
      weight: ComplaintWeight.allCases[choice(.weight)], complainantName: text(.complainant),
      requestID: target?.id, requestNumber: requestNumber, residentNIK: nik,
      phone: try phoneNumber(catalog), description: text(.description))
  }

  func complaintAction(_ kind: ComplaintAction.Kind) -> ComplaintAction {
    let note = text(.note)
    switch kind {
    case .verify:
      return .verify(weight: ComplaintWeight.allCases[choice(.weight)], note: note)
    case .postpone: return .postpone(note: note)
    case .notOurAuthority: return .declareNotOurAuthority(note: note)
    case .archive: return .archive(note: note)
    case .assign: return .assign(staff: text(.staff), note: note)
    case .followUp: return .followUp(note: note)
    case .resolve: return .resolve(note: note)
    case .respond, .log: return .respond(note: note)
    }
  }

  func complaintFilter(_ kecamatan: Kecamatan) -> ComplaintFilter {
    let state = choice(.complaintState)
    let channel = choice(.channel)
    let desa = choice(.desa)
    return ComplaintFilter(
      state: state == 0 ? nil : ComplaintState.allCases[state - 1],
      channel: channel == 0 ? nil : ComplaintChannel.allCases[channel - 1],
      desaCode: desa == 0 ? nil : kecamatan.desa[desa - 1].code,
      openOnly: self[.openOnly]?.isOn ?? false)
  }

  /// Returns the deadline beside a complaint's weight, counted from the day the form
  /// opened or the complaint was received, or for a typed request number its resident and
  /// state, or why it is invalid.
  func complaintHint(for index: Int, catalog: Catalog) -> (text: String, isError: Bool)? {
    switch (fields[index].name, purpose) {
    case (.weight, .complaint(_, let calendar, let openedAt)):
      return deadlineHint(receivedOn: CalendarDay(containing: openedAt), calendar, catalog)
    case (.weight, .complaintAction(_, let complaint, let calendar)):
      return deadlineHint(receivedOn: complaint.receivedDay, calendar, catalog)
    case (.requestNumber, _):
      let typed = text(.requestNumber)
      guard !typed.isEmpty else { return nil }
      guard let number = RequestNumber(typed) else {
        return ("✗ " + catalog[.requestNumberInvalid], true)
      }
      // The hint stays empty until the lookup of this number returns.
      guard let lookup = requestLookup, lookup.number == number else { return ("", false) }
      guard let found = lookup.found else { return ("✗ " + catalog[.requestNumberUnknown], true) }
      return ("✓ " + found.resident + " · " + catalog.state(found.state), false)
    default:
      return nil
    }
  }

  private func deadlineHint(
    receivedOn day: CalendarDay, _ calendar: WorkingCalendar, _ catalog: Catalog
  ) -> (text: String, isError: Bool) {
    let weight = ComplaintWeight.allCases[choice(.weight)]
    let deadline = Complaint.deadline(for: weight, receivedOn: day, in: calendar)
    let text = catalog.format(
      .formDeadlineHint, catalog.date(deadline), weight.deadlineWorkingDays)
    return (text, false)
  }
}

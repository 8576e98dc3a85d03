import Foundation
import HDSCore
import HDSTerminal

/// The lines of the complaint detail view: the complaint, its state changes with their
/// notes, its response log, and the linked request's history.
enum ComplaintDetailText {
  typealias Line = OverlayView.Line

  static func lines(_ detail: ComplaintDetail, state: DashboardState) -> [Line] {
    var lines = fields(detail, state: state)
    lines += section(.complaintHistory, state.catalog)
    lines += changes(detail.events.filter { !$0.isResponse }, state: state)

    let responses = detail.events.filter(\.isResponse)
    lines += section(.complaintResponses, state.catalog)
    if responses.isEmpty {
      lines.append(Line(label: "", value: state.catalog[.complaintNoResponses], style: .dim))
    }
    for event in responses {
      let stamp = DetailText.stamp(event.time, state.catalog)
      lines.append(Line(label: "", value: "\(stamp)  \(event.user)"))
      lines.append(Line(label: "", value: "    " + event.note))
    }

    if let request = detail.request {
      let catalog = state.catalog
      lines += section(.complaintRequestHistory, catalog)
      lines.append(
        Line(
          label: "",
          value: catalog.format(
            .complaintRequestLine, request.request.number, request.request.document.shortName,
            catalog.state(request.request.state), request.request.resident.name)))
      lines += DetailText.history(request.events, state: state)
    }
    return lines
  }

  private static func section(_ title: MessageKey, _ catalog: Catalog) -> [Line] {
    [Line(label: "", value: ""), Line(label: "", value: catalog[title], style: .title)]
  }

  private static func fields(_ detail: ComplaintDetail, state: DashboardState) -> [Line] {
    let catalog = state.catalog
    let complaint = detail.complaint
    let today = CalendarDay(containing: state.now)
    let deadline = complaint.deadline(in: state.calendar)
    let status = DeadlineStatus(deadline: deadline, on: today, in: state.calendar)
    let timing = complaint.state.isOpen ? " (\(catalog.deadlineText(status)))" : ""
    let channel =
      catalog.channel(complaint.channel) + (complaint.laporNumber.map { " " + $0 } ?? "")
    let desa = complaint.desaCode.map { state.kecamatan.desa(code: $0)?.name ?? $0 }

    var lines = [
      Line(label: catalog[.detailState], value: catalog.complaintState(complaint.state)),
      Line(
        label: catalog[.complaintReceivedAt], value: DetailText.stamp(complaint.receivedAt, catalog)
      ),
      Line(label: catalog[.detailChannel], value: channel),
      Line(label: catalog[.detailCategory], value: catalog.category(complaint.category)),
      Line(
        label: catalog[.detailWeight],
        value: catalog.format(
          .complaintWeightDays, catalog.weight(complaint.weight),
          complaint.weight.deadlineWorkingDays)),
      Line(
        label: catalog[.detailDeadline], value: catalog.date(deadline) + timing,
        style: complaint.state.isOpen && status.isOverdue ? .danger : .normal),
    ]
    if complaint.awaitsLaporVerification {
      let verify = complaint.verificationDeadline(in: state.calendar)
      let verifyStatus = DeadlineStatus(deadline: verify, on: today, in: state.calendar)
      lines.append(
        Line(
          label: catalog[.detailLaporVerify],
          value: "\(catalog.date(verify)) (\(catalog.deadlineText(verifyStatus)))",
          style: verifyStatus.isOverdue ? .danger : .warning))
    }
    lines += [
      Line(label: catalog[.detailComplainant], value: complaint.complainantName),
      Line(label: catalog[.detailResident], value: detail.residentName ?? catalog[.detailNone]),
      Line(label: catalog[.detailPhone], value: DetailText.phone(complaint.phone, state)),
      Line(label: catalog[.detailComplaintDesa], value: desa ?? catalog[.detailNone]),
      Line(
        label: catalog[.detailLinkedRequest],
        value: detail.requestNumber?.description ?? catalog[.detailNone]),
      Line(label: catalog[.detailAssignedTo], value: complaint.assignedTo ?? catalog[.detailNone]),
      Line(label: catalog[.detailDescription], value: complaint.description),
    ]
    if let resolved = complaint.resolvedAt {
      let day = CalendarDay(containing: resolved)
      let verdict = day <= deadline ? catalog[.complaintInTime] : catalog[.complaintLate]
      lines.append(
        Line(
          label: catalog[.detailResolvedAt],
          value: DetailText.stamp(resolved, catalog) + " (\(verdict))"))
    }
    return lines
  }

  /// Returns up to three lines per change: when, who, the action and the move, then the
  /// changed weight or staff member, then the note.
  private static func changes(_ events: [ComplaintEvent], state: DashboardState) -> [Line] {
    let catalog = state.catalog
    var lines: [Line] = []
    for event in events {
      let move =
        event.from.map { catalog.complaintState($0) + " → " + catalog.complaintState(event.to) }
        ?? catalog.complaintState(event.to)
      let stamp = DetailText.stamp(event.time, catalog)
      lines.append(
        Line(
          label: "",
          value: "\(stamp)  \(event.user)  \(catalog.complaintEvent(event.action)): \(move)"))
      let words = eventWords(event, catalog)
      if !words.isEmpty {
        lines.append(Line(label: "", value: "    " + words, style: .dim))
      }
      if !event.note.isEmpty {
        lines.append(Line(label: "", value: "    " + event.note))
      }
    }
    return lines
  }

  /// Returns the staff member and the weight and deadline an event changed, in words.
  private static func eventWords(_ event: ComplaintEvent, _ catalog: Catalog) -> String {
    let pairs = Dictionary(
      (EventDetail.parse(event.detail) ?? []).map { ($0.key, $0.value) },
      uniquingKeysWith: { first, _ in first })
    var words: [String] = []
    if let staff = pairs["staff"] {
      words.append(catalog.format(.complaintEventStaff, staff))
    }
    if event.action == .verify, let raw = pairs["weight"],
      let weight = ComplaintWeight(rawValue: raw),
      let deadline = pairs["deadline"].flatMap(CalendarDay.init(iso:))
    {
      words.append(
        catalog.format(.complaintEventWeight, catalog.weight(weight), catalog.date(deadline)))
    }
    return words.joined(separator: " · ")
  }
}

import Foundation
import HDSCore

/// The words of the complaint workflow: action names, results, refusals, deadlines and
/// the resolution rate.
extension Catalog {
  /// Returns the name of a complaint action: "Verifikasi", "Verify".
  public func complaintAction(_ kind: ComplaintAction.Kind) -> String {
    MessageKey(rawValue: "complaintAction." + kind.rawValue).map { self[$0] } ?? kind.rawValue
  }

  /// Returns what a complaint event did, as the history names it: "Diverifikasi",
  /// "Verified".
  public func complaintEvent(_ kind: ComplaintAction.Kind) -> String {
    MessageKey(rawValue: "complaintEvent." + kind.rawValue).map { self[$0] } ?? kind.rawValue
  }

  /// Returns the message for a rejected or conflicting complaint action.
  func describeComplaintError(_ error: StoreError) -> String {
    switch error {
    case .complaintRejected(.illegalTransition(let complaint, let state, let action)):
      return illegalComplaint(complaint, state: state, action: action)
    case .complaintRejected(.missingField(let complaint, let action, let field)):
      let label = field == .staff ? self[.fieldStaff] : self[.fieldNote]
      return format(.complaintMissingField, complaint, complaintAction(action), label)
    case .complaintRejected(.noteTooLong(let complaint, let characters)):
      return format(
        .complaintNoteTooLong, complaint, characters, ComplaintLifecycle.maximumNoteLength)
    case .complaintConflict(let complaint, _, let current):
      return format(.complaintConflict, complaint, complaintState(current))
    case .complaintIntake(.requestNotFound(let number)):
      return format(.complaintRequestNotFound, number)
    case .complaintIntake(.requestMismatch(let number)):
      return format(.complaintRequestMismatch, number)
    case .complaintIntake(.residentNotFound(let nik)):
      return format(.complaintResidentNotFound, nik)
    case .complaintIntake(.residentNotOfRequest(let nik)):
      return format(.complaintResidentNotOfRequest, nik)
    default:
      return format(.errorStore, error.description)
    }
  }

  /// Says that `action` is not possible in `state`, and from which states it is.
  public func illegalComplaint(
    _ complaint: Int64, state: ComplaintState, action: ComplaintAction.Kind
  ) -> String {
    let allowed = ComplaintLifecycle.states(allowing: action).map { complaintState($0) }
    let list =
      allowed.count > 1
      ? allowed.dropLast().joined(separator: ", ") + self[.errorOr] + allowed[allowed.count - 1]
      : allowed.first ?? ""
    return format(
      .complaintIllegal, complaint, complaintState(state), complaintAction(action), list)
  }

  /// Returns the message confirming an action on a complaint.
  public func describe(_ action: ComplaintAction, result complaint: Complaint) -> String {
    switch action {
    case .verify:
      return format(
        .complaintResultVerified, complaint.id, weight(complaint.weight),
        complaint.deadlineDay.map(date) ?? self[.detailNone])
    case .assign(let staff, _):
      return format(.complaintResultAssigned, complaint.id, staff)
    case .respond:
      return format(.complaintResultResponded, complaint.id)
    default:
      return format(.complaintResultMoved, complaint.id, complaintState(complaint.state))
    }
  }

  /// Returns the short form of a deadline's status for a list cell: "3 hk", "hari ini",
  /// "!+2 hk".
  func deadlineCell(_ status: DeadlineStatus) -> String {
    switch status {
    case .left(0): return self[.deadlineToday]
    case .left(let days): return format(.deadlineLeftShort, days)
    case .overdue(let days): return format(.deadlineOverdueShort, days)
    }
  }

  /// Returns the long form of a deadline's status for the detail view.
  func deadlineText(_ status: DeadlineStatus) -> String {
    switch status {
    case .left(0): return self[.deadlineTodayLong]
    case .left(let days): return format(.deadlineLeftLong, days)
    case .overdue(let days): return format(.deadlineOverdueLong, days)
    }
  }

  /// Writes a rate in tenths of a percent with one decimal: "66,7%", "66.7%", or "—".
  public func percent(tenths: Int?) -> String {
    guard let tenths else { return self[.detailNone] }
    return decimal(Double(tenths) / 10, digits: 1) + "%"
  }

  /// Returns the excluded states with their counts: "Bukan kewenangan 1, Diarsipkan 0".
  public func excludedStates(_ rate: ResolutionRate) -> String {
    ResolutionRate.excludedStates.map { state in
      "\(complaintState(state)) \(rate.excluded[state] ?? 0)"
    }.joined(separator: ", ")
  }

  /// Returns the month of a period: "Desember 2026".
  public func monthName(_ period: ReportPeriod) -> String {
    periodName(.month(period.first.month, of: period.first.year))
  }
}

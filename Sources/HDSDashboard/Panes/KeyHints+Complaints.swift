import HDSCore

/// The bottom bar of the complaint pane and the complaint detail view.
extension KeyHints {
  /// Returns the action keys legal from the complaint's state that the session may use:
  /// none when read-only, assignment alone for a supervisor.
  static func complaintActions(_ complaint: Complaint?, _ state: DashboardState) -> [Hint] {
    guard let complaint else { return [] }
    return KeyHandler.complaintActionKeys.compactMap { entry in
      guard ComplaintLifecycle.allows(entry.kind, from: complaint.state),
        state.mayMake(entry.kind == .assign ? .complaintAssignment : .complaint)
      else { return nil }
      return (String(entry.key), hintWord(entry.kind))
    }
  }

  static func complaintPane(_ state: DashboardState) -> [Hint] {
    let selected = state.snapshot?.complaintRow(at: state.selected(.complaints))?.complaint
    let intake: [Hint] = state.mayMake(.complaint) ? [("c", .hintNewComplaint)] : []
    return [("Enter", .hintDetail)] + complaintActions(selected, state) + intake
      + [("F", .hintFilter)]
  }

  private static func hintWord(_ kind: ComplaintAction.Kind) -> MessageKey {
    switch kind {
    case .verify: return .hintComplaintVerify
    case .postpone: return .hintComplaintPostpone
    case .notOurAuthority: return .hintComplaintNotOurs
    case .archive: return .hintComplaintArchive
    case .assign: return .hintComplaintAssign
    case .followUp: return .hintComplaintFollowUp
    case .resolve: return .hintComplaintResolve
    case .respond, .log: return .hintComplaintRespond
    }
  }
}

import HDSCore
import HDSTerminal

/// Keys of the complaint pane and the complaint detail view. c logs a new complaint and F
/// filters the pane. An action key opens the note form of its action on the selected
/// complaint, or explains in the bottom bar why the complaint's state does not allow it.
extension KeyHandler {
  /// The action keys, the same in the pane and in the detail view.
  static let complaintActionKeys: [(key: Character, kind: ComplaintAction.Kind)] = [
    ("v", .verify), ("p", .postpone), ("n", .notOurAuthority), ("x", .archive),
    ("a", .assign), ("t", .followUp), ("s", .resolve), ("r", .respond),
  ]

  static func complaintActionKind(_ letter: Character) -> ComplaintAction.Kind? {
    complaintActionKeys.first { $0.key == letter }?.kind
  }

  /// Handles a letter typed while the complaint pane has the focus.
  static func handleComplaintLetter(_ letter: Character, state: inout DashboardState)
    -> [Effect]
  {
    switch letter {
    case "c":
      guard allowsWrite(.complaint, &state) else { return [] }
      state.overlays.append(
        .form(
          FormFactory.complaint(
            nil, calendar: state.calendar, now: state.now, catalog: state.catalog)))
    case "F":
      state.overlays.append(
        .form(
          FormFactory.complaintFilter(
            state.complaintFilter, kecamatan: state.kecamatan, catalog: state.catalog)))
    default:
      guard complaintActionKind(letter) != nil else { return [] }
      guard let row = state.snapshot?.complaintRow(at: state.selected(.complaints)) else {
        state.message = StatusMessage(state.catalog[.errorNoSelection], isError: true)
        return []
      }
      return actOnComplaint(letter, row.complaint, state: &state)
    }
    return []
  }

  /// Handles a key in the complaint detail view: action keys act on its complaint, the
  /// others scroll or close it.
  static func handleComplaintDetail(
    _ key: Key, detail: ComplaintDetail, state: inout DashboardState, layout: Layout?
  ) -> [Effect] {
    if case .character(let letter) = key, complaintActionKind(letter) != nil {
      return actOnComplaint(letter, detail.complaint, state: &state)
    }
    if key == .character("u") {
      // A complaint's step is corrected by the next step, not taken back, so u shows a
      // message instead of doing nothing.
      state.message = StatusMessage(state.catalog[.errorComplaintUndo], isError: true)
      return []
    }
    if key == .character("?") {
      // The complaint pane's keys are the detail's too, and Esc comes back to the detail.
      state.overlayScroll = 0
      state.overlays.append(.help(.pane(.complaints)))
      return []
    }
    return handleInfo(key, state: &state, layout: layout)
  }

  /// Opens the note form of the action on `letter`, or explains in the bottom bar why
  /// the complaint's state does not allow it.
  static func actOnComplaint(
    _ letter: Character, _ complaint: Complaint, state: inout DashboardState
  ) -> [Effect] {
    guard let kind = complaintActionKind(letter),
      allowsWrite(kind == .assign ? .complaintAssignment : .complaint, &state)
    else { return [] }
    guard ComplaintLifecycle.allows(kind, from: complaint.state) else {
      state.message = StatusMessage(
        state.catalog.illegalComplaint(complaint.id, state: complaint.state, action: kind),
        isError: true)
      return []
    }
    state.overlays.append(
      .form(
        FormFactory.complaintAction(
          kind, on: complaint, calendar: state.calendar, catalog: state.catalog)))
    return []
  }

  /// Shows the complaint pane from its top with `filter`.
  static func setComplaintFilter(_ filter: ComplaintFilter, state: inout DashboardState)
    -> [Effect]
  {
    state.complaintFilter = filter
    state.selection[.complaints] = 0
    state.scroll[.complaints] = 0
    return [.setComplaintFilter(filter)]
  }
}

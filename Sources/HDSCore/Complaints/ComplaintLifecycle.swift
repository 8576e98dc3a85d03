/// The complaint state machine: which action is legal in which state, where it leads,
/// and which fields it needs.
///
/// received → verified (or postponed, not our authority, archived) → assigned → in
/// follow-up → resolved. A postponed complaint can still be verified, declared not our
/// authority or archived. Not our authority, archived and resolved are closed: only
/// `respond` is legal there, and it never changes the state.
public enum ComplaintLifecycle {
  /// The maximum length of a note, in characters.
  public static let maximumNoteLength = 1_000

  /// Returns the state after `action`, or throws when the action is not legal in
  /// `state` or lacks a field it needs.
  ///
  /// A note is required for postpone, not our authority, archive, resolve and respond,
  /// because the event is the only record of why. Verify, assign and follow-up accept
  /// an empty note. Assign needs a staff member's name.
  public static func apply(
    _ action: ComplaintAction, toComplaint id: Int64, in state: ComplaintState
  ) throws(ComplaintLifecycleError) -> ComplaintState {
    guard let next = target(of: action.kind, from: state) else {
      throw .illegalTransition(complaint: id, state: state, action: action.kind)
    }
    let note = action.note.trimmingCharacters(in: .whitespacesAndNewlines)
    if note.count > maximumNoteLength {
      throw .noteTooLong(complaint: id, characters: note.count)
    }
    if requiresNote(action.kind), note.isEmpty {
      throw .missingField(complaint: id, action: action.kind, field: .note)
    }
    if case .assign(let staff, _) = action,
      staff.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    {
      throw .missingField(complaint: id, action: .assign, field: .staff)
    }
    return next
  }

  /// Returns whether `kind` is legal from `state`, so that only the keys that work are shown.
  public static func allows(_ kind: ComplaintAction.Kind, from state: ComplaintState) -> Bool {
    target(of: kind, from: state) != nil
  }

  /// Returns the states from which `kind` is legal, in lifecycle order, for messages that
  /// name what an action needs.
  public static func states(allowing kind: ComplaintAction.Kind) -> [ComplaintState] {
    ComplaintState.allCases.filter { allows(kind, from: $0) }
  }

  /// Whether the event of `kind` must have a note.
  public static func requiresNote(_ kind: ComplaintAction.Kind) -> Bool {
    switch kind {
    case .postpone, .notOurAuthority, .archive, .resolve, .respond: return true
    case .log, .verify, .assign, .followUp: return false
    }
  }

  /// Returns the state `kind` leads to from `state`, or nil when the table of legal
  /// transitions has no such move.
  static func target(of kind: ComplaintAction.Kind, from state: ComplaintState)
    -> ComplaintState?
  {
    switch (kind, state) {
    case (.verify, .received), (.verify, .postponed): return .verified
    case (.postpone, .received): return .postponed
    case (.notOurAuthority, .received), (.notOurAuthority, .postponed): return .notOurAuthority
    case (.archive, .received), (.archive, .postponed): return .archived
    case (.assign, .verified), (.assign, .assigned): return .assigned
    case (.followUp, .assigned): return .inFollowUp
    case (.resolve, .inFollowUp): return .resolved
    case (.respond, _): return state
    default: return nil
    }
  }
}

/// The reason the complaint lifecycle rejected an action.
public enum ComplaintLifecycleError: Error, Sendable, Equatable, CustomStringConvertible {
  case illegalTransition(complaint: Int64, state: ComplaintState, action: ComplaintAction.Kind)
  case missingField(complaint: Int64, action: ComplaintAction.Kind, field: Field)
  case noteTooLong(complaint: Int64, characters: Int)

  /// A field an action needs; the raw value is its English name for messages.
  public enum Field: String, Sendable, CaseIterable {
    case note
    case staff = "staff member"
  }

  public var description: String {
    switch self {
    case .illegalTransition(let complaint, let state, let action):
      let allowed = ComplaintLifecycle.states(allowing: action).map(\.rawValue)
      return "complaint \(complaint) is \(state.rawValue); \(action.rawValue) needs"
        + " \(allowed.joined(separator: " or "))"
    case .missingField(let complaint, let action, let field):
      return "complaint \(complaint): \(action.rawValue) needs a \(field.rawValue)"
    case .noteTooLong(let complaint, let characters):
      return "complaint \(complaint): the note has \(characters) characters; shorten it to"
        + " \(ComplaintLifecycle.maximumNoteLength)"
    }
  }
}

/// Something staff do to a complaint. Every action carries the note that its event
/// keeps, and `ComplaintLifecycle.requiresNote(_:)` decides which notes may be empty.
public enum ComplaintAction: Sendable, Equatable {
  /// Confirms that the complaint is the office's to handle: received or postponed →
  /// verified. A weight other than the current one replaces it, and the deadline is
  /// counted again from the day the complaint was received.
  case verify(weight: ComplaintWeight?, note: String)
  /// Puts verification off, for instance until the complainant sends what is missing:
  /// received → postponed.
  case postpone(note: String)
  /// Closes the complaint as another office's matter, which the note names.
  case declareNotOurAuthority(note: String)
  /// Closes the complaint without handling, such as a duplicate or an empty report.
  case archive(note: String)
  /// Gives a verified complaint to a staff member, or to another one.
  case assign(staff: String, note: String)
  /// Records that the assigned staff member has started on it: assigned → in follow-up.
  case followUp(note: String)
  /// Closes the complaint as handled: in follow-up → resolved.
  case resolve(note: String)
  /// Adds a line to the response log (a call back, a message sent) without a state change.
  case respond(note: String)

  /// The action's stable name, stored in event rows and used as a message key.
  public var kind: Kind {
    switch self {
    case .verify: return .verify
    case .postpone: return .postpone
    case .declareNotOurAuthority: return .notOurAuthority
    case .archive: return .archive
    case .assign: return .assign
    case .followUp: return .followUp
    case .resolve: return .resolve
    case .respond: return .respond
    }
  }

  /// The note as entered.
  public var note: String {
    switch self {
    case .verify(_, let note), .postpone(let note), .declareNotOurAuthority(let note),
      .archive(let note), .assign(_, let note), .followUp(let note), .resolve(let note),
      .respond(let note):
      return note
    }
  }

  public enum Kind: String, Sendable, CaseIterable, Codable {
    /// The intake that stored the complaint; not an action staff can apply.
    case log
    case verify
    case postpone
    case notOurAuthority = "not-our-authority"
    case archive
    case assign
    case followUp = "follow-up"
    case resolve
    case respond

    /// The kinds staff can apply, in the order the dashboard offers them.
    public static let applicable: [Kind] = allCases.filter { $0 != .log }
  }
}

/// Something an operator or a courier does to a delivery request.
public enum RequestAction: Sendable, Equatable {
  /// Sends the file to Dukcapil for printing: received → in process.
  case sendToDukcapil
  /// Records that the printed document is at the office: in process → ready.
  case markReady
  /// Gives a ready request to a courier for a day: ready → assigned. Reassigns when the
  /// request is already assigned.
  case assign(courierID: Int64, day: CalendarDay)
  /// Takes an assigned request back from its courier: assigned → ready.
  case unassign
  /// The courier leaves with the document: assigned → out for delivery.
  case dispatch
  /// Hands the document over: out for delivery → delivered, or, for a request returned to
  /// the office, at the counter.
  case deliver(Handover)
  /// Records a failed attempt: out for delivery → ready, or → returned to office when it
  /// was the last allowed attempt.
  case failAttempt(FailureReason, note: String)
  /// Stops the request with a reason: any state before delivery → cancelled.
  case cancel(reason: String)

  /// The action's stable name, stored in event rows and used as a message key.
  public var kind: Kind {
    switch self {
    case .sendToDukcapil: return .sendToDukcapil
    case .markReady: return .markReady
    case .assign: return .assign
    case .unassign: return .unassign
    case .dispatch: return .dispatch
    case .deliver: return .deliver
    case .failAttempt: return .failAttempt
    case .cancel: return .cancel
    }
  }

  public enum Kind: String, Sendable, CaseIterable, Codable {
    case create
    case sendToDukcapil = "send-to-dukcapil"
    case markReady = "mark-ready"
    case assign
    case unassign
    case dispatch
    case deliver
    case failAttempt = "fail-attempt"
    case cancel
    /// A correction of a field; the state stays.
    case correct
    /// A compensating event that takes back the request's latest event.
    case undo
    /// The request's place in its courier's route changed; the state stays.
    case route

    /// Whether an `.undo` event may take back an event of this kind. A creation is
    /// cancelled instead, and a correction, a route change or an undo is corrected again.
    public var isUndoable: Bool {
      switch self {
      case .create, .correct, .undo, .route: return false
      default: return true
      }
    }
  }
}

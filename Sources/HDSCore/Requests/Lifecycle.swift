import Foundation

/// The delivery request state machine: which action is legal in which state, and where it
/// leads.
public struct Lifecycle: Sendable {
  /// Delivery attempts allowed before a request is returned to the office (at least 1).
  public let maxAttempts: Int

  public init(maxAttempts: Int = 2) {
    self.maxAttempts = max(1, maxAttempts)
  }

  /// The result of a legal action.
  public struct Outcome: Sendable, Equatable {
    public let state: RequestState
    /// Failed attempts counted so far, including this action's.
    public let attempts: Int
  }

  /// Returns the state and attempt count after `action`, or throws when the action is
  /// not legal in the request's state or lacks what it needs.
  public func apply(
    _ action: RequestAction, to number: RequestNumber, in state: RequestState, attempts: Int
  ) throws(LifecycleError) -> Outcome {
    guard let next = Lifecycle.target(of: action.kind, from: state) else {
      throw .illegalTransition(request: number, state: state, action: action.kind)
    }
    try validate(action, number: number)

    if case .failAttempt = action {
      let counted = attempts + 1
      return Outcome(state: counted >= maxAttempts ? .returnedToOffice : .ready, attempts: counted)
    }
    return Outcome(state: next, attempts: attempts)
  }

  /// Checks that a courier leaves with a request on the day it is assigned for. A request
  /// assigned for another day, earlier or later, must first be reassigned to `today`, so
  /// that the courier board and the run sheets of both days stay true.
  public static func checkDispatchDay(
    of number: RequestNumber, deliveryDay: CalendarDay?, today: CalendarDay
  ) throws(LifecycleError) {
    guard let deliveryDay, deliveryDay != today else { return }
    throw .notDeliveryDay(request: number, deliveryDay: deliveryDay, today: today)
  }

  /// Whether `kind` is legal from `state`, for showing only the keys that work.
  public static func allows(_ kind: RequestAction.Kind, from state: RequestState) -> Bool {
    target(of: kind, from: state) != nil
  }

  /// The states from which `kind` is legal, in lifecycle order, for messages that name
  /// what an action needs.
  public static func states(allowing kind: RequestAction.Kind) -> [RequestState] {
    RequestState.allCases.filter { allows(kind, from: $0) }
  }

  /// The table of legal transitions. A failed attempt lists ready; `apply` turns it into
  /// returned to office after the last attempt.
  static func target(of kind: RequestAction.Kind, from state: RequestState) -> RequestState? {
    switch (kind, state) {
    case (.sendToDukcapil, .received): return .inProcess
    case (.markReady, .inProcess): return .ready
    case (.assign, .ready), (.assign, .assigned): return .assigned
    case (.unassign, .assigned): return .ready
    case (.dispatch, .assigned): return .outForDelivery
    case (.deliver, .outForDelivery), (.deliver, .returnedToOffice): return .delivered
    case (.failAttempt, .outForDelivery): return .ready
    case (.cancel, _) where !state.isFinal: return .cancelled
    default: return nil
    }
  }

  private func validate(_ action: RequestAction, number: RequestNumber) throws(LifecycleError) {
    switch action {
    case .deliver(let handover):
      if handover.recipientName.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        throw .missingField(request: number, action: .deliver, field: .recipientName)
      }
      if handover.recipientKind != .resident,
        handover.relation.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
      {
        throw .missingField(request: number, action: .deliver, field: .relation)
      }
    case .failAttempt(let reason, let note):
      if reason == .other && note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        throw .missingField(request: number, action: .failAttempt, field: .noteForOther)
      }
    case .cancel(let reason):
      if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
        throw .missingField(request: number, action: .cancel, field: .reason)
      }
    case .sendToDukcapil, .markReady, .assign, .unassign, .dispatch:
      break
    }
  }
}

/// Why the lifecycle rejected an action.
public enum LifecycleError: Error, Sendable, Equatable, CustomStringConvertible {
  case illegalTransition(request: RequestNumber, state: RequestState, action: RequestAction.Kind)
  case missingField(request: RequestNumber, action: RequestAction.Kind, field: Field)
  /// A dispatch on a day other than the one the request is assigned for.
  case notDeliveryDay(request: RequestNumber, deliveryDay: CalendarDay, today: CalendarDay)

  /// A field an action needs; the raw value is its English name for messages.
  public enum Field: String, Sendable, CaseIterable {
    case recipientName = "recipient name"
    case relation = "relation to the resident"
    case noteForOther = "note, because the reason is other"
    case reason
  }

  public var description: String {
    switch self {
    case .illegalTransition(let request, let state, let action):
      return
        "request \(request) is \(state.rawValue); \(action.rawValue) is not possible from there"
    case .missingField(let request, let action, let field):
      return "request \(request): \(action.rawValue) needs a \(field.rawValue)"
    case .notDeliveryDay(let request, let deliveryDay, let today):
      return
        "request \(request) is assigned for \(deliveryDay), not today (\(today)); reassign it"
        + " to today before it goes out"
    }
  }
}

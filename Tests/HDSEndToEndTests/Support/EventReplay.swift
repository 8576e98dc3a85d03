import Foundation
import HDSCore

/// Replays a request's stored events through `Lifecycle` and compares the result with the
/// stored request, so a lost or half-written update shows as a mismatch.
enum EventReplay {
  /// Returns the disagreements between the events of `detail` and its request: empty when
  /// every event starts where the one before ended, every lifecycle step is legal and
  /// leads where the event says, every undo takes back the event just before it, and the
  /// last state, attempt count and version equal the request's.
  ///
  /// A correction or route event must keep the state.
  static func problems(of detail: RequestDetail, maxAttempts: Int) -> [String] {
    let request = detail.request
    let label = "request \(request.number) (id \(request.id))"
    let events = detail.events
    guard let first = events.first, first.action == .create, first.from == nil else {
      return ["\(label): the first event is not its creation"]
    }
    let lifecycle = Lifecycle(maxAttempts: maxAttempts)
    var state = first.to
    var attempts = 0
    // The state and attempts before each event after the creation, for undo.
    var before: [(state: RequestState, attempts: Int)] = []
    var problems: [String] = []

    for (index, event) in events.enumerated().dropFirst() {
      let step = "\(label), event \(index + 1) (\(event.action.rawValue), id \(event.id))"
      if event.from != state {
        problems.append(
          "\(step) starts in \(event.from?.rawValue ?? "nothing"), not in \(state.rawValue)")
      }
      if event.action == .undo {
        guard event.correctsEventID == events[index - 1].id, let previous = before.last else {
          problems.append("\(step) does not undo the event just before it")
          return problems
        }
        before.removeLast()
        (state, attempts) = previous
      } else if let action = action(event) {
        before.append((state, attempts))
        do throws(LifecycleError) {
          let outcome = try lifecycle.apply(
            action, to: request.number, in: state, attempts: attempts)
          (state, attempts) = (outcome.state, outcome.attempts)
        } catch {
          problems.append("\(step) is illegal: \(error)")
          return problems
        }
      } else {
        before.append((state, attempts))
      }
      if event.to != state {
        problems.append("\(step) ends in \(event.to.rawValue); the replay is in \(state.rawValue)")
      }
    }

    if state != request.state {
      problems.append(
        "\(label) is \(request.state.rawValue); its events lead to \(state.rawValue)")
    }
    if attempts != request.attempts {
      problems.append("\(label) has \(request.attempts) attempts; its events count \(attempts)")
    }
    // Creation gives version 1 and every later event adds 1.
    if events.count != request.version {
      problems.append("\(label) is at version \(request.version) with \(events.count) events")
    }
    return problems
  }

  /// Rebuilds the lifecycle action an event recorded, with details that pass the lifecycle's
  /// checks; nil for events outside the lifecycle.
  private static func action(_ event: RequestEvent) -> RequestAction? {
    let detail = EventDetail.parse(event.detail) ?? []
    switch event.action {
    case .sendToDukcapil: return .sendToDukcapil
    case .markReady: return .markReady
    case .assign:
      let courier = detail.first { $0.key == "courier" }.flatMap { Int64($0.value) } ?? 0
      return .assign(courierID: courier, day: CalendarDay(containing: event.time))
    case .unassign: return .unassign
    case .dispatch: return .dispatch
    case .deliver:
      return .deliver(Handover(recipientKind: .resident, recipientName: "replay"))
    case .failAttempt:
      let reason =
        detail.first { $0.key == "reason" }.flatMap { FailureReason(rawValue: $0.value) }
        ?? .other
      return .failAttempt(reason, note: "replay")
    case .cancel: return .cancel(reason: "replay")
    case .create, .correct, .undo, .route: return nil
    }
  }
}

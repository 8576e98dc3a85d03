import Foundation
import HDSCore
import HDSStoreSQL

/// `hds-stress act`: random legal actions on the seeded requests, each reported after
/// its commit.
enum ActionStream {
  /// The share of picks that go to the first `hotRequests` requests, so that processes
  /// often act on the same request at the same moment.
  static let hotShare = 0.3
  static let hotRequests = 10
  /// Picks in a row that may find no action before the run stops, so that the loop
  /// ends. One draw in ten is a phone correction, which any state allows, so a run on a
  /// seeded store does not reach this in practice.
  static let maxIdlePicks = 10_000

  static func run(_ options: StressOptions) throws {
    let directory = try options.requireDataDirectory()
    let store = try options.openStore()
    let actor = Actor.operator(options.user ?? "stress-\(options.seed)")
    var generator = SeededGenerator(seed: options.seed)
    let couriers = try store.couriers(includeInactive: false).map(\.id)
    guard !couriers.isEmpty else {
      throw StressError.failed("the store in \(directory) has no active courier; run seed first")
    }
    var counts = Counts()
    var idlePicks = 0

    while counts.attempted < options.actions {
      let id = Int64(pick(options.requests, &generator))
      let detail = try whenReachable { () throws(StoreError) in try store.requestDetail(id: id) }
      guard let choice = Choice.draw(for: detail, using: &generator) else {
        idlePicks += 1
        if idlePicks >= maxIdlePicks { break }
        continue
      }
      idlePicks = 0
      counts.attempted += 1
      let action = choice.action(couriers: couriers, using: &generator)
      do throws(StoreError) {
        let applied = try perform(action, on: detail, by: actor, store)
        counts.applied += 1
        write("done \(applied.id) \(applied.version) \(action.kindName)\n")
      } catch {
        switch error {
        case .conflict, .notLatestChange, .cannotUndo:
          counts.conflicts += 1
        case .storage(_, .cannotOpen, _):
          // The server was out of reach, and the store reports that nothing was written.
          counts.refused += 1
        case .storage(_, .outcomeUnknown, _):
          // The connection broke during COMMIT: look at the request again, as a user would.
          let after = try whenReachable { () throws(StoreError) in
            try store.requestDetail(id: id)
          }
          let last = after.events.last
          if after.request.version == detail.request.version + 1, last?.user == actor.user,
            last?.action.rawValue == action.kindName
          {
            counts.applied += 1
            write("done \(after.request.id) \(after.request.version) \(action.kindName)\n")
          } else {
            counts.refused += 1
          }
        default:
          counts.errors += 1
          FileHandle.standardError.write(Data("request \(id): \(error)\n".utf8))
        }
      }
    }
    write(
      "summary user=\(actor.user) attempted=\(counts.attempted) applied=\(counts.applied)"
        + " conflicts=\(counts.conflicts) refused=\(counts.refused) errors=\(counts.errors)\n")
  }

  private struct Counts {
    var attempted = 0
    var applied = 0
    /// Actions another process overtook between the read and the write.
    var conflicts = 0
    /// Actions refused while the store's server was out of reach: nothing was written.
    var refused = 0
    /// Any other failure; a sound store has none.
    var errors = 0
  }

  /// Runs `body` until the store's server is back, for up to a minute, because a read
  /// after a server restart waits for the server as an operator would.
  private static func whenReachable<T>(_ body: () throws(StoreError) -> T) throws -> T {
    let deadline = Date().addingTimeInterval(60)
    while true {
      do throws(StoreError) {
        return try body()
      } catch {
        guard case .storage(_, .cannotOpen, _) = error, Date() < deadline else { throw error }
        Thread.sleep(forTimeInterval: 0.1)
      }
    }
  }

  /// Returns a request id from 1 to `count`, from the hot ones `hotShare` of the time.
  private static func pick(_ count: Int, _ generator: inout SeededGenerator) -> Int {
    let hot = min(hotRequests, count)
    if Double.random(in: 0..<1, using: &generator) < hotShare {
      return Int.random(in: 1...hot, using: &generator)
    }
    return Int.random(in: 1...count, using: &generator)
  }

  private static func perform(
    _ action: StressAction, on detail: RequestDetail, by actor: Actor, _ store: SQLStore
  ) throws(StoreError) -> DeliveryRequest {
    switch action {
    case .lifecycle(let action):
      return try store.apply(
        action, to: detail.request.id, expectedVersion: detail.request.version, by: actor,
        at: Date())
    case .undo(let eventID):
      return try store.undo(eventID: eventID, of: detail.request.id, by: actor, at: Date())
    case .correct(var correction):
      // A correction to the stored number is rejected as changing nothing, so a draw that
      // repeats it takes the next number instead.
      if case .phone(let phone?) = correction, phone == detail.request.resident.phone {
        let digits = (Int(phone.e164.suffix(4)) ?? 0) % 9999 + 1
        correction = .phone(try? PhoneNumber("0812-3456-" + String(format: "%04d", digits)))
      }
      return try store.correct(
        correction, of: detail.request.id, expectedVersion: detail.request.version, by: actor,
        at: Date())
    }
  }

  /// Writes `text` with write(2), so that it leaves the process before the next action.
  private static func write(_ text: String) {
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        Foundation.write(1, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      offset += written
    }
  }
}

/// An action the driver applies.
enum StressAction {
  case lifecycle(RequestAction)
  case undo(eventID: Int64)
  case correct(Correction)

  var kindName: String {
    switch self {
    case .lifecycle(let action): return action.kind.rawValue
    case .undo: return RequestAction.Kind.undo.rawValue
    case .correct: return RequestAction.Kind.correct.rawValue
    }
  }
}

/// A kind of action that the request's state allows, before its details are drawn.
enum Choice {
  case lifecycle(RequestAction.Kind)
  case undo(eventID: Int64)
  /// A correction of the resident's phone number, which any state allows.
  case correctPhone

  /// The lifecycle actions the driver draws from; undo and a phone correction come on top.
  static let kinds: [RequestAction.Kind] = [
    .sendToDukcapil, .markReady, .assign, .unassign, .dispatch, .deliver, .failAttempt, .cancel,
  ]

  /// The share of draws that cancel a request whose state allows it, kept low because a
  /// cancellation ends the request's lifecycle.
  static let cancelShare = 0.05
  /// The share of draws that correct the phone number, so that most draws move requests
  /// along their lifecycle.
  static let correctionShare = 0.1

  /// Draws a choice that the request's state, as read, allows; nil when there is none.
  static func draw(for detail: RequestDetail, using generator: inout SeededGenerator) -> Choice? {
    let state = detail.request.state
    if Double.random(in: 0..<1, using: &generator) < correctionShare { return .correctPhone }
    if Lifecycle.allows(.cancel, from: state),
      Double.random(in: 0..<1, using: &generator) < cancelShare
    {
      return .lifecycle(.cancel)
    }
    var choices = kinds.filter { $0 != .cancel && Lifecycle.allows($0, from: state) }
      .map { Choice.lifecycle($0) }
    if let latest = detail.events.last, latest.from != nil,
      ![.create, .undo, .correct, .route].contains(latest.action)
    {
      choices.append(.undo(eventID: latest.id))
    }
    return choices.randomElement(using: &generator)
  }

  /// Draws the details of the action: courier and day, recipient, failure reason.
  func action(couriers: [Int64], using generator: inout SeededGenerator) -> StressAction {
    switch self {
    case .undo(let eventID):
      return .undo(eventID: eventID)
    case .correctPhone:
      let digits = String(format: "%04d", Int.random(in: 1...9999, using: &generator))
      // 0812 and eight more digits make a valid 12-digit mobile number, so the parse succeeds.
      return .correct(.phone(try? PhoneNumber("0812-3456-" + digits)))
    case .lifecycle(let kind):
      return .lifecycle(Self.action(kind, couriers: couriers, using: &generator))
    }
  }

  private static func action(
    _ kind: RequestAction.Kind, couriers: [Int64], using generator: inout SeededGenerator
  ) -> RequestAction {
    switch kind {
    case .sendToDukcapil: return .sendToDukcapil
    case .markReady: return .markReady
    case .unassign: return .unassign
    case .dispatch: return .dispatch
    case .assign:
      let courier = couriers.randomElement(using: &generator) ?? couriers[0]
      // Today only, because a dispatch of a request assigned for another day is rejected,
      // and the stream draws only actions a sound store accepts.
      return .assign(courierID: courier, day: CalendarDay(containing: Date()))
    case .deliver:
      return .deliver(Handover(recipientKind: .resident, recipientName: "Warga Uji"))
    case .failAttempt:
      let reason = FailureReason.allCases.randomElement(using: &generator) ?? .notAtHome
      return .failAttempt(reason, note: reason == .other ? "rumah kosong" : "")
    case .cancel, .create, .correct, .undo, .route:
      return .cancel(reason: "uji beban")
    }
  }
}

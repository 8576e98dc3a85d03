import Foundation
import HDSCore

/// What a write did, for the main queue to show.
struct WriteOutcome: Sendable {
  var message: StatusMessage
  /// The action to offer for undo next; nil leaves the previous one.
  var lastAction: LastAction?
  /// Whether the previous undo offer is void now (it was used, or its request changed).
  var forgetsLastAction = false
  /// The detail of the request written, to refresh an open detail view.
  var detail: RequestDetail?
  /// The detail of the complaint written, to refresh an open complaint view.
  var complaintDetail: ComplaintDetail?
  /// Whether the write acted on several requests.
  var isBulk = false
  /// The message `u` shows for this write when undo cannot take it back; nil when it can.
  var undoRejection: String?
  /// Whether another user changed the request, complaint or courier first. The form that
  /// sent the write then stays closed, because it carries the old copy and would fail again.
  var isConflict = false
}

/// Runs the dashboard's writes on the store queue and words their results. Every write
/// is logged with its request and user, never with a NIK or phone number.
struct WriteRunner: Sendable {
  let store: Store
  /// The user and role recorded on every event.
  let actor: Actor
  let catalog: Catalog
  let log: ActivityLog
  /// Working days with the office's holidays, for complaint deadlines.
  let calendar: WorkingCalendar

  /// The user name the log lines carry.
  var user: String { actor.user }

  func apply(_ action: RequestAction, to target: RequestRef) -> WriteOutcome {
    do throws(StoreError) {
      let request = try store.apply(
        action, to: target.id, expectedVersion: target.version, by: actor, at: Date())
      let detail = try store.requestDetail(id: request.id)
      let courier = detail.courierName
      log.record(
        "\(action.kind.rawValue) request=\(request.number) id=\(request.id) user=\(user)"
          + " state=\(request.state.rawValue)")
      let last = detail.events.last.map {
        LastAction(requestID: request.id, number: request.number, eventID: $0.id, kind: action.kind)
      }
      let text = catalog.describe(
        action, result: request, courierName: courier, maxAttempts: try store.maxAttempts())
      return WriteOutcome(
        message: StatusMessage(text, isError: false), lastAction: last, detail: detail)
    } catch {
      return failure(error, action.kind.rawValue, target)
    }
  }

  /// Applies `action` to each target in turn, each its own transaction; one failure does
  /// not stop the others, and the message names the requests that failed and why the first
  /// of them failed.
  func applyMany(_ action: RequestAction, to targets: [RequestRef]) -> WriteOutcome {
    var failed: [String] = []
    var firstReason: String?
    for target in targets {
      do throws(StoreError) {
        let request = try store.apply(
          action, to: target.id, expectedVersion: target.version, by: actor, at: Date())
        log.record(
          "\(action.kind.rawValue) request=\(request.number) id=\(request.id) user=\(user)"
            + " state=\(request.state.rawValue) bulk")
      } catch {
        log.record(
          "\(action.kind.rawValue) request=\(target.number) user=\(user) bulk failed: \(error)")
        failed.append(target.number.description)
        if firstReason == nil { firstReason = catalog.describe(error) }
      }
    }
    let done = targets.count - failed.count
    let text =
      failed.isEmpty
      ? catalog.format(.resultBulk, done, targets.count)
      : catalog.format(
        .resultBulkFailed, done, targets.count, failed.joined(separator: ", "), firstReason ?? "")
    var outcome = WriteOutcome(
      message: StatusMessage(text, isError: !failed.isEmpty), forgetsLastAction: true)
    outcome.isBulk = true
    return outcome
  }

  func create(_ request: NewRequest) -> WriteOutcome {
    do throws(StoreError) {
      let stored = try store.createRequest(request, by: actor, at: Date())
      log.record("create request=\(stored.number) id=\(stored.id) user=\(user)")
      var outcome = WriteOutcome(
        message: StatusMessage(
          catalog.format(.resultCreate, stored.number, stored.resident.name), isError: false),
        forgetsLastAction: true)
      outcome.undoRejection = catalog.format(.errorCannotUndoCreate, stored.number)
      return outcome
    } catch {
      log.record("create nik=\(request.resident.nik.logForm) user=\(user) failed: \(error)")
      return WriteOutcome(message: StatusMessage(catalog.describe(error), isError: true))
    }
  }

  func correct(_ correction: Correction, of target: RequestRef) -> WriteOutcome {
    do throws(StoreError) {
      let request = try store.correct(
        correction, of: target.id, expectedVersion: target.version, by: actor, at: Date())
      log.record("correct request=\(request.number) field=\(correction.field) user=\(user)")
      let detail = try store.requestDetail(id: request.id)
      let field: MessageKey
      switch correction {
      case .recipient: field = .correctRecipient
      case .address: field = .correctAddress
      case .residentName: field = .correctName
      case .phone: field = .correctPhone
      case .kk: field = .correctKk
      }
      var outcome = WriteOutcome(
        message: StatusMessage(
          catalog.format(.resultCorrect, request.number, catalog[field]), isError: false),
        forgetsLastAction: true, detail: detail)
      outcome.undoRejection = catalog.format(
        .errorCannotUndo, catalog.action(.correct), request.number)
      return outcome
    } catch {
      return failure(error, "correct", target)
    }
  }

  func undo(_ action: LastAction) -> WriteOutcome {
    do throws(StoreError) {
      let request = try store.undo(
        eventID: action.eventID, of: action.requestID, by: actor, at: Date())
      log.record("undo request=\(request.number) event=\(action.eventID) user=\(user)")
      return WriteOutcome(
        message: StatusMessage(
          catalog.format(.resultUndo, request.number, catalog.action(action.kind)), isError: false),
        forgetsLastAction: true, detail: try store.requestDetail(id: request.id))
    } catch {
      log.record("undo request=\(action.number) user=\(user) failed: \(error)")
      var outcome = WriteOutcome(message: StatusMessage(catalog.describe(error), isError: true))
      outcome.forgetsLastAction = true
      return outcome
    }
  }

  /// Stores a plan; with `savedRouteOf`, a single route reordered in the route view.
  func acceptPlan(_ plan: DispatchPlan, savedRouteOf courierName: String? = nil) -> WriteOutcome {
    do throws(StoreError) {
      let changes = try store.acceptPlan(plan, by: actor, at: Date())
      log.record(
        "plan day=\(plan.day) assigned=\(changes.assigned) reassigned=\(changes.reassigned)"
          + " reordered=\(changes.reordered) unchanged=\(changes.unchanged)"
          + " couriers=\(changes.couriers.count) user=\(user)")
      let text =
        courierName.map { catalog.format(.routeSaved, $0) } ?? catalog.describe(changes)
      return WriteOutcome(message: StatusMessage(text, isError: false), forgetsLastAction: true)
    } catch {
      log.record("plan day=\(plan.day) user=\(user) failed: \(error)")
      // The whole plan was rolled back; say so, not only which request was stale.
      if case .conflict(let request, _, _) = error {
        return WriteOutcome(
          message: StatusMessage(catalog.format(.planStale, request), isError: true))
      }
      return WriteOutcome(message: StatusMessage(catalog.describe(error), isError: true))
    }
  }

  func addCourier(_ courier: NewCourier) -> WriteOutcome {
    do throws(StoreError) {
      let stored = try store.addCourier(courier, by: actor, at: Date())
      log.record("courier add id=\(stored.id) user=\(user)")
      return WriteOutcome(
        message: StatusMessage(catalog.format(.resultCourierAdded, stored.name), isError: false))
    } catch {
      log.record("courier add user=\(user) failed: \(error)")
      return WriteOutcome(message: StatusMessage(catalog.describe(error), isError: true))
    }
  }

  func updateCourier(_ id: Int64, _ update: CourierUpdate) -> WriteOutcome {
    do throws(StoreError) {
      let stored = try store.updateCourier(id: id, update, by: actor, at: Date())
      log.record("courier update id=\(id) user=\(user)")
      return WriteOutcome(
        message: StatusMessage(catalog.format(.resultCourierUpdated, stored.name), isError: false))
    } catch {
      log.record("courier update id=\(id) user=\(user) failed: \(error)")
      var outcome = WriteOutcome(message: StatusMessage(catalog.describe(error), isError: true))
      if case .courierConflict = error { outcome.isConflict = true }
      return outcome
    }
  }

  private func failure(_ error: StoreError, _ action: String, _ target: RequestRef) -> WriteOutcome
  {
    log.record("\(action) request=\(target.number) user=\(user) failed: \(error)")
    var outcome = WriteOutcome(
      message: StatusMessage(catalog.describe(error), isError: true),
      detail: try? store.requestDetail(id: target.id))
    if case .conflict = error { outcome.isConflict = true }
    return outcome
  }
}

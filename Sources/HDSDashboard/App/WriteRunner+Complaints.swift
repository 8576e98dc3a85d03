import Foundation
import HDSCore

/// The complaint writes: intake and each action, logged with the complaint id and the
/// user, never with a NIK or phone number.
extension WriteRunner {
  func logComplaint(_ complaint: NewComplaint) -> WriteOutcome {
    do throws(StoreError) {
      let stored = try store.logComplaint(complaint, calendar: calendar, by: actor, at: Date())
      log.record(
        "complaint log id=\(stored.id) request=\(stored.requestID.map(String.init) ?? "-")"
          + " user=\(user)")
      let detail = try stored.requestID.map { (id) throws(StoreError) in
        try store.requestDetail(id: id)
      }
      let text =
        catalog.format(.resultComplaint, stored.id) + " "
        + catalog.format(.complaintDeadlineSet, catalog.date(stored.deadline(in: calendar)))
      return WriteOutcome(message: StatusMessage(text, isError: false), detail: detail)
    } catch {
      log.record("complaint log user=\(user) failed: \(error)")
      return WriteOutcome(message: StatusMessage(catalog.describe(error), isError: true))
    }
  }

  func applyComplaint(_ action: ComplaintAction, to target: Complaint) -> WriteOutcome {
    do throws(StoreError) {
      let stored = try store.apply(
        action, toComplaint: target.id, expectedVersion: target.version, calendar: calendar,
        by: actor, at: Date())
      log.record(
        "complaint \(action.kind.rawValue) id=\(stored.id) user=\(user)"
          + " state=\(stored.state.rawValue)")
      var outcome = WriteOutcome(
        message: StatusMessage(catalog.describe(action, result: stored), isError: false))
      outcome.complaintDetail = try store.complaintDetail(id: stored.id)
      return outcome
    } catch {
      log.record("complaint \(action.kind.rawValue) id=\(target.id) user=\(user) failed: \(error)")
      var outcome = WriteOutcome(message: StatusMessage(catalog.describe(error), isError: true))
      outcome.complaintDetail = try? store.complaintDetail(id: target.id)
      if case .complaintConflict = error { outcome.isConflict = true }
      return outcome
    }
  }
}

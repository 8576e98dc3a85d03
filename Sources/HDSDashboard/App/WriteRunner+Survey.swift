import Foundation
import HDSCore

extension WriteRunner {
  /// Stores a survey response from the form and refreshes the request's detail.
  func recordSurvey(_ response: NewSurveyResponse, of target: RequestRef, replacing: Bool)
    -> WriteOutcome
  {
    let action = replacing ? "replace" : "record"
    do throws(StoreError) {
      let stored = try store.recordSurveyResponse(
        response, replacing: replacing, by: actor, at: Date())
      log.record(
        "survey \(action) request=\(target.number) id=\(target.id) survey=\(stored.id)"
          + " user=\(user)")
      let key: MessageKey = replacing ? .resultSurveyReplaced : .resultSurveyRecorded
      // Undo cannot take back a survey, and offering the action before it would skip it.
      return WriteOutcome(
        message: StatusMessage(catalog.format(key, target.number), isError: false),
        forgetsLastAction: true, detail: try store.requestDetail(id: target.id))
    } catch {
      log.record("survey \(action) request=\(target.number) user=\(user) failed: \(error)")
      return WriteOutcome(
        message: StatusMessage(catalog.describe(error), isError: true),
        detail: try? store.requestDetail(id: target.id))
    }
  }
}

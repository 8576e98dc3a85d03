// The import of a survey file: a plan that checks each row against the store with the
// rules of `recordSurveyResponse`, then storing the planned rows in the same write
// transaction. A dry run, and an import that finds an invalid row without skipping,
// stop after the plan and write nothing.

import Foundation
import HDSCore

/// The import's step for one row.
private enum SurveyImportStep {
  case record(SurveyTarget)
  case unchanged
  case invalid(PrintListProblem)
}

extension SQLStore {
  public func importSurveyResponses(
    _ rows: [SurveyImportRow], by actor: Actor, at time: Date, dryRun: Bool, skipInvalid: Bool
  ) throws(StoreError) -> SurveyImport {
    try actor.require(.importList)
    let today = CalendarDay(containing: time)
    if dryRun {
      return try read { (connection) throws(StoreError) -> SurveyImport in
        summarise(rows, try planSurveyImport(rows, today: today, StatementCache(connection)))
      }
    }
    return try write { (connection) throws(StoreError) -> SurveyImport in
      let statements = StatementCache(connection)
      let steps = try planSurveyImport(rows, today: today, statements)
      var result = summarise(rows, steps)
      guard result.invalid.isEmpty || skipInvalid else { return result }
      for (row, step) in zip(rows, steps) {
        guard case .record(let target) = step else { continue }
        _ = try storeSurvey(
          NewSurveyResponse(
            requestID: target.requestID, answeredOn: row.answeredOn, response: row.response,
            source: .csvImport),
          for: target, by: actor, at: time, statements)
      }
      result.isWritten = true
      return result
    }
  }

  private func planSurveyImport(
    _ rows: [SurveyImportRow], today: CalendarDay, _ statements: StatementCache
  ) throws(StoreError) -> [SurveyImportStep] {
    var steps: [SurveyImportStep] = []
    steps.reserveCapacity(rows.count)
    for row in rows {
      let number = row.requestNumber
      let target = try surveyTarget(
        Self.surveyTargetByNumberSQL, [.integer(number.year), .integer(number.serial)],
        statements)
      guard let target else {
        steps.append(.invalid(problem(row, .requestNotFound(number, .survey))))
        continue
      }
      if let existing = target.existing, existing.answeredOn == row.answeredOn,
        existing.response == row.response
      {
        steps.append(.unchanged)
        continue
      }
      let response = NewSurveyResponse(
        requestID: target.requestID, answeredOn: row.answeredOn, response: row.response,
        source: .csvImport)
      do throws(SurveyRejection) {
        try Self.check(response, for: target, replacing: false, today: today)
        steps.append(.record(target))
      } catch {
        steps.append(.invalid(problem(row, .surveyRejected(error))))
      }
    }
    return steps
  }

  /// Returns the problem of `row`, whose request the store cannot give a response. The
  /// column is the request number's first accepted name, because the store does not see
  /// the file's header.
  private func problem(_ row: SurveyImportRow, _ kind: ImportProblem) -> PrintListProblem {
    PrintListProblem(
      line: row.line, column: SurveyColumn.requestNumber.acceptedNames[0],
      value: row.requestNumber.description, kind: kind)
  }

  private func summarise(_ rows: [SurveyImportRow], _ steps: [SurveyImportStep]) -> SurveyImport {
    var result = SurveyImport()
    for (row, step) in zip(rows, steps) {
      switch step {
      case .record: result.recorded.append(row.requestNumber)
      case .unchanged: result.unchanged += 1
      case .invalid(let problem): result.invalid.append(problem)
      }
    }
    return result
  }
}

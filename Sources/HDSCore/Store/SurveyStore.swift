import Foundation

/// The satisfaction survey (SKM): questionnaires tied to delivered requests, and the
/// index (IKM) of a period.
public protocol SurveyStore: AnyObject, Sendable {
  /// Stores the response of a delivered request as one transaction with a `record`
  /// event, or with `replacing`, takes the place of its stored response with a `replace`
  /// event that keeps the old answers.
  ///
  /// Throws `.notFound` for an unknown request and `.survey` when the request is not
  /// delivered, already has a response (without `replacing`) or has none to replace, the
  /// answered day is before the delivery day or after the WIB day of `time`, or every
  /// answer is blank. A rejection writes nothing.
  func recordSurveyResponse(
    _ response: NewSurveyResponse, replacing: Bool, by actor: Actor, at time: Date
  ) throws(StoreError) -> SurveyRecord

  /// Returns the stored response of the request, or nil when it has none.
  func surveyResponse(ofRequest requestID: Int64) throws(StoreError) -> SurveyRecord?

  /// Computes the index of the responses answered in `period`, aggregated in the store,
  /// with the residents served in the period as the population the sample must reach.
  ///
  /// Complexity: O(responses answered and deliveries in the period), through indexes.
  func satisfaction(in period: ReportPeriod) throws(StoreError) -> PeriodSatisfaction

  /// Checks every row against the store and stores the new responses in one transaction,
  /// each with a `record` event marked as imported.
  ///
  /// A row whose request already has this exact response is unchanged, so importing the
  /// same file again changes nothing. A row the store cannot take is listed in
  /// `invalid`; then nothing is written unless `skipInvalid`, which stores the other rows.
  /// With `dryRun`, reports the same and writes nothing.
  func importSurveyResponses(
    _ rows: [SurveyImportRow], by actor: Actor, at time: Date, dryRun: Bool, skipInvalid: Bool
  ) throws(StoreError) -> SurveyImport
}

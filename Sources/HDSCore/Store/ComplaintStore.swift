import Foundation

/// The complaint workflow: intake, state changes with notes, the response log, lists
/// by deadline and the resolution rate of a period.
///
/// Commands take the working calendar that counts deadlines, because holidays are the
/// office's lists, not the store's. Each command is one transaction that writes the
/// complaint and one `complaint_event` with its note.
public protocol ComplaintStore: AnyObject, Sendable {
  // MARK: Commands

  /// Stores a complaint in state received, version 1, with a `log` event. Its deadline is
  /// `weight.deadlineWorkingDays` working days of `calendar` after the WIB day of `time`.
  ///
  /// The linked request may be given by id or by number, and the resident by NIK; the
  /// resident and desa come from the request, else from the resident. Throws `.invalid`
  /// for a missing field, `.complaintIntake` for an unknown request number or NIK or a
  /// NIK that is not the request's resident, and `.notFound` for an unknown request id.
  func logComplaint(
    _ complaint: NewComplaint, calendar: WorkingCalendar, by actor: Actor, at time: Date
  ) throws(StoreError) -> Complaint

  /// Applies `action` as one transaction: reads the complaint inside it, checks
  /// `expectedVersion` and the lifecycle, then writes the state, version + 1 and one
  /// event with the note. A verification that changes the weight counts the deadline again
  /// in `calendar` from the day the complaint was received.
  ///
  /// Throws `.notFound` for an unknown complaint, `.complaintConflict` naming the current
  /// state when the version differs, and `.complaintRejected` for an illegal action or a
  /// missing note or staff member. Nothing is written when it throws.
  func apply(
    _ action: ComplaintAction, toComplaint id: Int64, expectedVersion: Int?,
    calendar: WorkingCalendar, by actor: Actor, at time: Date
  ) throws(StoreError) -> Complaint

  // MARK: Queries

  /// Returns a page of the complaints `filter` selects: open ones first by deadline
  /// (ties by id), then closed ones, last closed first.
  func complaints(_ filter: ComplaintFilter, offset: Int, limit: Int) throws(StoreError)
    -> Page<ComplaintRow>

  /// Returns the complaint with its events, oldest first, and the linked request's
  /// whole history. Throws `.notFound` for an unknown id.
  func complaintDetail(id: Int64) throws(StoreError) -> ComplaintDetail

  /// Counts the complaints received in `period` by their state at its end, as
  /// `ResolutionRate` defines.
  func resolutionRate(for period: ReportPeriod) throws(StoreError) -> ResolutionRate
}

extension ComplaintStore {
  /// Returns a page of every complaint, in the order of `complaints(_:offset:limit:)`.
  public func complaints(offset: Int, limit: Int) throws(StoreError) -> Page<ComplaintRow> {
    try complaints(.all, offset: offset, limit: limit)
  }
}

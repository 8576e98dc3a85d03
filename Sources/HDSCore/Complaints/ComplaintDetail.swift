import Foundation

/// One change of a complaint, or one line of its response log.
public struct ComplaintEvent: Sendable, Equatable, Identifiable {
  public let id: Int64
  public let complaintID: Int64
  public let time: Date
  /// The OS user who made the change.
  public let user: String
  public let action: ComplaintAction.Kind
  /// Nil for the intake event.
  public let from: ComplaintState?
  public let to: ComplaintState
  /// Key=value pairs in the `EventDetail` format: the intake fields, a changed weight and
  /// deadline, the staff member assigned.
  public let detail: String
  public let note: String

  public init(
    id: Int64, complaintID: Int64, time: Date, user: String, action: ComplaintAction.Kind,
    from: ComplaintState?, to: ComplaintState, detail: String, note: String
  ) {
    self.id = id
    self.complaintID = complaintID
    self.time = time
    self.user = user
    self.action = action
    self.from = from
    self.to = to
    self.detail = detail
    self.note = note
  }

  /// Whether the event is a line of the response log: a `respond` entry, which keeps the
  /// state.
  public var isResponse: Bool { action == .respond }
}

/// Everything the complaint detail view shows.
public struct ComplaintDetail: Sendable, Equatable {
  public let complaint: Complaint
  /// The linked request's number, when a request is linked.
  public let requestNumber: RequestNumber?
  /// The resident's name, when a resident is linked.
  public let residentName: String?
  /// Every event, oldest first; the response log is the `isResponse` ones.
  public let events: [ComplaintEvent]
  /// The linked request with its whole history, read in the same snapshot.
  public let request: RequestDetail?

  public init(
    complaint: Complaint, requestNumber: RequestNumber?, residentName: String?,
    events: [ComplaintEvent], request: RequestDetail?
  ) {
    self.complaint = complaint
    self.requestNumber = requestNumber
    self.residentName = residentName
    self.events = events
    self.request = request
  }

  /// The row the complaint list would show for it.
  public var row: ComplaintRow { ComplaintRow(complaint: complaint, requestNumber: requestNumber) }
}

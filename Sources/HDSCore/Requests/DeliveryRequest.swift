import Foundation

/// A resident's document on its way from application to their hands.
public struct DeliveryRequest: Sendable, Equatable, Identifiable {
  /// The store's row id; `number` is what people read.
  public let id: Int64
  public let number: RequestNumber
  public var resident: Resident
  public var document: DocumentKind
  public var state: RequestState
  /// Failed delivery attempts so far.
  public var attempts: Int
  public var courierID: Int64?
  /// The day the courier is to deliver, set by assign.
  public var deliveryDay: CalendarDay?
  public var receivedAt: Date
  /// When the document became ready at the office; nil before it was printed.
  public var readyAt: Date?
  public var deliveredAt: Date?
  public var note: String
  /// What the counter checked at application.
  public var requirements: RequirementCheck
  /// For a KTP-el: a replacement of an earlier card, which is taken back at handover.
  public var isReplacement: Bool
  /// Created from a print list without an application here; the operator must complete
  /// the resident's details.
  public var needsCompletion: Bool
  /// The day Dukcapil printed the document, from its print list.
  public var printedOn: CalendarDay?
  /// Who received the document, as last recorded or corrected; nil before delivery.
  public var handover: Handover?
  /// Increases with every change, for optimistic checks by callers that showed a stale copy.
  public var version: Int

  public init(
    id: Int64, number: RequestNumber, resident: Resident, document: DocumentKind,
    state: RequestState, attempts: Int, courierID: Int64?, deliveryDay: CalendarDay?,
    receivedAt: Date, readyAt: Date?, deliveredAt: Date?, note: String, version: Int,
    requirements: RequirementCheck = RequirementCheck(), isReplacement: Bool = false,
    needsCompletion: Bool = false, printedOn: CalendarDay? = nil, handover: Handover? = nil
  ) {
    self.id = id
    self.number = number
    self.resident = resident
    self.document = document
    self.state = state
    self.attempts = attempts
    self.courierID = courierID
    self.deliveryDay = deliveryDay
    self.receivedAt = receivedAt
    self.readyAt = readyAt
    self.deliveredAt = deliveredAt
    self.note = note
    self.version = version
    self.requirements = requirements
    self.isReplacement = isReplacement
    self.needsCompletion = needsCompletion
    self.printedOn = printedOn
    self.handover = handover
  }
}

/// The fields of a request not yet stored.
public struct NewRequest: Sendable, Equatable {
  public var resident: Resident
  public var document: DocumentKind
  public var note: String
  public var requirements: RequirementCheck
  /// For a KTP-el: a replacement of an earlier card.
  public var isReplacement: Bool

  public init(
    resident: Resident, document: DocumentKind, note: String = "",
    requirements: RequirementCheck = RequirementCheck(), isReplacement: Bool = false
  ) {
    self.resident = resident
    self.document = document
    self.note = note
    self.requirements = requirements
    self.isReplacement = isReplacement
  }
}

/// One change in a request's history.
public struct RequestEvent: Sendable, Equatable, Identifiable {
  public let id: Int64
  public let requestID: Int64
  public let time: Date
  /// The OS user who made the change.
  public let user: String
  public let action: RequestAction.Kind
  /// Nil for the event that created the request.
  public let from: RequestState?
  public let to: RequestState
  /// The reason or details as entered: failure reason and note, recipient, courier.
  public let detail: String
  /// The event this one corrects or undoes, for `.correct` and `.undo`.
  public let correctsEventID: Int64?

  public init(
    id: Int64, requestID: Int64, time: Date, user: String, action: RequestAction.Kind,
    from: RequestState?, to: RequestState, detail: String, correctsEventID: Int64? = nil
  ) {
    self.id = id
    self.requestID = requestID
    self.time = time
    self.user = user
    self.action = action
    self.from = from
    self.to = to
    self.detail = detail
    self.correctsEventID = correctsEventID
  }
}

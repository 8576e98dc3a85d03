/// A request event as the event export writes it: the event with the number of its
/// request and the courier the event row names.
public struct EventRecord: Sendable, Equatable {
  public let event: RequestEvent
  public let requestNumber: RequestNumber
  /// The courier of an assign, dispatch, deliver, fail-attempt or cancel event, if any.
  public let courierID: Int64?
  /// The role its user acted in (a `Role` raw value); nil for events written before
  /// the store recorded roles.
  public let role: String?

  public init(
    event: RequestEvent, requestNumber: RequestNumber, courierID: Int64?, role: String? = nil
  ) {
    self.event = event
    self.requestNumber = requestNumber
    self.courierID = courierID
    self.role = role
  }
}

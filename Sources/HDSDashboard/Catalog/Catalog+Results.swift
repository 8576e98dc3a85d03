import HDSCore

extension Catalog {
  /// The message for a store error, in the interface language.
  public func describe(_ error: StoreError) -> String {
    switch error {
    case .rejected(.illegalTransition(let request, let state, let action)):
      return format(.errorIllegal, request, self.state(state), self.action(action))
    case .rejected(.missingField(let request, _, let field)):
      return format(.errorMissingField, request, field)
    case .conflict(let request, _, let current):
      return format(.errorConflict, request, self.state(current))
    case .readOnly:
      return self[.errorReadOnly]
    default:
      return format(.errorStore, error.description)
    }
  }

  /// The message confirming a successful action on `request`.
  public func describe(
    _ action: RequestAction, result request: DeliveryRequest, courierName: String?, maxAttempts: Int
  ) -> String {
    let number = request.number
    switch action {
    case .assign(_, let day):
      return format(.resultAssign, number, courierName ?? "?", date(day))
    case .unassign:
      return format(.resultUnassign, number)
    case .dispatch:
      return format(.resultDispatch, number)
    case .deliver(let handover):
      let relation = handover.relation.isEmpty ? "" : " (\(handover.relation))"
      return format(.resultDeliver, number, handover.recipientName + relation)
    case .failAttempt(let reason, _):
      if request.state == .returnedToOffice {
        return format(.resultFailReturned, number, self.reason(reason), maxAttempts)
      }
      return format(.resultFail, number, self.reason(reason), request.attempts)
    case .cancel:
      return format(.resultCancel, number)
    case .sendToDukcapil, .markReady:
      return "\(number): \(self.action(action.kind))"
    }
  }
}

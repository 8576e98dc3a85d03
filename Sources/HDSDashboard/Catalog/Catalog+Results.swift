import Foundation
import HDSCore

extension Catalog {
  /// "Peran pengawas tidak boleh mengubah permohonan. Minta pengguna berperan operator."
  public func mayNot(_ role: Role, _ change: Change) -> String {
    let allowed = Role.allCases.filter { $0.may(change) }.map { self.role($0) }
    let names =
      allowed.count > 1
      ? allowed.dropLast().joined(separator: ", ") + self[.errorOr] + allowed[allowed.count - 1]
      : allowed.joined()
    return format(.errorRoleMayNot, self.role(role), label("change.", change.rawValue), names)
  }

  /// Returns the message for a store error, in the interface language.
  public func describe(_ error: StoreError) -> String {
    switch error {
    case .rejected(.illegalTransition(let request, let state, let action)):
      return illegal(request, state: state, action: action)
    case .rejected(.missingField(let request, _, let field)):
      return format(.errorMissingField, request, self.field(field))
    case .rejected(.notDeliveryDay(let request, let deliveryDay, _)):
      return format(
        .errorNotDeliveryDay, request, "\(weekday(deliveryDay)), \(date(deliveryDay))")
    case .conflict(let request, _, let current):
      return format(.errorConflict, request, self.state(current))
    case .readOnly:
      return self[.errorReadOnly]
    case .forbidden(let role, let change):
      return mayNot(role, change)
    case .duplicate(let existing, let document):
      return format(.errorDuplicate, document.shortName, existing)
    case .handoverInFuture(let request):
      return format(.errorHandoverInFuture, request)
    case .handoverBeforeDispatch(let request):
      return format(.errorHandoverBeforeDispatch, request)
    case .needsCompletion(let request):
      return format(.errorNeedsCompletion, request)
    case .inactiveCourier(let name):
      return format(.errorInactiveCourier, name)
    case .courierConflict(let name, _):
      return format(.errorCourierConflict, name)
    case .notLatestChange(let request):
      return format(.errorNotLatestChange, request)
    case .cannotUndo(let request, let action):
      return format(.errorCannotUndo, self.action(action), request)
    case .complaintRejected, .complaintConflict, .complaintIntake:
      return describeComplaintError(error)
    case .survey(let rejection):
      return describe(rejection)
    case .storage(let path, let failure, _):
      return describe(failure, path: path)
    default:
      return format(.errorStore, error.description)
    }
  }

  /// Words what accepting a plan changed, leaving out the kinds of change that did not happen.
  public func describe(_ changes: PlanChanges) -> String {
    guard !changes.isEmpty else { return self[.planAcceptedNothing] }
    let counts: [(Int, MessageKey)] = [
      (changes.assigned, .planChangeAssigned), (changes.reassigned, .planChangeReassigned),
      (changes.reordered, .planChangeReordered),
    ]
    let parts = counts.filter { $0.0 > 0 }.map { format($0.1, $0.0) }
    return format(.planAccepted, parts.joined(separator: ", "), changes.couriers.count)
  }

  /// Says that `action` is not possible in `state` and which states it needs.
  public func illegal(_ request: RequestNumber, state: RequestState, action: RequestAction.Kind)
    -> String
  {
    let allowed = Lifecycle.states(allowing: action).map { self.state($0) }
    let list =
      allowed.count > 1
      ? allowed.dropLast().joined(separator: ", ") + self[.errorOr] + allowed[allowed.count - 1]
      : allowed.first ?? ""
    return format(.errorIllegal, request, self.state(state), self.action(action), list)
  }

  /// Returns why a NIK is invalid, in the interface language.
  public func describe(_ error: NIKError) -> String {
    switch error {
    case .notDigits: return self[.nikNotDigits]
    case .wrongLength(_, let digits): return format(.nikLength, digits)
    case .zeroRegion(_, let part): return format(.nikZeroRegion, regionName(part))
    case .zeroSerial: return self[.nikZeroSerial]
    case .impossibleDate(_, let day, let month, let yearDigits):
      return format(.nikDate, day, month, String(format: "%02d", yearDigits))
    }
  }

  /// Returns why a phone number is invalid, in the interface language.
  public func describe(_ error: PhoneNumberError) -> String {
    switch error {
    case .notDigits: return self[.phoneNotDigits]
    case .missingPrefix: return self[.phoneMissingPrefix]
    case .zeroAfterCountryCode: return self[.phoneZeroAfter62]
    case .wrongLength(_, let digits): return format(.phoneLength, digits)
    }
  }

  /// Returns why a KK number is invalid, in the interface language.
  public func describe(_ error: KKNumberError) -> String {
    switch error {
    case .notDigits: return self[.kkNotDigits]
    case .wrongLength(_, let digits): return format(.kkLength, digits)
    case .zeroRegion(_, let part): return format(.nikZeroRegion, regionName(part))
    }
  }

  /// Returns the name of a part of a NIK's or KK number's region code.
  private func regionName(_ part: NIKError.RegionPart) -> String {
    switch part {
    case .province: return self[.regionProvince]
    case .kabupaten: return self[.regionKabupaten]
    case .kecamatan: return self[.regionKecamatan]
    }
  }

  /// Returns the form label of a field the lifecycle requires.
  public func field(_ field: LifecycleError.Field) -> String {
    switch field {
    case .recipientName: return self[.fieldRecipientName]
    case .relation: return self[.fieldRelation]
    case .noteForOther: return self[.fieldNote]
    case .reason: return self[.fieldReason]
    }
  }

  /// Returns the message confirming a successful action on `request`.
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
    case .sendToDukcapil:
      return format(.resultSend, number)
    case .markReady:
      return format(.resultReady, number)
    }
  }
}

// Corrections and undo: new events that fix or take back earlier ones. No event row is
// ever changed or deleted.

import Foundation
import HDSCore

extension SQLStore {
  // MARK: Corrections

  /// Applies `correction` with a `.correct` event whose detail names the field, the old
  /// and the new value, and whose `corrects_event_id` is the event that recorded the
  /// value: the handover for a recipient, the creation for the resident's details.
  ///
  /// A resident's name, phone and address are the resident's, so correcting them changes
  /// them for every request of that resident. The event is written on this request.
  /// Throws `.invalid` for a recipient on a request that is not delivered, or an address
  /// outside the kecamatan's desa, dusun, RW and RT.
  public func correct(
    _ correction: Correction, of requestID: Int64, expectedVersion: Int?, by actor: Actor,
    at time: Date
  ) throws(StoreError) -> DeliveryRequest {
    try actor.require(.request)
    return try write { (connection) throws(StoreError) -> DeliveryRequest in
      let current = try loadRequest(connection, id: requestID)
      if let expectedVersion, expectedVersion != current.version {
        throw .conflict(
          request: current.number, expectedVersion: expectedVersion, current: current.state)
      }
      let events = try connection.rows(
        Self.eventsOfRequestSQL, [.integer(requestID)],
        context: "reading the events of request \(current.number)", decoder.decodeEvent)

      let corrected: Int64?
      var pairs: [(key: String, value: String?)] = [("field", correction.field)]
      switch correction {
      case .recipient(let handover):
        guard current.state == .delivered else {
          throw .invalid(
            "request \(current.number) is \(current.state.rawValue); only a delivered request"
              + " has a recipient to correct")
        }
        try requireRecipient(handover, of: current)
        try requireChange(current.handover != handover, "recipient", of: current)
        corrected = events.last { $0.action == .deliver }?.id
        pairs += recipientPairs(current.handover, prefix: "old-")
        pairs += recipientPairs(handover, prefix: "")
        var change = unchanged(current)
        change.handover = handover
        try update(connection, current, to: change)
      case .address(let address):
        try requireKnownAddress(address, in: try readKecamatan(connection))
        try requireChange(current.resident.address != address, "address", of: current)
        corrected = events.first?.id
        pairs += [
          ("old", describe(current.resident.address)), ("new", describe(address)),
        ]
        try updateResident(
          connection, current, set: "desa_code = ?2, dusun = ?3, rw = ?4, rt = ?5, street = ?6",
          [
            .text(address.desaCode), .text(address.dusun), .integer(address.rw),
            .integer(address.rt), .text(address.street),
          ])
      case .residentName(let name):
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
          throw .invalid(
            "the corrected name of request \(current.number) is empty; enter the name as on"
              + " the KTP-el")
        }
        try requireChange(current.resident.name != trimmed, "name", of: current)
        corrected = events.first?.id
        pairs += [("old", current.resident.name), ("new", trimmed)]
        try updateResident(connection, current, set: "name = ?2", [.text(trimmed)])
      case .phone(let phone):
        try requireChange(current.resident.phone != phone, "phone number", of: current)
        corrected = events.first?.id
        // Only the last digits go into the event, as in logs: the full number is on the
        // resident row.
        pairs += [
          ("old", current.resident.phone.map(\.shortened)), ("new", phone.map(\.shortened)),
        ]
        try updateResident(connection, current, set: "phone = ?2", [.optionalText(phone?.e164)])
      case .kk(let kk):
        try Self.requireEnteredKK(kk, of: "request \(current.number)")
        try requireChange(current.resident.kk != kk, "KK number", of: current)
        corrected = events.first?.id
        pairs += [("old", current.resident.kk.masked), ("new", kk.masked)]
        try updateResident(connection, current, set: "kk = ?2", [.text(kk.digits)])
      }
      if try completeIfReady(connection, requestID: requestID) {
        pairs.append(("completed", "yes"))
      }

      try insertEvent(
        connection, requestID: requestID, time: time, actor: actor, action: .correct,
        from: current.state, to: current.state, detail: EventDetail.format(pairs),
        courierID: nil, correctsEventID: corrected)
      return try loadRequest(connection, id: requestID)
    }
  }

  /// Throws `.invalid` unless `changed`: a correction to the value already stored would
  /// record an event that changes nothing.
  private func requireChange(_ changed: Bool, _ field: String, of request: DeliveryRequest)
    throws(StoreError)
  {
    guard !changed else { return }
    throw .invalid(
      "the \(field) of request \(request.number) is already the one entered, so there is"
        + " nothing to correct; change the value, or press Esc to leave it")
  }

  /// Clears the needs-completion flag of a request made from a print list once its
  /// resident has a real address and KK number. Returns whether it did.
  private func completeIfReady(_ connection: any SQLConnection, requestID: Int64) throws(StoreError)
    -> Bool
  {
    let request = try loadRequest(connection, id: requestID)
    guard request.needsCompletion else { return false }
    guard request.resident.isComplete(in: try readKecamatan(connection)) else { return false }
    try connection.run(
      "UPDATE request SET needs_completion = 0 WHERE id = ?1", [.integer(requestID)],
      context: "completing request \(request.number)")
    return true
  }

  private func recipientPairs(_ handover: Handover?, prefix: String)
    -> [(key: String, value: String?)]
  {
    [
      (prefix + "recipient", handover?.recipientKind.rawValue),
      (prefix + "name", handover?.recipientName),
      (prefix + "relation", handover.flatMap { $0.relation.isEmpty ? nil : $0.relation }),
      (prefix + "old-card-returned", handover.map { EventDetail.yesNo($0.oldCardReturned) }),
    ]
  }

  private func requireRecipient(_ handover: Handover, of request: DeliveryRequest)
    throws(StoreError)
  {
    do throws(LifecycleError) {
      _ = try Lifecycle().apply(
        .deliver(handover), to: request.number, in: .outForDelivery, attempts: 0)
    } catch {
      throw .rejected(error)
    }
  }

  private func requireKnownAddress(_ address: Address, in kecamatan: Kecamatan)
    throws(StoreError)
  {
    guard let desa = kecamatan.desa(code: address.desaCode) else {
      throw .invalid(Self.unknownDesaMessage(address.desaCode, in: kecamatan))
    }
    guard let dusun = desa.dusun.first(where: { $0.name == address.dusun }) else {
      throw .invalid("desa \(desa.name) has no dusun \(address.dusun)")
    }
    guard let rw = dusun.rukunWarga.first(where: { $0.number == address.rw }) else {
      throw .invalid("dusun \(dusun.name) of desa \(desa.name) has no RW \(address.rw)")
    }
    guard rw.rukunTetangga.contains(address.rt) else {
      throw .invalid("RW \(rw.number) of desa \(desa.name) has no RT \(address.rt)")
    }
  }

  func describe(_ address: Address) -> String {
    [address.desaCode, address.dusun, address.rtRw, address.street]
      .filter { !$0.isEmpty }.joined(separator: "; ")
  }

  /// Updates the resident of `request` and counts the change as a new version of the
  /// request, so a screen showing the old version gets a conflict.
  private func updateResident(
    _ connection: any SQLConnection, _ request: DeliveryRequest, set assignments: String,
    _ values: [SQLValue]
  ) throws(StoreError) {
    try connection.run(
      "UPDATE resident SET \(assignments) WHERE nik = ?1",
      [.text(request.resident.nik.digits)] + values,
      context: "correcting the resident of request \(request.number)")
    try update(connection, request, to: unchanged(request))
  }

  /// A change that writes the request's current values back, which bumps its version.
  private func unchanged(_ request: DeliveryRequest) -> Change {
    Change(
      state: request.state, attempts: request.attempts, courierID: request.courierID,
      deliveryDay: request.deliveryDay, readyAt: request.readyAt,
      deliveredAt: request.deliveredAt, detail: "", eventCourierID: nil,
      handover: request.handover)
  }

  // MARK: Undo

  /// Restores the request to how it was before its latest event, with an `.undo` event
  /// that names the undone event.
  ///
  /// Every undo restores the previous state. Undoing an assign also restores the previous
  /// courier and day. Undoing an unassign, a failed attempt or a cancellation restores the
  /// courier and day it cleared, and a failed attempt also counts one attempt fewer.
  /// Undoing mark-ready empties the ready time, and undoing a delivery empties the
  /// delivery time and the handover.
  public func undo(eventID: Int64, of requestID: Int64, by actor: Actor, at time: Date)
    throws(StoreError) -> DeliveryRequest
  {
    try actor.require(.request)
    return try write { (connection) throws(StoreError) -> DeliveryRequest in
      let current = try loadRequest(connection, id: requestID)
      let events = try connection.rows(
        Self.eventsOfRequestSQL, [.integer(requestID)],
        context: "reading the events of request \(current.number)", decoder.decodeEvent)
      guard let event = events.first(where: { $0.id == eventID }) else {
        throw .notFound(entity: "event of request \(current.number)", id: eventID)
      }
      guard event.id == events.last?.id else { throw .notLatestChange(request: current.number) }
      guard let previous = event.from, event.action.isUndoable else {
        throw .cannotUndo(request: current.number, action: event.action)
      }

      let change = restoring(current, before: event, previous: previous)
      try update(connection, current, to: change)
      try insertEvent(
        connection, requestID: requestID, time: time, actor: actor, action: .undo,
        from: current.state, to: previous,
        detail: EventDetail.format([("undoes", event.action.rawValue)]),
        courierID: change.courierID, correctsEventID: event.id)
      return try loadRequest(connection, id: requestID)
    }
  }

  private func restoring(
    _ current: DeliveryRequest, before event: RequestEvent, previous: RequestState
  )
    -> Change
  {
    var change = unchanged(current)
    change.state = previous
    var values: [String: String] = [:]
    for (key, value) in EventDetail.parse(event.detail) ?? [] { values[key] = value }
    let eventDay = CalendarDay(containing: event.time)

    switch event.action {
    case .markReady:
      change.readyAt = nil
    case .assign:
      change.courierID = values["previous-courier"].flatMap { Int64($0) }
      change.deliveryDay = values["previous-day"].flatMap { CalendarDay(iso: $0) }
    case .unassign, .cancel:
      change.courierID = values["courier"].flatMap { Int64($0) }
      change.deliveryDay =
        values["day"].flatMap { CalendarDay(iso: $0) }
        ?? (change.courierID == nil ? nil : eventDay)
    case .failAttempt:
      change.attempts = max(0, current.attempts - 1)
      change.courierID = values["courier"].flatMap { Int64($0) }
      // Failed-attempt events written before the day was recorded fall back to the
      // event's own day, the day the courier was out.
      change.deliveryDay = values["day"].flatMap { CalendarDay(iso: $0) } ?? eventDay
    case .deliver:
      change.deliveredAt = nil
      change.handover = nil
    case .sendToDukcapil, .dispatch, .create, .correct, .undo, .route:
      break
    }
    return change
  }
}

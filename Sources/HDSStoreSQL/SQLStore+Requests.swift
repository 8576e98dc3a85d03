// Commands on delivery requests. Each is one write transaction that changes the request
// and inserts exactly one `request_event` row.

import Foundation
import HDSCore

extension SQLStore {
  // MARK: Creating

  /// Stores a new request in state received, version 1, with a `create` event.
  ///
  /// The resident is matched by NIK: a new NIK adds a resident, a known one gets the name,
  /// KK, phone and address given here, and the event lists which of them changed, with
  /// their old values. The number is the next serial of the WIB year of `time`. Throws
  /// `.invalid` for an empty name, a KK number with a region code of 00, or a desa outside
  /// the store's kecamatan.
  public func createRequest(_ request: NewRequest, by actor: Actor, at time: Date)
    throws(StoreError) -> DeliveryRequest
  {
    try actor.require(.request)
    let resident = request.resident
    if resident.name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw .invalid(
        "resident name is empty (NIK \(resident.nik.logForm)); enter the name as on the KTP-el")
    }
    try Self.requireEnteredKK(resident.kk, of: "NIK \(resident.nik.logForm)")

    return try write { (connection) throws(StoreError) -> DeliveryRequest in
      let kecamatan = try readKecamatan(connection)
      guard kecamatan.desa(code: resident.address.desaCode) != nil else {
        throw .invalid(Self.unknownDesaMessage(resident.address.desaCode, in: kecamatan))
      }
      if let existing = try openRequest(connection, nik: resident.nik, document: request.document) {
        throw .duplicate(existing: existing, document: request.document)
      }
      let (residentID, residentDetail) = try upsertResident(connection, resident)
      let year = CalendarDay(containing: time).year
      let serial = try nextSerial(connection, year: year)

      let requestID = try connection.integer(
        """
        INSERT INTO request (year, serial, resident_id, desa_code, document, state, attempts,
          received_at, note, version, requirements, is_replacement)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8, 1, ?9, ?10)
        RETURNING id
        """,
        [
          .integer(year), .integer(serial), .integer(residentID), .text(resident.address.desaCode),
          .text(request.document.rawValue), .text(RequestState.received.rawValue),
          .real(time.timeIntervalSince1970), .text(request.note),
          .text(request.requirements.stored), .integer(request.isReplacement ? 1 : 0),
        ],
        context: "storing request \(RequestNumber(year: year, serial: serial))")

      var detail: [(key: String, value: String?)] = [("document", request.document.rawValue)]
      detail += residentDetail
      if !request.requirements.met.isEmpty || !request.requirements.missing.isEmpty {
        detail.append(("requirements", request.requirements.stored))
      }
      if request.isReplacement { detail.append(("replacement", "yes")) }
      detail.append(("note", request.note.isEmpty ? nil : request.note))
      try insertEvent(
        connection, requestID: requestID, time: time, actor: actor, action: .create, from: nil,
        to: .received, detail: EventDetail.format(detail), courierID: nil)
      return try loadRequest(connection, id: requestID)
    }
  }

  /// Throws `.invalid` for a KK number that a person could not have entered, such as a
  /// print list's placeholder, naming `owner` (a NIK or a request).
  static func requireEnteredKK(_ kk: KKNumber, of owner: String) throws(StoreError) {
    do throws(KKNumberError) {
      _ = try KKNumber(entered: kk.digits)
    } catch {
      throw .invalid(error.description + " (\(owner))")
    }
  }

  /// Inserts or updates the resident with this NIK; returns the row id and the event
  /// detail pairs that describe the change.
  private func upsertResident(_ connection: any SQLConnection, _ resident: Resident)
    throws(StoreError) -> (Int64, [(key: String, value: String?)])
  {
    let context = "storing resident \(resident.nik.logForm)"
    let existing = try connection.firstRow(
      "SELECT id, nik, name, kk, phone, desa_code, dusun, rw, rt, street FROM resident"
        + " WHERE nik = ?1",
      [.text(resident.nik.digits)], context: context
    ) { (row) throws(StoreError) -> (Int64, Resident) in
      (row.integer(0), try decoder.decodeResident(row, from: 1, rowLabel: "a new request"))
    }
    let address = resident.address
    let values: [SQLValue] = [
      .text(resident.nik.digits), .text(resident.name), .text(resident.kk.digits),
      .optionalText(resident.phone?.e164), .text(address.desaCode), .text(address.dusun),
      .integer(address.rw), .integer(address.rt), .text(address.street),
    ]

    guard let (id, stored) = existing else {
      let id = try connection.integer(
        """
        INSERT INTO resident (nik, name, kk, phone, desa_code, dusun, rw, rt, street)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
        RETURNING id
        """,
        values, context: context)
      return (id, [("resident", "new")])
    }

    var changed: [String] = []
    if stored.name != resident.name { changed.append("name") }
    if stored.kk != resident.kk { changed.append("kk") }
    if stored.phone != resident.phone { changed.append("phone") }
    if stored.address != resident.address { changed.append("address") }
    guard !changed.isEmpty else { return (id, [("resident", "unchanged")]) }

    try connection.run(
      """
      UPDATE resident SET name = ?2, kk = ?3, phone = ?4, desa_code = ?5, dusun = ?6, rw = ?7,
        rt = ?8, street = ?9
      WHERE nik = ?1
      """,
      values, context: context)
    // The values replaced, so that the event shows what the resident was before. The KK
    // and phone are shortened, as everywhere outside the resident row.
    var detail: [(key: String, value: String?)] = [
      ("resident", "updated"), ("changed", changed.joined(separator: ",")),
    ]
    if changed.contains("name") { detail.append(("old-name", stored.name)) }
    if changed.contains("kk") { detail.append(("old-kk", stored.kk.masked)) }
    if changed.contains("phone") { detail.append(("old-phone", stored.phone?.shortened)) }
    if changed.contains("address") { detail.append(("old-address", describe(stored.address))) }
    return (id, detail)
  }

  /// Takes the next serial of `year`; the counter only grows, so a number is never reused.
  private func nextSerial(_ connection: any SQLConnection, year: Int) throws(StoreError) -> Int {
    let serial = try connection.firstRow(
      """
      INSERT INTO request_number_counter (year, last_serial) VALUES (?1, 1)
      ON CONFLICT (year) DO UPDATE SET last_serial = request_number_counter.last_serial + 1
      RETURNING last_serial
      """,
      [.integer(year)], context: "allocating a request number for \(year)"
    ) { $0.int(0) }
    // RETURNING yields exactly one row for the one row inserted or updated.
    guard let serial else {
      throw .engine(
        code: 0, message: "no serial returned", context: "allocating a request number for \(year)")
    }
    return serial
  }

  // MARK: Applying actions

  /// Applies `action` as one transaction: reads the request inside the transaction, checks
  /// `expectedVersion` and the lifecycle (with the stored max attempts), then writes the
  /// new state, version + 1 and one event.
  ///
  /// Throws `.notFound` for an unknown request or courier, `.conflict` when the version
  /// differs, `.rejected` for an illegal action, `.invalid` for an inactive courier.
  public func apply(
    _ action: RequestAction, to requestID: Int64, expectedVersion: Int?, by actor: Actor,
    at time: Date
  ) throws(StoreError) -> DeliveryRequest {
    try actor.require(.request)
    return try write { (connection) throws(StoreError) -> DeliveryRequest in
      try apply(
        action, to: requestID, expectedVersion: expectedVersion, by: actor, at: time,
        in: connection)
    }
  }

  /// Applies `action` inside the caller's write transaction, as `apply(_:to:…)` does; the
  /// print-list import shares it so that its mark-ready has the same checks, version bump
  /// and one event. `extraDetail` pairs are appended to the event's detail.
  func apply(
    _ action: RequestAction, to requestID: Int64, expectedVersion: Int?, by actor: Actor,
    at time: Date, extraDetail: [(key: String, value: String?)] = [],
    in connection: any SQLConnection
  ) throws(StoreError) -> DeliveryRequest {
    let current = try loadRequest(connection, id: requestID)
    if let expectedVersion, expectedVersion != current.version {
      throw .conflict(
        request: current.number, expectedVersion: expectedVersion, current: current.state)
    }

    let lifecycle = Lifecycle(maxAttempts: try readMaxAttempts(connection))
    let outcome: Lifecycle.Outcome
    do throws(LifecycleError) {
      outcome = try lifecycle.apply(
        action, to: current.number, in: current.state, attempts: current.attempts)
      if case .dispatch = action {
        try Lifecycle.checkDispatchDay(
          of: current.number, deliveryDay: current.deliveryDay, today: CalendarDay(containing: time)
        )
      }
    } catch {
      throw .rejected(error)
    }

    let change = try change(for: action, of: current, outcome: outcome, at: time, connection)
    try update(connection, current, to: change)
    let detail = [change.detail, EventDetail.format(extraDetail)].filter { !$0.isEmpty }
    try insertEvent(
      connection, requestID: requestID, time: time, actor: actor, action: action.kind,
      from: current.state, to: outcome.state, detail: detail.joined(separator: " "),
      courierID: change.eventCourierID)
    return try loadRequest(connection, id: requestID)
  }

  /// The columns an action writes, and the detail of its event row.
  struct Change {
    var state: RequestState
    var attempts: Int
    var courierID: Int64?
    var deliveryDay: CalendarDay?
    var readyAt: Date?
    var deliveredAt: Date?
    var detail: String
    var eventCourierID: Int64?
    var handover: Handover?
  }

  private func change(
    for action: RequestAction, of current: DeliveryRequest, outcome: Lifecycle.Outcome,
    at time: Date, _ connection: any SQLConnection
  ) throws(StoreError) -> Change {
    var change = Change(
      state: outcome.state, attempts: outcome.attempts, courierID: current.courierID,
      deliveryDay: current.deliveryDay, readyAt: current.readyAt,
      deliveredAt: current.deliveredAt, detail: "", eventCourierID: current.courierID,
      handover: current.handover)
    let heldBy: [(key: String, value: String?)] = [
      ("courier", current.courierID.map(String.init)), ("day", current.deliveryDay?.description),
    ]

    switch action {
    case .sendToDukcapil:
      break
    case .markReady:
      change.readyAt = time
    case .assign(let courierID, let day):
      if current.needsCompletion { throw .needsCompletion(request: current.number) }
      try requireActiveCourier(connection, id: courierID)
      change.courierID = courierID
      change.deliveryDay = day
      change.eventCourierID = courierID
      change.detail = EventDetail.format([
        ("courier", String(courierID)), ("day", day.description),
        ("previous-courier", current.courierID.map(String.init)),
        ("previous-day", current.deliveryDay?.description),
      ])
    case .unassign:
      change.courierID = nil
      change.deliveryDay = nil
      change.detail = EventDetail.format(heldBy)
    case .dispatch:
      change.detail = EventDetail.format(heldBy)
    case .deliver(let handover):
      // The courier stays on the request, because the courier board counts deliveries by it.
      change.deliveredAt = try handoverTime(handover, recordedAt: time, of: current, connection)
      change.handover = handover
      change.detail = EventDetail.format([
        ("recipient", handover.recipientKind.rawValue), ("name", handover.recipientName),
        ("relation", handover.relation.isEmpty ? nil : handover.relation),
        ("old-card-returned", EventDetail.yesNo(handover.oldCardReturned)),
        ("courier", current.courierID.map(String.init)),
      ])
    case .failAttempt(let reason, let note):
      // The event keeps the courier for per-courier failure counts; the request goes back
      // to the office unassigned.
      change.courierID = nil
      change.deliveryDay = nil
      change.detail = EventDetail.format([
        ("reason", reason.rawValue), ("attempt", String(outcome.attempts)),
        ("note", note.isEmpty ? nil : note), ("courier", current.courierID.map(String.init)),
        ("day", current.deliveryDay?.description),
      ])
    case .cancel(let reason):
      change.courierID = nil
      change.deliveryDay = nil
      change.detail = EventDetail.format([
        ("reason", reason), ("courier", current.courierID.map(String.init)),
        ("day", current.deliveryDay?.description),
      ])
    }
    return change
  }

  /// The time of a handover: the one the operator gave, or the recording time. A given
  /// time must lie between the request's latest event and the recording time, because a
  /// document cannot change hands before it left the office or after it was recorded.
  private func handoverTime(
    _ handover: Handover, recordedAt time: Date, of request: DeliveryRequest,
    _ connection: any SQLConnection
  ) throws(StoreError) -> Date {
    guard let given = handover.time else { return time }
    if given > time { throw .handoverInFuture(request: request.number) }
    // The event that brought the request to its state: the dispatch, or the failed
    // attempt that returned it to the office. Corrections after it do not count.
    let left = try connection.firstRow(
      """
      SELECT max(time) FROM request_event
      WHERE request_id = ?1 AND to_state = ?2 AND (from_state IS NULL OR from_state != to_state)
      """,
      [.integer(request.id), .text(request.state.rawValue)],
      context: "reading when request \(request.number) left the office"
    ) { $0.optionalReal(0) }
    // Times are typed to the minute, so the minute of leaving itself is allowed.
    if let left = left ?? nil, given.timeIntervalSince1970 < (left / 60).rounded(.down) * 60 {
      throw .handoverBeforeDispatch(request: request.number)
    }
    return given
  }

  private func requireActiveCourier(_ connection: any SQLConnection, id: Int64) throws(StoreError) {
    let courier = try connection.firstRow(
      "SELECT name, is_active FROM courier WHERE id = ?1", [.integer(id)],
      context: "reading courier \(id)"
    ) { (row) throws(StoreError) -> (String, Bool) in (row.text(0), row.integer(1) != 0) }
    guard let (name, isActive) = courier else { throw .notFound(entity: "courier", id: id) }
    guard isActive else {
      throw .inactiveCourier(name: name)
    }
  }

  func update(_ connection: any SQLConnection, _ current: DeliveryRequest, to change: Change)
    throws(StoreError)
  {
    try connection.run(
      """
      UPDATE request SET state = ?2, attempts = ?3, courier_id = ?4, delivery_day = ?5,
        ready_at = ?6, delivered_at = ?7,
        route_position = CASE
          WHEN ?4 IS NOT DISTINCT FROM courier_id AND ?5 IS NOT DISTINCT FROM delivery_day
          THEN route_position END,
        recipient_kind = ?9, recipient_name = ?10,
        recipient_relation = ?11, old_card_returned = ?12, version = version + 1
      WHERE id = ?1 AND version = ?8
      """,
      [
        .integer(current.id), .text(change.state.rawValue), .integer(change.attempts),
        .optionalInteger(change.courierID), .optionalText(change.deliveryDay?.description),
        change.readyAt.map { .real($0.timeIntervalSince1970) } ?? .null,
        change.deliveredAt.map { .real($0.timeIntervalSince1970) } ?? .null,
        .integer(current.version),
        .optionalText(change.handover?.recipientKind.rawValue),
        .optionalText(change.handover?.recipientName),
        .optionalText(change.handover.map(\.relation)),
        change.handover.map { .integer($0.oldCardReturned ? 1 : 0) } ?? .null,
      ],
      context: "updating request \(current.number)")
    // The row was read in this same write transaction, so no other writer can have changed
    // it. A miss here means the file changed under SQLite's locks.
    guard connection.changes == 1 else {
      throw .engine(
        code: 0, message: "the row changed inside the transaction",
        context: "updating request \(current.number)")
    }
  }

  func insertEvent(
    _ connection: any SQLConnection, requestID: Int64, time: Date, actor: Actor,
    action: RequestAction.Kind, from: RequestState?, to: RequestState, detail: String,
    courierID: Int64?, correctsEventID: Int64? = nil
  ) throws(StoreError) {
    // The reason and attempt columns copy the detail's keys so that failures group in SQL.
    var reason: String?
    var attempt: Int64?
    if action == .failAttempt || action == .cancel, let pairs = EventDetail.parse(detail) {
      reason = pairs.first { $0.key == "reason" }?.value
      attempt = pairs.first { $0.key == "attempt" }.flatMap { Int64($0.value) }
    }
    try connection.run(
      """
      INSERT INTO request_event (request_id, time, "user", action, from_state, to_state, detail,
        courier_id, corrects_event_id, reason, attempt, role)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
      """,
      [
        .integer(requestID), .real(time.timeIntervalSince1970), .text(actor.user),
        .text(action.rawValue), .optionalText(from?.rawValue), .text(to.rawValue), .text(detail),
        .optionalInteger(courierID), .optionalInteger(correctsEventID), .optionalText(reason),
        .optionalInteger(attempt), .text(actor.role.rawValue),
      ],
      context: "recording the \(action.rawValue) event of request \(requestID)")
  }
}

extension SQLStore {
  /// Finds a request by its number, through the unique index on (year, serial).
  static let requestIDByNumberSQL = "SELECT id FROM request WHERE year = ?1 AND serial = ?2"

  /// Through the UNIQUE index of `resident.nik`.
  public func resident(nik: NIK) throws(StoreError) -> Resident? {
    try read { (connection) throws(StoreError) -> Resident? in
      try connection.firstRow(
        "SELECT nik, name, kk, phone, desa_code, dusun, rw, rt, street FROM resident"
          + " WHERE nik = ?1",
        [.text(nik.digits)], context: "finding resident \(nik.logForm)"
      ) { (row) throws(StoreError) -> Resident in
        try decoder.decodeResident(row, from: 0, rowLabel: "NIK \(nik.logForm)")
      }
    }
  }

  public func requestID(number: RequestNumber) throws(StoreError) -> Int64? {
    try read { (connection) throws(StoreError) -> Int64? in
      try connection.rows(
        Self.requestIDByNumberSQL, [.integer(number.year), .integer(number.serial)],
        context: "finding request \(number)"
      ) { $0.integer(0) }.first
    }
  }
}

extension SQLStore {
  /// The message for a desa code that `kecamatan` lacks: its desa to choose from, or how
  /// to give the store its geography when it has none.
  static func unknownDesaMessage(_ code: String, in kecamatan: Kecamatan, of owner: String? = nil)
    -> String
  {
    let subject = "desa code \(code)" + (owner.map { " of \($0)" } ?? "")
    guard kecamatan.hasGeography else {
      return "\(subject) cannot be checked: the store of Kecamatan \(kecamatan.name)"
        + " (\(kecamatan.code)) has no desa yet; import its region file with hds region import"
        + " FILE (docs/region-format.md)"
    }
    return "\(subject) is not a desa of Kecamatan \(kecamatan.name); choose one of its"
      + " \(kecamatan.desa.count) desa"
  }
}

// Commands on complaints. Each is one write transaction that writes the complaint row and
// exactly one `complaint_event` row with its note.

import Foundation
import HDSCore

extension SQLStore {
  // MARK: Intake

  /// Stores a complaint in state received, version 1, with a `log` event, as
  /// `ComplaintStore.logComplaint` describes.
  public func logComplaint(
    _ complaint: NewComplaint, calendar: WorkingCalendar, by actor: Actor, at time: Date
  ) throws(StoreError) -> Complaint {
    try actor.require(.complaint)
    do throws(ComplaintError) {
      try complaint.validate()
    } catch {
      throw .invalid(error.description)
    }
    let description = complaint.description.trimmingCharacters(in: .whitespacesAndNewlines)
    let name = complaint.complainantName.trimmingCharacters(in: .whitespacesAndNewlines)
    let lapor = complaint.laporNumber?.trimmingCharacters(in: .whitespacesAndNewlines)
    let laporNumber = complaint.channel == .lapor ? lapor : nil
    let deadline = Complaint.deadline(
      for: complaint.weight, receivedOn: CalendarDay(containing: time), in: calendar)

    return try write { (connection) throws(StoreError) -> Complaint in
      let subject = try subject(of: complaint, connection)
      let state = ComplaintState.received
      let id = try connection.integer(
        """
        INSERT INTO complaint (received_at, channel, lapor_number, category, weight, state,
          complainant_name, request_id, description, resident_id, desa_code, phone,
          deadline_day, version)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, 1)
        RETURNING id
        """,
        [
          .real(time.timeIntervalSince1970), .text(complaint.channel.rawValue),
          .optionalText(laporNumber), .text(complaint.category.rawValue),
          .text(complaint.weight.rawValue), .text(state.rawValue), .text(name),
          .optionalInteger(subject.requestID), .text(description),
          .optionalInteger(subject.residentID), .optionalText(subject.desaCode),
          .optionalText(complaint.phone?.e164), .text(deadline.description),
        ],
        context: "storing a complaint")

      let detail = EventDetail.format([
        ("channel", complaint.channel.rawValue), ("category", complaint.category.rawValue),
        ("weight", complaint.weight.rawValue), ("lapor", laporNumber),
        ("request", subject.requestID.map(String.init)),
        ("resident", subject.residentID.map(String.init)), ("deadline", deadline.description),
      ])
      try insertComplaintEvent(
        connection, complaintID: id, time: time, actor: actor, action: .log, from: nil, to: state,
        detail: detail, note: "")
      return try loadComplaint(connection, id: id)
    }
  }

  /// The request, resident and desa a new complaint is about.
  private struct Subject {
    var requestID: Int64?
    var residentID: Int64?
    var desaCode: String?
  }

  /// Looks up the linked request and the resident of a new complaint inside the write
  /// transaction.
  private func subject(of complaint: NewComplaint, _ connection: any SQLConnection)
    throws(StoreError) -> Subject
  {
    var subject = Subject()
    if let requestID = complaint.requestID {
      let found = try connection.firstRow(
        "SELECT resident_id, desa_code FROM request WHERE id = ?1", [.integer(requestID)],
        context: "reading request \(requestID) of a complaint"
      ) { (row) throws(StoreError) -> (Int64, String) in (row.integer(0), row.text(1)) }
      guard let (resident, desa) = found else {
        throw .notFound(entity: "request", id: requestID)
      }
      subject = Subject(requestID: requestID, residentID: resident, desaCode: desa)
    }
    if let number = complaint.requestNumber {
      let found = try connection.firstRow(
        "SELECT id, resident_id, desa_code FROM request WHERE year = ?1 AND serial = ?2",
        [.integer(number.year), .integer(number.serial)],
        context: "looking up request \(number) of a complaint"
      ) { (row) throws(StoreError) -> Subject in
        Subject(requestID: row.integer(0), residentID: row.integer(1), desaCode: row.text(2))
      }
      guard let found else {
        throw .complaintIntake(.requestNotFound(number))
      }
      if let given = subject.requestID, given != found.requestID {
        throw .complaintIntake(.requestMismatch(number))
      }
      subject = found
    }
    if let nik = complaint.residentNIK {
      let found = try connection.firstRow(
        "SELECT id, desa_code FROM resident WHERE nik = ?1", [.text(nik.digits)],
        context: "looking up the resident \(nik.logForm) of a complaint"
      ) { (row) throws(StoreError) -> (Int64, String) in (row.integer(0), row.text(1)) }
      guard let (resident, desa) = found else {
        throw .complaintIntake(.residentNotFound(maskedNIK: nik.masked))
      }
      if let linked = subject.residentID, linked != resident {
        throw .complaintIntake(.residentNotOfRequest(maskedNIK: nik.masked))
      }
      subject.residentID = resident
      // A resident registered from a print list has no desa yet.
      if subject.desaCode == nil, !desa.isEmpty { subject.desaCode = desa }
    }
    return subject
  }

  // MARK: Actions

  /// Applies `action` as one transaction, as `ComplaintStore.apply(_:toComplaint:…)`
  /// describes.
  public func apply(
    _ action: ComplaintAction, toComplaint id: Int64, expectedVersion: Int?,
    calendar: WorkingCalendar, by actor: Actor, at time: Date
  ) throws(StoreError) -> Complaint {
    try actor.require(action.kind == .assign ? .complaintAssignment : .complaint)
    return try write { (connection) throws(StoreError) -> Complaint in
      let current = try loadComplaint(connection, id: id)
      if let expectedVersion, expectedVersion != current.version {
        throw .complaintConflict(
          complaint: id, expectedVersion: expectedVersion, current: current.state)
      }
      let next: ComplaintState
      do throws(ComplaintLifecycleError) {
        next = try ComplaintLifecycle.apply(action, toComplaint: id, in: current.state)
      } catch {
        throw .complaintRejected(error)
      }

      var changed = current
      changed.state = next
      var detail: [(key: String, value: String?)] = []
      // A complaint logged before schema version 4 gets its deadline at its first change.
      changed.deadlineDay = current.deadline(in: calendar)
      switch action {
      case .verify(let weight?, _) where weight != current.weight:
        changed.weight = weight
        changed.deadlineDay = Complaint.deadline(
          for: weight, receivedOn: current.receivedDay, in: calendar)
        detail = [
          ("weight", weight.rawValue), ("previous-weight", current.weight.rawValue),
          ("deadline", changed.deadlineDay?.description),
          ("previous-deadline", current.deadline(in: calendar).description),
        ]
      case .assign(let staff, _):
        changed.assignedTo = staff.trimmingCharacters(in: .whitespacesAndNewlines)
        detail = [("staff", changed.assignedTo), ("previous-staff", current.assignedTo)]
      default:
        break
      }
      if current.state.isOpen && !next.isOpen { changed.closedAt = time }
      if next == .resolved && current.state != .resolved { changed.resolvedAt = time }

      try updateComplaint(connection, current, to: changed)
      try insertComplaintEvent(
        connection, complaintID: id, time: time, actor: actor, action: action.kind,
        from: current.state, to: next, detail: EventDetail.format(detail),
        note: action.note.trimmingCharacters(in: .whitespacesAndNewlines))
      return try loadComplaint(connection, id: id)
    }
  }

  private func updateComplaint(
    _ connection: any SQLConnection, _ current: Complaint, to changed: Complaint
  )
    throws(StoreError)
  {
    try connection.run(
      """
      UPDATE complaint SET state = ?2, weight = ?3, deadline_day = ?4, assigned_to = ?5,
        resolved_at = ?6, closed_at = ?7, version = version + 1
      WHERE id = ?1 AND version = ?8
      """,
      [
        .integer(current.id), .text(changed.state.rawValue), .text(changed.weight.rawValue),
        .optionalText(changed.deadlineDay?.description), .optionalText(changed.assignedTo),
        changed.resolvedAt.map { .real($0.timeIntervalSince1970) } ?? .null,
        changed.closedAt.map { .real($0.timeIntervalSince1970) } ?? .null,
        .integer(current.version),
      ],
      context: "updating complaint \(current.id)")
    // The row was read in this same write transaction, so no other writer can have changed
    // it. A miss here means the file changed under SQLite's locks.
    guard connection.changes == 1 else {
      throw .engine(
        code: 0, message: "the row changed inside the transaction",
        context: "updating complaint \(current.id)")
    }
  }

  private func insertComplaintEvent(
    _ connection: any SQLConnection, complaintID: Int64, time: Date, actor: Actor,
    action: ComplaintAction.Kind, from: ComplaintState?, to: ComplaintState, detail: String,
    note: String
  ) throws(StoreError) {
    try connection.run(
      """
      INSERT INTO complaint_event (complaint_id, time, "user", action, from_state, to_state,
        detail, note, role)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
      """,
      [
        .integer(complaintID), .real(time.timeIntervalSince1970), .text(actor.user),
        .text(action.rawValue), .optionalText(from?.rawValue), .text(to.rawValue), .text(detail),
        .text(note), .text(actor.role.rawValue),
      ],
      context: "recording the \(action.rawValue) event of complaint \(complaintID)")
  }

  /// Reads one complaint; throws `.notFound` when there is none.
  func loadComplaint(_ connection: any SQLConnection, id: Int64) throws(StoreError) -> Complaint {
    let complaint = try connection.firstRow(
      "SELECT \(RowDecoder.complaintColumns) FROM complaint c WHERE c.id = ?1", [.integer(id)],
      context: "reading complaint \(id)", decoder.decodeComplaint)
    guard let complaint else { throw .notFound(entity: "complaint", id: id) }
    return complaint
  }
}

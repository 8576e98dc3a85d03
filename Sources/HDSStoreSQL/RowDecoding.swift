// Column lists and the decoders that turn their rows into HDSCore values.
//
// A stored value that HDSCore no longer accepts (an unknown state, a NIK that fails
// validation) means the file was written by another program or version, so decoding
// throws `.incompatible` naming the row, never the personal data in it.

import Foundation
import HDSCore

/// Decodes rows of the store at `path`.
struct RowDecoder {
  let path: String

  // MARK: Requests

  /// Columns for `decodeRequest`, over `request r JOIN resident p ON p.id = r.resident_id`.
  static let requestColumns = """
    r.id, r.year, r.serial, r.document, r.state, r.attempts, r.courier_id, r.delivery_day,
    r.received_at, r.ready_at, r.delivered_at, r.note, r.version,
    p.nik, p.name, p.kk, p.phone, p.desa_code, p.dusun, p.rw, p.rt, p.street,
    r.requirements, r.is_replacement, r.needs_completion, r.printed_day, r.recipient_kind,
    r.recipient_name, r.recipient_relation, r.old_card_returned
    """

  static let requestFrom = "request r JOIN resident p ON p.id = r.resident_id"

  func decodeRequest(_ row: any SQLRow) throws(StoreError) -> DeliveryRequest {
    let id = row.integer(0)
    let rowLabel = "request \(id)"
    return DeliveryRequest(
      id: id,
      number: RequestNumber(year: row.int(1), serial: row.int(2)),
      resident: try decodeResident(row, from: 13, rowLabel: rowLabel),
      document: try value(DocumentKind.self, row.text(3), column: "document", of: rowLabel),
      state: try value(RequestState.self, row.text(4), column: "state", of: rowLabel),
      attempts: row.int(5),
      courierID: row.optionalInteger(6),
      deliveryDay: try day(row.optionalText(7), of: rowLabel),
      receivedAt: Date(timeIntervalSince1970: row.real(8)),
      readyAt: row.optionalReal(9).map(Date.init(timeIntervalSince1970:)),
      deliveredAt: row.optionalReal(10).map(Date.init(timeIntervalSince1970:)),
      note: row.text(11),
      version: row.int(12),
      requirements: RequirementCheck(stored: row.text(22)),
      isReplacement: row.integer(23) != 0,
      needsCompletion: row.integer(24) != 0,
      printedOn: try day(row.optionalText(25), of: rowLabel),
      handover: try handover(row, from: 26, of: rowLabel))
  }

  /// Decodes recipient_kind, recipient_name, recipient_relation, old_card_returned; nil
  /// when no handover is recorded on the row.
  private func handover(_ row: any SQLRow, from first: Int32, of rowLabel: String)
    throws(StoreError)
    -> Handover?
  {
    guard let kind = row.optionalText(first) else { return nil }
    return Handover(
      recipientKind: try value(RecipientKind.self, kind, column: "recipient_kind", of: rowLabel),
      recipientName: row.optionalText(first + 1) ?? "",
      relation: row.optionalText(first + 2) ?? "",
      oldCardReturned: (row.optionalInteger(first + 3) ?? 0) != 0)
  }

  /// Decodes the resident columns nik, name, kk, phone, desa_code, dusun, rw, rt, street
  /// starting at column `first`.
  func decodeResident(_ row: any SQLRow, from first: Int32, rowLabel: String) throws(StoreError)
    -> Resident
  {
    let nik: NIK
    do {
      nik = try NIK(row.text(first))
    } catch {
      throw .incompatible(path: path, reason: "the resident of \(rowLabel) has an invalid NIK")
    }
    let kk: KKNumber
    do {
      kk = try KKNumber(row.text(first + 2))
    } catch {
      throw .incompatible(
        path: path, reason: "the resident of \(rowLabel) has an invalid KK number")
    }
    return Resident(
      nik: nik, name: row.text(first + 1), kk: kk,
      phone: try phone(row.optionalText(first + 3), of: "the resident of \(rowLabel)"),
      address: Address(
        desaCode: row.text(first + 4), dusun: row.text(first + 5), rw: row.int(first + 6),
        rt: row.int(first + 7), street: row.text(first + 8)))
  }

  // MARK: Events

  static let eventColumns =
    "id, request_id, time, \"user\", action, from_state, to_state, detail, corrects_event_id"

  func decodeEvent(_ row: any SQLRow) throws(StoreError) -> RequestEvent {
    let rowLabel = "event \(row.integer(0))"
    return RequestEvent(
      id: row.integer(0), requestID: row.integer(1),
      time: Date(timeIntervalSince1970: row.real(2)), user: row.text(3),
      action: try value(RequestAction.Kind.self, row.text(4), column: "action", of: rowLabel),
      from: try row.optionalText(5).map { (raw) throws(StoreError) in
        try value(RequestState.self, raw, column: "from_state", of: rowLabel)
      },
      to: try value(RequestState.self, row.text(6), column: "to_state", of: rowLabel),
      detail: row.text(7), correctsEventID: row.optionalInteger(8))
  }

  // MARK: Couriers

  static let courierColumns =
    "id, name, phone, vehicle, home_desa_code, daily_capacity, is_active, working_days"

  func decodeCourier(_ row: any SQLRow) throws(StoreError) -> Courier {
    let id = row.integer(0)
    return Courier(
      id: id, name: row.text(1), phone: try phone(row.optionalText(2), of: "courier \(id)"),
      vehicle: row.text(3), homeDesaCode: row.text(4), dailyCapacity: row.int(5),
      isActive: row.integer(6) != 0,
      workingDays: WorkingDays.parse(row.text(7)) ?? WorkingDays.mondayToFriday)
  }

  // MARK: Complaints

  static let complaintColumns = """
    c.id, c.received_at, c.channel, c.lapor_number, c.category, c.weight, c.state,
    c.complainant_name, c.request_id, c.description, c.resident_id, c.desa_code, c.phone,
    c.deadline_day, c.assigned_to, c.resolved_at, c.closed_at, c.version
    """

  /// The number of `complaintColumns`, where the columns a query adds after them start.
  static let complaintColumnCount: Int32 = 18

  func decodeComplaint(_ row: any SQLRow) throws(StoreError) -> Complaint {
    let id = row.integer(0)
    let rowLabel = "complaint \(id)"
    return Complaint(
      id: id, receivedAt: Date(timeIntervalSince1970: row.real(1)),
      channel: try value(ComplaintChannel.self, row.text(2), column: "channel", of: rowLabel),
      laporNumber: row.optionalText(3),
      category: try value(ComplaintCategory.self, row.text(4), column: "category", of: rowLabel),
      weight: try value(ComplaintWeight.self, row.text(5), column: "weight", of: rowLabel),
      state: try value(ComplaintState.self, row.text(6), column: "state", of: rowLabel),
      complainantName: row.text(7), requestID: row.optionalInteger(8),
      description: row.text(9), residentID: row.optionalInteger(10),
      desaCode: row.optionalText(11), phone: try phone(row.optionalText(12), of: rowLabel),
      deadlineDay: try day(row.optionalText(13), of: rowLabel),
      assignedTo: row.optionalText(14),
      resolvedAt: row.optionalReal(15).map(Date.init(timeIntervalSince1970:)),
      closedAt: row.optionalReal(16).map(Date.init(timeIntervalSince1970:)),
      version: row.int(17))
  }

  static let complaintEventColumns =
    "id, complaint_id, time, \"user\", action, from_state, to_state, detail, note"

  func decodeComplaintEvent(_ row: any SQLRow) throws(StoreError) -> ComplaintEvent {
    let rowLabel = "complaint event \(row.integer(0))"
    return ComplaintEvent(
      id: row.integer(0), complaintID: row.integer(1),
      time: Date(timeIntervalSince1970: row.real(2)), user: row.text(3),
      action: try value(
        ComplaintAction.Kind.self, row.text(4), column: "action", of: rowLabel),
      from: try row.optionalText(5).map { (raw) throws(StoreError) in
        try value(ComplaintState.self, raw, column: "from_state", of: rowLabel)
      },
      to: try value(ComplaintState.self, row.text(6), column: "to_state", of: rowLabel),
      detail: row.text(7), note: row.text(8))
  }

  // MARK: Values

  func value<E: RawRepresentable>(
    _ type: E.Type, _ raw: String, column: String, of rowLabel: String
  ) throws(StoreError) -> E where E.RawValue == String {
    guard let decoded = E(rawValue: raw) else {
      throw .incompatible(
        path: path, reason: "\(rowLabel) has \(column) '\(raw)', which this program does not know")
    }
    return decoded
  }

  func day(_ text: String?, of rowLabel: String) throws(StoreError) -> CalendarDay? {
    guard let text else { return nil }
    guard let day = CalendarDay(iso: text) else {
      throw .incompatible(
        path: path, reason: "\(rowLabel) has delivery day '\(text)', not YYYY-MM-DD")
    }
    return day
  }

  private func phone(_ text: String?, of rowLabel: String) throws(StoreError) -> PhoneNumber? {
    guard let text else { return nil }
    do {
      return try PhoneNumber(text)
    } catch {
      throw .incompatible(path: path, reason: "\(rowLabel) has an invalid phone number")
    }
  }
}

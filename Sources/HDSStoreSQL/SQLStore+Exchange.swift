// The files the office exchanges with Dukcapil: print lists in, recipient lists and the
// event log out. The import runs as one write transaction; a dry run plans the same steps
// in a read transaction and writes nothing.

import Foundation
import HDSCore

extension SQLStore: ExchangeStore {
  // MARK: Print-list import

  /// Imports print-list rows: in-process requests become ready through the same path as
  /// `apply(.markReady…)`; printed documents without a request become new requests,
  /// ready at once. A new request is flagged `needs_completion` unless its resident was
  /// already stored with an entered KK number and a complete address. Every request made
  /// ready gets the row's print day.
  ///
  /// Rows are matched by request number when they carry one (it must belong to the row's
  /// NIK and document), else to the open request of the NIK and document. Received and
  /// cancelled requests are skipped with a reason: a received request was never sent to
  /// Dukcapil in HDS, and recording that here would put a send event in the history that
  /// nobody made. Ready requests and every state after it are unchanged, and so is a
  /// delivered or cancelled request that already carries the row's print day, which is
  /// what makes a second import of the same file change nothing. A delivered request
  /// marked ready by hand has no print day: a row printed on or before its delivery day is
  /// that request's document and unchanged, and a later print is a new request.
  ///
  /// A row whose name differs from the stored resident's is imported, because the NIK is
  /// the key, with a `nameDiffers` warning.
  ///
  /// A resident the store does not know is added with a placeholder: KK
  /// `placeholderKK`, the desa from the row or else the store's kecamatan code, no dusun and
  /// RW/RT 0. The operator completes it with an address correction, which accepts only
  /// real desa, dusun, RW and RT. Complexity: O(rows × log stored rows), because the plan
  /// makes a few indexed lookups per row and the writes are one statement per table.
  public func importPrintList(
    _ rows: [PrintListRow], by actor: Actor, at time: Date, dryRun: Bool
  ) throws(StoreError) -> PrintListImport {
    try actor.require(.importList)
    if dryRun {
      return try read { (connection) throws(StoreError) -> PrintListImport in
        let statements = StatementCache(connection)
        let steps = try planImport(rows, statements, in: try readKecamatan(connection))
        let year = CalendarDay(containing: time).year
        return summarise(rows, steps, firstNumber: try nextNumber(year: year, statements))
      }
    }
    return try write { (connection) throws(StoreError) -> PrintListImport in
      let statements = StatementCache(connection)
      let steps = try planImport(rows, statements, in: try readKecamatan(connection))
      return try carryOut(steps, rows, by: actor, at: time, statements, connection)
    }
  }

  /// The KK number of a resident added from a print list, which carries no KK: 16 zeros,
  /// which no real KK has because region code 00 does not exist.
  public static let placeholderKK = "0000000000000000"

  /// The desa code of a resident added from a print list without a desa column to a
  /// Kromengan store: the kecamatan's own code, which no desa has. Every store uses its
  /// own `kecamatanCode()` so. The request then counts in no desa, and the dashboard
  /// shows the code itself until the address is corrected.
  public static var placeholderDesaCode: String { KecamatanCode.kromengan.description }

  // MARK: Recipient list

  /// Delivered requests in [?1, ?2), by desa then delivery time, through
  /// `request_by_delivered_at`. The last column is the latest deliver event's detail,
  /// read only for requests delivered under schema version 1, which have no handover
  /// columns.
  static let recipientsSQL = """
    SELECT r.year, r.serial, r.document, r.delivered_at, r.recipient_kind, r.recipient_name,
      r.recipient_relation, r.old_card_returned, c.name,
      p.nik, p.name, p.kk, p.phone, p.desa_code, p.dusun, p.rw, p.rt, p.street,
      CASE WHEN r.recipient_kind IS NULL THEN (
        SELECT e.detail FROM request_event e
        WHERE e.request_id = r.id AND e.action = 'deliver' ORDER BY e.id DESC LIMIT 1
      ) END
    FROM request r JOIN resident p ON p.id = r.resident_id
      LEFT JOIN courier c ON c.id = r.courier_id
    WHERE r.delivered_at >= ?1 AND r.delivered_at < ?2 AND r.state = 'delivered'
    ORDER BY r.desa_code, r.delivered_at, r.id
    """

  /// Lists the requests delivered on the WIB days `from` through `to`, by desa code then
  /// delivery time, with the handover and the courier's name.
  ///
  /// Complexity: O(deliveries in the range × log), sorted in memory by SQLite.
  public func recipients(from: CalendarDay, to: CalendarDay) throws(StoreError)
    -> [RecipientRecord]
  {
    let range: [SQLValue] = [
      .real(from.start.timeIntervalSince1970), .real(to.end.timeIntervalSince1970),
    ]
    return try read { (connection) throws(StoreError) -> [RecipientRecord] in
      try connection.rows(
        Self.recipientsSQL, range, context: "listing deliveries from \(from) to \(to)",
        decodeRecipient)
    }
  }

  private func decodeRecipient(_ row: any SQLRow) throws(StoreError) -> RecipientRecord {
    let number = RequestNumber(year: row.int(0), serial: row.int(1))
    let label = "request \(number)"
    let resident = try decoder.decodeResident(row, from: 9, rowLabel: label)
    var handover: Handover?
    if let kind = row.optionalText(4) {
      handover = Handover(
        recipientKind: try decoder.value(
          RecipientKind.self, kind, column: "recipient_kind", of: label),
        recipientName: row.optionalText(5) ?? "", relation: row.optionalText(6) ?? "",
        oldCardReturned: (row.optionalInteger(7) ?? 0) != 0)
    } else if let detail = row.optionalText(18) {
      handover = Self.handover(fromDeliverDetail: detail)
    }
    return RecipientRecord(
      number: number,
      document: try decoder.value(DocumentKind.self, row.text(2), column: "document", of: label),
      residentName: resident.name, nik: resident.nik, address: resident.address,
      deliveredAt: Date(timeIntervalSince1970: row.real(3)),
      recipientKind: handover?.recipientKind, recipientName: handover?.recipientName,
      relation: handover?.relation, oldCardReturned: handover?.oldCardReturned,
      courierName: row.optionalText(8))
  }

  /// Reads the handover from a deliver event's detail; nil when the detail does not
  /// follow the `EventDetail` format or names an unknown recipient kind.
  static func handover(fromDeliverDetail detail: String) -> Handover? {
    guard let pairs = EventDetail.parse(detail) else { return nil }
    var values: [String: String] = [:]
    for (key, value) in pairs { values[key] = value }
    guard let kind = values["recipient"].flatMap(RecipientKind.init(rawValue:)) else {
      return nil
    }
    return Handover(
      recipientKind: kind, recipientName: values["name"] ?? "",
      relation: values["relation"] ?? "", oldCardReturned: values["old-card-returned"] == "yes")
  }

  // MARK: Event log

  /// The first event id at or after ?1, through `request_event_by_time`.
  static let firstEventSinceSQL = "SELECT min(id) FROM request_event WHERE time >= ?1"

  /// A page of events after id ?1 and at or after ?2, in id order. The `+` keeps the
  /// time test off `request_event_by_time`, so SQLite walks the primary key in id order
  /// and stops after ?3 rows instead of sorting every event since ?2.
  static let eventsPageSQL = """
    SELECT e.id, e.request_id, e.time, e."user", e.action, e.from_state, e.to_state, e.detail,
      e.corrects_event_id, r.year, r.serial, e.courier_id, e.role
    FROM request_event e JOIN request r ON r.id = e.request_id
    WHERE e.id > ?1 AND +e.time >= ?2
    ORDER BY e.id LIMIT ?3
    """

  /// Reads up to `limit` events at or after `since` with ids above `afterID`, in id order.
  /// Without `afterID`, the page starts at the first event at or after `since`.
  ///
  /// Complexity: O(limit) after the first page; the first page also reads the time index
  /// from `since` on.
  public func events(since: Date, afterID: Int64?, limit: Int) throws(StoreError)
    -> [EventRecord]
  {
    let sinceValue = SQLValue.real(since.timeIntervalSince1970)
    return try read { (connection) throws(StoreError) -> [EventRecord] in
      var after = afterID ?? 0
      if afterID == nil {
        let first = try connection.firstRow(
          Self.firstEventSinceSQL, [sinceValue], context: "finding the first event since"
        ) { $0.optionalInteger(0) }
        guard let firstID = first ?? nil else { return [] }
        after = firstID - 1
      }
      return try connection.rows(
        Self.eventsPageSQL, [.integer(after), sinceValue, .integer(max(0, limit))],
        context: "reading events after id \(after)"
      ) { (row) throws(StoreError) -> EventRecord in
        EventRecord(
          event: try decoder.decodeEvent(row),
          requestNumber: RequestNumber(year: row.int(9), serial: row.int(10)),
          courierID: row.optionalInteger(11), role: row.optionalText(12))
      }
    }
  }

  /// The exchange's queries, for the test that checks their plans use indexes.
  static let exchangeQueries = [
    recipientsSQL, firstEventSinceSQL, eventsPageSQL, requestByNumberSQL, residentByNIKSQL,
    openRequestOfResidentSQL, latestRequestOfResidentSQL,
  ]
}

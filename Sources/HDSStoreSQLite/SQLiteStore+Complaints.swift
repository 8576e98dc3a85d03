// Commands on complaints. Each writes the complaint row and one `complaint_event` row.

import Foundation
import HDSCore

extension SQLiteStore {
  /// Stores a complaint in state received with a `log` event.
  ///
  /// Throws `.invalid` when `NewComplaint.validate()` finds a missing field, and
  /// `.notFound` when the linked request does not exist.
  public func logComplaint(_ complaint: NewComplaint, by user: String, at time: Date)
    throws(StoreError) -> Complaint
  {
    do throws(ComplaintError) {
      try complaint.validate()
    } catch {
      throw .invalid(error.description)
    }

    return try write { (connection) throws(StoreError) -> Complaint in
      if let requestID = complaint.requestID {
        let exists = try connection.integer(
          "SELECT count(*) FROM request WHERE id = ?1", [.integer(requestID)],
          context: "checking request \(requestID) of a complaint")
        guard exists > 0 else { throw .notFound(entity: "request", id: requestID) }
      }

      let state = ComplaintState.received
      try connection.run(
        """
        INSERT INTO complaint (received_at, channel, lapor_number, category, weight, state,
          complainant_name, request_id, description)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
        """,
        [
          .real(time.timeIntervalSince1970), .text(complaint.channel.rawValue),
          .optionalText(complaint.laporNumber), .text(complaint.category.rawValue),
          .text(complaint.weight.rawValue), .text(state.rawValue),
          .text(complaint.complainantName), .optionalInteger(complaint.requestID),
          .text(complaint.description),
        ],
        context: "storing a complaint")
      let id = connection.lastInsertRowID

      let detail = EventDetail.format([
        ("channel", complaint.channel.rawValue), ("category", complaint.category.rawValue),
        ("weight", complaint.weight.rawValue), ("lapor", complaint.laporNumber),
        ("request", complaint.requestID.map(String.init)),
      ])
      try connection.run(
        """
        INSERT INTO complaint_event (complaint_id, time, user, action, from_state, to_state,
          detail)
        VALUES (?1, ?2, ?3, 'log', NULL, ?4, ?5)
        """,
        [
          .integer(id), .real(time.timeIntervalSince1970), .text(user), .text(state.rawValue),
          .text(detail),
        ],
        context: "recording the log event of complaint \(id)")

      return Complaint(
        id: id, receivedAt: time, channel: complaint.channel,
        laporNumber: complaint.laporNumber, category: complaint.category,
        weight: complaint.weight, state: state, complainantName: complaint.complainantName,
        requestID: complaint.requestID, description: complaint.description)
    }
  }
}

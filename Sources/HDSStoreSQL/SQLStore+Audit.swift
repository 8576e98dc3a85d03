// The audit trail: one query per event table, each through that table's index on time
// (request events filtered by user through `request_event_by_user`), merged newest first.
// `auditQueries` lists their texts for the test that checks the query plans.

import Foundation
import HDSCore

extension SQLStore {
  // MARK: Query texts

  /// Returns one branch's query. Every branch returns id, time, user, role, reference,
  /// action and detail. `?1` and `?2` bound the time, `?3` and `?4` are the cursor's time
  /// and id, and `?5` and `?6` the user and role when the filter names them.
  static func auditSQL(
    _ subject: AuditEntry.Subject, cursor: CursorBound, user: Bool, role: Bool
  ) -> String {
    let (select, from, index) = auditSource(subject, byUser: user)
    var terms = ["e.time >= ?1", "e.time < ?2"]
    switch cursor {
    case .none: break
    case .before: terms.append("e.time < ?3")
    case .atOrBefore: terms.append("e.time <= ?3")
    case .beforeID: terms.append("(e.time < ?3 OR (e.time = ?3 AND e.id < ?4))")
    }
    if user { terms.append("e.\"user\" = ?5") }
    if role { terms.append("e.role = ?6") }
    return """
      SELECT e.id, e.time, e."user", e.role, \(select)
      FROM \(from.replacingOccurrences(of: "{index}", with: index))
      WHERE \(terms.joined(separator: " AND "))
      ORDER BY e.time DESC, e.id DESC LIMIT ?7
      """
  }

  /// The start of a branch relative to the cursor, by the order of subjects at equal times.
  enum CursorBound {
    /// No cursor: from the newest entry.
    case none
    /// The branch's subject sorts before the cursor's: only strictly older times follow.
    case before
    /// The branch's subject sorts after the cursor's: the cursor's own time follows too.
    case atOrBefore
    /// The cursor's own subject: older times, and at its time smaller ids.
    case beforeID
  }

  private static func auditSource(_ subject: AuditEntry.Subject, byUser: Bool)
    -> (select: String, from: String, index: String)
  {
    switch subject {
    case .request:
      return (
        "r.year, r.serial, e.action, e.detail",
        "request_event e INDEXED BY {index} JOIN request r ON r.id = e.request_id",
        byUser ? "request_event_by_user" : "request_event_by_time"
      )
    case .courier:
      return (
        "c.name, NULL, e.action, e.detail",
        "courier_event e INDEXED BY {index} JOIN courier c ON c.id = e.courier_id",
        "courier_event_by_time"
      )
    case .complaint:
      return (
        "e.complaint_id, NULL, e.action, e.detail",
        "complaint_event e INDEXED BY {index}", "complaint_event_by_time"
      )
    case .setting:
      return (
        "e.key, NULL, 'change', 'old=' || coalesce(e.old_value, '-') || ' new=' || e.new_value",
        "setting_event e INDEXED BY {index}", "setting_event_by_time"
      )
    case .survey:
      return (
        "r.year, r.serial, e.action, e.detail",
        "survey_event e INDEXED BY {index} JOIN survey_response s ON s.id = e.survey_id"
          + " JOIN request r ON r.id = s.request_id",
        "survey_event_by_time"
      )
    case .export:
      return (
        "e.kind, NULL, CASE e.masked WHEN 1 THEN 'masked' ELSE 'full' END,"
          + " 'rows=' || e.row_count || CASE e.detail WHEN '' THEN '' ELSE ' ' || e.detail END",
        "export_event e INDEXED BY {index}", "export_event_by_time"
      )
    }
  }

  /// Every branch in each form, for the plan test.
  static var auditQueries: [String] {
    AuditEntry.Subject.allCases.flatMap { subject in
      [
        auditSQL(subject, cursor: .none, user: false, role: false),
        auditSQL(subject, cursor: .beforeID, user: true, role: true),
      ]
    }
  }

  static let insertExportSQL = """
    INSERT INTO export_event (time, "user", role, kind, detail, row_count, masked)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
    """

  // MARK: Reading

  /// Returns the entries `filter` selects, newest first, as `AuditStore.audit` describes.
  ///
  /// Complexity: O(limit × subjects).
  public func audit(_ filter: AuditFilter, after cursor: AuditCursor?, limit: Int)
    throws(StoreError) -> [AuditEntry]
  {
    guard limit > 0 else { return [] }
    let subjects = AuditEntry.Subject.allCases.filter(filter.includes)
    return try read { (connection) throws(StoreError) -> [AuditEntry] in
      var merged: [AuditEntry] = []
      for subject in subjects {
        merged += try auditBranch(subject, filter, after: cursor, limit: limit, connection)
      }
      let order = AuditEntry.Subject.allCases
      merged.sort { left, right in
        if left.time != right.time { return left.time > right.time }
        if left.subject != right.subject {
          return order.firstIndex(of: left.subject)! < order.firstIndex(of: right.subject)!
        }
        return left.id > right.id
      }
      return Array(merged.prefix(limit))
    }
  }

  private func auditBranch(
    _ subject: AuditEntry.Subject, _ filter: AuditFilter, after cursor: AuditCursor?,
    limit: Int, _ connection: any SQLConnection
  ) throws(StoreError) -> [AuditEntry] {
    let order = AuditEntry.Subject.allCases
    var bound = CursorBound.none
    if let cursor {
      let mine = order.firstIndex(of: subject)!
      let theirs = order.firstIndex(of: cursor.subject)!
      if mine == theirs {
        bound = .beforeID
      } else if mine < theirs {
        bound = .before
      } else {
        bound = .atOrBefore
      }
    }
    let sql = Self.auditSQL(
      subject, cursor: bound, user: filter.user != nil, role: filter.role != nil)
    let values: [SQLValue] = [
      .real(filter.from?.timeIntervalSince1970 ?? -Double.greatestFiniteMagnitude),
      .real(filter.to?.timeIntervalSince1970 ?? Double.greatestFiniteMagnitude),
      .real(cursor?.time.timeIntervalSince1970 ?? 0), .integer(cursor?.id ?? 0),
      .text(filter.user ?? ""), .text(filter.role?.rawValue ?? ""), .integer(limit),
    ]
    return try connection.rows(sql, values, context: "reading the audit trail") { row in
      let reference: String
      switch subject {
      case .request, .survey:
        reference = RequestNumber(year: row.int(4), serial: row.int(5)).description
      case .complaint:
        reference = "#\(row.integer(4))"
      case .courier, .setting, .export:
        reference = row.text(4)
      }
      return AuditEntry(
        subject: subject, id: row.integer(0), time: Date(timeIntervalSince1970: row.real(1)),
        user: row.text(2), role: row.optionalText(3).flatMap(Role.init(rawValue:)),
        reference: reference, action: row.text(6), detail: row.text(7))
    }
  }

  // MARK: Recording exports

  /// Records an export as `AuditStore.recordExport` describes.
  public func recordExport(_ export: ExportRecord, by actor: Actor, at time: Date)
    throws(StoreError)
  {
    try write { (connection) throws(StoreError) in
      try connection.run(
        Self.insertExportSQL,
        [
          .real(time.timeIntervalSince1970), .text(actor.user), .text(actor.role.rawValue),
          .text(export.kind.rawValue),
          .text(EventDetail.format(export.detail.map { (key: $0.key, value: Optional($0.value)) })),
          .integer(export.rowCount), .integer(export.masked ? 1 : 0),
        ],
        context: "recording the \(export.kind.rawValue) export")
    }
  }
}

import Foundation

/// One line of the audit trail: an event row of any table, or an export of personal data.
public struct AuditEntry: Sendable, Equatable {
  /// The kind of record the event is about, which is also its table.
  public enum Subject: String, Sendable, CaseIterable {
    case request
    case courier
    case complaint
    case setting
    case survey
    case export
  }

  public let subject: Subject
  /// The event's id in its table; with `subject` and `time`, the entry's place in the trail.
  public let id: Int64
  public let time: Date
  public let user: String
  /// The user's role; nil for an event written before roles were recorded.
  public let role: Role?
  /// The request number, courier name, complaint number, setting key or export kind.
  public let reference: String
  /// The action as stored: "deliver", "assign", "update", "recipients".
  public let action: String
  /// The event's key=value detail as stored (personal numbers are stored masked).
  public let detail: String

  public init(
    subject: Subject, id: Int64, time: Date, user: String, role: Role?, reference: String,
    action: String, detail: String
  ) {
    self.subject = subject
    self.id = id
    self.time = time
    self.user = user
    self.role = role
    self.reference = reference
    self.action = action
    self.detail = detail
  }

  /// The place to continue from, for the next page of an audit query.
  public var cursor: AuditCursor { AuditCursor(time: time, subject: subject, id: id) }
}

/// A position in the audit trail, newest first: entries strictly older than it follow.
public struct AuditCursor: Sendable, Equatable {
  public let time: Date
  public let subject: AuditEntry.Subject
  public let id: Int64

  public init(time: Date, subject: AuditEntry.Subject, id: Int64) {
    self.time = time
    self.subject = subject
    self.id = id
  }
}

/// The conditions of an audit query. Each is optional, and none selects every entry.
public struct AuditFilter: Sendable, Equatable {
  /// Entries at or after this time.
  public var from: Date?
  /// Entries before this time.
  public var to: Date?
  public var user: String?
  public var role: Role?
  /// The subjects to list; empty lists every subject.
  public var subjects: Set<AuditEntry.Subject> = []

  public init(
    from: Date? = nil, to: Date? = nil, user: String? = nil, role: Role? = nil,
    subjects: Set<AuditEntry.Subject> = []
  ) {
    self.from = from
    self.to = to
    self.user = user
    self.role = role
    self.subjects = subjects
  }

  /// Returns whether entries of `subject` are listed.
  public func includes(_ subject: AuditEntry.Subject) -> Bool {
    subjects.isEmpty || subjects.contains(subject)
  }
}

/// An export of personal data, recorded once its file is written, so that the trail names
/// every file that was made and none that failed.
public struct ExportRecord: Sendable, Equatable {
  /// The kind of export.
  public enum Kind: String, Sendable, CaseIterable {
    /// The recipient list (daftar penerima): names, addresses and who received.
    case recipients
    /// The request event log.
    case events
    /// A courier's run sheet: names, addresses and phone numbers.
    case runsheet
    /// A copy of the whole store.
    case backup
  }

  public let kind: Kind
  /// The export's range and destination as key=value pairs: days, courier, file.
  public let detail: [(key: String, value: String)]
  /// The number of rows the export contains (stops, recipients, events, or requests in a backup).
  public let rowCount: Int
  /// Whether NIK, KK and phone numbers were masked.
  public let masked: Bool

  public init(
    kind: Kind, detail: [(key: String, value: String)], rowCount: Int, masked: Bool
  ) {
    self.kind = kind
    self.detail = detail
    self.rowCount = rowCount
    self.masked = masked
  }

  public static func == (lhs: ExportRecord, rhs: ExportRecord) -> Bool {
    lhs.kind == rhs.kind && lhs.rowCount == rhs.rowCount && lhs.masked == rhs.masked
      && lhs.detail.map { "\($0.key)=\($0.value)" } == rhs.detail.map { "\($0.key)=\($0.value)" }
  }
}

/// The audit trail: every event of every table with its user and role, and each export
/// of personal data.
public protocol AuditStore: AnyObject, Sendable {
  /// Returns up to `limit` entries that `filter` selects, newest first (ties by subject
  /// and id), strictly after `cursor` in that order when one is given.
  ///
  /// Complexity: O(limit × subjects), through each table's index on time (on user and time
  /// for requests filtered by user). A role filter has no index, so it also reads the
  /// entries of other roles that come between.
  func audit(_ filter: AuditFilter, after cursor: AuditCursor?, limit: Int)
    throws(StoreError) -> [AuditEntry]

  /// Records an export with its user and role as one transaction. Throws `.readOnly` on
  /// a read-only store, so a role that opens the store read-only cannot record one; such
  /// roles get masked exports only.
  func recordExport(_ export: ExportRecord, by actor: Actor, at time: Date) throws(StoreError)
}

import Foundation

/// Where a delivery request is in its life.
///
/// received → in process (sent to Dukcapil) → ready (printed, at the office) → assigned
/// (to a courier, for a date) → out for delivery → delivered. A failed attempt returns
/// the request to ready, or to "returned to office" after the last allowed attempt.
/// Cancelled is possible at any point before delivery.
public enum RequestState: String, Sendable, CaseIterable, Codable {
  case received
  case inProcess = "in-process"
  case ready
  case assigned
  case outForDelivery = "out-for-delivery"
  case delivered
  case returnedToOffice = "returned-to-office"
  case cancelled

  /// Whether the request is finished: nothing more can happen to it.
  public var isFinal: Bool { self == .delivered || self == .cancelled }

  /// States of a printed document that has not reached the resident yet.
  public static let pending: [RequestState] = [.ready, .assigned, .outForDelivery]
}

/// Why a delivery attempt failed.
public enum FailureReason: String, Sendable, CaseIterable, Codable {
  case notAtHome = "not-at-home"
  case addressNotFound = "address-not-found"
  case refused
  case recipientNotEntitled = "recipient-not-entitled"
  case other
}

/// Who received a document at the handover.
public enum RecipientKind: String, Sendable, CaseIterable, Codable {
  /// The named resident, showing an identity document.
  case resident
  /// A member of the same KK, showing their KTP-el.
  case familyMember = "family-member"
  /// Anyone holding a surat kuasa (with a Rp10,000 duty stamp) and copies of both KTP-el.
  case proxy
}

/// The record of a handover: who received the document, as the daftar penerima shows it.
public struct Handover: Sendable, Equatable, Codable {
  public var recipientKind: RecipientKind
  public var recipientName: String
  /// Relation to the resident ("istri", "anak", "ayah"); required unless the recipient
  /// is the resident.
  public var relation: String
  /// For a replacement KTP-el: whether the old card was taken back.
  public var oldCardReturned: Bool
  /// Time the document changed hands, given when it was earlier than the recording (a
  /// courier reporting back after the round). Nil means the recording time.
  public var time: Date?

  public init(
    recipientKind: RecipientKind, recipientName: String, relation: String = "",
    oldCardReturned: Bool = false, time: Date? = nil
  ) {
    self.recipientKind = recipientKind
    self.recipientName = recipientName
    self.relation = relation
    self.oldCardReturned = oldCardReturned
    self.time = time
  }
}

import Foundation

/// How a complaint reached the office.
public enum ComplaintChannel: String, Sendable, CaseIterable, Codable {
  case callCentre = "call-centre"
  case whatsApp = "whatsapp"
  case socialMedia = "social-media"
  case walkIn = "walk-in"
  case letter
  /// The national portal SP4N-LAPOR!, which gives each report a number.
  case lapor
}

/// What a complaint is about.
public enum ComplaintCategory: String, Sendable, CaseIterable, Codable {
  case late
  case notReceived = "not-received"
  case wrongData = "wrong-data"
  case damaged
  case courierConduct = "courier-conduct"
  case other
}

/// The weight of a complaint, which sets its deadline.
public enum ComplaintWeight: String, Sendable, CaseIterable, Codable {
  case light
  case normative
  case noSupervisoryContent = "no-supervisory-content"
  case needsInvestigation = "needs-investigation"

  /// Working days to resolve, as local procedures set them: light 2, normative 5, no
  /// supervisory content 14, needs investigation 60.
  public var deadlineWorkingDays: Int {
    switch self {
    case .light: return 2
    case .normative: return 5
    case .noSupervisoryContent: return 14
    case .needsInvestigation: return 60
    }
  }
}

/// Where a complaint is in its handling.
public enum ComplaintState: String, Sendable, CaseIterable, Codable {
  case received
  case verified
  case postponed
  case notOurAuthority = "not-our-authority"
  case archived
  case assigned
  case inFollowUp = "in-follow-up"
  case resolved

  /// Whether the office still owes the complainant an answer.
  public var isOpen: Bool {
    switch self {
    case .received, .verified, .assigned, .inFollowUp, .postponed: return true
    case .notOurAuthority, .archived, .resolved: return false
    }
  }
}

/// A complaint about the delivery service.
public struct Complaint: Sendable, Equatable, Identifiable {
  public let id: Int64
  public var receivedAt: Date
  public var channel: ComplaintChannel
  /// The SP4N-LAPOR! report number, when the channel is `.lapor`.
  public var laporNumber: String?
  public var category: ComplaintCategory
  public var weight: ComplaintWeight
  public var state: ComplaintState
  public var complainantName: String
  public var requestID: Int64?
  public var description: String

  public init(
    id: Int64, receivedAt: Date, channel: ComplaintChannel, laporNumber: String?,
    category: ComplaintCategory, weight: ComplaintWeight, state: ComplaintState,
    complainantName: String, requestID: Int64?, description: String
  ) {
    self.id = id
    self.receivedAt = receivedAt
    self.channel = channel
    self.laporNumber = laporNumber
    self.category = category
    self.weight = weight
    self.state = state
    self.complainantName = complainantName
    self.requestID = requestID
    self.description = description
  }

  /// Returns the last working day to resolve the complaint.
  public func deadline(in calendar: WorkingCalendar) -> CalendarDay {
    calendar.adding(
      workingDays: weight.deadlineWorkingDays, to: CalendarDay(containing: receivedAt))
  }
}

/// The fields of a complaint not yet stored.
public struct NewComplaint: Sendable, Equatable {
  public var channel: ComplaintChannel
  public var laporNumber: String?
  public var category: ComplaintCategory
  public var weight: ComplaintWeight
  public var complainantName: String
  public var requestID: Int64?
  public var description: String

  public init(
    channel: ComplaintChannel, laporNumber: String? = nil, category: ComplaintCategory,
    weight: ComplaintWeight, complainantName: String, requestID: Int64?, description: String
  ) {
    self.channel = channel
    self.laporNumber = laporNumber
    self.category = category
    self.weight = weight
    self.complainantName = complainantName
    self.requestID = requestID
    self.description = description
  }

  /// Checks what a stored complaint needs; the error names the field.
  public func validate() throws(ComplaintError) {
    if complainantName.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw .missingField("complainant name")
    }
    if description.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
      throw .missingField("description")
    }
    if channel == .lapor,
      (laporNumber ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
    {
      throw .missingField("SP4N-LAPOR! report number")
    }
  }
}

public enum ComplaintError: Error, Sendable, Equatable, CustomStringConvertible {
  case missingField(String)

  public var description: String {
    switch self {
    case .missingField(let field): return "complaint needs a \(field)"
    }
  }
}

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
  /// The resident the complaint concerns: the linked request's, or one found by NIK.
  public var residentID: Int64?
  /// The desa of the linked request or of the resident; nil when neither is known.
  public var desaCode: String?
  /// A number to call the complainant back on.
  public var phone: PhoneNumber?
  /// The last working day to resolve it, as the store recorded it from the weight. Nil
  /// for a complaint logged before schema version 4; `deadline(in:)` computes it then.
  public var deadlineDay: CalendarDay?
  /// The staff member handling it, from the assign step on.
  public var assignedTo: String?
  public var resolvedAt: Date?
  /// When it left the open states: resolved, not our authority or archived.
  public var closedAt: Date?
  /// Grows by 1 with every change, for conflict checks.
  public var version: Int

  public init(
    id: Int64, receivedAt: Date, channel: ComplaintChannel, laporNumber: String?,
    category: ComplaintCategory, weight: ComplaintWeight, state: ComplaintState,
    complainantName: String, requestID: Int64?, description: String, residentID: Int64? = nil,
    desaCode: String? = nil, phone: PhoneNumber? = nil, deadlineDay: CalendarDay? = nil,
    assignedTo: String? = nil, resolvedAt: Date? = nil, closedAt: Date? = nil, version: Int = 1
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
    self.residentID = residentID
    self.desaCode = desaCode
    self.phone = phone
    self.deadlineDay = deadlineDay
    self.assignedTo = assignedTo
    self.resolvedAt = resolvedAt
    self.closedAt = closedAt
    self.version = version
  }

  /// The WIB day the complaint was received.
  public var receivedDay: CalendarDay { CalendarDay(containing: receivedAt) }

  /// Returns the last working day to resolve the complaint: the stored deadline, or for
  /// a complaint without one, `weight.deadlineWorkingDays` after the day it was received.
  public func deadline(in calendar: WorkingCalendar) -> CalendarDay {
    deadlineDay ?? Self.deadline(for: weight, receivedOn: receivedDay, in: calendar)
  }

  /// Returns the day `weight.deadlineWorkingDays` working days after `day`.
  public static func deadline(
    for weight: ComplaintWeight, receivedOn day: CalendarDay, in calendar: WorkingCalendar
  ) -> CalendarDay {
    calendar.adding(workingDays: weight.deadlineWorkingDays, to: day)
  }

  /// Working days SP4N-LAPOR! gives an office to verify a report.
  public static let laporVerificationWorkingDays = 3

  /// Whether the complaint came through SP4N-LAPOR! and still waits for verification
  /// (received or postponed), so its 3-working-day verification deadline applies.
  public var awaitsLaporVerification: Bool {
    channel == .lapor && (state == .received || state == .postponed)
  }

  /// Returns the last working day to verify a SP4N-LAPOR! report: 3 working days after
  /// the day it was received.
  public func verificationDeadline(in calendar: WorkingCalendar) -> CalendarDay {
    calendar.adding(workingDays: Self.laporVerificationWorkingDays, to: receivedDay)
  }
}

/// The fields of a complaint not yet stored.
public struct NewComplaint: Sendable, Equatable {
  public var channel: ComplaintChannel
  public var laporNumber: String?
  public var category: ComplaintCategory
  public var weight: ComplaintWeight
  public var complainantName: String
  /// The linked request by id, as the queue knows it.
  public var requestID: Int64?
  /// The linked request by number, as the operator types it; the store looks up its id.
  /// When both this and `requestID` are given they must name the same request.
  public var requestNumber: RequestNumber?
  /// The resident the complaint concerns, found by NIK. With a linked request it must be
  /// that request's resident.
  public var residentNIK: NIK?
  public var phone: PhoneNumber?
  public var description: String

  public init(
    channel: ComplaintChannel, laporNumber: String? = nil, category: ComplaintCategory,
    weight: ComplaintWeight, complainantName: String, requestID: Int64?,
    requestNumber: RequestNumber? = nil, residentNIK: NIK? = nil, phone: PhoneNumber? = nil,
    description: String
  ) {
    self.channel = channel
    self.laporNumber = laporNumber
    self.category = category
    self.weight = weight
    self.complainantName = complainantName
    self.requestID = requestID
    self.requestNumber = requestNumber
    self.residentNIK = residentNIK
    self.phone = phone
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

import Foundation

/// A slice of a longer ordered list.
public struct Page<Row: Sendable>: Sendable {
  /// Rows in the whole list, not only this page.
  public let total: Int
  /// Position of `rows[0]` in the whole list.
  public let offset: Int
  public let rows: [Row]

  public init(total: Int, offset: Int, rows: [Row]) {
    self.total = total
    self.offset = offset
    self.rows = rows
  }
}

extension Page: Equatable where Row: Equatable {}

/// The figures in the dashboard header and in `hds summary`.
public struct Totals: Sendable, Equatable {
  /// Requests per state, every state present (0 when none).
  public var byState: [RequestState: Int]
  public var deliveredOnDay: Int
  public var failedAttemptsOnDay: Int
  public var openComplaints: Int

  public init(
    byState: [RequestState: Int], deliveredOnDay: Int, failedAttemptsOnDay: Int,
    openComplaints: Int
  ) {
    var complete: [RequestState: Int] = [:]
    for state in RequestState.allCases { complete[state] = byState[state] ?? 0 }
    self.byState = complete
    self.deliveredOnDay = deliveredOnDay
    self.failedAttemptsOnDay = failedAttemptsOnDay
    self.openComplaints = openComplaints
  }

  public subscript(state: RequestState) -> Int { byState[state] ?? 0 }

  /// Printed documents not yet with the resident: ready, assigned or out for delivery.
  public var pending: Int { RequestState.pending.reduce(0) { $0 + self[$1] } }

  public var requests: Int { byState.values.reduce(0, +) }
}

/// A row of the pending queue.
public struct QueueRow: Sendable, Equatable, Identifiable {
  public let id: Int64
  public let number: RequestNumber
  public let state: RequestState
  public let document: DocumentKind
  public let residentName: String
  public let nik: NIK
  public let desaCode: String
  public let dusun: String
  public let receivedAt: Date
  /// When the document became ready; nil before it was printed.
  public let readyAt: Date?
  public let attempts: Int
  public let courierName: String?
  public let deliveryDay: CalendarDay?
  public let needsCompletion: Bool
  public let isReplacement: Bool
  public let phone: PhoneNumber?
  public let version: Int

  public init(
    id: Int64, number: RequestNumber, state: RequestState, document: DocumentKind,
    residentName: String, nik: NIK, desaCode: String, dusun: String, receivedAt: Date,
    readyAt: Date?, attempts: Int, courierName: String?, deliveryDay: CalendarDay?,
    needsCompletion: Bool = false, isReplacement: Bool = false, phone: PhoneNumber? = nil,
    version: Int
  ) {
    self.id = id
    self.number = number
    self.state = state
    self.document = document
    self.residentName = residentName
    self.nik = nik
    self.desaCode = desaCode
    self.dusun = dusun
    self.receivedAt = receivedAt
    self.readyAt = readyAt
    self.attempts = attempts
    self.courierName = courierName
    self.deliveryDay = deliveryDay
    self.needsCompletion = needsCompletion
    self.isReplacement = isReplacement
    self.phone = phone
    self.version = version
  }
}

extension QueueRow {
  /// When the request started waiting: ready time once printed, application time before.
  public var waitingSince: Date { readyAt ?? receivedAt }
}

/// What one courier holds for a day.
public struct CourierDayRow: Sendable, Equatable, Identifiable {
  public let courierID: Int64
  public let name: String
  /// Requests assigned for the day and not yet taken out.
  public let assigned: Int
  /// Requests out for delivery now.
  public let out: Int
  /// Requests the courier delivered on the day.
  public let delivered: Int
  /// Failed attempts the courier recorded on the day.
  public let failed: Int

  public var id: Int64 { courierID }

  public init(courierID: Int64, name: String, assigned: Int, out: Int, delivered: Int, failed: Int)
  {
    self.courierID = courierID
    self.name = name
    self.assigned = assigned
    self.out = out
    self.delivered = delivered
    self.failed = failed
  }
}

/// Load of one desa.
public struct DesaLoad: Sendable, Equatable {
  public let desaCode: String
  /// Ready, assigned or out for delivery.
  public let pending: Int
  /// Delivered on the day asked for.
  public let deliveredOnDay: Int
  /// Delivered in the calendar month of the day asked for.
  public let deliveredInMonth: Int

  public init(desaCode: String, pending: Int, deliveredOnDay: Int, deliveredInMonth: Int) {
    self.desaCode = desaCode
    self.pending = pending
    self.deliveredOnDay = deliveredOnDay
    self.deliveredInMonth = deliveredInMonth
  }
}

/// A row of the complaints list.
public struct ComplaintRow: Sendable, Equatable, Identifiable {
  public let complaint: Complaint
  /// The linked request's number, when a request is linked.
  public let requestNumber: RequestNumber?

  public var id: Int64 { complaint.id }

  public init(complaint: Complaint, requestNumber: RequestNumber?) {
    self.complaint = complaint
    self.requestNumber = requestNumber
  }
}

/// Everything the detail view shows about one request.
public struct RequestDetail: Sendable, Equatable {
  public let request: DeliveryRequest
  public let courierName: String?
  /// Oldest first.
  public let events: [RequestEvent]
  public let complaints: [Complaint]
  /// The satisfaction survey response of a delivered request, when one was recorded.
  public let survey: SurveyRecord?

  public init(
    request: DeliveryRequest, courierName: String?, events: [RequestEvent], complaints: [Complaint],
    survey: SurveyRecord? = nil
  ) {
    self.request = request
    self.courierName = courierName
    self.events = events
    self.complaints = complaints
    self.survey = survey
  }
}

import Foundation

/// One stop of a courier's day, in route order, as the run sheet lists it.
public struct RouteStop: Sendable, Equatable, Identifiable {
  public let requestID: Int64
  public let number: RequestNumber
  /// 1 for the first stop; nil for a stop assigned without a planned order, listed last.
  public let position: Int?
  public let state: RequestState
  public let document: DocumentKind
  public let residentName: String
  public let phone: PhoneNumber?
  public let address: Address
  public let attempts: Int
  public let version: Int
  /// When the document was ready at the office, or received for one never marked ready,
  /// which the service-time target counts from.
  public let waitingSince: Date

  public var id: Int64 { requestID }

  public init(
    requestID: Int64, number: RequestNumber, position: Int?, state: RequestState,
    document: DocumentKind, residentName: String, phone: PhoneNumber?, address: Address,
    attempts: Int, version: Int, waitingSince: Date
  ) {
    self.requestID = requestID
    self.number = number
    self.position = position
    self.state = state
    self.document = document
    self.residentName = residentName
    self.phone = phone
    self.address = address
    self.attempts = attempts
    self.version = version
    self.waitingSince = waitingSince
  }
}

/// The changes that accepting a plan made, counted per stop.
public struct PlanChanges: Sendable, Equatable {
  /// Ready requests that were assigned.
  public var assigned = 0
  /// Requests moved from another courier or another day.
  public var reassigned = 0
  /// Requests already on the courier's route that day whose position changed.
  public var reordered = 0
  /// Requests already on the courier's route at the same position.
  public var unchanged = 0
  /// Couriers of the plan whose route gained a stop or changed its order.
  public var couriers: Set<Int64> = []

  public init() {}

  /// Whether the plan changed nothing at all.
  public var isEmpty: Bool { assigned + reassigned + reordered == 0 }
}

/// A day's plan as the operator accepted it: per courier, the requests in route order.
public struct DispatchPlan: Sendable, Equatable {
  public struct Route: Sendable, Equatable {
    public let courierID: Int64
    /// Requests in visiting order, each with the version the proposal was made from.
    public let stops: [(requestID: Int64, version: Int)]

    public init(courierID: Int64, stops: [(requestID: Int64, version: Int)]) {
      self.courierID = courierID
      self.stops = stops
    }

    public static func == (lhs: Route, rhs: Route) -> Bool {
      lhs.courierID == rhs.courierID && lhs.stops.map(\.requestID) == rhs.stops.map(\.requestID)
        && lhs.stops.map(\.version) == rhs.stops.map(\.version)
    }
  }

  public let day: CalendarDay
  public let routes: [Route]

  public init(day: CalendarDay, routes: [Route]) {
    self.day = day
    self.routes = routes
  }
}

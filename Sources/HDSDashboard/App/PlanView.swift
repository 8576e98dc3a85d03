import HDSCore

/// What the plan view shows of a stop.
public struct PlanStop: Sendable, Equatable {
  public let residentName: String
  public let desaCode: String
  public let dusun: String
  public let document: DocumentKind

  public init(residentName: String, desaCode: String, dusun: String, document: DocumentKind) {
    self.residentName = residentName
    self.desaCode = desaCode
    self.dusun = dusun
    self.document = document
  }
}

/// The dispatch proposal on screen: the plan, what each stop is, and the selected stop.
public struct PlanView: Sendable {
  public var proposal: DispatchProposal
  /// The planned requests' resident, desa and document, by request id.
  public let rows: [Int64: PlanStop]
  public let courierNames: [Int64: String]
  /// Ready documents left out of the proposal because they were made from a print list and
  /// still need their address or KK number.
  public var needsCompletion = 0
  /// Ready documents left out because one proposal takes at most
  /// `DispatchDay.candidateLimit`, the oldest first.
  public var overLimit = 0
  /// Selected stop: route index and stop index within it.
  public var route = 0
  public var stop = 0

  public init(proposal: DispatchProposal, rows: [Int64: PlanStop], courierNames: [Int64: String]) {
    self.proposal = proposal
    self.rows = rows
    self.courierNames = courierNames
    route = proposal.routes.firstIndex { !$0.stops.isEmpty } ?? 0
  }

  /// Moves the selection one stop down or up, across route boundaries.
  mutating func moveSelection(by step: Int) {
    var flat: [(Int, Int)] = []
    for (r, route) in proposal.routes.enumerated() {
      for s in route.stops.indices { flat.append((r, s)) }
    }
    guard !flat.isEmpty else { return }
    let current = flat.firstIndex { $0 == (route, stop) } ?? 0
    let next = max(0, min(flat.count - 1, current + step))
    (route, stop) = flat[next]
  }

  /// Moves the selected stop to the route `step` away, keeping it selected.
  mutating func moveStop(by step: Int) throws(DispatchProposal.MoveRefusal) {
    let target = route + step
    let id = proposal.routes[route].stops[stop].requestID
    try proposal.move(stop: stop, from: route, to: target)
    route = target
    stop = proposal.routes[target].stops.firstIndex { $0.requestID == id } ?? 0
  }

  mutating func reorder(by step: Int) -> Bool {
    guard proposal.reorder(stop: stop, in: route, by: step) else { return false }
    stop += step
    return true
  }
}

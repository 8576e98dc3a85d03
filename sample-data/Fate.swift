/// Where a synthetic request ends up, chosen so that every state and the common
/// histories (a failed attempt, a return to the office) appear in the sample.
enum Fate: CaseIterable, Equatable {
  case received
  case inProcess
  case readyFresh
  case readyOverdue
  case readyAfterFailure
  case assignedToday
  case outToday
  case delivered
  case deliveredToday
  case deliveredAfterFailure
  case returnedToOffice
  case cancelled

  /// Share per 300 requests.
  var share: Int {
    switch self {
    case .received: return 18
    case .inProcess: return 42
    case .readyFresh: return 28
    case .readyOverdue: return 12
    case .readyAfterFailure: return 6
    case .assignedToday: return 24
    case .outToday: return 15
    case .delivered: return 105
    case .deliveredToday: return 16
    case .deliveredAfterFailure: return 12
    case .returnedToOffice: return 6
    case .cancelled: return 16
    }
  }

  var hadFailure: Bool {
    self == .readyAfterFailure || self == .deliveredAfterFailure || self == .returnedToOffice
  }

  /// `count` fates in proportion to `share`, the rounding remainder going to delivered,
  /// in random order.
  static func shuffledPlan(count: Int, using generator: inout SeededGenerator) -> [Fate] {
    var plan: [Fate] = []
    for fate in allCases {
      plan += Array(repeating: fate, count: fate.share * count / 300)
    }
    plan += Array(repeating: .delivered, count: max(0, count - plan.count))
    return Array(plan.prefix(count)).shuffled(using: &generator)
  }
}

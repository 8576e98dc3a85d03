/// The maker of a change: the Unix user and the role HDS gave them. Every event row records
/// both, so that `hds audit` can list who did what with which rights.
public struct Actor: Sendable, Hashable, CustomStringConvertible {
  /// The Unix user name (or the name a test or the sample data gives).
  public let user: String
  /// The role the user had when they made the change.
  public let role: Role

  public init(user: String, role: Role) {
    self.user = user
    self.role = role
  }

  /// An operator, who may make every change: the sample data and tests write as one.
  public static func `operator`(_ user: String) -> Actor { Actor(user: user, role: .operator) }

  /// "budi (operator)".
  public var description: String { "\(user) (\(role.rawValue))" }

  /// Throws `.forbidden` unless the actor's role may make `change`. The store calls it
  /// inside each command, so a role's limits hold whichever program writes.
  public func require(_ change: Change) throws(StoreError) {
    guard role.may(change) else { throw .forbidden(role: role, change: change) }
  }
}

/// The kinds of change the store makes, grouped by the role that may make them.
public enum Change: String, Sendable, CaseIterable {
  /// Requests: intake, lifecycle actions, corrections, undo, dispatch plans.
  case request
  /// Print-list and survey imports.
  case importList = "import"
  /// Courier records.
  case courier
  /// Complaint intake and every complaint action except assignment.
  case complaint
  /// Assigning a complaint to the staff member who handles it.
  case complaintAssignment = "complaint assignment"
  /// Survey responses entered by hand.
  case survey
  /// Settings: attempts allowed, road factor, service-time targets.
  case settings
}

extension Role {
  /// Returns whether the role may make `change`: an operator every change, a supervisor complaint
  /// assignments and settings, viewers and couriers none.
  public func may(_ change: Change) -> Bool {
    switch self {
    case .operator: return true
    case .supervisor: return change == .complaintAssignment || change == .settings
    case .viewer, .courier: return false
    }
  }
}

/// A user's permissions in HDS. The data directory's `roles.conf` gives each Unix user or
/// group a role, and `RoleConfig` reads it.
public enum Role: String, Sendable, CaseIterable, Comparable {
  /// Front office: every action.
  case `operator`
  /// The camat: reads what an operator reads, assigns complaints and changes settings.
  case supervisor
  /// Dinas Dukcapil over SSH: reads, with personal numbers masked.
  case viewer
  /// A courier: reads their own run sheets, with personal numbers masked.
  case courier

  /// The role of a user no line names: the one that may do least.
  public static let least = Role.courier

  /// Whether the role makes any change at all; the others open the store read-only.
  public var writes: Bool { Change.allCases.contains(where: may) }

  /// Whether NIK, KK and phone numbers are shown masked.
  public var masksPersonalData: Bool { self == .viewer || self == .courier }

  /// The role under `--read-only`: a viewer, or a courier, who may do less.
  public var readOnly: Role { min(self, .viewer) }

  /// Orders roles by what they may do, least first: courier, viewer, supervisor, operator.
  public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rank < rhs.rank }

  private var rank: Int {
    switch self {
    case .courier: return 0
    case .viewer: return 1
    case .supervisor: return 2
    case .operator: return 3
    }
  }
}

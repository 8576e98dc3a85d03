/// The selection of a complaint list. Nil fields do not filter.
public struct ComplaintFilter: Sendable, Equatable {
  public var state: ComplaintState?
  public var channel: ComplaintChannel?
  /// A Kemendagri desa code, matched against the complaint's desa.
  public var desaCode: String?
  /// Leaves out the closed complaints (resolved, not our authority, archived).
  public var openOnly: Bool

  public init(
    state: ComplaintState? = nil, channel: ComplaintChannel? = nil, desaCode: String? = nil,
    openOnly: Bool = false
  ) {
    self.state = state
    self.channel = channel
    self.desaCode = desaCode
    self.openOnly = openOnly
  }

  /// Every complaint.
  public static let all = ComplaintFilter()

  /// Whether any field narrows the list.
  public var isFiltering: Bool { self != .all }

  /// Whether the list can contain open complaints.
  public var includesOpen: Bool { state.map(\.isOpen) ?? true }

  /// Whether the list can contain closed complaints.
  public var includesClosed: Bool { !openOnly && !(state.map(\.isOpen) ?? false) }
}

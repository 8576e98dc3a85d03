import Foundation
import HDSCore

/// The four panes, in focus order.
public enum PaneID: Int, Sendable, CaseIterable {
  case queue
  case couriers
  case map
  case complaints
}

/// The view that fills the screen below the header.
public enum DashboardView: Sendable, Equatable {
  /// The queue, courier, map and complaint panes.
  case panes
  /// The live summary for the camat: large figures, bars and trends.
  case summary
}

/// A view drawn over the panes; the topmost takes the keys.
public enum Overlay: Sendable {
  case request(RequestDetail)
  case complaint(ComplaintDetail)
  case courier(Int64)
  case desa(String)
  case form(Form)
  /// A dispatch proposal being edited before it is accepted.
  case plan(PlanView)
  /// One courier's stops for the day, in route order.
  case route(RouteView)
  /// The `?` overlay: the keys of a pane and of every pane, or of a view over the panes.
  case help(HelpTopic)
  /// Dukcapil's list of the kecamatan stores with their totals, at the selected row.
  case kecamatanList(Int)

  /// Whether typed characters go into the overlay: a form's fields.
  var takesText: Bool {
    if case .form = self { return true }
    return false
  }

  /// Whether the overlay only shows something, so closing it loses nothing: not a form,
  /// nor a route or a plan with an order not yet saved.
  var isView: Bool {
    switch self {
    case .request, .complaint, .courier, .desa, .help, .kecamatanList: return true
    case .form, .plan, .route: return false
    }
  }
}

/// What the `?` overlay lists: the keys of a pane and of every pane, or the keys of a
/// view drawn over the panes, which takes only its own.
public enum HelpTopic: Sendable, Equatable {
  case pane(PaneID)
  case route
  case plan
}

/// The `/` search: the text typed and whether the operator is still typing it.
public struct SearchState: Sendable, Equatable {
  public var text: String
  public var isEditing: Bool
  /// Whether the last search found nothing.
  public var notFound = false

  public init(text: String, isEditing: Bool) {
    self.text = text
    self.isEditing = isEditing
  }
}

/// An action this session made, with the event that recorded it.
public struct LastAction: Sendable, Equatable {
  public let requestID: Int64
  public let number: RequestNumber
  public let eventID: Int64
  public let kind: RequestAction.Kind

  public init(requestID: Int64, number: RequestNumber, eventID: Int64, kind: RequestAction.Kind) {
    self.requestID = requestID
    self.number = number
    self.eventID = eventID
    self.kind = kind
  }
}

/// A line shown in the bottom bar until the next key. It is also the failure of a step
/// whose only outcome is such a line.
public struct StatusMessage: Error, Sendable, Equatable {
  public var text: String
  public var isError: Bool

  public init(_ text: String, isError: Bool) {
    self.text = text
    self.isError = isError
  }
}

/// A lost connection to the store's server: since when, and the time of the data on
/// screen. The screen keeps its last data, and the store refuses changes until it is back.
public struct ServerOutage: Sendable, Equatable {
  public var since: Date
  /// When the data on screen was read; nil when none was read yet.
  public var dataAsOf: Date?

  public init(since: Date, dataAsOf: Date?) {
    self.since = since
    self.dataAsOf = dataAsOf
  }

  /// Whether `error` is the loss of a server's connection. A file store's failure to
  /// open is not: its message names the file and the fix.
  public static func isLoss(_ error: StoreError) -> Bool {
    guard case .storage(let path, .cannotOpen, _) = error else { return false }
    return isServer(path)
  }

  /// Whether a store's `path` names a server rather than a file.
  public static func isServer(_ path: String) -> Bool {
    path.hasPrefix("postgresql://") || path.hasPrefix("postgres://")
  }
}

/// The dashboard's whole state: what to draw and where the operator is. Pure data, so
/// that rendering and key handling are testable without a terminal.
public struct DashboardState: Sendable {
  public var catalog: Catalog
  public var kecamatan: Kecamatan
  public var snapshot: Snapshot?
  public var focus: PaneID = .queue
  /// Absolute index of the selected row in each pane's list.
  public var selection: [PaneID: Int] = [:]
  /// Absolute index of the first visible row of each pane's list.
  public var scroll: [PaneID: Int] = [:]
  public var overlays: [Overlay] = []
  /// First visible line of the topmost detail overlay.
  public var overlayScroll = 0
  public var message: StatusMessage?
  /// Set while the store's server cannot be reached; drawn as a banner under the header.
  public var serverOutage: ServerOutage?
  /// When the data on screen was last read.
  public var dataLoadedAt: Date?
  /// Filters and order of the queue pane; its desa also filters the courier pane.
  public var query = QueueQuery.pending
  /// The village map pane's view, shading and zoom.
  public var map = MapState()
  /// Filters of the complaint pane.
  public var complaintFilter = ComplaintFilter.all
  /// The `/` search, while it is typed and after, for n and N.
  public var search: SearchState?
  /// Rows marked with Space for a bulk action, by request id.
  public var marked: [Int64: RequestRef] = [:]
  /// The operator's latest successful action in this session, for undo.
  public var lastAction: LastAction?
  /// Whether the latest write was a bulk action, which undo cannot take back at once.
  public var lastWasBulk = false
  /// The message `u` shows when the latest write cannot be undone (a correction, a
  /// registration), instead of "nothing to undo"; nil after any other write.
  public var lastUndoRejection: String?
  /// The user name this session records on its events, which may undo them.
  public var user = ""
  /// The form whose write is running, reopened with the error if the write fails, so
  /// that nothing typed is lost.
  public var submittedForm: Form?
  public var now: Date
  public var readOnly: Bool
  public var calendar: WorkingCalendar
  public var view = DashboardView.panes
  /// Whether the summary is the only view, as on a wall screen (`hds summary --live`).
  public var summaryOnly = false
  /// Whether the terminal draws Unicode; otherwise charts use ASCII characters.
  public var unicode = true
  /// The user's role; viewers and couriers see NIK, KK and phone numbers masked.
  public var role = Role.operator
  /// For the courier role: the courier linked to the user's login, whose requests alone
  /// the queue and the courier pane show.
  public var ownCourierID: Int64?
  /// The `:` command line while it is open.
  public var prompt: CommandPrompt?
  /// Whether the focused pane fills the screen (`z`); the zoom follows the focus.
  public var isZoomed = false
  /// Whether this session may switch between the kecamatan of the database: only
  /// Dukcapil's read-only viewer of a PostgreSQL database. An office's operators stay on
  /// their own kecamatan.
  public var switchesKecamatan = false

  /// The pane that fills the screen, if any.
  public var zoomedPane: PaneID? { isZoomed && view == .panes ? focus : nil }

  /// The courier whose requests alone this session sees: the own courier for the
  /// courier role, or id 0, which no courier has, when none is linked; nil for the other
  /// roles, who see every courier.
  public var courierScope: Int64? { role == .courier ? (ownCourierID ?? 0) : nil }

  /// Whether the session shows complaints. Couriers get none, because complaints name
  /// residents who are not on their route.
  public var seesComplaints: Bool { role != .courier }

  /// Whether this session may make `change`: the store is writable and the role allows
  /// it. Key hints offer only such changes, and `KeyHandler.allowsWrite` gives the reason
  /// for any other.
  public func mayMake(_ change: Change) -> Bool { !readOnly && role.may(change) }

  public init(
    catalog: Catalog, kecamatan: Kecamatan, now: Date, readOnly: Bool = false,
    calendar: WorkingCalendar = WorkingCalendar()
  ) {
    self.catalog = catalog
    self.kecamatan = kecamatan
    self.now = now
    self.readOnly = readOnly
    self.calendar = calendar
  }

  public func selected(_ pane: PaneID) -> Int { selection[pane] ?? 0 }

  /// The number of rows in a pane's list.
  public func count(of pane: PaneID) -> Int {
    guard let snapshot else { return 0 }
    switch pane {
    case .queue: return snapshot.queue.total
    case .couriers: return courierRows.count
    case .map: return kecamatan.desa.count
    case .complaints: return snapshot.complaints.total
    }
  }

  /// The queue row under the selection, when it is loaded.
  public var selectedQueueRow: QueueRow? {
    snapshot?.queueRow(at: selected(.queue))
  }
}

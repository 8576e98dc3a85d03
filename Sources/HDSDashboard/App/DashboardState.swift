import Foundation
import HDSCore

/// The four panes, in focus order.
public enum PaneID: Int, Sendable, CaseIterable {
  case queue
  case couriers
  case map
  case complaints
}

/// A view drawn over the panes; the topmost takes the keys.
public enum Overlay: Sendable {
  case request(RequestDetail)
  case complaint(ComplaintRow)
  case courier(Int64)
  case desa(String)
  case form(Form)
}

/// A line shown in the bottom bar until the next key.
public struct StatusMessage: Sendable, Equatable {
  public var text: String
  public var isError: Bool

  public init(_ text: String, isError: Bool) {
    self.text = text
    self.isError = isError
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
  public var now: Date
  public var readOnly: Bool
  public var calendar: WorkingCalendar

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
    case .couriers: return snapshot.courierBoard.count
    case .map: return kecamatan.desa.count
    case .complaints: return snapshot.complaints.total
    }
  }

  /// The queue row under the selection, when it is loaded.
  public var selectedQueueRow: QueueRow? {
    snapshot?.queueRow(at: selected(.queue))
  }
}

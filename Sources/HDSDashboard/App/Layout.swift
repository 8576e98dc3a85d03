import HDSTerminal

/// Where each part of the dashboard goes for a terminal size.
///
/// Two header rows, the pending queue across the full width, the courier, map and
/// complaint panes side by side below it, and one bottom bar. The queue takes a little
/// over half of the pane rows because the operator works in it all day.
public struct Layout: Sendable, Equatable {
  public static let minimumRows = 20
  public static let minimumCols = 72

  public let rows: Int
  public let cols: Int
  public let header: Rect
  public let bottomBar: Rect
  /// Each pane's rectangle; only the zoomed pane's in a `zoomed(_:)` layout.
  public private(set) var panes: [PaneID: Rect]

  /// Returns the layout, or nil when the terminal is below the minimum size.
  public init?(rows: Int, cols: Int) {
    guard rows >= Self.minimumRows, cols >= Self.minimumCols else { return nil }
    self.rows = rows
    self.cols = cols
    header = Rect(row: 0, col: 0, height: 2, width: cols)
    bottomBar = Rect(row: rows - 1, col: 0, height: 1, width: cols)

    let top = 2
    let available = rows - 3
    let queueHeight = max(8, available * 11 / 20)
    let lowerTop = top + queueHeight
    let lowerHeight = available - queueHeight
    // The map needs the most width for its labels: 30 of 80 columns, 3/8 in general.
    let side = (cols - cols * 3 / 8) / 2
    let mapWidth = cols - 2 * side
    panes = [
      .queue: Rect(row: top, col: 0, height: queueHeight, width: cols),
      .couriers: Rect(row: lowerTop, col: 0, height: lowerHeight, width: side),
      .map: Rect(row: lowerTop, col: side, height: lowerHeight, width: mapWidth),
      .complaints: Rect(row: lowerTop, col: side + mapWidth, height: lowerHeight, width: side),
    ]
  }

  /// Every row between the header and the bottom bar, where a zoomed pane goes.
  public var body: Rect {
    Rect(row: header.bottom, col: 0, height: bottomBar.row - header.bottom, width: cols)
  }

  /// The layout with `pane` filling the body and no other pane, or this layout for nil.
  public func zoomed(_ pane: PaneID?) -> Layout {
    guard let pane else { return self }
    var layout = self
    layout.panes = [pane: body]
    return layout
  }

  /// Rows of list content a pane shows: its inside less one row of column headings.
  public func visibleRows(_ pane: PaneID) -> Int {
    max(0, (panes[pane]?.height ?? 0) - 3)
  }
}

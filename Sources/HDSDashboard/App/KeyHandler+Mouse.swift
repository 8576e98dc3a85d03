import HDSCore
import HDSTerminal

/// Clicks and the wheel, where the terminal reports them.
///
/// A click focuses the pane under it and selects the row it hits. On the map it selects
/// the desa whose marker, name or region it hits and toggles the desa filter, as Enter
/// does. The wheel moves the selection of the pane under it by three rows, or scrolls an
/// open detail view. Forms and the summary take no mouse input.
extension KeyHandler {
  static let wheelStep = 3

  /// Returns the effects of a mouse key, or nil when `key` is not one.
  static func handleMouse(_ key: Key, state: inout DashboardState, layout: Layout?) -> [Effect]? {
    let point: (row: Int, col: Int)
    let wheel: Int
    switch key {
    case .click(let row, let col): (point, wheel) = ((row, col), 0)
    case .wheelUp(let row, let col): (point, wheel) = ((row, col), -wheelStep)
    case .wheelDown(let row, let col): (point, wheel) = ((row, col), wheelStep)
    default: return nil
    }
    state.message = nil
    guard let layout, state.view == .panes else { return [] }

    if let overlay = state.overlays.last {
      switch overlay {
      case .form, .plan, .route: return []
      default:
        state.overlayScroll = max(0, state.overlayScroll + wheel)
        return []
      }
    }
    guard let (pane, rect) = pane(at: point, state: state, layout: layout) else { return [] }
    state.focus = pane
    let visible = layout.visibleRows(pane)
    if wheel != 0 {
      if pane == .map, state.map.view == .map { return [] }
      return move(to: state.selected(pane) + wheel, state: &state, visible: visible)
    }
    if pane == .map, state.map.view == .map {
      guard let desa = MapPane.desa(at: point, state: state, in: rect) else { return [] }
      state.selection[.map] = desa
      return MapKeys.toggleFilter(state: &state)
    }

    // Lists start under the border and their column headings.
    let line = point.row - (rect.row + 2)
    guard line >= 0, line < visible else { return [] }
    let total = state.count(of: pane)
    let top = ListScroll.top(
      selected: state.selected(pane), scroll: state.scroll[pane], visible: visible, total: total)
    guard top + line < total else { return [] }
    return move(to: top + line, state: &state, visible: visible)
  }

  /// Returns the pane under a screen cell and its rectangle: the zoomed map alone when
  /// the map fills the screen.
  private static func pane(
    at point: (row: Int, col: Int), state: DashboardState, layout: Layout
  ) -> (PaneID, Rect)? {
    for pane in PaneID.allCases {
      if let rect = layout.panes[pane], rect.contains(row: point.row, col: point.col) {
        return (pane, rect)
      }
    }
    return nil
  }
}

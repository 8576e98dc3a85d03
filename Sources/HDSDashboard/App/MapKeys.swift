import HDSCore
import HDSTerminal

/// Keys of the village map pane while it has the focus.
///
/// On the map, arrows and h j k l move to the nearest desa in that direction. On the
/// table they move in list order, as g G Home End do on both. Enter filters the queue and
/// courier panes to the selected desa, or clears the filter when it is that desa already;
/// Esc clears it too. t switches map and table, o the shading figure, z the zoom, and i
/// opens the desa's detail.
enum MapKeys {
  /// Returns the effects of a key the pane handles, or nil to leave the key to the panes'
  /// common keys: Tab, digits, and ← → past the last desa in that direction change pane.
  static func handle(_ key: Key, state: inout DashboardState) -> [Effect]? {
    let count = state.kecamatan.desa.count
    guard count > 0 else { return nil }
    switch key {
    case .left, .character("h"): return moveOrLeave(dx: -1, dy: 0, state: &state)
    case .right, .character("l"): return moveOrLeave(dx: 1, dy: 0, state: &state)
    case .up, .character("k"): return moveVertically(by: -1, state: &state)
    case .down, .character("j"): return moveVertically(by: 1, state: &state)
    case .home, .character("g"): state.selection[.map] = 0
    case .end, .character("G"): state.selection[.map] = count - 1
    case .enter: return toggleFilter(state: &state)
    case .escape:
      guard state.query.desaCode != nil else { return nil }
      state.query.desaCode = nil
      return resetLists(state: &state)
    case .character("t"): state.map.view = state.map.view == .map ? .table : .map
    case .character("o"):
      state.map.shading = state.map.shading == .overdue ? .pendingPerThousand : .overdue
    case .character("i"):
      state.overlayScroll = 0
      state.overlays.append(.desa(state.kecamatan.desa[state.selected(.map)].code))
    default:
      return nil
    }
    return []
  }

  /// Returns the bottom bar's keys for the pane, which come before the common Tab and q.
  static func hints(_ state: DashboardState) -> [KeyHints.Hint] {
    let desa = state.kecamatan.desa
    let selected = desa.indices.contains(state.selected(.map)) ? desa[state.selected(.map)] : nil
    let isFiltered = selected != nil && state.query.desaCode == selected?.code
    let enter: KeyHints.Hint = isFiltered ? ("Enter", .mapHintClear) : ("Enter", .mapHintFilter)
    let clear: [KeyHints.Hint] = state.query.desaCode == nil ? [] : [("Esc", .mapHintClear)]
    guard state.map.view == .map else {
      return [("↑↓", .hintMove), enter] + clear + [("t", .mapHintMap), ("i", .hintDetail)]
    }
    let shading: KeyHints.Hint =
      state.map.shading == .overdue ? ("o", .mapHintPerThousand) : ("o", .mapHintOverdue)
    return [("←→↑↓", .mapHintDesa), enter] + clear + [
      ("t", .mapHintTable), shading, ("z", .mapHintZoom), ("i", .hintDetail),
    ]
  }

  // MARK: Moving

  private static func moveVertically(by step: Int, state: inout DashboardState) -> [Effect] {
    if state.map.view == .table {
      let last = state.kecamatan.desa.count - 1
      state.selection[.map] = max(0, min(last, state.selected(.map) + step))
    } else if let next = nearest(from: state.selected(.map), dx: 0, dy: step, state.kecamatan) {
      state.selection[.map] = next
    }
    return []
  }

  /// Moves east or west on the map. Returns nil, so the focus moves to the next pane,
  /// on the table or when no desa lies that way.
  private static func moveOrLeave(dx: Int, dy: Int, state: inout DashboardState) -> [Effect]? {
    guard state.map.view == .map,
      let next = nearest(from: state.selected(.map), dx: dx, dy: dy, state.kecamatan)
    else {
      return nil
    }
    state.selection[.map] = next
    return []
  }

  /// Returns the desa nearest to desa `index` within 63° of the direction (`dx`, `dy`),
  /// east and south positive, or nil when there is none. The distance across that
  /// direction weighs twice as much as the distance along it.
  static func nearest(from index: Int, dx: Int, dy: Int, _ kecamatan: Kecamatan) -> Int? {
    let points = GeographicPoints(kecamatan).desa
    guard points.indices.contains(index) else { return nil }
    let origin = points[index]
    var best: (index: Int, score: Double)?
    for (other, point) in points.enumerated() where other != index {
      let x = point.x - origin.x
      let y = point.y - origin.y
      let along = x * Double(dx) + y * Double(dy)
      let across = abs(x * Double(dy) - y * Double(dx))
      guard along > 0, along > across / 2 else { continue }
      let score = along + 2 * across
      if best == nil || score < best!.score { best = (other, score) }
    }
    return best?.index
  }

  // MARK: Filter

  static func toggleFilter(state: inout DashboardState) -> [Effect] {
    let code = state.kecamatan.desa[state.selected(.map)].code
    state.query.desaCode = state.query.desaCode == code ? nil : code
    return resetLists(state: &state)
  }

  /// Shows the queue and courier lists from their tops after the desa filter changed.
  static func resetLists(state: inout DashboardState) -> [Effect] {
    for pane in [PaneID.queue, .couriers] {
      state.selection[pane] = 0
      state.scroll[pane] = 0
    }
    state.marked = [:]
    return [.setQuery(state.query)]
  }
}

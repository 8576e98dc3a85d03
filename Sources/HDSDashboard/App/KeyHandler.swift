import HDSCore
import HDSTerminal

/// Turns a key into a change of state and the effects the app must run.
///
/// Arrows, Tab and vim keys move; letters act on the selected request. Keys go to the
/// topmost overlay when there is one.
public enum KeyHandler {
  public static func handle(_ key: Key, state: inout DashboardState, layout: Layout?) -> [Effect] {
    if key != .resize { state.message = nil }
    switch state.overlays.last {
    case .form(var form)?:
      let effects = handleForm(key, form: &form, state: &state)
      if case .form? = state.overlays.last {
        state.overlays[state.overlays.count - 1] = .form(form)
      }
      return effects
    case .request(let detail)?:
      return handleDetail(key, target: RequestRef(detail.request), state: &state, layout: layout)
    case .some:
      return handleInfo(key, state: &state, layout: layout)
    case nil:
      return handlePanes(key, state: &state, layout: layout)
    }
  }

  // MARK: Panes

  private static func handlePanes(_ key: Key, state: inout DashboardState, layout: Layout?)
    -> [Effect]
  {
    let visible = layout?.visibleRows(state.focus) ?? 1
    switch key {
    case .character("q"), .control("c"):
      return [.quit]
    case .tab, .right, .character("l"):
      state.focus = PaneID(rawValue: (state.focus.rawValue + 1) % PaneID.allCases.count)!
    case .backTab, .left, .character("h"):
      let count = PaneID.allCases.count
      state.focus = PaneID(rawValue: (state.focus.rawValue + count - 1) % count)!
    case .character(let digit) where ("1"..."4").contains(digit):
      state.focus = PaneID(rawValue: Int(String(digit))! - 1)!
    case .down, .character("j"): return move(by: 1, state: &state, visible: visible)
    case .up, .character("k"): return move(by: -1, state: &state, visible: visible)
    case .pageDown, .control("f"): return move(by: visible, state: &state, visible: visible)
    case .pageUp, .control("b"): return move(by: -visible, state: &state, visible: visible)
    case .home, .character("g"): return move(to: 0, state: &state, visible: visible)
    case .end, .character("G"):
      return move(to: state.count(of: state.focus) - 1, state: &state, visible: visible)
    case .enter:
      return open(state: &state)
    case .character(let letter) where state.focus == .queue:
      guard let row = state.selectedQueueRow else {
        if "aodfxc".contains(letter) {
          state.message = StatusMessage(state.catalog[.errorNoSelection], isError: true)
        }
        return []
      }
      return act(letter, on: RequestRef(row), state: &state)
    default:
      break
    }
    return []
  }

  /// Moves the focused pane's selection and scroll so the selection stays visible.
  private static func move(by step: Int, state: inout DashboardState, visible: Int) -> [Effect] {
    move(to: state.selected(state.focus) + step, state: &state, visible: visible)
  }

  private static func move(to index: Int, state: inout DashboardState, visible: Int) -> [Effect] {
    let pane = state.focus
    let count = state.count(of: pane)
    let target = max(0, min(index, count - 1))
    state.selection[pane] = target

    var top = state.scroll[pane] ?? 0
    if target < top { top = target }
    if target >= top + visible { top = target - visible + 1 }
    state.scroll[pane] = max(0, top)

    guard let snapshot = state.snapshot else { return [] }
    switch pane {
    case .queue:
      let page = snapshot.queue
      let limit = max(page.rows.count, 1)
      let needs = ViewWindow.recentred(
        offset: page.offset, limit: max(limit, visible * 3), around: target, visible: visible)
      return needs == nil && snapshot.queueRow(at: target) != nil ? [] : [.reload]
    case .complaints:
      return snapshot.complaintRow(at: target) == nil ? [.reload] : []
    case .couriers, .map:
      return []
    }
  }

  private static func open(state: inout DashboardState) -> [Effect] {
    guard let snapshot = state.snapshot else { return [] }
    state.overlayScroll = 0
    switch state.focus {
    case .queue:
      return state.selectedQueueRow.map { [.openRequest($0.id)] } ?? []
    case .couriers:
      let board = snapshot.courierBoard
      if board.indices.contains(state.selected(.couriers)) {
        state.overlays.append(.courier(board[state.selected(.couriers)].courierID))
      }
    case .map:
      let desa = state.kecamatan.desa
      if desa.indices.contains(state.selected(.map)) {
        state.overlays.append(.desa(desa[state.selected(.map)].code))
      }
    case .complaints:
      if let row = snapshot.complaintRow(at: state.selected(.complaints)) {
        state.overlays.append(.complaint(row))
      }
    }
    return []
  }

  // MARK: Actions

  /// Runs the action key `letter` on `target`: opens its form, or applies it at once when
  /// it needs nothing more.
  private static func act(_ letter: Character, on target: RequestRef, state: inout DashboardState)
    -> [Effect]
  {
    let kinds: [Character: RequestAction.Kind] = [
      "a": .assign, "o": .dispatch, "d": .deliver, "f": .failAttempt, "x": .cancel,
    ]
    let catalog = state.catalog
    guard letter == "c" || kinds[letter] != nil else { return [] }
    if state.readOnly {
      state.message = StatusMessage(catalog[.errorReadOnly], isError: true)
      return []
    }
    if let kind = kinds[letter], !Lifecycle.allows(kind, from: target.state) {
      state.message = StatusMessage(
        catalog.illegal(target.number, state: target.state, action: kind), isError: true)
      return []
    }

    let form: Form
    switch letter {
    case "a":
      let board = state.snapshot?.courierBoard ?? []
      guard !board.isEmpty, let day = state.snapshot?.day else {
        state.message = StatusMessage(catalog[.errorNoCourier], isError: true)
        return []
      }
      form = FormFactory.assign(
        target, board: board, today: day, calendar: state.calendar, catalog: catalog)
    case "o":
      return [.apply(.dispatch, target)]
    case "d":
      form = FormFactory.deliver(target, catalog: catalog)
    case "f":
      form = FormFactory.fail(target, catalog: catalog)
    case "x":
      form = FormFactory.cancel(target, catalog: catalog)
    default:
      form = FormFactory.complaint(target, catalog: catalog)
    }
    state.overlays.append(.form(form))
    return []
  }

  // MARK: Overlays

  private static func handleForm(_ key: Key, form: inout Form, state: inout DashboardState)
    -> [Effect]
  {
    form.error = nil
    switch key {
    case .escape:
      state.overlays.removeLast()
    case .tab, .down:
      form.moveFocus(by: 1)
    case .backTab, .up:
      form.moveFocus(by: -1)
    case .left:
      form.cycleChoice(by: -1)
    case .right,
      .character(" ") where isChoice(form):
      form.cycleChoice(by: 1)
    case .backspace, .delete:
      form.deleteBackward()
    case .character(let character):
      form.type(character)
    case .enter:
      switch form.submission(catalog: state.catalog) {
      case .success(let effect):
        state.overlays.removeLast()
        return [effect]
      case .failure(let incomplete):
        form.error = incomplete.message
      }
    default:
      break
    }
    return []
  }

  private static func isChoice(_ form: Form) -> Bool {
    if case .choice = form.fields[form.focus].value { return true }
    return false
  }

  private static func handleDetail(
    _ key: Key, target: RequestRef, state: inout DashboardState, layout: Layout?
  ) -> [Effect] {
    switch key {
    case .character(let letter) where "aodfxc".contains(letter):
      return act(letter, on: target, state: &state)
    default:
      return handleInfo(key, state: &state, layout: layout)
    }
  }

  private static func handleInfo(_ key: Key, state: inout DashboardState, layout: Layout?)
    -> [Effect]
  {
    guard let overlay = state.overlays.last else { return [] }
    let rows = layout?.rows ?? Layout.minimumRows
    let cols = layout?.cols ?? Layout.minimumCols
    let frame = OverlayView.detailFrame(rows: rows, cols: cols).inner
    let total = OverlayView.rowCount(overlay, state: state, rows: rows, cols: cols)
    let last = max(0, total - frame.height)
    switch key {
    case .escape, .character("q"), .enter:
      state.overlays.removeLast()
      state.overlayScroll = 0
    case .down, .character("j"): state.overlayScroll += 1
    case .up, .character("k"): state.overlayScroll -= 1
    case .pageDown, .control("f"), .character(" "): state.overlayScroll += frame.height
    case .pageUp, .control("b"): state.overlayScroll -= frame.height
    case .end, .character("G"): state.overlayScroll = last
    case .home, .character("g"): state.overlayScroll = 0
    case .control("c"):
      return [.quit]
    default:
      break
    }
    state.overlayScroll = max(0, min(state.overlayScroll, last))
    return []
  }
}

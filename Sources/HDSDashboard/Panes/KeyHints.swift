import HDSCore
import HDSTerminal

/// The keys named in the bottom bar for what has the focus. The last hint (quit or
/// close) is always shown; the others as far as the width allows.
enum KeyHints {
  typealias Hint = (key: String, word: MessageKey)

  static func forContext(_ state: DashboardState) -> [Hint] {
    let actions: [Hint] = [
      ("a", .hintAssign), ("o", .hintOut), ("d", .hintDelivered), ("f", .hintFailed),
      ("c", .hintComplaint), ("x", .hintCancel),
    ]
    let offered = actions.filter { state.mayMake($0.key == "c" ? .complaint : .request) }
    let requests = state.mayMake(.request)
    switch state.overlays.last {
    case .form(let form)? where form.fields.isEmpty:
      return [("Enter", .hintConfirm), ("Esc", .hintClose)]
    case .form(let form)?:
      let hasChoice = form.fields.contains {
        if case .choice = $0.value { return true }
        return false
      }
      // A filter changes what the list shows and saves nothing.
      let enter: MessageKey
      switch form.purpose {
      case .filter, .complaintFilter: enter = .hintApply
      default: enter = .hintSave
      }
      return [("Tab/↑↓", .hintField)] + (hasChoice ? [("←→", .hintChoose)] : [])
        + [("Enter", enter), ("Esc", .hintClose)]
    case .route?:
      let reorder: [Hint] = requests ? [("K J", .hintReorder), ("Enter", .hintSaveRoute)] : []
      // The same test as the w key's: a run-sheet file is written only by a writing role.
      let write: [Hint] = !state.readOnly && state.role.writes ? [("w", .hintRunSheet)] : []
      return [("↑↓", .hintMove), ("←→", .hintDay)] + reorder + write + [
        ("i", .hintCourier), ("?", .hintHelp), ("Esc", .hintClose),
      ]
    case .plan?:
      return [
        ("↑↓", .hintMove), ("←→", .hintMoveStop), ("K J", .hintReorder), ("Enter", .hintAccept),
        ("?", .hintHelp), ("Esc", .hintDiscard),
      ]
    case .request(let detail)?:
      // Only the actions the request's state allows, so that no key in the bar leads to
      // an error: a delivered request offers no assign or deliver.
      let steps: [Hint] = requests ? [("s", .hintSend), ("r", .hintReady)] : []
      let legal = (steps + offered).filter { hint in
        guard let kind = hint.key.first.flatMap({ KeyHandler.actionKinds[$0] }) else {
          return true
        }
        // A print-list request is completed before anyone may assign it.
        if kind == .assign && detail.request.needsCompletion { return false }
        return Lifecycle.allows(kind, from: detail.request.state)
      }
      let more: [Hint] = requests ? [("e", .hintCorrect), ("u", .hintUndo)] : []
      // The survey comes first: the only action a delivered request has.
      let survey: [Hint] =
        state.mayMake(.survey) && detail.request.state == .delivered ? [("v", .hintSurvey)] : []
      return survey + legal + more + [("?", .hintHelp), ("↑↓", .hintScroll), ("Esc", .hintClose)]
    case .complaint(let detail)?:
      return complaintActions(detail.complaint, state) + [
        ("?", .hintHelp), ("↑↓", .hintScroll), ("Esc", .hintClose),
      ]
    case .kecamatanList?:
      return [("↑↓", .hintMove), ("Enter", .hintSwitch), ("Esc", .hintClose)]
    case .some:
      return [("↑↓", .hintScroll), ("Esc", .hintClose)]
    case nil where state.view == .summary:
      return state.summaryOnly ? [("q", .hintQuit)] : [("m", .hintBackToPanes), ("q", .hintQuit)]
    case nil:
      let switching: [Hint] = state.switchesKecamatan ? [("K", .hintKecamatan)] : []
      let common: [Hint] =
        switching + [("Tab", .hintPane), ("m", .hintSummary), ("?", .hintHelp), ("q", .hintQuit)]
      if state.focus == .queue {
        let finding: [Hint] = [("/", .hintSearch), ("F", .hintFilter), ("S", .hintSort)]
        let writing: [Hint] =
          requests
          ? [
            ("i", .hintNew), ("s", .hintSend), ("r", .hintReady), ("␣", .hintMark),
            ("p", .hintPlan),
          ] : []
        return [("Enter", .hintDetail)] + offered + writing + finding
          + (requests ? [("u", .hintUndo)] : []) + common
      }
      if state.focus == .map {
        return (state.kecamatan.hasGeography ? MapKeys.hints(state) : []) + common
      }
      if state.focus == .complaints { return complaintPane(state) + common }
      let plan: [Hint] =
        state.focus == .couriers
        ? (requests ? [("p", .hintPlan)] : [])
          + (state.mayMake(.courier) ? [("n", .hintNewCourier), ("e", .hintEditCourier)] : [])
        : []
      return [("↑↓", .hintMove), ("Enter", .hintDetail)] + plan + common
    }
  }

  static func width(_ hint: Hint, _ catalog: Catalog) -> Int {
    TextWidth.columns(hint.key) + 1 + TextWidth.columns(catalog[hint.word]) + 2
  }

  /// Draws "key word" and returns the column after it.
  static func draw(_ hint: Hint, row: Int, col: Int, catalog: Catalog, into screen: inout Screen)
    -> Int
  {
    var next = col + screen.put(hint.key, row: row, col: col, style: .keyHint)
    next += screen.put(" " + catalog[hint.word], row: row, col: next, style: .statusBar)
    return next + 2
  }
}

import HDSCore
import HDSTerminal

/// Turns a key into a change of state and the effects the app must run.
///
/// Arrows, Tab and vim keys move; letters act on the selected request, or on every
/// marked one. Keys go to the `/` search line while it is typed, else to the topmost
/// overlay when there is one.
public enum KeyHandler {
  public static func handle(_ key: Key, state: inout DashboardState, layout: Layout?) -> [Effect] {
    if let effects = handleMouse(key, state: &state, layout: layout) { return effects }
    if key != .resize { state.message = nil }
    if state.search?.isEditing == true, state.overlays.isEmpty {
      return handleSearch(key, state: &state)
    }
    if state.prompt != nil, state.overlays.isEmpty {
      return handlePrompt(key, state: &state)
    }
    if key == .character(":") || key == .character("/"), let top = state.overlays.last,
      !top.takesText
    {
      return leaveViewsFor(key, state: &state, layout: layout)
    }
    switch state.overlays.last {
    case .form(var form)?:
      let depth = state.overlays.count
      let effects = handleForm(key, form: &form, state: &state)
      if state.overlays.count == depth { state.overlays[depth - 1] = .form(form) }
      return effects
    case .request(let detail)?:
      return handleDetail(key, detail: detail, state: &state, layout: layout)
    case .complaint(let detail)?:
      return handleComplaintDetail(key, detail: detail, state: &state, layout: layout)
    case .route(var route)?:
      let effects = handleRoute(key, route: &route, state: &state)
      if case .route? = state.overlays.last {
        state.overlays[state.overlays.count - 1] = .route(route)
      }
      return effects
    case .plan(var plan)?:
      let effects = handlePlan(key, plan: &plan, state: &state)
      if case .plan? = state.overlays.last {
        state.overlays[state.overlays.count - 1] = .plan(plan)
      }
      return effects
    case .kecamatanList(let selected)?:
      return handleKecamatanList(key, selected: selected, state: &state)
    case .some:
      return handleInfo(key, state: &state, layout: layout)
    case nil where state.view == .summary:
      return handleSummary(key, state: &state)
    case nil:
      return handlePanes(key, state: &state, layout: layout)
    }
  }

  /// Opens the command line or the search from a detail view, which closes first. Without
  /// this, the letters of `:buka 117` would each be an action on the open request. A route
  /// or a plan keeps its unsaved order, so the key is refused there with the way out.
  private static func leaveViewsFor(_ key: Key, state: inout DashboardState, layout: Layout?)
    -> [Effect]
  {
    guard state.overlays.allSatisfy(\.isView) else {
      state.message = StatusMessage(state.catalog[.errorCloseViewFirst], isError: true)
      return []
    }
    state.overlays.removeAll()
    state.overlayScroll = 0
    return handlePanes(key, state: &state, layout: layout)
  }

  // MARK: Summary

  /// Handles a key on the summary, which shows figures only: q quits, and m or Esc goes
  /// back to the panes unless the summary is the only view.
  private static func handleSummary(_ key: Key, state: inout DashboardState) -> [Effect] {
    switch key {
    case .character("q"), .control("c"):
      return [.quit]
    case .character("m"), .escape:
      guard !state.summaryOnly else { return [] }
      state.view = .panes
      return [.reload]
    default:
      return []
    }
  }

  // MARK: Panes

  private static func handlePanes(_ key: Key, state: inout DashboardState, layout: Layout?)
    -> [Effect]
  {
    let visible = layout?.visibleRows(state.focus) ?? 1
    if state.focus == .map, let effects = MapKeys.handle(key, state: &state) { return effects }
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
    case .escape:
      return cancel(state: &state)
    case .character("z"):
      state.isZoomed.toggle()
    case .character("m"):
      state.view = .summary
      return [.reload]
    case .character("?"):
      state.overlayScroll = 0
      state.overlays.append(.help(.pane(state.focus)))
    case .character(":"):
      state.prompt = CommandPrompt()
    case .character("K"):
      // Outside the viewer's session this shows who has the switch instead of doing nothing.
      return openKecamatanList(state: &state)
    case .character("u"):
      return askUndo(state: &state)
    case .character("i") where state.focus == .queue:
      return startIntake(state: &state)
    case .character("n") where state.focus == .couriers:
      guard allowsWrite(.courier, &state), requireGeography(state: &state) else { return [] }
      state.overlays.append(
        .form(FormFactory.courier(nil, kecamatan: state.kecamatan, catalog: state.catalog)))
      return []
    case .character("e") where state.focus == .couriers:
      guard allowsWrite(.courier, &state), requireGeography(state: &state),
        let courier = selectedCourier(state)
      else { return [] }
      state.overlays.append(
        .form(FormFactory.courier(courier, kecamatan: state.kecamatan, catalog: state.catalog)))
      return []
    case .character("p") where state.focus == .queue || state.focus == .couriers:
      guard allowsWrite(.request, &state), requireGeography(state: &state) else { return [] }
      state.message = StatusMessage(state.catalog[.planWorking], isError: false)
      return [.proposePlan]
    case .character(let letter) where state.focus == .complaints:
      return handleComplaintLetter(letter, state: &state)
    case .character(let letter) where state.focus == .queue:
      return handleQueueLetter(letter, state: &state, visible: visible)
    default:
      break
    }
    return []
  }

  private static func handleQueueLetter(
    _ letter: Character, state: inout DashboardState, visible: Int
  ) -> [Effect] {
    switch letter {
    case "/":
      state.search = SearchState(text: "", isEditing: true)
      return []
    case "n", "N":
      guard let search = state.search, !search.text.isEmpty else { return [] }
      let forward = letter == "n"
      let selected = state.selected(.queue)
      let total = state.count(of: .queue)
      // Past either end the search starts again from the other, as in less and vim.
      let from =
        forward
        ? (selected + 1 < total ? selected + 1 : 0) : (selected > 0 ? selected - 1 : total - 1)
      return [.find(SearchTerm(search.text), from: max(0, from), forward: forward)]
    case "F":
      return openFilter(state: &state)
    case "S":
      let sorts = QueueQuery.Sort.allCases
      let next = (sorts.firstIndex(of: state.query.sort) ?? 0) + 1
      state.query.sort = sorts[next % sorts.count]
      return resetQueue(state: &state)
    case " ":
      // Marks are for actions on several rows, which only a role that changes requests has.
      guard allowsWrite(.request, &state), let row = state.selectedQueueRow else { return [] }
      if state.marked.removeValue(forKey: row.id) == nil { state.marked[row.id] = RequestRef(row) }
      return move(by: 1, state: &state, visible: visible)
    default:
      break
    }
    if !state.marked.isEmpty, "aox".contains(letter) {
      return actOnMarked(letter, state: &state)
    }
    guard let row = state.selectedQueueRow else {
      if "aodfxcsr".contains(letter) {
        state.message = StatusMessage(state.catalog[.errorNoSelection], isError: true)
      }
      return []
    }
    return act(letter, on: RequestRef(row), state: &state)
  }

  /// Moves the focused pane's selection and scroll so the selection stays visible.
  private static func move(by step: Int, state: inout DashboardState, visible: Int) -> [Effect] {
    move(to: state.selected(state.focus) + step, state: &state, visible: visible)
  }

  static func move(to index: Int, state: inout DashboardState, visible: Int) -> [Effect] {
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
      let top = state.scroll[pane] ?? 0
      let onScreen = top..<min(count, top + visible)
      guard onScreen.allSatisfy({ snapshot.queueRow(at: $0) != nil }) else { return [.reload] }
      return needs == nil ? [] : [.prefetch]
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
      let board = state.courierRows
      if board.indices.contains(state.selected(.couriers)) {
        return [.openRoute(board[state.selected(.couriers)].courierID)]
      }
    case .map:
      let desa = state.kecamatan.desa
      if desa.indices.contains(state.selected(.map)) {
        state.overlays.append(.desa(desa[state.selected(.map)].code))
      }
    case .complaints:
      return snapshot.complaintRow(at: state.selected(.complaints)).map { [.openComplaint($0.id)] }
        ?? []
    }
    return []
  }

  /// Shows the queue from its top after the filter or order changed.
  /// Esc in the panes takes back one thing at a time: the search and the marks, then the
  /// zoom, then the focused list's filter (the order and a courier's own scope stay).
  private static func cancel(state: inout DashboardState) -> [Effect] {
    if state.search != nil || !state.marked.isEmpty {
      state.search = nil
      state.marked = [:]
      return []
    }
    if state.isZoomed {
      state.isZoomed = false
      return []
    }
    if state.focus == .complaints {
      guard state.complaintFilter.isFiltering else { return [] }
      return setComplaintFilter(.all, state: &state)
    }
    var unfiltered = QueueQuery.pending
    unfiltered.sort = state.query.sort
    unfiltered.courierID = state.courierScope
    guard state.query != unfiltered else { return [] }
    state.query = unfiltered
    return MapKeys.resetLists(state: &state)
  }

  private static func resetQueue(state: inout DashboardState) -> [Effect] {
    state.selection[.queue] = 0
    state.scroll[.queue] = 0
    state.marked = [:]
    return [.setQuery(state.query)]
  }

  // MARK: Search

  private static func handleSearch(_ key: Key, state: inout DashboardState) -> [Effect] {
    guard var search = state.search else { return [] }
    switch key {
    case .escape:
      state.search = nil
      return []
    case .enter:
      search.isEditing = false
      state.search = search
      return []
    case .backspace, .delete:
      search.text = String(search.text.dropLast())
    case .character(let character):
      search.text.append(character)
    default:
      return []
    }
    search.notFound = false
    state.search = search
    guard !search.text.isEmpty else { return [] }
    return [.find(SearchTerm(search.text), from: state.selected(.queue), forward: true)]
  }

  // MARK: Actions

  /// The action keys of a request and the action each makes, shared with the key bar.
  static let actionKinds: [Character: RequestAction.Kind] = [
    "s": .sendToDukcapil, "r": .markReady, "a": .assign, "o": .dispatch, "d": .deliver,
    "f": .failAttempt, "x": .cancel,
  ]

  /// Runs the action key `letter` on `target`: opens its form, or applies it at once when
  /// it needs nothing more.
  private static func act(_ letter: Character, on target: RequestRef, state: inout DashboardState)
    -> [Effect]
  {
    let catalog = state.catalog
    guard letter == "c" || actionKinds[letter] != nil else { return [] }
    guard allowsWrite(.request, &state) else { return [] }
    if let kind = actionKinds[letter], !Lifecycle.allows(kind, from: target.state) {
      state.message = StatusMessage(
        catalog.illegal(target.number, state: target.state, action: kind), isError: true)
      return []
    }

    let form: Form
    switch letter {
    case "s": return [.apply(.sendToDukcapil, target)]
    case "r": return [.apply(.markReady, target)]
    case "o": return [.apply(.dispatch, target)]
    case "a":
      guard let assign = assignForm([target], state: &state) else { return [] }
      form = assign
    case "d":
      form = FormFactory.deliver(
        target, replacement: target.document == .ktpEl && target.isReplacement, now: state.now,
        catalog: catalog)
    case "f":
      form = FormFactory.fail(target, maxAttempts: state.snapshot?.maxAttempts, catalog: catalog)
    case "x":
      form = FormFactory.cancel([target], catalog: catalog)
    default:
      form = FormFactory.complaint(
        target, calendar: state.calendar, now: state.now, catalog: catalog)
    }
    state.overlays.append(.form(form))
    return []
  }

  /// Runs a, o or x on every marked request. Requests whose state does not allow the
  /// action are left out and named in the message, before anything is written.
  private static func actOnMarked(_ letter: Character, state: inout DashboardState) -> [Effect] {
    guard allowsWrite(.request, &state), let kind = actionKinds[letter] else { return [] }
    let targets = state.marked.values.sorted { $0.number < $1.number }
    let refused = targets.filter { !Lifecycle.allows(kind, from: $0.state) }
    if !refused.isEmpty {
      let first = refused[0]
      state.message = StatusMessage(
        state.catalog.illegal(first.number, state: first.state, action: kind), isError: true)
      return []
    }
    switch letter {
    case "o":
      return [.applyMany(.dispatch, targets)]
    case "a":
      guard let form = assignForm(targets, state: &state) else { return [] }
      state.overlays.append(.form(form))
    default:
      state.overlays.append(.form(FormFactory.cancel(targets, catalog: state.catalog)))
    }
    return []
  }

  private static func assignForm(_ targets: [RequestRef], state: inout DashboardState) -> Form? {
    if let incomplete = targets.first(where: \.needsCompletion) {
      state.message = StatusMessage(
        state.catalog.format(.errorNeedsCompletion, incomplete.number), isError: true)
      return nil
    }
    let board = state.snapshot?.courierBoard ?? []
    guard !board.isEmpty, let day = state.snapshot?.day else {
      state.message = StatusMessage(state.catalog[.errorNoCourier], isError: true)
      return nil
    }
    let couriers = state.snapshot?.couriers ?? [:]
    let calendar = state.calendar
    return FormFactory.assign(
      targets, board: board, today: day, calendar: calendar, catalog: state.catalog,
      isOnDuty: { id, day in couriers[id]?.isOnDuty(day, calendar: calendar) ?? true })
  }

  private static func startIntake(state: inout DashboardState) -> [Effect] {
    guard allowsWrite(.request, &state), requireGeography(state: &state) else { return [] }
    state.overlays.append(.form(FormFactory.intake(state.kecamatan, catalog: state.catalog)))
    return []
  }

  private static func openFilter(state: inout DashboardState) -> [Effect] {
    let couriers = (state.snapshot?.couriers.values.map { $0 } ?? [])
      .filter(\.isActive).sorted { $0.name < $1.name }
    let today = state.snapshot?.day ?? CalendarDay(containing: state.now)
    state.overlays.append(
      .form(
        FormFactory.filter(
          state.query, couriers: couriers, today: today, calendar: state.calendar,
          kecamatan: state.kecamatan, catalog: state.catalog)))
    return []
  }

  private static func askUndo(state: inout DashboardState) -> [Effect] {
    guard allowsWrite(.request, &state) else { return [] }
    guard let last = state.lastAction else {
      let text =
        state.lastUndoRejection
        ?? (state.lastWasBulk ? state.catalog[.errorBulkUndo] : state.catalog[.errorNothingToUndo])
      state.message = StatusMessage(text, isError: true)
      return []
    }
    state.overlays.append(.form(FormFactory.undo(last, catalog: state.catalog)))
    return []
  }

  /// Asks to undo the latest event of the request in the detail view, when this user made
  /// it and it can be undone: the way back from a bulk action, one request at a time. The
  /// store checks again that the event is still the latest.
  private static func askUndo(of detail: RequestDetail, state: inout DashboardState) -> [Effect] {
    guard allowsWrite(.request, &state), let event = detail.events.last else { return [] }
    let catalog = state.catalog
    let number = detail.request.number
    let rejection: String?
    if event.user != state.user {
      rejection = catalog.format(.errorUndoOtherUser, number, event.user)
    } else if event.action == .create {
      rejection = catalog.format(.errorCannotUndoCreate, number)
    } else if !event.action.isUndoable || event.from == nil {
      rejection = catalog.format(.errorCannotUndo, catalog.action(event.action), number)
    } else {
      rejection = nil
    }
    if let rejection {
      state.message = StatusMessage(rejection, isError: true)
      return []
    }
    let action = LastAction(
      requestID: detail.request.id, number: number, eventID: event.id, kind: event.action)
    state.overlays.append(.form(FormFactory.undo(action, catalog: catalog)))
    return []
  }

  /// Returns false, with the message that says why, when this session may not make
  /// `change`: the store is open read-only, or the user's role may not make it. The store
  /// checks the role again inside the write.
  static func allowsWrite(_ change: Change, _ state: inout DashboardState) -> Bool {
    if state.readOnly {
      state.message = StatusMessage(state.catalog[.errorReadOnly], isError: true)
      return false
    }
    guard state.role.may(change) else {
      state.message = StatusMessage(state.catalog.mayNot(state.role, change), isError: true)
      return false
    }
    return true
  }

  // MARK: Overlays

  private static func selectedCourier(_ state: DashboardState) -> Courier? {
    let board = state.courierRows
    guard board.indices.contains(state.selected(.couriers))
    else { return nil }
    return state.snapshot?.couriers[board[state.selected(.couriers)].courierID]
  }

  /// Keys of the route view: ↑↓ select a stop, K and J move it earlier or later, Enter
  /// saves the order, i shows the courier's record, Esc closes.
  private static func handleRoute(_ key: Key, route: inout RouteView, state: inout DashboardState)
    -> [Effect]
  {
    switch key {
    case .escape, .character("q"):
      state.overlays.removeLast()
    case .down, .character("j"): route.selected = min(route.stops.count - 1, route.selected + 1)
    case .up, .character("k"): route.selected = max(0, route.selected - 1)
    case .character("K"), .character("J"):
      guard allowsWrite(.request, &state) else { return [] }
      route.reorder(by: key == .character("K") ? -1 : 1)
    case .character("i"):
      state.overlays.append(.courier(route.courier.id))
    case .character("w"):
      // A run sheet file is an export with full numbers, kept in the office's folder.
      guard !state.readOnly, state.role.writes else {
        state.message = StatusMessage(
          state.catalog.format(.runSheetNotForRole, state.catalog.role(state.role)), isError: true)
        return []
      }
      return [.writeRunSheet(route.courier.id, route.day)]
    case .left, .character("h"), .right, .character("l"):
      // Another day's route, such as Monday's after a plan made on Saturday. A new order
      // not yet saved would be lost, so it must be saved or discarded first.
      guard !route.isEdited else {
        state.message = StatusMessage(state.catalog[.errorRouteUnsaved], isError: true)
        return []
      }
      let step = key == .left || key == .character("h") ? -1 : 1
      var day = route.day.adding(days: step)
      // At most two weeks of holidays in a row are skipped.
      for _ in 0..<14 where !state.calendar.isWorkingDay(day) { day = day.adding(days: step) }
      return [.showRouteDay(route.courier.id, day)]
    case .character("?"):
      // Esc closes the keys and comes back to the route.
      state.overlayScroll = 0
      state.overlays.append(.help(.route))
    case .enter:
      guard route.isEdited else {
        state.overlays.removeLast()
        return []
      }
      guard allowsWrite(.request, &state) else { return [] }
      state.overlays.removeLast()
      return [.saveRoute(route.plan, courierName: route.courier.name)]
    case .control("c"):
      return [.quit]
    default:
      break
    }
    return []
  }

  /// Keys of the plan view: ↑↓ select a stop, ←→ move it to another courier, K and J
  /// move it earlier or later in its route, Enter accepts, Esc discards.
  private static func handlePlan(_ key: Key, plan: inout PlanView, state: inout DashboardState)
    -> [Effect]
  {
    switch key {
    case .escape, .character("q"):
      state.overlays.removeLast()
    case .down, .character("j"): plan.moveSelection(by: 1)
    case .up, .character("k"): plan.moveSelection(by: -1)
    case .left, .character("h"), .right, .character("l"):
      let step = key == .left || key == .character("h") ? -1 : 1
      do throws(DispatchProposal.MoveRefusal) {
        try plan.moveStop(by: step)
      } catch {
        let catalog = state.catalog
        let text: String
        switch error {
        case .pinned: text = catalog[.planPinnedMove]
        case .full(let capacity): text = catalog.format(.planFull, capacity)
        case .noRoute: text = catalog[.planNoRoute]
        }
        state.message = StatusMessage(text, isError: true)
      }
    case .character("K"): _ = plan.reorder(by: -1)
    case .character("J"): _ = plan.reorder(by: 1)
    case .character("?"):
      state.overlayScroll = 0
      state.overlays.append(.help(.plan))
    case .enter:
      state.overlays.removeLast()
      return [.acceptPlan(plan.proposal.plan)]
    case .control("c"):
      return [.quit]
    default:
      break
    }
    return []
  }

  /// Returns the lookup of the request number in the focused field once it is a whole
  /// number, so that a mistyped one shows before the form is saved.
  private static func requestLookup(_ form: Form) -> [Effect] {
    guard form.fields.indices.contains(form.focus),
      form.fields[form.focus].name == .requestNumber,
      let number = RequestNumber(form.text(.requestNumber))
    else { return [] }
    return [.lookupRequest(number)]
  }

  private static func handleForm(_ key: Key, form: inout Form, state: inout DashboardState)
    -> [Effect]
  {
    form.error = nil
    if let effects = handleSurveyKey(key, form: &form) { return effects }
    switch key {
    case .escape:
      state.overlays.removeLast()
    case .tab, .down:
      form.moveFocus(by: 1)
    case .backTab, .up:
      form.moveFocus(by: -1)
    case .left where !form.fields.isEmpty:
      form.cycleChoice(by: -1)
    case .right where !form.fields.isEmpty:
      form.cycleChoice(by: 1)
    case .character(" ") where isChoice(form):
      form.cycleChoice(by: 1)
    case .backspace, .delete:
      if !form.fields.isEmpty { form.deleteBackward() }
      return requestLookup(form)
    case .control("u"):
      if !form.fields.isEmpty { form.clearField() }
    case .character(let character):
      if !form.fields.isEmpty { form.type(character) }
      // A whole valid NIK in a new request looks its resident up, so that the operator
      // sees the stored name and address instead of overwriting them unknowingly.
      if case .intake = form.purpose, form.fields.indices.contains(form.focus),
        form.fields[form.focus].name == .nik, let nik = try? NIK(form.text(.nik))
      {
        return [.lookupResident(nik)]
      }
      return requestLookup(form)
    case .enter:
      switch form.submission(catalog: state.catalog) {
      case .success(let effect):
        state.overlays.removeLast()
        state.submittedForm = form
        if case .setQuery(let query) = effect {
          state.query = query
          if let scope = state.courierScope { state.query.courierID = scope }
          return resetQueue(state: &state)
        }
        if case .setComplaintFilter(let filter) = effect {
          return setComplaintFilter(filter, state: &state)
        }
        return [effect]
      case .failure(let incomplete):
        form.error = incomplete.message
        if incomplete.asksToConfirm { form.requirementsWaived = true }
      }
    default:
      break
    }
    return []
  }

  private static func isChoice(_ form: Form) -> Bool {
    guard form.fields.indices.contains(form.focus) else { return false }
    switch form.fields[form.focus].value {
    case .choice, .toggle: return true
    case .text: return false
    }
  }

  private static func handleDetail(
    _ key: Key, detail: RequestDetail, state: inout DashboardState, layout: Layout?
  ) -> [Effect] {
    switch key {
    case .character("e"):
      guard allowsWrite(.request, &state), requireGeography(state: &state) else { return [] }
      state.overlays.append(
        .form(FormFactory.correct(detail, kecamatan: state.kecamatan, catalog: state.catalog)))
      return []
    case .character("u"):
      return askUndo(of: detail, state: &state)
    case .character("v"):
      return openSurvey(detail, state: &state)
    case .character("?"):
      // The queue's keys are the detail's too, and Esc comes back to the detail.
      state.overlayScroll = 0
      state.overlays.append(.help(.pane(.queue)))
      return []
    case .character(let letter) where "aodfxcsr".contains(letter):
      return act(letter, on: RequestRef(detail.request), state: &state)
    default:
      return handleInfo(key, state: &state, layout: layout)
    }
  }

  static func handleInfo(_ key: Key, state: inout DashboardState, layout: Layout?)
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

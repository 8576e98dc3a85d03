import HDSCore

/// The `?` overlay: every key the focused pane takes, then the keys of every pane. Over a
/// courier's route or a plan, it lists that view's keys alone. Change keys appear only
/// when the session's role may make the change.
enum KeyHelp {
  typealias Binding = (keys: String, word: MessageKey)

  static func lines(for topic: HelpTopic, state: DashboardState) -> [OverlayView.Line] {
    let catalog = state.catalog
    func section(_ title: MessageKey, _ bindings: [Binding]) -> [OverlayView.Line] {
      guard !bindings.isEmpty else { return [] }
      return [OverlayView.Line(label: "", value: catalog[title], style: .dialogTitle)]
        + bindings.map { OverlayView.Line(label: $0.keys, value: catalog[$0.word]) }
        + [OverlayView.Line(label: "", value: "")]
    }
    switch topic {
    case .pane(let pane):
      let switching: [Binding] = state.switchesKecamatan ? [("K", .helpKecamatan)] : []
      return section(title(of: topic), bindings(of: pane, state))
        + section(.helpSectionCommon, common + switching)
    case .route:
      return section(.helpSectionRoute, routeBindings(state))
    case .plan:
      // `!` is a mark on a stop, not a key, so it follows the keys as a note.
      return section(.helpSectionPlan, planBindings)
        + [OverlayView.Line(label: "!", value: catalog[.helpPlanUrgent])]
    }
  }

  static func title(of topic: HelpTopic) -> MessageKey {
    switch topic {
    case .pane(let pane): return title(of: pane)
    case .route: return .helpSectionRoute
    case .plan: return .helpSectionPlan
    }
  }

  static func title(of pane: PaneID) -> MessageKey {
    switch pane {
    case .queue: return .helpSectionQueue
    case .couriers: return .helpSectionCouriers
    case .map: return .helpSectionMap
    case .complaints: return .helpSectionComplaints
    }
  }

  static let common: [Binding] = [
    ("Tab  Shift-Tab", .helpPanes), ("← →  h l", .helpPanes), ("1 2 3 4", .helpJump),
    ("↑ ↓  j k", .helpRows), ("PgUp PgDn", .helpPage), ("Ctrl-B Ctrl-F", .helpPage),
    ("Home End  g G", .helpEnds), ("Enter", .helpDetail), ("z", .helpZoom), ("m", .helpSummary),
    ("?", .helpThis), (":", .helpCommand), ("Esc", .helpEscape), ("q  Ctrl-C", .helpQuit),
  ]

  /// Returns the route view's keys. Reordering and saving are for roles that assign requests, and
  /// the run-sheet file for roles that write, as the w key checks.
  static func routeBindings(_ state: DashboardState) -> [Binding] {
    var list: [Binding] = [("↑ ↓  j k", .helpStop), ("← →  h l", .helpRouteDay)]
    if state.mayMake(.request) {
      list += [("K J", .helpStopOrder), ("Enter", .helpRouteSave)]
    }
    list.append(("i", .helpRouteCourier))
    if !state.readOnly && state.role.writes { list.append(("w", .helpRouteRunSheet)) }
    return list + [("Esc  q", .helpRouteClose), ("?", .helpThis), ("Ctrl-C", .helpQuit)]
  }

  /// The plan view's keys. Only roles that assign requests open a plan.
  static let planBindings: [Binding] = [
    ("↑ ↓  j k", .helpStop), ("← →  h l", .helpPlanCourier), ("K J", .helpStopOrder),
    ("Enter", .helpPlanAccept), ("Esc  q", .helpPlanDiscard), ("?", .helpThis),
    ("Ctrl-C", .helpQuit),
  ]

  static func bindings(of pane: PaneID, _ state: DashboardState) -> [Binding] {
    switch pane {
    case .queue:
      var list: [Binding] = []
      if state.mayMake(.request) {
        list += [
          ("i", .helpIntake), ("s", .helpSend), ("r", .helpReady), ("a", .helpAssign),
          ("o", .helpOut), ("d", .helpDeliver), ("f", .helpFail), ("x", .helpCancel),
          ("Space", .helpMark), ("p", .helpPlan), ("u", .helpUndo), ("e", .helpCorrect),
        ]
      }
      if state.mayMake(.survey) { list.append(("v", .helpSurvey)) }
      if state.mayMake(.complaint) { list.append(("c", .helpComplaint)) }
      return list + [
        ("/", .helpSearch), ("n N", .helpSearchNext), ("F", .helpFilter), ("S", .helpSort),
      ]
    case .couriers:
      var list: [Binding] = [("Enter", .helpRoute)]
      if state.mayMake(.request) { list.append(("p", .helpPlan)) }
      if state.mayMake(.courier) { list += [("n", .helpNewCourier), ("e", .helpEditCourier)] }
      return list
    case .map:
      return [
        ("← → ↑ ↓", .helpMapDesa), ("Enter", .helpMapFilter), ("Esc", .helpMapClear),
        ("t", .helpMapTable), ("o", .helpMapShading), ("i", .helpMapDetail),
      ]
    case .complaints:
      guard state.seesComplaints else { return [] }
      var list: [Binding] = []
      if state.mayMake(.complaint) { list.append(("c", .helpComplaintNew)) }
      for (key, kind) in KeyHandler.complaintActionKeys
      where state.mayMake(kind == .assign ? .complaintAssignment : .complaint) {
        list.append((String(key), word(kind)))
      }
      return list + [("F", .helpFilter)]
    }
  }

  private static func word(_ kind: ComplaintAction.Kind) -> MessageKey {
    switch kind {
    case .verify: return .helpComplaintVerify
    case .postpone: return .helpComplaintPostpone
    case .notOurAuthority: return .helpComplaintNotOurs
    case .archive: return .helpComplaintArchive
    case .assign: return .helpComplaintAssign
    case .followUp: return .helpComplaintFollowUp
    case .resolve: return .helpComplaintResolve
    case .respond, .log: return .helpComplaintRespond
    }
  }
}

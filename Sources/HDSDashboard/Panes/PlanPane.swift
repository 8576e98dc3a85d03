import Foundation
import HDSCore
import HDSTerminal

/// Draws a dispatch proposal over the panes: per courier a line with stops, capacity,
/// estimated kilometres and minutes, then the stops in order; the selected stop stands
/// out, and the list scrolls to keep it in view.
enum PlanPane {
  static func draw(_ plan: PlanView, state: DashboardState, screen: inout Screen) {
    let catalog = state.catalog
    let proposal = plan.proposal
    let rect = OverlayView.detailFrame(rows: screen.rows, cols: screen.cols)
    screen.fill(rect, style: .dialog)
    screen.box(
      rect,
      title: catalog.format(
        .planTitle, "\(catalog.weekday(proposal.day)), \(catalog.date(proposal.day))"),
      focused: true)
    let inner = rect.inner

    var lines: [(text: String, style: Style, selected: Bool)] = []
    lines.append((catalog[.planLegend], .dim, false))
    for text in leftOutNotes(plan, catalog: catalog) {
      lines.append((text, .warning, false))
    }
    for (routeIndex, route) in proposal.routes.enumerated() {
      let name = plan.courierNames[route.courierID] ?? String(route.courierID)
      let kilometres = catalog.decimal(proposal.distance(of: route), digits: 1)
      let minutes = Int(proposal.minutes(of: route).rounded())
      lines.append(
        (
          catalog.format(
            .planRouteLine, name, route.stops.count, route.capacity, kilometres, minutes),
          .title, false
        ))
      for (stopIndex, stop) in route.stops.enumerated() {
        let selected = routeIndex == plan.route && stopIndex == plan.stop
        lines.append(
          (describe(stop, number: stopIndex + 1, plan: plan, state: state), .dialog, selected))
      }
    }
    lines.append((distanceNote(proposal, catalog: catalog), .dim, false))

    let selectedLine = lines.firstIndex { $0.selected } ?? 0
    let first = max(0, min(selectedLine - inner.height / 2, lines.count - inner.height))
    for (offset, line) in lines.dropFirst(first).prefix(inner.height).enumerated() {
      let style: Style = line.selected ? .selected : line.style
      if line.selected {
        screen.fill(
          Rect(row: inner.row + offset, col: inner.col, height: 1, width: inner.width), style: style
        )
      }
      screen.put(
        " " + line.text, row: inner.row + offset, col: inner.col, style: style, width: inner.width)
    }
  }

  /// Returns a line for each reason documents are not in the plan: no courier has room
  /// left, the document needs completing, or the proposal's candidate limit.
  static func leftOutNotes(_ plan: PlanView, catalog: Catalog) -> [String] {
    var notes: [String] = []
    let unplaced = plan.proposal.unplaced
    if !unplaced.isEmpty {
      let numbers = unplaced.map(\.number.description).joined(separator: ", ")
      notes.append(catalog.format(.planUnplaced, unplaced.count, numbers))
    }
    if plan.needsCompletion > 0 {
      notes.append(catalog.format(.planLeftOutNeedsCompletion, plan.needsCompletion))
    }
    if plan.overLimit > 0 {
      notes.append(
        catalog.format(.planLeftOutOverLimit, plan.overLimit, DispatchDay.candidateLimit))
    }
    return notes
  }

  /// Says where the distances come from: the straight-line estimate, `road-distances.csv`
  /// for every leg, or the file for some legs and the estimate for the rest.
  static func distanceNote(_ proposal: DispatchProposal, catalog: Catalog) -> String {
    let legs = proposal.routes.flatMap { proposal.legs(of: $0) }
    let fromFile = legs.filter { $0.source == .file }.count
    let estimated = legs.filter { $0.source == .estimate }.count
    let factor = catalog.decimal(proposal.roadFactor, digits: proposal.roads.roadFactorDigits)
    if fromFile == 0 { return catalog.format(.planEstimate, factor) }
    if estimated == 0 { return catalog[.planRoadFile] }
    return catalog.format(.planRoadFileMixed, fromFile, fromFile + estimated, factor)
  }

  /// "  3. HDS-2026-000123  Jatikerto / Cupak  Siti Aminah  KTP-el  (sudah ditugaskan)".
  private static func describe(
    _ stop: DispatchCandidate, number: Int, plan: PlanView, state: DashboardState
  ) -> String {
    let row = plan.rows[stop.requestID]
    let desa = row.map { QueuePane.desaName($0.desaCode, state.kecamatan) } ?? ""
    let place = [desa, row?.dusun ?? ""].filter { !$0.isEmpty }.joined(separator: " / ")
    let urgent = stop.priority > 0 ? " !" : ""
    let pinned = stop.pinnedCourierID == nil ? "" : "  (\(state.catalog[.planPinned]))"
    let index = String(number)
    return "  " + String(repeating: " ", count: max(0, 2 - index.count)) + index + ". "
      + stop.number.description + urgent + "  " + place + "  " + (row?.residentName ?? "") + "  "
      + (row?.document.shortName ?? "") + pinned
  }
}

import Foundation
import HDSCore
import HDSTerminal

/// The lines of each detail view.
enum DetailText {
  typealias Line = OverlayView.Line

  static func request(_ detail: RequestDetail, state: DashboardState) -> [Line] {
    let catalog = state.catalog
    let request = detail.request
    let resident = request.resident
    let desa = state.kecamatan.desa(code: resident.address.desaCode)
    // Viewers and couriers see personal numbers masked.
    let masks = state.role.masksPersonalData
    // A print-list resident has no dusun, RW or RT yet, and may have no desa, so the line
    // calls the address incomplete instead of showing "RT 000 / RW 000".
    let address: String
    if let desa, resident.address.rw > 0, resident.address.rt > 0 {
      address = [
        resident.address.street, dusunLabel(resident.address.dusun), resident.address.rtRw,
        "Desa " + desa.name,
      ].filter { !$0.isEmpty }.joined(separator: ", ")
    } else {
      address = (desa.map { "Desa \($0.name), " } ?? "") + catalog[.addressIncomplete]
    }
    let kk =
      !resident.kk.isEntered
      ? catalog[.detailKkMissing] : masks ? resident.kk.masked : resident.kk.digits

    var lines: [Line] = []
    if request.needsCompletion {
      lines.append(Line(label: "", value: catalog[.detailNeedsCompletion], style: .warning))
    }
    lines += [
      Line(label: catalog[.detailResident], value: resident.name),
      Line(label: catalog[.detailNik], value: masks ? resident.nik.masked : resident.nik.digits),
      Line(label: catalog[.detailKk], value: kk),
      Line(label: catalog[.detailPhone], value: phone(resident.phone, state)),
      Line(label: catalog[.detailAddress], value: address),
      Line(
        label: catalog[.detailDocument],
        value: request.document.shortName
          + (request.isReplacement ? " (\(catalog[.detailReplacement]))" : "")),
      Line(label: catalog[.detailRequirements], value: requirements(request, catalog)),
      Line(
        label: catalog[.detailState], value: catalog.state(request.state),
        style: QueuePane.stateStyle(request.state) ?? .normal),
      Line(
        label: catalog[.detailAttempts],
        value: catalog.format(
          .detailAttemptsValue, request.attempts, state.snapshot?.maxAttempts ?? 2)),
      Line(label: catalog[.detailCourierName], value: detail.courierName ?? catalog[.detailNone]),
      Line(
        label: catalog[.detailDeliveryDay],
        value: request.deliveryDay.map(catalog.date) ?? catalog[.detailNone]),
      Line(label: catalog[.detailReceived], value: stamp(request.receivedAt, catalog)),
      Line(label: catalog[.detailHandover], value: handover(request, catalog)),
      Line(label: "", value: ""),
      Line(label: "", value: catalog[.detailHistory], style: .title),
    ]
    lines += history(detail.events, state: state)
    if !detail.complaints.isEmpty {
      lines.append(Line(label: "", value: ""))
      lines.append(Line(label: "", value: catalog[.detailComplaints], style: .title))
      for complaint in detail.complaints {
        lines.append(
          Line(
            label: "",
            value:
              "#\(complaint.id)  \(stamp(complaint.receivedAt, catalog))  \(catalog.category(complaint.category)) · \(catalog.complaintState(complaint.state)): \(complaint.description)"
          ))
      }
    }
    lines += surveyLines(detail, state: state)
    return lines
  }

  /// Returns two lines per event, oldest first: when, who, the action and the move, then
  /// the event's words when it has any.
  /// Returns a phone number as the role may see it: grouped, or shortened for viewers and
  /// couriers; a dash when there is none.
  static func phone(_ number: PhoneNumber?, _ state: DashboardState) -> String {
    guard let number else { return state.catalog[.detailNone] }
    return state.role.masksPersonalData ? number.shortened : number.grouped
  }

  static func history(_ events: [RequestEvent], state: DashboardState) -> [Line] {
    let catalog = state.catalog
    var lines: [Line] = []
    for event in events {
      // A creation and a correction name no move, because the action alone describes them.
      let from = event.from.flatMap { $0 == event.to ? nil : catalog.state($0) + " → " } ?? ""
      let move = event.from == nil || event.from == event.to ? "" : from + catalog.state(event.to)
      let text =
        "\(stamp(event.time, catalog))  \(event.user)  \(catalog.action(event.action))\(move.isEmpty ? "" : ": " + move)"
      lines.append(Line(label: "", value: text))
      let words = EventWords.describe(event, state: state)
      if !words.isEmpty {
        lines.append(Line(label: "", value: "    " + words, style: .dim))
      }
    }
    return lines
  }

  /// "Dsn. Krajan", but "Dusun II" as it is, and nothing for an address still missing.
  static func dusunLabel(_ dusun: String) -> String {
    if dusun.isEmpty || dusun.hasPrefix("Dusun") { return dusun }
    return "Dsn. " + dusun
  }

  private static func requirements(_ request: DeliveryRequest, _ catalog: Catalog) -> String {
    let check = request.requirements
    if check.met.isEmpty && check.missing.isEmpty { return catalog[.detailNone] }
    if check.isComplete { return catalog[.detailRequirementsComplete] }
    let missing = check.missing.map(catalog.requirement).joined(separator: "; ")
    return catalog.format(.detailRequirementsMissing, missing)
  }

  private static func handover(_ request: DeliveryRequest, _ catalog: Catalog) -> String {
    guard let handover = request.handover else { return catalog[.detailNone] }
    let relation = handover.relation.isEmpty ? "" : " (\(handover.relation))"
    let card = handover.oldCardReturned ? " · " + catalog[.eventOldCard] : ""
    return
      "\(catalog.recipient(handover.recipientKind)): \(handover.recipientName)\(relation)\(card)"
  }

  static func courier(_ id: Int64, state: DashboardState) -> [Line] {
    let catalog = state.catalog
    guard let courier = state.snapshot?.couriers[id] else { return [] }
    let today = state.snapshot?.courierBoard.first { $0.courierID == id }
    let home = state.kecamatan.desa(code: courier.homeDesaCode)?.name ?? courier.homeDesaCode
    return [
      Line(label: catalog[.detailPhone], value: courier.phone?.grouped ?? catalog[.detailNone]),
      Line(label: catalog[.detailVehicle], value: courier.vehicle),
      Line(label: catalog[.detailHomeDesa], value: home),
      Line(label: catalog[.detailCapacity], value: String(courier.dailyCapacity)),
      Line(
        label: catalog[.detailToday],
        value: catalog.format(
          .detailTodayCounts, today?.assigned ?? 0, today?.out ?? 0, today?.delivered ?? 0,
          today?.failed ?? 0)),
    ]
  }

  static func desa(_ code: String, state: DashboardState) -> [Line] {
    let catalog = state.catalog
    guard let desa = state.kecamatan.desa(code: code) else { return [] }
    let load = state.snapshot?.desaLoads[code]
    let figures = state.snapshot?.desaFigures[code] ?? .zero(code)
    let distance = desa.centroid.distance(to: state.kecamatan.office)
    return [
      Line(label: catalog[.detailCode], value: desa.code),
      Line(label: catalog[.detailPopulation], value: catalog.number(desa.residents)),
      Line(label: catalog[.detailFamilies], value: catalog.number(desa.families)),
      Line(
        label: catalog[.detailDistance],
        value: catalog.format(.detailDistanceValue, catalog.decimal(distance, digits: 1))),
      Line(label: catalog[.detailDusun], value: desa.dusun.map(\.name).joined(separator: ", ")),
      Line(label: catalog[.detailPending], value: catalog.number(load?.pending ?? 0)),
      Line(label: catalog[.mapDetailOverdue], value: catalog.number(figures.overdue)),
      Line(
        label: catalog[.detailDeliveredMonth], value: catalog.number(load?.deliveredInMonth ?? 0)),
      Line(label: catalog[.mapDetailComplaints], value: catalog.number(figures.openComplaints)),
    ]
  }

  /// "17-08-1945".
  static func dayMonthYear(_ day: CalendarDay) -> String {
    String(format: "%02d-%02d-%04d", day.day, day.month, day.year)
  }

  /// "4 Des 2026 09:15" in Indonesian, "4 Dec 2026 09:15" in English, in WIB.
  static func stamp(_ instant: Date, _ catalog: Catalog) -> String {
    catalog.shortDate(CalendarDay(containing: instant)) + " " + OfficeClock.timeOfDay(instant)
  }
}

// One request's life, written as the store writes it: the columns that
// `SQLiteStore.createRequest` and `apply(_:to:…)` leave on the row, and one event per
// step with the action names, states, detail keys and courier of
// SQLiteStore+Requests.swift. Steps after the generator's "now" are dropped, so a
// request received in the last weeks stops in whatever state it has reached by then.

import HDSCore

/// One `request_event` row.
struct EventRow {
  let time: Double
  let action: RequestAction.Kind
  let from: RequestState?
  let to: RequestState
  let detail: String
  let courierID: Int?
  /// Copies of the detail's reason and attempt, as `insertEvent` writes them.
  let reason: String?
  let attempt: Int?
}

/// The request row's columns after the kept steps, and their events.
struct RequestHistory {
  let now: Double
  private(set) var state = RequestState.received
  private(set) var attempts = 0
  private(set) var courierID: Int?
  /// Day index of the delivery day.
  private(set) var deliveryDay: Int?
  private(set) var readyAt: Double?
  private(set) var deliveredAt: Double?
  /// Day index of the print day, set by a print-list import's mark-ready.
  private(set) var printedDay: Int?
  private(set) var handover: Handover?
  private(set) var events: [EventRow] = []
  /// Whether a step fell after `now`, so that no later step is written.
  private(set) var isCut = false

  init(now: Double) {
    self.now = now
  }

  var lastTime: Double { events.last?.time ?? 0 }

  /// The version the store would hold: 1 from the create, plus 1 for every applied action.
  var version: Int { events.count }

  mutating func create(at time: Double, detail: String) {
    events.append(
      EventRow(
        time: time, action: .create, from: nil, to: .received, detail: detail, courierID: nil,
        reason: nil, attempt: nil))
  }

  /// Records `action` at `time` as `SQLiteStore.apply` would, or cuts the history when
  /// `time` is after `now`. Returns whether the step was kept.
  @discardableResult
  mutating func apply(
    _ action: RequestAction, at time: Double, days: DayTable, printedDay: Int? = nil
  ) -> Bool {
    guard !isCut, time <= now else {
      isCut = true
      return false
    }
    let from = state
    var to: RequestState
    var detail = ""
    var eventCourier = courierID
    var reason: String?
    var attempt: Int?
    let heldBy: [(key: String, value: String?)] = [
      ("courier", courierID.map(String.init)), ("day", deliveryDay.map { days.iso[$0] }),
    ]

    switch action {
    case .sendToDukcapil:
      to = .inProcess
    case .markReady:
      to = .ready
      readyAt = time
      if let printedDay {
        // The print-list import appends its keys to mark-ready's empty detail and then
        // records the print day on the row.
        detail = EventDetail.format([("printed", days.iso[printedDay]), ("source", "print-list")])
        self.printedDay = printedDay
      }
    case .assign(let courier, _):
      to = .assigned
      detail = EventDetail.format([
        ("courier", String(courier)), ("day", assignedDay.map { days.iso[$0] }),
        ("previous-courier", courierID.map(String.init)),
        ("previous-day", deliveryDay.map { days.iso[$0] }),
      ])
      courierID = Int(courier)
      deliveryDay = assignedDay
      eventCourier = Int(courier)
    case .unassign:
      to = .ready
      detail = EventDetail.format(heldBy)
      courierID = nil
      deliveryDay = nil
    case .dispatch:
      to = .outForDelivery
      detail = EventDetail.format(heldBy)
    case .deliver(let given):
      to = .delivered
      deliveredAt = time
      handover = given
      detail = EventDetail.format([
        ("recipient", given.recipientKind.rawValue), ("name", given.recipientName),
        ("relation", given.relation.isEmpty ? nil : given.relation),
        ("old-card-returned", EventDetail.yesNo(given.oldCardReturned)),
        ("courier", courierID.map(String.init)),
      ])
    case .failAttempt(let failure, let note):
      attempts += 1
      to = attempts >= Self.maxAttempts ? .returnedToOffice : .ready
      detail = EventDetail.format([
        ("reason", failure.rawValue), ("attempt", String(attempts)),
        ("note", note.isEmpty ? nil : note), ("courier", courierID.map(String.init)),
        ("day", deliveryDay.map { days.iso[$0] }),
      ])
      reason = failure.rawValue
      attempt = attempts
      courierID = nil
      deliveryDay = nil
    case .cancel(let text):
      to = .cancelled
      detail = EventDetail.format([("reason", text)] + heldBy)
      reason = text
      courierID = nil
      deliveryDay = nil
    }
    state = to
    events.append(
      EventRow(
        time: time, action: action.kind, from: from, to: to, detail: detail,
        courierID: eventCourier, reason: reason, attempt: attempt))
    return true
  }

  /// The setting `max_attempts` that the first migration stores.
  static let maxAttempts = 2

  /// The day index of the pending assign, which `apply` needs as an index while the
  /// action carries a `CalendarDay`; `assign(courier:day:at:days:)` sets it.
  private var assignedDay: Int?

  /// Assigns the request to `courier` for the day with index `day`.
  @discardableResult
  mutating func assign(courier: Int, day: Int, at time: Double, days: DayTable) -> Bool {
    assignedDay = day
    let (year, month, dayOfMonth) = DayTable.civil(
      fromDayNumber: DayTable.dayNumber(days.first) + day)
    let calendarDay = CalendarDay(year: year, month: month, day: dayOfMonth)
    return apply(.assign(courierID: Int64(courier), day: calendarDay), at: time, days: days)
  }
}

// A complaint's life as SQLiteStore+Complaints.swift writes it. The `log` event has its
// detail keys, and every later action one event with its note and version + 1. The
// deadline comes from the weight in working days, closed_at is set when the complaint
// leaves the open states and resolved_at when it is resolved. Steps after "now" are
// dropped.

import HDSCore

/// The subject of a complaint, chosen while its request is generated.
struct ComplaintSeed {
  let receivedAt: Double
  let requestID: Int?
  let residentID: Int?
  let desaCode: String?
  let complainantName: String
  let phone: String?
  let category: ComplaintCategory
  /// The user of the office the complaint reached.
  let user: String
}

/// One `complaint_event` row.
struct ComplaintEventRow {
  let time: Double
  let action: ComplaintAction.Kind
  let from: ComplaintState?
  let to: ComplaintState
  let detail: String
  let note: String
}

/// The complaint row after the kept steps, and its events.
struct ComplaintHistory {
  let seed: ComplaintSeed
  let channel: ComplaintChannel
  let laporNumber: String?
  let description: String
  private(set) var weight: ComplaintWeight
  private(set) var state = ComplaintState.received
  /// Day index of the deadline.
  private(set) var deadlineDay: Int
  private(set) var assignedTo: String?
  private(set) var resolvedAt: Double?
  private(set) var closedAt: Double?
  private(set) var events: [ComplaintEventRow] = []
  private let now: Double
  private var isCut = false

  var version: Int { events.count }

  static let descriptions: [ComplaintCategory: String] = [
    .late: "Dokumen belum sampai padahal sudah dikabari siap.",
    .notReceived: "Kurir datang saat rumah kosong, minta diantar ulang sore hari.",
    .wrongData: "Tanggal lahir di dokumen tidak sesuai akta.",
    .damaged: "Sampul plastik KTP-el sobek saat diterima.",
    .courierConduct: "Kurir tidak memperkenalkan diri saat serah terima.",
    .other: "Menanyakan syarat pengambilan oleh saudara.",
  ]

  init(seed: ComplaintSeed, now: Double, days: DayTable, random: inout RandomSource) {
    self.seed = seed
    self.now = now
    let channels: [ComplaintChannel] = [
      .whatsApp, .callCentre, .walkIn, .socialMedia, .letter, .lapor,
    ]
    channel = channels[random.weighted([35, 25, 15, 10, 5, 10])]
    let receivedDay = days.day(containing: seed.receivedAt)
    laporNumber =
      channel == .lapor
      ? "LAPOR-\(days.year[receivedDay])-\(random.int(10_000...99_999))" : nil
    description = Self.descriptions[seed.category] ?? "Aduan tentang layanan antar dokumen."
    weight =
      [.light, .normative, .noSupervisoryContent, .needsInvestigation][
        random.weighted([45, 35, 15, 5])]
    deadlineDay = days.adding(workingDays: weight.deadlineWorkingDays, to: receivedDay)
    let detail = EventDetail.format([
      ("channel", channel.rawValue), ("category", seed.category.rawValue),
      ("weight", weight.rawValue), ("lapor", laporNumber),
      ("request", seed.requestID.map(String.init)),
      ("resident", seed.residentID.map(String.init)), ("deadline", days.iso[deadlineDay]),
    ])
    events.append(
      ComplaintEventRow(
        time: seed.receivedAt, action: .log, from: nil, to: .received, detail: detail, note: ""))
  }

  var lastTime: Double { events.last?.time ?? 0 }

  /// Records `action` at `time` as `SQLiteStore.apply(_:toComplaint:…)` would, or cuts the
  /// history when `time` is after `now`. Returns whether the step was kept.
  @discardableResult
  mutating func apply(_ action: ComplaintAction, at time: Double, days: DayTable) -> Bool {
    guard !isCut, time <= now,
      let next = try? ComplaintLifecycle.apply(action, toComplaint: 0, in: state)
    else {
      isCut = true
      return false
    }
    var detail: [(key: String, value: String?)] = []
    switch action {
    case .verify(let newWeight?, _) where newWeight != weight:
      let receivedDay = days.day(containing: seed.receivedAt)
      let newDeadline = days.adding(workingDays: newWeight.deadlineWorkingDays, to: receivedDay)
      detail = [
        ("weight", newWeight.rawValue), ("previous-weight", weight.rawValue),
        ("deadline", days.iso[newDeadline]), ("previous-deadline", days.iso[deadlineDay]),
      ]
      weight = newWeight
      deadlineDay = newDeadline
    case .assign(let staff, _):
      detail = [("staff", staff), ("previous-staff", assignedTo)]
      assignedTo = staff
    default:
      break
    }
    if state.isOpen && !next.isOpen { closedAt = time }
    if next == .resolved && state != .resolved { resolvedAt = time }
    events.append(
      ComplaintEventRow(
        time: time, action: action.kind, from: state, to: next,
        detail: EventDetail.format(detail), note: action.note))
    state = next
    return true
  }
}

/// Draws a complaint's handling. Most are verified, assigned, followed up and resolved,
/// 4 in 5 of those within the deadline. Some are archived, declared not the office's
/// matter or postponed first. 3 in 100 of those received in the last 90 days stay open.
/// The shares are estimates.
struct ComplaintLifeModel {
  let days: DayTable
  let requestModel: RequestLifeModel
  /// The instant the generated history ends.
  let now: Double

  static let staff = ["Rina Marlina", "Joko Santoso", "Wulan Sari", "Hadi Purnomo"]

  func live(_ complaint: inout ComplaintHistory, random: inout RandomSource) {
    let receivedDay = days.day(containing: complaint.seed.receivedAt)
    switch random.weighted([6, 5, 5, 84]) {
    case 0:
      complaint.apply(
        .archive(note: "Aduan ganda, sudah dicatat lewat saluran lain."),
        at: later(complaint, receivedDay, 0...2, &random), days: days)
      return
    case 1:
      complaint.apply(
        .declareNotOurAuthority(note: "Perbaikan data akta menjadi urusan Dukcapil kabupaten."),
        at: later(complaint, receivedDay, 1...3, &random), days: days)
      return
    case 2:
      guard
        complaint.apply(
          .postpone(note: "Menunggu nomor permohonan dari pengadu."),
          at: later(complaint, receivedDay, 0...1, &random), days: days)
      else { return }
      if random.chance(0.2) {
        complaint.apply(
          .archive(note: "Pengadu tidak mengirim kelengkapan aduan."),
          at: later(complaint, receivedDay, 5...10, &random), days: days)
        return
      }
      handle(
        &complaint, fromDay: days.adding(workingDays: random.int(2...5), to: receivedDay),
        random: &random)
    default:
      handle(&complaint, fromDay: receivedDay, random: &random)
    }
  }

  private func handle(
    _ complaint: inout ComplaintHistory, fromDay start: Int, random: inout RandomSource
  ) {
    var newWeight: ComplaintWeight?
    if random.chance(0.1) {
      newWeight = ComplaintWeight.allCases.filter { $0 != complaint.weight }[random.int(0...2)]
    }
    let note = random.chance(0.5) ? "Aduan sesuai data permohonan." : ""
    guard
      complaint.apply(
        .verify(weight: newWeight, note: note), at: later(complaint, start, 0...2, &random),
        days: days),
      complaint.apply(
        .assign(staff: random.element(Self.staff), note: ""),
        at: complaint.lastTime + Double(random.int(1_800...10_800)), days: days)
    else { return }
    let followDay = days.adding(workingDays: random.int(0...2), to: dayOf(complaint.lastTime))
    guard
      complaint.apply(
        .followUp(note: "Menghubungi pengadu lewat telepon."),
        at: later(complaint, followDay, 0...0, &random), days: days)
    else { return }
    if random.chance(0.4) {
      complaint.apply(
        .respond(note: "Pengadu diberi tahu jadwal antar ulang."),
        at: later(complaint, followDay, 0...1, &random), days: days)
    }

    // An office does not leave a complaint open for months, so only recent ones stay open.
    let roll = random.int(0...99)
    let isRecent = complaint.seed.receivedAt > now - 90 * 86_400
    guard roll >= 3 || !isRecent else { return }
    let deadline = complaint.deadlineDay
    let lastDay = dayOf(complaint.lastTime)
    let resolveDay: Int
    if roll < 85 {
      let span = max(0, days.workingDays(from: lastDay, to: deadline))
      resolveDay = days.adding(workingDays: random.int(0...span), to: lastDay)
    } else {
      resolveDay = days.adding(workingDays: random.int(1...10), to: max(deadline, lastDay))
    }
    complaint.apply(
      .resolve(note: "Dokumen sudah diterima pengadu."),
      at: later(complaint, resolveDay, 0...0, &random), days: days)
  }

  /// Returns a time 9:00 to 15:00 WIB, `range` working days after `day`, and after the
  /// complaint's latest event.
  private func later(
    _ complaint: ComplaintHistory, _ day: Int, _ range: ClosedRange<Int>,
    _ random: inout RandomSource
  ) -> Double {
    let target = days.adding(workingDays: random.int(range), to: day)
    return max(requestModel.at(target, 9, 15, &random), complaint.lastTime + 600)
  }

  private func dayOf(_ time: Double) -> Int { days.day(containing: time) }
}

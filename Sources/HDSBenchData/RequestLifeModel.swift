// The rates and delays the generator gives a request's life. They are estimates chosen
// to look like a busy front office, not measured figures: about 3 requests in 100 are
// cancelled, 1 delivery attempt in 20 fails, and a failed request fails again 1 time in 4.

import HDSCore
import HDSSampleData

/// Draws one request's steps, from the counter to the handover or the end of the span.
struct RequestLifeModel {
  let days: DayTable

  static let givenNames = SyntheticNames.female + SyntheticNames.male

  static let cancelReasons = [
    "Pemohon pindah domisili sebelum dokumen dicetak.",
    "Permohonan ganda, sudah diajukan di loket lain.",
    "Pemohon memilih mengambil sendiri di Dukcapil.",
  ]

  /// Applies the steps after the create event to `history`, until one falls after the
  /// history's `now`.
  func live(
    _ history: inout RequestHistory, receivedDay: Int, residentName: String,
    oldCardExpected: Bool, couriers: CourierRoster, random: inout RandomSource
  ) {
    if random.chance(0.005) {
      cancel(&history, onDay: receivedDay, random: &random)
      return
    }

    // Sent to Dukcapil the same afternoon, the next morning, or with a later batch.
    let sendDay: Int
    let sendTime: Double
    let sendRoll = random.int(0...99)
    if sendRoll < 60 {
      sendDay = receivedDay
      sendTime = max(at(sendDay, 13, 15.5, &random), history.lastTime + 600)
    } else {
      let wait = sendRoll < 85 ? 1 : random.int(2...4)
      sendDay = days.adding(workingDays: wait, to: receivedDay)
      sendTime = at(sendDay, 8, 11, &random)
    }
    guard history.apply(.sendToDukcapil, at: sendTime, days: days) else { return }

    let printingDays = [2, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6, 7, 8, 10][random.int(0...13)]
    let readyDay = days.adding(workingDays: printingDays, to: sendDay)
    if random.chance(0.02) {
      let day = days.adding(workingDays: random.int(0...printingDays - 1), to: sendDay)
      cancel(&history, onDay: day, random: &random)
      return
    }

    // Most prints come back on Dukcapil's print list, which the office imports first thing
    // in the morning. The rest are printed at the kecamatan and marked ready by hand.
    let viaPrintList = random.chance(0.9)
    let readyTime = max(
      viaPrintList ? at(readyDay, 7.5, 8.5, &random) : at(readyDay, 9, 15, &random),
      history.lastTime + 600)
    var printedDay: Int?
    if viaPrintList {
      printedDay = random.chance(0.5) ? readyDay : previousWorkingDay(readyDay)
    }
    guard history.apply(.markReady, at: readyTime, days: days, printedDay: printedDay) else {
      return
    }
    if random.chance(0.004) {
      cancel(
        &history, onDay: days.adding(workingDays: random.int(1...5), to: readyDay),
        random: &random)
      return
    }
    deliver(
      &history, readySince: readyDay, residentName: residentName,
      oldCardExpected: oldCardExpected, couriers: couriers, random: &random)
  }

  /// Assignment, dispatch and the outcome of each attempt until the document is handed
  /// over, returned to the office, or the span ends.
  private func deliver(
    _ history: inout RequestHistory, readySince firstReady: Int, residentName: String,
    oldCardExpected: Bool, couriers: CourierRoster, random: inout RandomSource
  ) {
    var readySince = firstReady
    while true {
      let isRetry = history.attempts > 0
      // Working days from ready to the delivery day: 6 in 10 go out the same day, 1 in
      // 20 wait three days or more.
      let lag =
        isRetry
        ? random.int(1...3)
        : [0, 1, 2, 3, 4, 6, 8, 12][random.weighted([120, 48, 16, 6, 4, 3, 2, 1])]
      let deliveryDay = days.adding(workingDays: lag, to: readySince)

      // Planned a day or two ahead, or assigned on the morning of the round.
      var assignTime: Double
      if lag >= 1 && random.chance(0.4) {
        let planningDay = max(readySince, previousWorkingDay(deliveryDay))
        assignTime = at(planningDay, 9, 11.5, &random)
      } else {
        assignTime = at(deliveryDay, 7, 7.9, &random)
      }
      assignTime = max(assignTime, history.lastTime + 300)
      let courier = couriers.leastLoaded(on: deliveryDay, random: &random)
      guard history.assign(courier: courier, day: deliveryDay, at: assignTime, days: days)
      else { return }
      couriers.addStop(courier, on: deliveryDay)

      // Most couriers leave on the morning round, some on a second round after midday.
      let round =
        random.chance(0.8) ? at(deliveryDay, 8, 10, &random) : at(deliveryDay, 11, 13.5, &random)
      let dispatchTime = max(round, history.lastTime + 300)
      guard history.apply(.dispatch, at: dispatchTime, days: days) else { return }

      let outcomeTime = max(at(deliveryDay, 9.5, 16, &random), history.lastTime + 1_800)
      if random.chance(isRetry ? 0.25 : 0.05) {
        let (reason, note) = failure(&random)
        guard history.apply(.failAttempt(reason, note: note), at: outcomeTime, days: days)
        else { return }
        if history.state == .returnedToOffice {
          collectAtCounter(
            &history, after: deliveryDay, residentName: residentName,
            oldCardExpected: oldCardExpected, random: &random)
          return
        }
        readySince = deliveryDay
        continue
      }
      let handover = self.handover(
        residentName: residentName, oldCardExpected: oldCardExpected, random: &random)
      history.apply(.deliver(handover), at: outcomeTime, days: days)
      return
    }
  }

  /// Delivers a returned document at the counter: 85 in 100 residents collect it within
  /// three weeks, and the rest never do.
  private func collectAtCounter(
    _ history: inout RequestHistory, after day: Int, residentName: String,
    oldCardExpected: Bool, random: inout RandomSource
  ) {
    guard random.chance(0.85) else { return }
    let collectDay = days.adding(workingDays: random.int(1...15), to: day)
    let time = max(at(collectDay, 9, 14, &random), history.lastTime + 600)
    var handover = self.handover(
      residentName: residentName, oldCardExpected: oldCardExpected, random: &random)
    if random.chance(0.8) {
      handover = Handover(
        recipientKind: .resident, recipientName: residentName,
        oldCardReturned: handover.oldCardReturned)
    }
    history.apply(.deliver(handover), at: time, days: days)
  }

  private func cancel(_ history: inout RequestHistory, onDay day: Int, random: inout RandomSource) {
    let time = max(at(day, 9, 14.5, &random), history.lastTime + 900)
    history.apply(.cancel(reason: random.element(Self.cancelReasons)), at: time, days: days)
  }

  private func failure(_ random: inout RandomSource) -> (FailureReason, String) {
    let reasons: [FailureReason] = [
      .notAtHome, .addressNotFound, .refused, .recipientNotEntitled, .other,
    ]
    let reason = reasons[random.weighted([60, 20, 8, 7, 5])]
    switch reason {
    case .notAtHome:
      return (reason, random.chance(0.5) ? "Rumah kosong, tetangga dititipi pesan." : "")
    case .other:
      return (reason, "Jalan ke dusun terputus banjir, antar ulang dijadwalkan.")
    case .addressNotFound, .refused, .recipientNotEntitled:
      return (reason, "")
    }
  }

  /// Draws the recipient: the resident in 7 of 10 handovers, a family member in 1 of 4, a
  /// proxy otherwise.
  private func handover(
    residentName: String, oldCardExpected: Bool, random: inout RandomSource
  ) -> Handover {
    let oldCardReturned = oldCardExpected && random.chance(0.9)
    let roll = random.int(0...99)
    if roll < 70 {
      return Handover(
        recipientKind: .resident, recipientName: residentName, oldCardReturned: oldCardReturned)
    }
    let family = residentName.split(separator: " ").last.map(String.init) ?? ""
    let given = random.element(Self.givenNames)
    if roll < 95 {
      return Handover(
        recipientKind: .familyMember, recipientName: given + " " + family,
        relation: random.element(SyntheticNames.relations), oldCardReturned: oldCardReturned)
    }
    return Handover(
      recipientKind: .proxy, recipientName: given + " " + family, relation: "tetangga",
      oldCardReturned: oldCardReturned)
  }

  /// Returns a whole second between `fromHour` and `toHour` WIB on the day with index `day`.
  func at(_ day: Int, _ fromHour: Double, _ toHour: Double, _ random: inout RandomSource)
    -> Double
  {
    let seconds = Int(fromHour * 3_600) + Int(random.unit() * (toHour - fromHour) * 3_600)
    return days.start[day] + Double(seconds)
  }

  func previousWorkingDay(_ day: Int) -> Int {
    var candidate = day - 1
    while candidate > 0 && !days.isWorking[candidate] { candidate -= 1 }
    return max(candidate, 0)
  }
}

/// The couriers of one kecamatan and their stops per delivery day, so that each new
/// stop goes to the courier with the fewest stops that day, as an operator spreads them.
final class CourierRoster {
  let ids: [Int]
  /// Stops by delivery day index, then by position in `ids`.
  private var stops: [Int: [Int]] = [:]

  init(ids: [Int]) {
    self.ids = ids
  }

  /// Returns the courier with the fewest stops on `day`, breaking ties at random.
  func leastLoaded(on day: Int, random: inout RandomSource) -> Int {
    let counts = stops[day] ?? Array(repeating: 0, count: ids.count)
    let fewest = counts.min() ?? 0
    let candidates = ids.indices.filter { counts[$0] == fewest }
    return ids[random.element(candidates)]
  }

  func addStop(_ courier: Int, on day: Int) {
    guard let position = ids.firstIndex(of: courier) else { return }
    stops[day, default: Array(repeating: 0, count: ids.count)][position] += 1
  }
}

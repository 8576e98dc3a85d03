import Foundation
import HDSCore

/// The dated actions that take one synthetic request to its fate.
struct Timeline {
  struct Step {
    let action: RequestAction
    var time: Date
  }

  var created: Date
  var steps: [Step]

  static func make(
    for fate: Fate, now: Date, couriers: [Int64], resident: Resident,
    using generator: inout SeededGenerator
  ) -> Timeline {
    var builder = Builder(now: now, couriers: couriers, resident: resident, generator: generator)
    builder.build(fate)
    generator = builder.generator
    return builder.timeline.endingBefore(now)
  }

  /// Moves the whole timeline earlier when its last step would be after `now` (a demo
  /// made early in the morning), keeping the order and spacing of the steps.
  private func endingBefore(_ now: Date) -> Timeline {
    var result = self
    var previous = created
    for index in result.steps.indices {
      result.steps[index].time = max(result.steps[index].time, previous.addingTimeInterval(60))
      previous = result.steps[index].time
    }
    let overshoot = previous.timeIntervalSince(now.addingTimeInterval(-60))
    guard overshoot > 0 else { return result }
    result.created = result.created.addingTimeInterval(-overshoot)
    for index in result.steps.indices {
      result.steps[index].time = result.steps[index].time.addingTimeInterval(-overshoot)
    }
    return result
  }

  private struct Builder {
    let now: Date
    let couriers: [Int64]
    let resident: Resident
    var generator: SeededGenerator
    var timeline = Timeline(created: .distantPast, steps: [])
    let calendar = WorkingCalendar()
    let cancelReasons = [
      "Pemohon pindah domisili sebelum dokumen dicetak.",
      "Permohonan ganda, sudah diajukan di loket lain.",
      "Pemohon memilih mengambil sendiri di Dukcapil.",
    ]

    init(now: Date, couriers: [Int64], resident: Resident, generator: SeededGenerator) {
      self.now = now
      self.couriers = couriers
      self.resident = resident
      self.generator = generator
    }

    mutating func build(_ fate: Fate) {
      switch fate {
      case .received:
        timeline.created = at(daysAgo: random(0...2), hour: randomHour(8...14))
      case .inProcess:
        apply(daysAgo: random(1...8))
      case .readyFresh:
        prepare(readyDaysAgo: random(0...1))
      case .readyOverdue:
        prepare(readyDaysAgo: random(2...6))
      case .readyAfterFailure:
        let ready = random(2...4)
        prepare(readyDaysAgo: ready)
        attempt(daysAgo: ready - 1, succeeds: false)
      case .assignedToday:
        prepare(readyDaysAgo: random(0...2))
        assign(daysAgo: 0)
      case .outToday:
        prepare(readyDaysAgo: random(0...2))
        assign(daysAgo: 0)
        step(.dispatch, daysAgo: 0, hour: randomHour(8...9))
      case .delivered:
        let ready = random(1...25)
        prepare(readyDaysAgo: ready)
        attempt(daysAgo: max(1, ready - random(0...1)), succeeds: true)
      case .deliveredToday:
        prepare(readyDaysAgo: random(0...2))
        attempt(daysAgo: 0, succeeds: true)
      case .deliveredAfterFailure:
        let ready = random(3...20)
        prepare(readyDaysAgo: ready)
        attempt(daysAgo: ready - 1, succeeds: false)
        attempt(daysAgo: ready - 2, succeeds: true)
      case .returnedToOffice:
        let ready = random(4...15)
        prepare(readyDaysAgo: ready)
        attempt(daysAgo: ready - 1, succeeds: false)
        attempt(daysAgo: ready - 2, succeeds: false)
      case .cancelled:
        let applied = random(3...20)
        apply(daysAgo: applied)
        let reason = cancelReasons.randomElement(using: &generator)!  // not empty
        step(.cancel(reason: reason), daysAgo: applied - random(1...2), hour: randomHour(9...14))
      }
    }

    /// Application at the counter, sent to Dukcapil the same day.
    private mutating func apply(daysAgo: Int) {
      timeline.created = at(daysAgo: daysAgo, hour: randomHour(8...12))
      step(.sendToDukcapil, daysAgo: daysAgo, hour: randomHour(13...15))
    }

    private mutating func prepare(readyDaysAgo: Int) {
      apply(daysAgo: readyDaysAgo + random(3...8))
      step(.markReady, daysAgo: readyDaysAgo, hour: randomHour(7...8))
    }

    private mutating func assign(daysAgo: Int) {
      let day = CalendarDay(containing: at(daysAgo: daysAgo, hour: 8))
      let courier = couriers.randomElement(using: &generator)!  // the sample always has couriers
      step(.assign(courierID: courier, day: day), daysAgo: daysAgo, hour: randomHour(7...8) + 0.5)
    }

    private mutating func attempt(daysAgo: Int, succeeds: Bool) {
      assign(daysAgo: daysAgo)
      step(.dispatch, daysAgo: daysAgo, hour: randomHour(8...9) + 0.6)
      let hour = randomHour(9...14) + 0.7
      if succeeds {
        step(.deliver(handover()), daysAgo: daysAgo, hour: hour)
      } else {
        let reason = [FailureReason.notAtHome, .notAtHome, .addressNotFound, .refused]
          .randomElement(using: &generator)!  // not empty
        step(
          .failAttempt(
            reason, note: reason == .notAtHome ? "Rumah kosong, tetangga dititipi pesan." : ""),
          daysAgo: daysAgo, hour: hour)
      }
    }

    private mutating func handover() -> Handover {
      let roll = random(0...99)
      if roll < 70 {
        return Handover(recipientKind: .resident, recipientName: resident.name)
      }
      let family = resident.name.split(separator: " ").last.map(String.init) ?? ""
      let given = (SyntheticNames.female + SyntheticNames.male).randomElement(using: &generator)!
      if roll < 95 {
        let relation = SyntheticNames.relations.randomElement(using: &generator)!
        return Handover(
          recipientKind: .familyMember, recipientName: given + " " + family, relation: relation)
      }
      return Handover(
        recipientKind: .proxy, recipientName: given + " " + family, relation: "tetangga")
    }

    private mutating func step(_ action: RequestAction, daysAgo: Int, hour: Double) {
      timeline.steps.append(Step(action: action, time: at(daysAgo: daysAgo, hour: hour)))
    }

    /// The instant `hour` (WIB, fractional) on the working day `daysAgo` working days
    /// before today.
    private func at(daysAgo: Int, hour: Double) -> Date {
      var day = CalendarDay(containing: now)
      var left = max(0, daysAgo)
      while left > 0 {
        day = day.adding(days: -1)
        if calendar.isWorkingDay(day) { left -= 1 }
      }
      return day.start.addingTimeInterval(hour * 3600)
    }

    private mutating func random(_ range: ClosedRange<Int>) -> Int {
      Int.random(in: range, using: &generator)
    }

    private mutating func randomHour(_ range: ClosedRange<Int>) -> Double {
      Double(Int.random(in: range, using: &generator)) + Double(random(0...59)) / 60
    }
  }
}

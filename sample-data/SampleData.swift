import Foundation
import HDSCore

/// Fills a store with synthetic records on the real geography of Kromengan.
///
/// Every resident, NIK, KK number, phone number and complaint is made up from
/// `SyntheticNames` and a seeded generator: the same seed and day give the same
/// records. Requests are spread over the desa in proportion to their 2017 population,
/// their dates are relative to `now`, and each one reaches its state through the real
/// lifecycle, so every state change has its event.
public enum SampleData {
  public static let defaultSeed: UInt64 = 3_507_312_026

  public struct Report: Sendable, Equatable {
    public let requests: Int
    public let couriers: Int
    public let complaints: Int
  }

  /// Writes couriers, requests, complaints and survey responses. Throws on the first store
  /// error.
  public static func populate(
    _ store: Store, now: Date, seed: UInt64 = defaultSeed, requests count: Int = 300,
    actor: Actor = .operator("hds-demo"), kecamatan: Kecamatan = Kromengan.kecamatan
  ) throws(StoreError) -> Report {
    var generator = SeededGenerator(seed: seed)
    var people = PeopleFactory(kecamatan: kecamatan)
    let couriers = try addCouriers(store, kecamatan: kecamatan, now: now, actor: actor)
    let fates = Fate.shuffledPlan(count: count, using: &generator)
    let desaPlan = desaAllocation(kecamatan, count: count).shuffled(using: &generator)

    var stored: [(DeliveryRequest, Fate)] = []
    for (index, fate) in fates.enumerated() {
      let resident = people.resident(in: desaPlan[index], using: &generator)
      let document = documentKind(using: &generator)
      let timeline = Timeline.make(
        for: fate, now: now, couriers: couriers.map(\.id), resident: resident, using: &generator)
      var request = try store.createRequest(
        NewRequest(resident: resident, document: document), by: actor, at: timeline.created)
      for step in timeline.steps {
        request = try store.apply(
          step.action, to: request.id, expectedVersion: request.version, by: actor, at: step.time)
      }
      stored.append((request, fate))
    }

    let complaints = try addComplaints(
      store, requests: stored, now: now, actor: actor, people: &people, generator: &generator)
    _ = try SampleSurveys.record(
      store, requests: stored.map(\.0), now: now, actor: actor, generator: &generator)
    return Report(requests: stored.count, couriers: couriers.count, complaints: complaints)
  }

  /// Splits `count` requests over the desa in proportion to population, by largest
  /// remainder, and returns one desa per request.
  static func desaAllocation(_ kecamatan: Kecamatan, count: Int) -> [Desa] {
    let total = Double(kecamatan.residents)
    let quotas = kecamatan.desa.map { Double($0.residents) / total * Double(count) }
    var shares = quotas.map { Int($0) }
    let order = quotas.indices.sorted {
      quotas[$0] - Double(shares[$0]) > quotas[$1] - Double(shares[$1])
    }
    for index in order.prefix(count - shares.reduce(0, +)) { shares[index] += 1 }
    return zip(kecamatan.desa, shares).flatMap { Array(repeating: $0, count: $1) }
  }

  private static func documentKind(using generator: inout SeededGenerator) -> DocumentKind {
    // Rough mix of a kecamatan front office: KTP-el and KK most, deaths least.
    let weighted: [(DocumentKind, Int)] = [
      (.ktpEl, 34), (.kk, 26), (.kia, 14), (.aktaKelahiran, 14), (.aktaKematian, 5), (.skp, 7),
    ]
    var roll = Int.random(in: 0..<100, using: &generator)
    for (kind, weight) in weighted {
      if roll < weight { return kind }
      roll -= weight
    }
    return .ktpEl
  }

  private static func addCouriers(_ store: Store, kecamatan: Kecamatan, now: Date, actor: Actor)
    throws(StoreError) -> [Courier]
  {
    let staff: [(String, String, Int, Int)] = [
      ("Ahmad Fauzi", "0812-3300-1101", 6, 25),
      ("Dedi Kurniawan", "0813-3300-1102", 3, 25),
      ("Sri Wahyuningsih", "0852-3300-1103", 0, 20),
      ("Bayu Prasetyo", "0857-3300-1104", 1, 30),
      ("Eko Susilo", "0878-3300-1105", 5, 25),
      ("Nanik Rahayu", "0821-3300-1106", 2, 20),
    ]
    var couriers: [Courier] = []
    for (name, phone, desaIndex, capacity) in staff {
      let courier = NewCourier(
        name: name, phone: try? PhoneNumber(phone), vehicle: "motor",
        homeDesaCode: kecamatan.desa[desaIndex % kecamatan.desa.count].code, dailyCapacity: capacity
      )
      couriers.append(
        try store.addCourier(courier, by: actor, at: now.addingTimeInterval(-86_400 * 60)))
    }
    return couriers
  }

  private static func addComplaints(
    _ store: Store, requests: [(DeliveryRequest, Fate)], now: Date, actor: Actor,
    people: inout PeopleFactory, generator: inout SeededGenerator
  ) throws(StoreError) -> Int {
    // The bundled lists parse, as a test checks; without them deadlines skip weekends only.
    let calendar = (try? HolidayFiles.load(dataDirectory: nil).calendar) ?? WorkingCalendar()
    let today = CalendarDay(containing: now)
    let troubled = requests.filter { $0.1.hadFailure || $0.1 == .readyOverdue }.map(\.0)
    let delivered = requests.filter { $0.1 == .delivered }.map(\.0)
    let texts: [(ComplaintCategory, String)] = [
      (.late, "Dokumen belum sampai padahal sudah dikabari siap."),
      (.notReceived, "Kurir datang saat rumah kosong, minta diantar ulang sore hari."),
      (.wrongData, "Tanggal lahir di dokumen tidak sesuai akta."),
      (.damaged, "Sampul plastik KTP-el sobek saat diterima."),
      (.courierConduct, "Kurir tidak memperkenalkan diri saat serah terima."),
      (.other, "Menanyakan syarat pengambilan oleh saudara."),
    ]

    /// The end state of each demo complaint, chosen so that the pane shows every kind of
    /// row.
    enum Outcome {
      case resolvedInTime, resolvedLate, overdueAssigned, overdueInFollowUp, inFollowUp
      case verifiedWithNewWeight, notOurAuthority, archived, postponed, received
    }
    let plan: [(days: Int, weight: ComplaintWeight, outcome: Outcome)] = [
      (14, .light, .resolvedLate), (9, .light, .resolvedInTime),
      (12, .light, .overdueInFollowUp), (10, .normative, .overdueAssigned),
      (6, .noSupervisoryContent, .inFollowUp), (13, .normative, .verifiedWithNewWeight),
      (15, .light, .notOurAuthority), (5, .normative, .resolvedInTime),
      (3, .light, .archived), (2, .normative, .postponed), (1, .light, .received),
      (0, .normative, .received),
    ]
    let staff = ["Rina Marlina", "Joko Santoso", "Wulan Sari"]

    var logged = 0
    for (index, entry) in plan.enumerated() {
      let linked: DeliveryRequest?
      if index < 6, !troubled.isEmpty {
        linked = troubled[index % troubled.count]
      } else if index < 9, !delivered.isEmpty {
        linked = delivered[(index * 7) % delivered.count]
      } else {
        linked = nil
      }
      let (category, text) = texts[index % texts.count]
      let channel = ComplaintChannel.allCases[index % ComplaintChannel.allCases.count]

      // Overdue and late outcomes need their deadline well behind today, whatever
      // holidays the calendar has around it.
      var days = entry.days
      let needsPastDeadline = [.resolvedLate, .overdueAssigned, .overdueInFollowUp].contains {
        $0 == entry.outcome
      }
      while needsPastDeadline,
        Complaint.deadline(
          for: entry.weight, receivedOn: today.adding(days: -days), in: calendar
        )
        .adding(days: 2) >= today
      {
        days += 1
      }
      let minutes = Double(Int.random(in: 0...240, using: &generator))
      let received = max(
        linked?.receivedAt.addingTimeInterval(600) ?? .distantPast,
        min(now.addingTimeInterval(-86_400 * Double(days) - 60 * minutes), now))
      var complaint = try store.logComplaint(
        NewComplaint(
          channel: channel,
          laporNumber: channel == .lapor ? "LAPOR-2026-\(40_000 + index * 37)" : nil,
          category: linked == nil ? .other : category, weight: entry.weight,
          complainantName: linked?.resident.name
            ?? people.name(female: index % 2 == 0, using: &generator),
          requestID: linked?.id, description: text),
        calendar: calendar, by: actor, at: received)
      logged += 1

      // Each step happens `hours` after the intake, never after `now`.
      func step(_ action: ComplaintAction, hours: Double) throws(StoreError) {
        let time = min(received.addingTimeInterval(3_600 * hours), now.addingTimeInterval(-60))
        complaint = try store.apply(
          action, toComplaint: complaint.id, expectedVersion: complaint.version,
          calendar: calendar, by: actor, at: max(time, received))
      }
      let handler = staff[index % staff.count]
      func handOver() throws(StoreError) {
        try step(.verify(weight: nil, note: "Aduan sesuai data permohonan."), hours: 1)
        try step(.assign(staff: handler, note: ""), hours: 2)
      }
      let lateHours =
        Double(complaint.deadline(in: calendar).adding(days: 2).start.timeIntervalSince(received))
        / 3_600 + 10

      switch entry.outcome {
      case .resolvedInTime:
        try handOver()
        try step(.followUp(note: "Menghubungi pengadu lewat telepon."), hours: 3)
        try step(.respond(note: "Pengadu diberi tahu jadwal antar ulang."), hours: 4)
        try step(.resolve(note: "Dokumen sudah diterima pengadu."), hours: 20)
      case .resolvedLate:
        try handOver()
        try step(.followUp(note: "Menunggu jawaban Dukcapil."), hours: 5)
        try step(.resolve(note: "Dokumen pengganti sudah diserahkan."), hours: lateHours)
      case .overdueAssigned:
        try handOver()
      case .overdueInFollowUp:
        try handOver()
        try step(.followUp(note: "Dicek ke kurir yang bertugas."), hours: 4)
        try step(.respond(note: "Pengadu menelepon lagi menanyakan kabar."), hours: 30)
      case .inFollowUp:
        try handOver()
        try step(.followUp(note: "Perbaikan data diajukan ke Dukcapil."), hours: 3)
      case .verifiedWithNewWeight:
        try step(
          .verify(weight: .light, note: "Cukup dijawab dengan penjelasan jadwal."), hours: 2)
      case .notOurAuthority:
        try step(
          .declareNotOurAuthority(note: "Perbaikan data akta menjadi urusan Dukcapil kabupaten."),
          hours: 3)
      case .archived:
        try step(.archive(note: "Aduan ganda, sudah dicatat lewat saluran lain."), hours: 1)
      case .postponed:
        try step(.postpone(note: "Menunggu nomor permohonan dari pengadu."), hours: 1)
      case .received:
        break
      }
    }
    return logged
  }
}

import Foundation
import HDSCore
import HDSDashboard
import HDSStoreSQLite

/// Each pane's store reads run in this process on the big store: their time, and every
/// statement they run with SQLite's plan for it.
struct QueryReport {
  let store: SQLiteStore

  /// One read the dashboard makes, named by the pane that draws it.
  private struct Read {
    let pane: String
    let name: String
    let run: () throws -> Void
  }

  private func reads() throws -> [Read] {
    let day = CalendarDay(containing: Date())
    let month = ReportPeriod.month(day.month, of: day.year)
    let calendar = WorkingCalendar()
    let targets = try store.serviceTargets()
    let pending = try store.queue(.pending, offset: 0, limit: 1)
    let every = QueueQuery(states: RequestState.allCases)
    let everyTotal = try store.queue(every, offset: 0, limit: 1).total
    let sample = try store.queue(.pending, offset: pending.total / 2, limit: 1).rows.first
    let desa = sample?.desaCode ?? Kromengan.kecamatan.desa[0].code
    let name = sample.map { String($0.residentName.split(separator: " ").last ?? "sari") }
    let couriers = try store.couriers(includeInactive: false)

    var reads = [
      Read(pane: "refresh", name: "change check (no change)") { _ = try store.changeToken() },
      Read(pane: "header", name: "totals") { _ = try store.totals(on: day) },
      Read(pane: "header", name: "settings") {
        _ = try store.maxAttempts()
        _ = try store.serviceTargets()
      },
    ]
    for sort in QueueQuery.Sort.allCases {
      reads.append(
        Read(pane: "queue", name: "pending, page 1, by \(sort.rawValue)") {
          _ = try store.queue(QueueQuery(sort: sort), offset: 0, limit: 120)
        })
    }
    reads += [
      Read(pane: "queue", name: "pending, last page") {
        _ = try store.queue(.pending, offset: max(0, pending.total - 120), limit: 120)
      },
      Read(pane: "queue", name: "pending in one desa") {
        _ = try store.queue(QueueQuery(desaCode: desa), offset: 0, limit: 120)
      },
      Read(pane: "queue", name: "pending of one document") {
        _ = try store.queue(QueueQuery(document: .kia), offset: 0, limit: 120)
      },
      Read(pane: "queue", name: "every request, page 1") {
        _ = try store.queue(every, offset: 0, limit: 120)
      },
      Read(pane: "queue", name: "every request, middle page") {
        _ = try store.queue(every, offset: everyTotal / 2, limit: 120)
      },
      Read(pane: "queue", name: "every request, last page") {
        _ = try store.queue(every, offset: max(0, everyTotal - 120), limit: 120)
      },
      Read(pane: "queue", name: "delivered, page 1") {
        _ = try store.queue(QueueQuery(states: [.delivered]), offset: 0, limit: 120)
      },
    ]
    if let courier = couriers.first {
      reads.append(
        Read(pane: "queue", name: "one courier's requests") {
          _ = try store.queue(QueueQuery(courierID: courier.id), offset: 0, limit: 120)
        })
    }
    for (label, term) in [
      ("name", name ?? "sari"), ("NIK prefix", String(sample?.nik.digits.prefix(8) ?? "3507")),
      ("request number", sample?.number.description ?? "HDS-2026-000001"),
      ("name nobody has", "zzqx"),
    ] {
      reads.append(
        Read(pane: "search", name: "`/` \(label), pending") {
          _ = try store.find(SearchTerm(term), in: .pending, from: 0, forward: true)
        })
      reads.append(
        Read(pane: "search", name: "`/` \(label), every request") {
          _ = try store.find(SearchTerm(term), in: every, from: 0, forward: true)
        })
    }
    reads += [
      Read(pane: "couriers", name: "courier list") {
        _ = try store.couriers(includeInactive: true)
      },
      Read(pane: "couriers", name: "courier board today") { _ = try store.courierBoard(on: day) },
      Read(pane: "couriers", name: "couriers per desa today") {
        _ = try store.couriersByDesa(on: day)
      },
      Read(pane: "map", name: "desa loads today") { _ = try store.desaLoads(on: day) },
      Read(pane: "map", name: "desa figures this month") {
        _ = try store.desaFigures(
          in: month,
          earliestOnTimeReadyDays: targets.earliestOnTimeReadyDays(on: day, in: calendar))
      },
      Read(pane: "complaints", name: "complaints, page 1") {
        _ = try store.complaints(.all, offset: 0, limit: 60)
      },
      Read(pane: "complaints", name: "resolution rate this month") {
        _ = try store.resolutionRate(for: month)
      },
      Read(pane: "summary", name: "summary figures") {
        _ = try SummaryFigures.load(from: store, day: day, targets: targets, calendar: calendar)
      },
      Read(pane: "all panes", name: "one snapshot (what a refresh after a change loads)") {
        _ = try Snapshot.load(from: store, window: ViewWindow(), day: day, calendar: calendar)
      },
    ]
    return reads
  }

  /// Tables whose size does not grow with the requests: the counters have a row per desa
  /// and state (or per complaint state), the others a row per setting, courier or FTS5
  /// option. `request_week_count` grows with time, not requests: a row per age week,
  /// state and document, about 50 a week however many requests the store holds.
  static let smallTables: Set<String> = [
    "request_count", "complaint_count", "setting", "courier",
    "main.resident_name_search_config", "request_week_count",
  ]

  /// Returns whether a plan step reads one of `smallTables` whole.
  static func isSmallTableScan(_ step: String) -> Bool {
    let name = step.dropFirst("SCAN ".count).prefix { $0 != " " }
    return smallTables.contains(String(name))
  }

  /// Measures each read and returns the table of reads, then every statement's plan, as
  /// Markdown.
  func text() throws -> String {
    var output = ""
    func print(_ line: String = "") { output += line + "\n" }
    let reads = try reads()
    var plans: [(Read, [QueryPlan])] = []
    print(
      "| Pane | Read | Statements | Runs | Mean | p99 | Scans of growing tables | Scans of small tables | Sorts |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for read in reads {
      let recorded = try store.recordingQueries { try read.run() }
      // 30 runs, or fewer for a slow read: at least 3, and no more after 3 seconds.
      var samples = Samples(read.name)
      let began = monotonicNow()
      while samples.count < 30, samples.count < 3 || monotonicNow() - began < 3_000_000_000 {
        let start = monotonicNow()
        try read.run()
        samples.add(from: start, to: monotonicNow())
      }
      let scans = recorded.flatMap(\.fullScans)
      let small = scans.filter { Self.isSmallTableScan($0) }.count
      let sorts = recorded.reduce(0) { $0 + $1.sorts.count }
      print(
        "| \(read.pane) | \(read.name) | \(recorded.count) | \(samples.count)"
          + " | \(milliseconds(samples.mean)) | \(milliseconds(samples.p99))"
          + " | \(scans.count - small) | \(small) | \(sorts) |")
      plans.append((read, recorded))
    }
    print("")
    print("Plans (EXPLAIN QUERY PLAN of each statement, values as bound):")
    for (read, recorded) in plans {
      print("")
      print("### \(read.pane): \(read.name)")
      for plan in recorded {
        print("")
        print(
          "    "
            + plan.sql.split(separator: "\n").map {
              $0.trimmingCharacters(in: .whitespaces)
            }.joined(separator: " "))
        for step in plan.steps { print("      " + step) }
      }
    }
    return output
  }
}

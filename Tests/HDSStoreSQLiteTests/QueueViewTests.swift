import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Queue views")
struct QueueViewTests {
  /// One request of the fixed data set: where it lives, what it is, how far it got.
  struct Seed {
    let serial: Int
    let desa: Int
    let document: DocumentKind
    let state: RequestState
    let receivedAt: Date
    /// Nil for a request that is not printed yet.
    let readyAt: Date?
    /// Index into the suite's couriers, for the states that have one.
    var courier = 0
    /// Days after `Fixture.day` of the delivery day.
    var dayOffset = 0
  }

  static let today = Fixture.day
  static let yesterday = Fixture.day.adding(days: -1)
  static let twoDaysAgo = Fixture.day.adding(days: -2)

  /// Sixteen requests over four desa, every state and document, with equal ages in
  /// places so that the id decides.
  static let seeds: [Seed] = [
    Seed(
      serial: 1, desa: 0, document: .ktpEl, state: .ready,
      receivedAt: Fixture.time(8, on: twoDaysAgo), readyAt: Fixture.time(10, on: yesterday)),
    Seed(
      serial: 2, desa: 1, document: .kk, state: .assigned,
      receivedAt: Fixture.time(8, 10, on: twoDaysAgo), readyAt: Fixture.time(9, on: yesterday),
      courier: 0),
    Seed(
      serial: 3, desa: 2, document: .kia, state: .outForDelivery,
      receivedAt: Fixture.time(8, 20, on: twoDaysAgo), readyAt: Fixture.time(10, on: yesterday),
      courier: 1),
    Seed(
      serial: 4, desa: 0, document: .aktaKelahiran, state: .received,
      receivedAt: Fixture.time(7, on: yesterday), readyAt: nil),
    Seed(
      serial: 5, desa: 1, document: .ktpEl, state: .inProcess,
      receivedAt: Fixture.time(9, on: twoDaysAgo), readyAt: nil),
    Seed(
      serial: 6, desa: 3, document: .skp, state: .delivered,
      receivedAt: Fixture.time(9, 10, on: twoDaysAgo), readyAt: Fixture.time(8, on: yesterday),
      courier: 0),
    Seed(
      serial: 7, desa: 2, document: .ktpEl, state: .returnedToOffice,
      receivedAt: Fixture.time(9, 20, on: twoDaysAgo), readyAt: Fixture.time(11, on: yesterday),
      courier: 1),
    Seed(
      serial: 8, desa: 0, document: .kk, state: .cancelled,
      receivedAt: Fixture.time(9, 30, on: twoDaysAgo), readyAt: Fixture.time(8, 30, on: yesterday)
    ),
    Seed(
      serial: 9, desa: 3, document: .aktaKematian, state: .ready,
      receivedAt: Fixture.time(9, 40, on: twoDaysAgo), readyAt: Fixture.time(7, 30, on: yesterday)
    ),
    Seed(
      serial: 10, desa: 1, document: .kia, state: .assigned,
      receivedAt: Fixture.time(9, 50, on: twoDaysAgo), readyAt: Fixture.time(7, on: today),
      courier: 1, dayOffset: 1),
    Seed(
      serial: 11, desa: 2, document: .ktpEl, state: .outForDelivery,
      receivedAt: Fixture.time(10, on: twoDaysAgo), readyAt: Fixture.time(9, on: yesterday),
      courier: 0, dayOffset: 1),
    Seed(
      serial: 12, desa: 0, document: .skp, state: .assigned,
      receivedAt: Fixture.time(10, 10, on: twoDaysAgo), readyAt: Fixture.time(12, on: yesterday),
      courier: 0),
    Seed(
      serial: 13, desa: 3, document: .ktpEl, state: .ready,
      receivedAt: Fixture.time(10, 20, on: twoDaysAgo), readyAt: Fixture.time(10, on: yesterday)
    ),
    Seed(
      serial: 14, desa: 1, document: .aktaKelahiran, state: .received,
      receivedAt: Fixture.time(6, on: twoDaysAgo), readyAt: nil),
    Seed(
      serial: 15, desa: 2, document: .kk, state: .ready,
      receivedAt: Fixture.time(10, 40, on: twoDaysAgo), readyAt: Fixture.time(6, on: today)),
    Seed(
      serial: 16, desa: 0, document: .ktpEl, state: .delivered,
      receivedAt: Fixture.time(10, 50, on: twoDaysAgo), readyAt: Fixture.time(13, on: yesterday),
      courier: 1),
  ]

  /// Serials whose request gets `needs_completion = 1`, set with SQL because only the
  /// print-list import sets it.
  static let needsCompletion: Set<Int> = [3, 9, 14]

  let directory: TemporaryDirectory
  let store: SQLStore
  let couriers: [Int64]
  /// Every request as stored after the set-up, keyed by the fixture serial.
  let requests: [Int: DeliveryRequest]

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.openStore()
    let store = self.store
    couriers = try ["Ani", "Budi"].map {
      try store.addCourier(Fixture.newCourier($0), by: Fixture.user, at: Fixture.time(6)).id
    }
    var ids: [Int: Int64] = [:]
    for seed in Self.seeds {
      ids[seed.serial] = try Self.bring(seed, couriers: couriers, in: store)
    }
    let flagged = Self.needsCompletion.compactMap { ids[$0] }.map(String.init)
    try store.execute(
      "UPDATE request SET needs_completion = 1 WHERE id IN (\(flagged.joined(separator: ", ")))")

    var requests: [Int: DeliveryRequest] = [:]
    for (serial, id) in ids {
      requests[serial] = try store.requestDetail(id: id).request
    }
    self.requests = requests
  }

  /// Creates the seed's request and drives it to the seed's state; returns its id.
  static func bring(_ seed: Seed, couriers: [Int64], in store: SQLStore) throws -> Int64 {
    let id = try store.createRequest(
      Fixture.newRequest(seed.serial, desa: seed.desa, document: seed.document),
      by: Fixture.user, at: seed.receivedAt
    ).id
    func act(_ action: RequestAction, at time: Date) throws {
      _ = try store.apply(action, to: id, expectedVersion: nil, by: Fixture.user, at: time)
    }
    if seed.state == .received { return id }
    try act(.sendToDukcapil, at: seed.receivedAt.addingTimeInterval(60))
    guard let readyAt = seed.readyAt else { return id }
    try act(.markReady, at: readyAt)

    let courier = couriers[seed.courier]
    let day = Fixture.day.adding(days: seed.dayOffset)
    switch seed.state {
    case .ready:
      break
    case .cancelled:
      try act(.cancel(reason: "pindah domisili"), at: readyAt.addingTimeInterval(60))
    case .returnedToOffice:
      for attempt in 0..<2 {
        try store.dispatch(id, courier: courier, day: day.adding(days: attempt))
        try act(.failAttempt(.notAtHome, note: ""), at: Fixture.time(12, on: day))
      }
    default:
      try act(.assign(courierID: courier, day: day), at: Fixture.time(8, on: day))
      if seed.state == .assigned { return id }
      try act(.dispatch, at: Fixture.time(9, on: day))
      if seed.state == .outForDelivery { return id }
      try act(.deliver(Fixture.resident), at: Fixture.time(11, on: day))
    }
    return id
  }

  // MARK: Expected results computed in Swift

  /// The ids `query` should list, filtered and sorted here from the stored requests.
  func expected(_ query: QueueQuery) -> [Int64] {
    let states = query.states.isEmpty ? RequestState.allCases : query.states
    let selected = requests.values.filter { request in
      states.contains(request.state)
        && (query.desaCode.map { $0 == request.resident.address.desaCode } ?? true)
        && (query.document.map { $0 == request.document } ?? true)
        && (query.courierID.map { $0 == request.courierID } ?? true)
        && (query.deliveryDay.map { $0 == request.deliveryDay } ?? true)
        && (!query.needsCompletionOnly || request.needsCompletion)
    }
    return selected.sorted { lhs, rhs in
      (primaryKey(lhs, query.sort), lhs.readyAt ?? lhs.receivedAt, lhs.id)
        < (primaryKey(rhs, query.sort), rhs.readyAt ?? rhs.receivedAt, rhs.id)
    }.map(\.id)
  }

  /// Returns the first sort key. Documents sort by stored code, which is also the
  /// alphabetical order of their short names, and states sort in lifecycle order.
  private func primaryKey(_ request: DeliveryRequest, _ sort: QueueQuery.Sort) -> String {
    switch sort {
    case .age: return ""
    case .desa: return request.resident.address.desaCode
    case .document: return request.document.rawValue
    case .state:
      // One digit per state, because there are fewer than ten states.
      return String(RequestState.allCases.firstIndex(of: request.state) ?? 9)
    }
  }

  func ids(_ serials: [Int]) -> [Int64] { serials.compactMap { requests[$0]?.id } }

  func listed(_ query: QueueQuery) throws -> [Int64] {
    try store.queue(query, offset: 0, limit: 100).rows.map(\.id)
  }

  var desaCodes: [String] { Kromengan.kecamatan.desa.prefix(4).map(\.code) }

  /// One query per filter, each alone, with the state filter widened to all states where
  /// the other filter would otherwise be hidden by the pending default.
  var singleFilters: [(String, QueueQuery)] {
    [
      ("pending", .pending),
      ("received and in process", QueueQuery(states: [.received, .inProcess])),
      ("delivered", QueueQuery(states: [.delivered])),
      ("desa", QueueQuery(states: RequestState.allCases, desaCode: desaCodes[0])),
      ("document", QueueQuery(states: RequestState.allCases, document: .ktpEl)),
      ("courier", QueueQuery(states: RequestState.allCases, courierID: couriers[0])),
      ("delivery day", QueueQuery(states: RequestState.allCases, deliveryDay: Fixture.day)),
      ("needs completion", QueueQuery(states: RequestState.allCases, needsCompletionOnly: true)),
    ]
  }

  var combinedFilters: [(String, QueueQuery)] {
    [
      ("pending in desa", QueueQuery(desaCode: desaCodes[2])),
      ("pending KTP-el", QueueQuery(document: .ktpEl)),
      ("pending of courier", QueueQuery(courierID: couriers[0])),
      ("pending on day", QueueQuery(deliveryDay: Fixture.day.adding(days: 1))),
      ("pending needing completion", QueueQuery(needsCompletionOnly: true)),
      (
        "desa and document",
        QueueQuery(states: RequestState.allCases, desaCode: desaCodes[0], document: .ktpEl)
      ),
      (
        "courier and day",
        QueueQuery(
          states: [.assigned, .outForDelivery], courierID: couriers[0], deliveryDay: Fixture.day)
      ),
      (
        "desa and needs completion",
        QueueQuery(states: RequestState.allCases, desaCode: desaCodes[1], needsCompletionOnly: true)
      ),
      (
        "every filter",
        QueueQuery(
          states: [.outForDelivery], desaCode: desaCodes[2], document: .kia,
          courierID: couriers[1], deliveryDay: Fixture.day, needsCompletionOnly: true)
      ),
      (
        "no match",
        QueueQuery(states: [.received], desaCode: desaCodes[3])
      ),
    ]
  }

  // MARK: Orders worked out by hand

  @Test("pending queue oldest ready first")
  func pendingByHand() throws {
    // Yesterday's ready times: 9 at 07:30, 2 and 11 at 09:00, 1, 3 and 13 at 10:00, 12 at
    // 12:00. Today's: 15 at 06:00, 10 at 07:00. Equal times go by id.
    #expect(try listed(.pending) == ids([9, 2, 11, 1, 3, 13, 12, 15, 10]))
  }

  @Test("state order follows lifecycle")
  func stateOrderByHand() throws {
    let query = QueueQuery(states: RequestState.allCases, sort: .state)
    // Received and in-process requests wait since application, the rest since ready.
    #expect(try listed(query) == ids([14, 4, 5, 9, 1, 13, 15, 2, 12, 10, 11, 3, 6, 16, 7, 8]))
  }

  @Test("desa order of pending queue")
  func desaOrderByHand() throws {
    let query = QueueQuery(sort: .desa)
    // Slorok (2001) has 1 and 12, Jatikerto 2 and 10, Ngadirejo 11, 3 and 15, and
    // Kromengan 9 and 13.
    #expect(try listed(query) == ids([1, 12, 2, 10, 11, 3, 15, 9, 13]))
  }

  @Test("document order of pending queue")
  func documentOrderByHand() throws {
    let query = QueueQuery(sort: .document)
    // akta-kematian has 9, kia 3 and 10, kk 2 and 15, ktp-el 11, 1 and 13, and skp 12.
    #expect(try listed(query) == ids([9, 3, 10, 2, 15, 11, 1, 13, 12]))
  }

  // MARK: Filters

  @Test("each filter alone")
  func singleFilter() throws {
    for (label, query) in singleFilters {
      let expected = expected(query)
      #expect(!expected.isEmpty, "\(label) selects nothing in the fixture")
      #expect(expected.count < requests.count, "\(label) selects everything")
      #expect(try listed(query) == expected, "\(label)")
    }
  }

  @Test("empty state list lists all states")
  func emptyStates() throws {
    let page = try store.queue(QueueQuery(states: []), offset: 0, limit: 100)
    #expect(page.total == requests.count)
    #expect(page.rows.map(\.id) == expected(QueueQuery(states: RequestState.allCases)))
  }

  @Test("filters combined")
  func combinedFilter() throws {
    for (label, query) in combinedFilters {
      #expect(try listed(query) == expected(query), "\(label)")
    }
    let every = try #require(combinedFilters.first { $0.0 == "every filter" }).1
    #expect(try listed(every) == ids([3]))
    let none = try #require(combinedFilters.first { $0.0 == "no match" }).1
    #expect(try store.queue(none, offset: 0, limit: 10) == Page(total: 0, offset: 0, rows: []))
  }

  @Test("needs completion shown on rows")
  func needsCompletionRows() throws {
    let rows = try store.queue(
      QueueQuery(states: RequestState.allCases), offset: 0, limit: 100
    ).rows
    let flagged = Set(rows.filter(\.needsCompletion).map(\.id))
    #expect(flagged == Set(ids(Array(Self.needsCompletion))))
  }

  // MARK: Sort orders

  @Test("each sort order", arguments: QueueQuery.Sort.allCases)
  func sortOrder(sort: QueueQuery.Sort) throws {
    let queries = [
      QueueQuery(sort: sort),
      QueueQuery(states: RequestState.allCases, sort: sort),
      QueueQuery(states: RequestState.allCases, desaCode: desaCodes[0], sort: sort),
      QueueQuery(states: RequestState.allCases, document: .ktpEl, sort: sort),
    ]
    for query in queries {
      #expect(try listed(query) == expected(query), "\(query)")
    }
  }

  // MARK: Totals and paging

  @Test("totals match COUNT(*)")
  func totalsMatchCount() throws {
    // States and desa alone are counted from request_count, the rest with count(*).
    for state in RequestState.allCases {
      for desa in desaCodes {
        let query = QueueQuery(states: [state], desaCode: desa)
        let counted = try store.integers(
          "SELECT count(*) FROM request WHERE state = '\(state.rawValue)' AND desa_code = '\(desa)'"
        )
        let total = try store.queue(query, offset: 0, limit: 0).total
        #expect([[Int64(total)]] == counted, "\(state) in \(desa)")
      }
    }
    for (label, query) in singleFilters + combinedFilters {
      let page = try store.queue(query, offset: 0, limit: 0)
      #expect(page.rows.isEmpty, "\(label)")
      #expect(page.total == expected(query).count, "\(label)")
    }
    let pending = try store.integers(
      "SELECT count(*) FROM request WHERE state IN ('ready', 'assigned', 'out-for-delivery')")
    #expect([[Int64(try store.pendingQueue(offset: 0, limit: 0).total)]] == pending)
  }

  @Test("pages are stable and complete", arguments: QueueQuery.Sort.allCases)
  func paging(sort: QueueQuery.Sort) throws {
    for states in [RequestState.pending, RequestState.allCases] {
      let query = QueueQuery(states: states, sort: sort)
      let whole = expected(query)
      for limit in [1, 2, 5] {
        var collected: [Int64] = []
        var offset = 0
        while offset < whole.count {
          let page = try store.queue(query, offset: offset, limit: limit)
          #expect(page.total == whole.count)
          #expect(page.offset == offset)
          #expect(page.rows.count == min(limit, whole.count - offset))
          // The same page read again lists the same rows.
          #expect(try store.queue(query, offset: offset, limit: limit) == page)
          collected += page.rows.map(\.id)
          offset += limit
        }
        #expect(collected == whole, "\(sort) by \(limit)")
        #expect(try store.queue(query, offset: whole.count, limit: limit).rows.isEmpty)
      }
      let negative = try store.queue(query, offset: -3, limit: 2)
      #expect(negative.offset == 0)
      #expect(negative.rows.map(\.id) == Array(whole.prefix(2)))
    }
  }

  // MARK: Query plans

  /// Returns the detail column of EXPLAIN QUERY PLAN for the page query of `query`.
  func plan(_ query: QueueQuery) throws -> [String] {
    let sql = "EXPLAIN QUERY PLAN " + SQLiteStore.queueSQL(QueueFilterSQL(query, .sqlite))
    // The plans are SQLite's: on PostgreSQL the plan tests read an empty SQLite file.
    let sqlite = try (store as? SQLiteStore) ?? SQLiteStore(path: directory.storePath)
    return try sqlite.withSQLite { (connection) throws(StoreError) -> [String] in
      let statement = try connection.prepareStatement(sql, context: "test")
      try statement.bind(Array(repeating: .integer(1), count: statement.parameterCount))
      var details: [String] = []
      while try statement.step() { details.append(statement.row.text(3)) }
      return details
    }
  }

  @Test("pending age page reads partial index")
  func pendingPlan() throws {
    let details = try plan(.pending)
    #expect(details.contains { $0.contains("request_pending_by_age") }, "\(details)")
    #expect(!details.contains { $0.contains("TEMP B-TREE") }, "\(details)")
  }

  @Test("indexed queue variants need no sort")
  func variantPlans() throws {
    // These read an index in queue order on a file without ANALYZE statistics. The state
    // order and orders over several states other than the pending age order still sort.
    let variants: [(QueueQuery, index: String)] = [
      (QueueQuery(desaCode: desaCodes[0]), "request_pending_by_age"),
      (QueueQuery(document: .kk), "request_pending_by_age"),
      (QueueQuery(courierID: 1), "request_pending_by_age"),
      (QueueQuery(deliveryDay: Fixture.day), "request_pending_by_age"),
      (QueueQuery(needsCompletionOnly: true), "request_pending_by_age"),
      (QueueQuery(states: [.received]), "request_by_state_age"),
      (QueueQuery(states: [.received], desaCode: desaCodes[0]), "request_by_desa_age"),
      (QueueQuery(desaCode: desaCodes[0], sort: .desa), "request_by_desa_age"),
    ]
    for (query, index) in variants {
      let details = try plan(query)
      #expect(details.contains { $0.contains(index) }, "\(query)\n\(details)")
      #expect(!details.contains { $0.contains("TEMP B-TREE") }, "\(query)\n\(details)")
      #expect(
        !details.contains { $0.hasPrefix("SCAN") && !$0.contains("USING") },
        "\(query)\n\(details)")
    }
  }
}

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

/// Pages read from known rows (forwards, backwards, from the end, after a search) must be
/// exactly the rows a plain read of the whole order gives at the same place.
@Suite("Queue paging from known rows")
struct QueuePagingTests {
  /// 240 requests over four desa and every document, in received, ready and delivered
  /// states, with runs of equal ages so that the id decides the order.
  static func makeStore(_ directory: TemporaryDirectory) throws -> SQLStore {
    let store = try directory.openStore()
    let courier = try store.addCourier(
      Fixture.newCourier("Kurir Satu"), by: Fixture.user, at: Fixture.time(7))
    let documents = DocumentKind.allCases
    for serial in 1...240 {
      // Six requests share each minute, so ties are common.
      let time = Fixture.time(8, on: Fixture.day.adding(days: -3)).addingTimeInterval(
        Double(serial / 6) * 60)
      var request = try store.createRequest(
        NewRequest(
          resident: Fixture.resident(serial, desa: serial % 4),
          document: documents[serial % documents.count], note: ""),
        by: Fixture.user, at: time)
      guard serial % 3 != 0 else { continue }
      request = try store.apply(
        .sendToDukcapil, to: request.id, expectedVersion: nil, by: Fixture.user, at: time)
      request = try store.apply(
        .markReady, to: request.id, expectedVersion: nil, by: Fixture.user,
        at: serial % 5 == 0 ? time : time.addingTimeInterval(3_600))
      if serial % 4 == 1 {
        request = try store.apply(
          .assign(courierID: courier.id, day: Fixture.day), to: request.id,
          expectedVersion: nil, by: Fixture.user, at: Fixture.time(9))
        request = try store.apply(
          .dispatch, to: request.id, expectedVersion: nil, by: Fixture.user,
          at: Fixture.time(9, 30))
        _ = try store.apply(
          .deliver(Fixture.resident), to: request.id, expectedVersion: nil, by: Fixture.user,
          at: Fixture.time(11))
      }
    }
    return store
  }

  static let queries: [QueueQuery] = QueueQuery.Sort.allCases.flatMap { sort in
    [
      QueueQuery(sort: sort),
      QueueQuery(states: RequestState.allCases, sort: sort),
      QueueQuery(states: [.received], sort: sort),
      QueueQuery(
        states: RequestState.allCases, desaCode: Kromengan.kecamatan.desa[1].code, sort: sort),
      QueueQuery(document: .ktpEl, sort: sort),
    ]
  }

  /// Returns the whole order in one read from its first row.
  func reference(_ store: SQLStore, _ query: QueueQuery) throws -> [Int64] {
    try store.queue(query, offset: 0, limit: 10_000).rows.map(\.id)
  }

  func ids(_ store: SQLStore, _ query: QueueQuery, offset: Int, limit: Int) throws -> [Int64] {
    try store.queue(query, offset: offset, limit: limit).rows.map(\.id)
  }

  @Test("pages forwards, backwards and by jumps match the whole order", arguments: queries)
  func pagesMatch(query: QueueQuery) throws {
    let directory = try TemporaryDirectory()
    let store = try Self.makeStore(directory)
    let all = try reference(store, query)
    #expect(all.count == (try store.queue(query, offset: 0, limit: 1).total))
    #expect(Set(all).count == all.count)
    let size = 17

    // Forwards, each page next to the last, as PgDn reads them.
    for offset in stride(from: 0, to: all.count, by: size) {
      let expected = Array(all[offset..<min(all.count, offset + size)])
      #expect(try ids(store, query, offset: offset, limit: size) == expected, "forward \(offset)")
    }
    // The next page starts from the last row of the one before, skipping nothing.
    if all.count > 2 * size, let store = store as? SQLiteStore {
      let plans = try store.recordingQueries {
        _ = try ids(store, query, offset: size, limit: size)
        _ = try ids(store, query, offset: 2 * size, limit: size)
      }
      #expect(
        plans.contains { $0.sql.contains(") > (") && $0.sql.hasSuffix("OFFSET 0") },
        "\(plans.map(\.sql))")
    }
    // Backwards from the end, as PgUp after End reads them.
    for offset in stride(from: max(0, all.count - size), through: 0, by: -size) {
      let expected = Array(all[offset..<min(all.count, offset + size)])
      #expect(try ids(store, query, offset: offset, limit: size) == expected, "backward \(offset)")
    }
    // Overlapping windows that move a few rows, as the selection's margin moves them.
    for offset in stride(from: 0, to: all.count, by: 5) {
      let expected = Array(all[offset..<min(all.count, offset + 40)])
      #expect(try ids(store, query, offset: offset, limit: 40) == expected, "window \(offset)")
    }
    // Jumps in both directions.
    for offset in [all.count / 2, 3, all.count - 2, all.count / 3, 0, all.count + 5]
    where offset >= 0 {
      let expected = offset < all.count ? Array(all[offset..<min(all.count, offset + size)]) : []
      #expect(try ids(store, query, offset: offset, limit: size) == expected, "jump \(offset)")
    }
  }

  @Test("pages after a change")
  func changeInBetween() throws {
    let directory = try TemporaryDirectory()
    let store = try Self.makeStore(directory)
    let query = QueueQuery.pending
    let before = try reference(store, query)
    _ = try ids(store, query, offset: 20, limit: 20)

    // Another process makes the first ready request leave the queue.
    let other = try directory.openStore()
    let first = try #require(try store.queue(query, offset: 0, limit: 1).rows.first)
    _ = try other.apply(
      .cancel(reason: "test"), to: first.id, expectedVersion: first.version,
      by: Fixture.user, at: Fixture.time(12))
    let after = try reference(store, query)
    #expect(after == Array(before.dropFirst()))
    #expect(try ids(store, query, offset: 40, limit: 20) == Array(after[40..<60]))

    // A change of its own, on the same connection.
    let second = try #require(try store.queue(query, offset: 10, limit: 1).rows.first)
    _ = try store.apply(
      .cancel(reason: "test"), to: second.id, expectedVersion: second.version,
      by: Fixture.user, at: Fixture.time(12))
    let last = try reference(store, query)
    #expect(try ids(store, query, offset: 60, limit: 20) == Array(last[60..<80]))
  }

  @Test(
    "a search match's place is its place in the whole order",
    arguments: [
      QueueQuery.pending, QueueQuery(states: RequestState.allCases),
      QueueQuery(states: RequestState.allCases, sort: .desa),
    ])
  func searchPlace(query: QueueQuery) throws {
    let directory = try TemporaryDirectory()
    let store = try Self.makeStore(directory)
    let rows = try store.queue(query, offset: 0, limit: 10_000).rows
    for start in [0, rows.count / 2, rows.count - 1] {
      let found = try #require(
        try store.find(SearchTerm("Warga 1"), in: query, from: start, forward: true))
      let expected =
        (rows.indices.first { $0 >= start && rows[$0].residentName.contains("Warga 1") })
        ?? rows.indices.first { rows[$0].residentName.contains("Warga 1") }
      #expect(found == expected)
      // The page the dashboard reads next, around the match.
      let offset = max(0, found - 7)
      #expect(
        try ids(store, query, offset: offset, limit: 20)
          == rows[offset..<min(rows.count, offset + 20)].map(\.id))
    }
  }
}

@Suite("Name search in short and long lists")
struct NameSearchListTests {
  @Test("pending and every request agree")
  func listsAgree() throws {
    let directory = try TemporaryDirectory()
    let store = try QueuePagingTests.makeStore(directory)
    for (term, pendingQuery) in [("warga 12", QueueQuery.pending), ("ARGA 2", .pending)] {
      let every = QueueQuery(states: RequestState.allCases)
      let pending = try store.queue(pendingQuery, offset: 0, limit: 10_000).rows
      let all = try store.queue(every, offset: 0, limit: 10_000).rows
      let needle = term.lowercased()
      let pendingHit = try store.find(SearchTerm(term), in: pendingQuery, from: 0, forward: true)
      let allHit = try store.find(SearchTerm(term), in: every, from: 0, forward: true)
      #expect(pendingHit == pending.firstIndex { $0.residentName.lowercased().contains(needle) })
      #expect(allHit == all.firstIndex { $0.residentName.lowercased().contains(needle) })
    }
  }

  /// Returns the place of the next row whose name contains `needle` from `start` on (or
  /// back), wrapping round, as the list itself gives it.
  static func expectedMatch(_ rows: [QueueRow], _ needle: String, from start: Int, forward: Bool)
    -> Int?
  {
    let places =
      forward
      ? Array(start..<rows.count) + Array(0..<start)
      : Array((0...start).reversed()) + Array(((start + 1)..<rows.count).reversed())
    return places.first { rows[$0].residentName.lowercased().contains(needle.lowercased()) }
  }

  /// A name and a NIK prefix near the current row, and beyond the rows tested one by one.
  @Test("near and far matches")
  func nearAndFar() throws {
    let directory = try TemporaryDirectory()
    let count = SQLiteStore.nearbyRows + 400
    var residents: [String] = []
    var requests: [String] = []
    for id in 2...count {
      let name =
        switch id {
        case 7, 1_500: "Sulastri Dekat \(id)"
        case count - 100: "Sulastri Jauh"
        default: "Warga \(id)"
        }
      residents.append(
        "(\(id), '35073115089\(String(format: "%05d", id))', '\(name)', '3507310101200001', "
          + "'35.07.31.2001', 'Krajan', 1, 1, 'Jl. Raya 1')")
      let state = id % 3 == 0 ? "delivered" : "ready"
      requests.append(
        "(\(id), 2026, \(id), \(id), '35.07.31.2001', 'ktp-el', '\(state)', 0, \(id * 60), \(id * 60 + 30))"
      )
    }

    let store = try directory.openStore(
      insertingRows: """
        INSERT INTO resident (id, nik, name, kk, desa_code, dusun, rw, rt, street)
          VALUES \(residents.joined(separator: ",\n"));
        INSERT INTO request (id, year, serial, resident_id, desa_code, document, state,
          attempts, received_at, ready_at)
          VALUES \(requests.joined(separator: ",\n"));
        """)
    let every = QueueQuery(states: RequestState.allCases)
    let rows = try store.queue(every, offset: 0, limit: count + 10).rows
    #expect(rows.count == count - 1)

    let searches: [(String, Int, Bool)] = [
      ("sulastri", 0, true), ("sulastri", 10, true), ("jauh", 0, true), ("jauh", 100, false),
      ("dekat", rows.count - 1, true), ("sulastri", 1_600, false), ("Dekat 1500", 1_499, true),
    ]
    for (term, start, forward) in searches {
      let found = try store.find(SearchTerm(term), in: every, from: start, forward: forward)
      #expect(
        found == Self.expectedMatch(rows, term, from: start, forward: forward),
        "\(term) from \(start) \(forward ? "forward" : "backward")")
    }

    // A partial NIK: one matching near the start, one only beyond the rows tested one by
    // one, from the start and from the middle.
    for (prefix, start) in [
      ("35073115089000", 0), ("350731150890215", 0), ("350731150890215", 900),
    ] {
      let found = try store.find(SearchTerm(prefix), in: every, from: start, forward: true)
      let places = Array(start..<rows.count) + Array(0..<start)
      #expect(
        found == places.first { rows[$0].nik.digits.hasPrefix(prefix) },
        "NIK \(prefix) from \(start)")
    }
  }

  @Test("percent and underscore match themselves")
  func wildcardsLiteral() throws {
    let directory = try TemporaryDirectory()
    let store = try QueuePagingTests.makeStore(directory)
    #expect(try store.find(SearchTerm("Wa%ga"), in: .pending, from: 0, forward: true) == nil)
    #expect(try store.find(SearchTerm("Warg_"), in: .pending, from: 0, forward: true) == nil)
    #expect(try store.find(SearchTerm("Warga"), in: .pending, from: 0, forward: true) == 0)
  }
}

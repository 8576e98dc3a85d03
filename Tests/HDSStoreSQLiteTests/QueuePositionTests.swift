import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

/// `rowsBefore` must give each row's place in its list as a plain count does, whether it
/// sums `request_week_count` and `request_count` or counts the rows themselves.
@Suite("Place of a row in a queue order")
struct QueuePositionTests {
  static let documents = DocumentKind.allCases.map(\.rawValue)
  static let desa = ["35.07.31.2001", "35.07.31.2002", "35.07.31.2003"]

  /// Writes `count` requests of resident 1 with random states, documents, desa and ages
  /// over about 20 weeks. Some ages fall on the same instant, so that ids break ties.
  func randomStore(_ directory: TemporaryDirectory, seed: UInt64, count: Int, version: Int)
    throws -> SQLStore
  {
    var random = CounterTests.SplitMix(state: seed)
    var rows: [String] = []
    for id in 1...count {
      let state = RequestState.allCases[Int(random.next() % UInt64(RequestState.allCases.count))]
      let document = Self.documents[Int(random.next() % UInt64(Self.documents.count))]
      let desa = Self.desa[Int(random.next() % UInt64(Self.desa.count))]
      // Whole hours, so that equal ages happen, and now and then exactly a week's start.
      let hours = Double(random.next() % 3_400)
      let onWeekStart = random.next() % 10 == 0
      let age =
        onWeekStart
        ? 2_903 * 604_800.0 + Double(random.next() % 20) * 604_800 : 1_755_000_000 + hours * 3_600
      let ready = random.next() % 3 == 0 ? "NULL" : String(age)
      let received = ready == "NULL" ? String(age) : String(age - 86_400)
      rows.append(
        "(\(id), 2026, \(id), 1, '\(desa)', '\(document)', '\(state.rawValue)', 0, \(received), \(ready))"
      )
    }
    let insert = """
      INSERT INTO request (id, year, serial, resident_id, desa_code, document, state,
        attempts, received_at, ready_at)
        VALUES \(rows.joined(separator: ",\n"));
      """
    if version == Schema.latestVersion { return try directory.openStore(insertingRows: insert) }
    // An older version is an SQLite file that opening migrates.
    try writeStoreFile(at: directory.storePath, version: version, rows: insert)
    return try SQLiteStore(path: directory.storePath)
  }

  static let queries: [QueueQuery] = {
    var queries: [QueueQuery] = []
    let stateSets: [[RequestState]] = [
      RequestState.allCases, [.delivered], [.received, .delivered, .cancelled],
      RequestState.pending,
    ]
    for states in stateSets {
      for sort in QueueQuery.Sort.allCases {
        queries.append(QueueQuery(states: states, sort: sort))
        queries.append(QueueQuery(states: states, document: .kk, sort: sort))
      }
    }
    queries.append(QueueQuery(states: RequestState.allCases, desaCode: desa[1]))
    return queries
  }()

  func expectPlaces(_ store: SQLStore) throws {
    for query in Self.queries {
      let filter = QueueFilterSQL(query, store.dialect)
      let mismatches = try store.withConnection { (connection) throws(StoreError) -> [String] in
        let keys = try connection.rows(
          """
          SELECT \(filter.seekColumns) FROM request r WHERE \(filter.clause)
          ORDER BY \(filter.order)
          """, filter.values, context: "test"
        ) { (row) throws(StoreError) -> [SQLValue] in
          (0..<Int32(filter.seekWidth)).map { row.value($0) }
        }
        var mismatches: [String] = []
        for (place, key) in keys.enumerated() {
          let found = try store.rowsBefore(key, in: filter, connection)
          if found != place { mismatches.append("row \(place) placed at \(found)") }
        }
        return mismatches
      }
      #expect(mismatches.count == 0, "\(query): \(mismatches.prefix(5))")
    }
  }

  @Test("every row placed as a count", arguments: [1, 2] as [UInt64])
  func placesAgree(seed: UInt64) throws {
    let directory = try TemporaryDirectory()
    let store = try randomStore(directory, seed: seed, count: 400, version: Schema.latestVersion)
    try expectPlaces(store)

    // Actions move requests between states and weeks, and the counters follow.
    var random = CounterTests.SplitMix(state: seed &+ 99)
    for _ in 0..<150 {
      let id = Int(random.next() % 400) + 1
      let state = RequestState.allCases[Int(random.next() % UInt64(RequestState.allCases.count))]
      let shift = Double(random.next() % 1_000_000)
      try store.execute(
        """
        UPDATE request SET state = '\(state.rawValue)', ready_at = received_at + \(shift)
        WHERE id = \(id)
        """)
    }
    try store.execute("DELETE FROM request WHERE id % 7 = 0")
    try expectPlaces(store)
  }

  @Test("version 6 file gets week counts")
  func backfill() throws {
    let directory = try TemporaryDirectory()
    let store = try randomStore(directory, seed: 5, count: 200, version: 6)
    let stored = try store.texts(
      """
      SELECT week || ' ' || state || ' ' || document || ' ' || count FROM request_week_count
      WHERE count > 0 ORDER BY week, state, document
      """)
    let recounted = try store.texts(
      """
      SELECT w || ' ' || state || ' ' || document || ' ' || count(*) FROM (
        SELECT \(store.dialect.whole("coalesce(ready_at, received_at)", per: 604800)) AS w,
          state, document
        FROM request) AS weeks
      GROUP BY w, state, document ORDER BY w, state, document
      """)
    #expect(stored == recounted)
    #expect(stored.count > 20)
    try expectPlaces(store)
  }

  @Test("far page starts in its week")
  func farPages() throws {
    let directory = try TemporaryDirectory()
    let count = 14 * SQLiteStore.weekJumpRows
    _ = try randomStore(directory, seed: 11, count: count, version: Schema.latestVersion)
    let queries = [
      QueueQuery(states: RequestState.allCases), QueueQuery(states: [.delivered, .cancelled]),
      QueueQuery(states: RequestState.allCases, document: .ktpEl),
    ]
    for query in queries {
      let whole = try directory.openStore().queue(
        query, offset: 0, limit: count
      ).rows.map(\.id)
      // Each offset is further than weekJumpRows from both ends.
      #expect(whole.count > 2 * SQLiteStore.weekJumpRows + 100)
      for offset in [whole.count / 2, whole.count / 2 + 1, whole.count / 2 - 40] {
        // A new store each time, so that no page read before is nearer than the week.
        let store = try directory.openStore()
        let page = try store.queue(query, offset: offset, limit: 25).rows.map(\.id)
        #expect(
          page == Array(whole[offset..<min(whole.count, offset + 25)]),
          "\(query.states) \(query.document?.rawValue ?? "") at \(offset)")
      }
    }
  }

  @Test("search places match in every request")
  func searchPlacesMatch() throws {
    let directory = try TemporaryDirectory()
    let store = try randomStore(directory, seed: 3, count: 300, version: Schema.latestVersion)
    let query = QueueQuery(states: RequestState.allCases)
    let all = try store.queue(query, offset: 0, limit: 300).rows
    let target = all[217]
    let found = try store.find(
      SearchTerm(target.number.description), in: query, from: 10, forward: true)
    #expect(found == 217)
  }
}

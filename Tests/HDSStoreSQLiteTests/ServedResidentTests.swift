import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

/// `resident_served_year` and `served_first_day_count` (schema version 7) must always give
/// the residents served from 1 January to a day as `count(DISTINCT resident_id)` over the
/// deliveries does.
@Suite("Residents served per year")
struct ServedResidentTests {
  /// Unix time of 00:00 WIB on 1 January 2025 (17:00 UTC on 31 December 2024).
  static let start2025 = 1_735_664_400.0
  static let daySeconds = 86_400.0

  /// Returns the stored rows as "resident year first-day" lines.
  func servedYears(_ store: SQLStore) throws -> [String] {
    try store.texts(
      """
      SELECT resident_id || ' ' || year || ' ' || first_day FROM resident_served_year
      ORDER BY resident_id, year
      """)
  }

  /// Returns the same lines worked out from the requests.
  func recountedYears(_ store: SQLStore) throws -> [String] {
    try store.texts(
      """
      SELECT resident_id || ' ' || substr(day, 1, 4) || ' ' || min(day) FROM (
        SELECT resident_id, \(store.dialect.wibDay("delivered_at")) AS day FROM request
        WHERE delivered_at IS NOT NULL) AS delivered
      GROUP BY resident_id, substr(day, 1, 4) ORDER BY resident_id, substr(day, 1, 4)
      """)
  }

  /// Returns the day counts as "day count" lines, without days whose count fell to 0.
  func dayCounts(_ store: SQLStore) throws -> [String] {
    try store.texts(
      "SELECT day || ' ' || count FROM served_first_day_count WHERE count > 0 ORDER BY day")
  }

  func recountedDays(_ store: SQLStore) throws -> [String] {
    try store.texts(
      """
      SELECT first_day || ' ' || count(*) FROM resident_served_year
      GROUP BY first_day ORDER BY first_day
      """)
  }

  /// Counts distinct residents delivered to from 1 January of `day`'s year through `day`,
  /// from the requests.
  func distinctServed(_ store: SQLStore, through day: CalendarDay) throws -> Int64 {
    let period = ReportPeriod.year(day.year).through(day)
    let rows = try store.integers(
      """
      SELECT count(DISTINCT resident_id) FROM request
      WHERE delivered_at >= \(period.start.timeIntervalSince1970)
        AND delivered_at < \(period.end.timeIntervalSince1970)
      """)
    return rows[0][0]
  }

  func expectConsistent(
    _ store: SQLStore, days: [CalendarDay], sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    #expect(try servedYears(store) == recountedYears(store), sourceLocation: sourceLocation)
    #expect(try dayCounts(store) == recountedDays(store), sourceLocation: sourceLocation)
    for day in days {
      let served = try store.residentsServed(in: ReportPeriod.year(day.year).through(day))
      #expect(
        Int64(served) == (try distinctServed(store, through: day)), "through \(day)",
        sourceLocation: sourceLocation)
    }
  }

  /// Inserts `count` residents after resident 1, with Kromengan NIKs.
  func addResidents(_ store: SQLStore, count: Int) throws {
    for id in 2...(count + 1) {
      try store.execute(
        """
        INSERT INTO resident (id, nik, name, kk, desa_code, dusun, rw, rt, street)
          VALUES (\(id), '35073115089\(String(format: "%05d", id))', 'Warga \(id)',
            '3507310101200001', '35.07.31.2001', 'Krajan', 1, 1, 'Jl. Raya 1');
        """)
    }
  }

  static let checkedDays = [
    CalendarDay(year: 2025, month: 1, day: 1), CalendarDay(year: 2025, month: 3, day: 15),
    CalendarDay(year: 2025, month: 12, day: 31), CalendarDay(year: 2026, month: 1, day: 1),
    CalendarDay(year: 2026, month: 6, day: 30), CalendarDay(year: 2026, month: 12, day: 31),
  ]

  @Test("version 6 file counted on migration")
  func backfill() throws {
    let directory = try TemporaryDirectory()
    // 16:59:59 and 17:00:00 UTC on 31 December 2024 fall in different WIB years.
    let beforeNewYear = Self.start2025 - 1
    try writeStoreFile(
      at: directory.storePath, version: 6,
      rows: """
        INSERT INTO request (id, year, serial, resident_id, desa_code, document, state,
          received_at, delivered_at)
          VALUES (1, 2024, 1, 1, '35.07.31.2001', 'ktp-el', 'delivered', 0, \(beforeNewYear)),
            (2, 2025, 2, 1, '35.07.31.2001', 'kk', 'delivered', 0, \(Self.start2025)),
            (3, 2025, 3, 1, '35.07.31.2001', 'kia', 'delivered', 0,
              \(Self.start2025 + 40 * Self.daySeconds)),
            (4, 2025, 4, 1, '35.07.31.2001', 'kia', 'ready', 0, NULL);
        """)
    let store = try SQLiteStore(path: directory.storePath)
    #expect(try store.integers("PRAGMA user_version") == [[Int64(Schema.latestVersion)]])
    #expect(try servedYears(store) == ["1 2024 2024-12-31", "1 2025 2025-01-01"])
    #expect(try dayCounts(store) == ["2024-12-31 1", "2025-01-01 1"])
    try expectConsistent(store, days: Self.checkedDays)
    #expect(try store.integrityReport() == "ok")
  }

  @Test(
    "random changes keep counts", arguments: [1, 2, 3] as [UInt64])
  func followsRandomChanges(seed: UInt64) throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore(insertingRows: "")
    try addResidents(store, count: 7)
    var random = CounterTests.SplitMix(state: seed)
    var nextID = 1
    var live: [Int] = []
    // Times over two WIB years, at any hour, so that days and years split on WIB midnight.
    func someTime() -> String {
      let offset = Double(random.next() % UInt64(730 * 86_400))
      return String(Self.start2025 + offset)
    }
    for _ in 0..<300 {
      let choice = live.isEmpty ? 0 : Int(random.next() % 5)
      let resident = Int(random.next() % 8) + 1
      switch choice {
      case 0:
        let delivered = random.next() % 4 == 0 ? "NULL" : someTime()
        try store.execute(
          """
          INSERT INTO request (id, year, serial, resident_id, desa_code, document, state,
            received_at, delivered_at)
            VALUES (\(nextID), 2025, \(nextID), \(resident), '35.07.31.2001', 'ktp-el',
              \(delivered == "NULL" ? "'ready'" : "'delivered'"), 0, \(delivered));
          """)
        live.append(nextID)
        nextID += 1
      case 1:
        let id = live[Int(random.next() % UInt64(live.count))]
        try store.execute(
          "UPDATE request SET delivered_at = \(someTime()), state = 'delivered' WHERE id = \(id)")
      case 2:
        let id = live[Int(random.next() % UInt64(live.count))]
        try store.execute(
          "UPDATE request SET delivered_at = NULL, state = 'out-for-delivery' WHERE id = \(id)")
      case 3:
        let id = live[Int(random.next() % UInt64(live.count))]
        try store.execute("UPDATE request SET resident_id = \(resident) WHERE id = \(id)")
      default:
        let index = Int(random.next() % UInt64(live.count))
        try store.execute("DELETE FROM request WHERE id = \(live.remove(at: index))")
      }
      #expect(try servedYears(store) == recountedYears(store))
      #expect(try dayCounts(store) == recountedDays(store))
    }
    try expectConsistent(store, days: Self.checkedDays)
    #expect(try !servedYears(store).isEmpty)
  }

  @Test("counts follow delivery and undo")
  func followsStoreActions() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    let year = ReportPeriod.year(Fixture.day.year).through(Fixture.day)
    var delivered: [Int64] = []
    for serial in 1...3 {
      let request = try store.readyRequest(serial, readyAt: Fixture.time(8, on: Fixture.day))
      try store.dispatch(request.id, courier: courier.id)
      _ = try store.apply(
        .deliver(Fixture.resident), to: request.id, expectedVersion: nil, by: Fixture.user,
        at: Fixture.time(14))
      delivered.append(request.id)
    }
    #expect(try store.residentsServed(in: year) == 3)
    #expect(try store.satisfaction(in: year).population == 3)
    // The day before has none: the sum stops at the period's last day.
    let dayBefore = ReportPeriod.year(Fixture.day.year).through(Fixture.day.adding(days: -1))
    #expect(try store.residentsServed(in: dayBefore) == 0)

    let event = try #require(try store.requestDetail(id: delivered[0]).events.last)
    _ = try store.undo(
      eventID: event.id, of: delivered[0], by: Fixture.user, at: Fixture.time(15))
    #expect(try store.residentsServed(in: year) == 2)
    #expect(try store.satisfaction(in: year).population == 2)
    try expectConsistent(store, days: [Fixture.day, Fixture.day.adding(days: -1)])
  }

  @Test("other periods count deliveries")
  func otherPeriods() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    for serial in 1...2 {
      let day = Fixture.day.adding(days: -serial)
      let request = try store.readyRequest(serial, readyAt: Fixture.time(8, on: day))
      try store.dispatch(request.id, courier: courier.id, day: day)
      _ = try store.apply(
        .deliver(Fixture.resident), to: request.id, expectedVersion: nil, by: Fixture.user,
        at: Fixture.time(14, on: day))
    }
    let lastDay = ReportPeriod(from: Fixture.day.adding(days: -1), through: Fixture.day)
    #expect(try store.residentsServed(in: lastDay) == 1)
    let month = ReportPeriod.month(Fixture.day.month, of: Fixture.day.year).through(Fixture.day)
    #expect(try store.residentsServed(in: month) == 2)
  }
}

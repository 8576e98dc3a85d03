import Foundation
import HDSCore
import Testing

@testable import HDSStorePostgres
@testable import HDSStoreSQLite

/// The same plain SQL writes on an SQLite store and a PostgreSQL schema leave the same
/// rows in every table that triggers keep.
@Suite("PostgreSQL counter triggers", .enabled(if: TestServer.isConfigured))
struct CounterTriggerTests {
  /// 2027-01-01 00:00 WIB (2026-12-31 17:00 UTC), in unix seconds.
  static let newYear = 1_798_736_400.0
  /// 2026-12-01 00:00 WIB, a midnight that also starts a month.
  static let firstOfDecember = 1_796_058_000.0
  /// The start of an age week (a multiple of 604,800 s), 17 hours before `newYear`.
  static let weekStart = 1_798_675_200.0

  /// Every table that triggers keep, read in one order. `request` and `complaint` add the
  /// columns a trigger or a generated column writes.
  static let keptTables = [
    "SELECT desa_code, state, count FROM request_count ORDER BY 1, 2",
    "SELECT state, count FROM complaint_count ORDER BY 1",
    "SELECT day, desa_code, count FROM delivery_count ORDER BY 1, 2",
    "SELECT month, desa_code, count FROM delivery_month_count ORDER BY 1, 2",
    "SELECT week, state, document, count FROM request_week_count ORDER BY 1, 2, 3",
    "SELECT resident_id, year, first_day FROM resident_served_year ORDER BY 1, 2",
    "SELECT day, count FROM served_first_day_count WHERE count > 0 ORDER BY 1",
    "SELECT year, serial, desa_code FROM request ORDER BY 1, 2",
    "SELECT id, state, is_open FROM complaint ORDER BY 1",
    "SELECT id, nik FROM resident ORDER BY 1",
  ]

  static let manyRowsStep = "updates of many rows at once"

  /// Steps of writes, each run on both engines and followed by a comparison. Every
  /// statement is plain SQL that both engines accept.
  static let steps: [(name: String, sql: String)] = [
    (
      "residents",
      """
      INSERT INTO resident (nik, name, kk, phone, desa_code, dusun, rw, rt, street) VALUES
        ('3507121111110001', 'Siti Aminah', '3507120000000001', '081234567890',
          '3507120001', 'Krajan', 1, 2, 'Jl. Mawar 3'),
        ('3507121111110002', 'Budi Santoso', '3507120000000002', NULL,
          '3507120001', 'Krajan', 1, 3, 'Jl. Melati 7'),
        ('3507121111110003', 'Wahyuni', '3507120000000003', NULL,
          '3507120002', 'Sumberan', 2, 1, 'Jl. Kenanga 1'),
        ('3507121111110004', 'Agus Prasetyo', '3507120000000004', NULL,
          '3507120003', 'Ngadirejo', 3, 4, 'Jl. Anggrek 9')
      """
    ),
    (
      "requests in several states",
      """
      INSERT INTO request (year, serial, resident_id, desa_code, document, state,
          received_at, ready_at, delivered_at) VALUES
        (2026, 1, (SELECT id FROM resident WHERE nik = '3507121111110001'), '3507120001',
          'ktp-el', 'received', \(weekStart - 0.25), NULL, NULL),
        (2026, 2, (SELECT id FROM resident WHERE nik = '3507121111110001'), '3507120001',
          'kk', 'ready', \(weekStart - 86400), \(weekStart), NULL),
        (2026, 3, (SELECT id FROM resident WHERE nik = '3507121111110002'), '3507120001',
          'ktp-el', 'delivered', \(firstOfDecember - 90000), \(firstOfDecember - 80000),
          \(firstOfDecember - 1)),
        (2026, 4, (SELECT id FROM resident WHERE nik = '3507121111110002'), '3507120001',
          'akta-kelahiran', 'delivered', \(firstOfDecember - 90000),
          \(firstOfDecember - 80000), \(firstOfDecember + 1)),
        (2026, 5, (SELECT id FROM resident WHERE nik = '3507121111110003'), '3507120002',
          'ktp-el', 'delivered', \(newYear - 200000), \(newYear - 100000),
          \(newYear - 0.0004)),
        (2026, 6, (SELECT id FROM resident WHERE nik = '3507121111110003'), '3507120002',
          'kk', 'delivered', \(newYear - 200000), \(newYear - 100000), \(newYear - 0.0006)),
        (2026, 7, (SELECT id FROM resident WHERE nik = '3507121111110004'), '3507120003',
          'ktp-el', 'out-for-delivery', \(newYear - 300000), \(newYear - 250000), NULL),
        (2026, 8, (SELECT id FROM resident WHERE nik = '3507121111110004'), '3507120003',
          'akta-kematian', 'cancelled', \(newYear - 300000), NULL, NULL),
        (2027, 1, (SELECT id FROM resident WHERE nik = '3507121111110004'), '3507120003',
          'kk', 'delivered', \(newYear + 10), \(newYear + 20), \(newYear + 3600)),
        (2027, 2, (SELECT id FROM resident WHERE nik = '3507121111110001'), '3507120001',
          'ktp-el', 'in-process', \(newYear + 604800 * 2 + 0.5), NULL, NULL)
      """
    ),
    (
      "state changes and a delivery at WIB midnight",
      """
      UPDATE request SET state = 'assigned' WHERE year = 2026 AND serial = 2;
      UPDATE request SET state = 'ready', ready_at = \(weekStart + 604800 - 0.5)
        WHERE year = 2026 AND serial = 1;
      UPDATE request SET state = 'delivered', delivered_at = \(newYear)
        WHERE year = 2026 AND serial = 7
      """
    ),
    (
      "undo of a delivery and a delivery moved across new year",
      """
      UPDATE request SET state = 'out-for-delivery', delivered_at = NULL
        WHERE year = 2026 AND serial = 7;
      UPDATE request SET delivered_at = \(newYear - 3600) WHERE year = 2027 AND serial = 1
      """
    ),
    (
      "ready_at and received_at across a week",
      """
      UPDATE request SET ready_at = \(weekStart - 604800) WHERE year = 2026 AND serial = 2;
      UPDATE request SET received_at = \(weekStart + 1) WHERE year = 2027 AND serial = 2;
      UPDATE request SET ready_at = NULL WHERE year = 2026 AND serial = 1
      """
    ),
    (
      "a resident moves to another desa",
      """
      UPDATE resident SET desa_code = '3507120003' WHERE nik = '3507121111110002'
      """
    ),
    (
      "a delivery moves to another resident and day in one statement",
      """
      UPDATE request SET resident_id = (SELECT id FROM resident WHERE nik = '3507121111110001'),
          delivered_at = \(firstOfDecember + 7200)
        WHERE year = 2026 AND serial = 3
      """
    ),
    (
      manyRowsStep,
      """
      UPDATE request SET delivered_at = delivered_at + 86400 WHERE delivered_at IS NOT NULL;
      UPDATE request SET state = 'cancelled' WHERE state IN ('in-process', 'ready')
      """
    ),
    (
      "updates that change no value",
      """
      UPDATE request SET state = state, desa_code = desa_code, delivered_at = delivered_at,
        ready_at = ready_at, resident_id = resident_id;
      UPDATE resident SET desa_code = desa_code
      """
    ),
    (
      "a document changes",
      """
      UPDATE request SET document = 'kia' WHERE year = 2026 AND serial = 4
      """
    ),
    (
      "complaints",
      """
      INSERT INTO complaint (received_at, channel, category, weight, state, complainant_name,
          request_id, description) VALUES
        (\(newYear), 'whatsapp', 'late', 'light', 'received', 'Siti Aminah',
          (SELECT id FROM request WHERE year = 2026 AND serial = 1), 'KTP belum datang'),
        (\(newYear + 60), 'walk-in', 'wrong-data', 'normative', 'verified', 'Wahyuni',
          NULL, 'Nama salah ketik'),
        (\(newYear + 120), 'letter', 'other', 'light', 'received', 'Agus Prasetyo',
          NULL, 'Tanya jadwal');
      UPDATE complaint SET state = 'resolved' WHERE complainant_name = 'Wahyuni';
      UPDATE complaint SET state = 'in-follow-up' WHERE complainant_name = 'Siti Aminah';
      DELETE FROM complaint WHERE complainant_name = 'Agus Prasetyo'
      """
    ),
    (
      "deletes",
      """
      DELETE FROM complaint WHERE request_id IS NOT NULL;
      DELETE FROM request WHERE year = 2026 AND serial IN (1, 5, 6);
      DELETE FROM request WHERE year = 2027 AND serial = 1;
      INSERT INTO resident (nik, name, kk, phone, desa_code, dusun, rw, rt, street) VALUES
        ('3507121111110005', 'Sri Wahyuni', '3507120000000005', NULL,
          '3507120002', 'Sumberan', 2, 2, 'Jl. Dahlia 4');
      DELETE FROM resident WHERE nik = '3507121111110005'
      """
    ),
  ]

  @Test func countersMatchAfterEveryStep() throws {
    let stores = try TwinStores()
    defer { stores.drop() }

    var zeroDaysMayDiffer = false
    for step in Self.steps {
      try stores.execute(step.sql)
      for query in Self.keptTables {
        let rows = try stores.rows(query)
        #expect(rows.postgres == rows.sqlite, "after \(step.name): \(query)")
      }

      // SQLite runs the served-year triggers after each row of an UPDATE of many rows,
      // PostgreSQL after the last. SQLite can then pass through first days that no row
      // keeps, whose counts fall back to 0 and stay. Readers sum the counts, so only these
      // rows of count 0 may differ, and only after such an UPDATE.
      zeroDaysMayDiffer = zeroDaysMayDiffer || step.name == Self.manyRowsStep
      let zeroDays = try stores.rows(
        "SELECT day FROM served_first_day_count WHERE count = 0 ORDER BY 1")
      if zeroDaysMayDiffer {
        let extra = Set(zeroDays.postgres).subtracting(zeroDays.sqlite)
        #expect(extra.isEmpty, "after \(step.name): PostgreSQL has other days of count 0")
      } else {
        #expect(zeroDays.postgres == zeroDays.sqlite, "after \(step.name): days of count 0")
      }
    }
  }

  @Test func stepsReachEveryCounter() throws {
    // Guards the comparison: counters that stayed empty would match trivially.
    let stores = try TwinStores()
    defer { stores.drop() }
    for step in Self.steps.prefix(7) {
      try stores.execute(step.sql)
    }

    for table in [
      "request_count", "delivery_count", "delivery_month_count", "request_week_count",
      "resident_served_year", "served_first_day_count",
    ] {
      let rows = try stores.rows("SELECT count(*) FROM \(table)")
      #expect(rows.sqlite != [["0"]], "\(table) stays empty")
    }
    // SQLite rounds to milliseconds before it takes the date, so 0.4 ms before midnight
    // is the next day and 0.6 ms before it is not.
    let days = try stores.rows(
      "SELECT day FROM delivery_count WHERE desa_code = '3507120002' ORDER BY 1")
    #expect(days.sqlite == [["2026-12-31"], ["2027-01-01"]])
    #expect(days.postgres == days.sqlite)
  }

  @Test func backfilledCountersMatch() throws {
    // Version 6 and 7 fill their counters from the requests already stored, and version
    // 4 fills new columns from event details.
    let stores = try TwinStores(version: 3)
    defer { stores.drop() }
    for step in Self.steps.prefix(8) {
      try stores.execute(step.sql)
    }
    try stores.execute(
      """
      INSERT INTO request_event (request_id, time, "user", action, from_state, to_state,
          detail) VALUES
        (1, \(Self.newYear), 'kurir1', 'fail-attempt', 'out-for-delivery', 'ready',
          'reason=not-at-home attempt=2 note=x'),
        (1, \(Self.newYear), 'kurir1', 'fail-attempt', 'out-for-delivery', 'ready',
          'REASON=refused attempt=x'),
        (2, \(Self.newYear), 'operator1', 'cancel', 'ready', 'cancelled', 'reason=other'),
        (2, \(Self.newYear), 'operator1', 'deliver', 'out-for-delivery', 'delivered',
          'to=resident');
      INSERT INTO complaint (received_at, channel, category, weight, state, complainant_name,
          request_id, description) VALUES
        (\(Self.newYear), 'whatsapp', 'late', 'light', 'resolved', 'Siti Aminah', 1, 'Lama'),
        (\(Self.newYear), 'walk-in', 'other', 'light', 'archived', 'Wahyuni', NULL, 'Arsip')
      """)

    try stores.migrateToLatest(from: 3)

    let queries =
      Self.keptTables + [
        "SELECT id, reason, attempt FROM request_event ORDER BY 1",
        "SELECT id, desa_code,"
          + " CASE WHEN closed_at = received_at THEN 'received' WHEN closed_at IS NULL"
          + " THEN 'null' ELSE 'other' END,"
          + " CASE WHEN resolved_at = received_at THEN 'received' WHEN resolved_at IS NULL"
          + " THEN 'null' ELSE 'other' END"
          + " FROM complaint ORDER BY 1",
      ]
    for query in queries {
      let rows = try stores.rows(query)
      #expect(rows.postgres == rows.sqlite, "after migrating: \(query)")
    }
    let events = try stores.rows("SELECT id, reason, attempt FROM request_event ORDER BY 1")
    #expect(
      events.postgres == [
        ["1", "not-at-home", "2"], ["2", "refused", "0"], ["3", "other", nil], ["4", nil, nil],
      ])
  }

  @Test func constraintsRejectTheSameRows() throws {
    let stores = try TwinStores()
    defer { stores.drop() }
    try stores.execute(Self.steps[0].sql)
    try stores.execute(Self.steps[1].sql)

    let rejected = [
      "INSERT INTO courier (name, vehicle, home_desa_code, daily_capacity)"
        + " VALUES ('Joko', 'motor', '3507120001', 0)",
      "INSERT INTO courier (name, vehicle, home_desa_code, daily_capacity, is_active)"
        + " VALUES ('Joko', 'motor', '3507120001', 5, 2)",
      "INSERT INTO resident (nik, name, kk, desa_code, dusun, rw, rt, street) VALUES"
        + " ('3507121111110001', 'Dua', '1', '3507120001', 'Krajan', 1, 1, 'Jl. A')",
      "INSERT INTO request (year, serial, resident_id, desa_code, document, state,"
        + " received_at) VALUES (2026, 1, 1, '3507120001', 'kk', 'received', 0)",
      "INSERT INTO request (year, serial, resident_id, desa_code, document, state,"
        + " received_at) VALUES (2026, 99, 999, '3507120001', 'kk', 'received', 0)",
      "UPDATE request SET route_position = 0 WHERE serial = 2",
      "UPDATE request_count SET count = -1",
      "INSERT INTO survey_response (request_id, answered_day, u1, recorded_at, source)"
        + " VALUES (3, '2026-12-02', 5, 0, 'paper')",
      "DELETE FROM resident WHERE nik = '3507121111110001'",
      "INSERT INTO request (year, serial, resident_id, desa_code, document, state)"
        + " VALUES (2026, 50, 1, '3507120001', 'kk', 'received')",
    ]
    for statement in rejected {
      let failures = stores.failures(statement)
      #expect(failures.sqlite != nil, "SQLite accepts: \(statement)")
      #expect(failures.postgres != nil, "PostgreSQL accepts: \(statement)")
    }
    for query in Self.keptTables {
      let rows = try stores.rows(query)
      #expect(rows.postgres == rows.sqlite, "after the rejected writes: \(query)")
    }
  }

  @Test func insertWithoutIdGetsNextId() throws {
    let stores = try TwinStores()
    defer { stores.drop() }
    try stores.execute(
      """
      INSERT INTO courier (name, vehicle, home_desa_code, daily_capacity)
        VALUES ('Joko', 'motor', '3507120001', 20);
      INSERT INTO courier (name, vehicle, home_desa_code, daily_capacity)
        VALUES ('Rina', 'motor', '3507120002', 15)
      """)

    let rows = try stores.rows(
      "SELECT id, name, is_active, working_days, login FROM courier ORDER BY id")
    #expect(rows.sqlite == [["1", "Joko", "1", "1-5", nil], ["2", "Rina", "1", "1-5", nil]])
    #expect(rows.postgres == rows.sqlite)
  }
}

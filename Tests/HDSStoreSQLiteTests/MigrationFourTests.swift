import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Schema version 4")
struct MigrationFourTests {
  @Test("failure reason and attempt columns")
  func reasonColumns() throws {
    let directory = try TemporaryDirectory()
    let store = try SQLiteStore(path: directory.storePath)
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    let first = try store.readyRequest(1)
    try store.dispatch(first.id, courier: courier.id)
    _ = try store.apply(
      .failAttempt(.notAtHome, note: "rumah kosong"), to: first.id, expectedVersion: nil,
      by: .operator("courier1"), at: Fixture.time(11))
    let second = try store.readyRequest(2)
    _ = try store.apply(
      .cancel(reason: "pindah ke luar kota"), to: second.id, expectedVersion: nil,
      by: Fixture.user, at: Fixture.time(12))

    let rows = try store.texts(
      """
      SELECT action || ' ' || coalesce(reason, '-') || ' ' || coalesce(attempt, '-')
      FROM request_event WHERE action IN ('fail-attempt', 'cancel') ORDER BY id
      """)
    #expect(rows == ["fail-attempt not-at-home 1", "cancel pindah ke luar kota -"])
  }

  @Test("version 3 file backfilled")
  func backfill() throws {
    let directory = try TemporaryDirectory()
    do {
      let connection = try Connection(path: directory.storePath, readOnly: false)
      try connection.execute("PRAGMA application_id = \(Schema.applicationID)", context: "test")
      for migration in Schema.migrations.prefix(3) {
        try connection.execute(migration, context: "test")
      }
      try connection.execute(
        """
        PRAGMA user_version = 3;
        INSERT INTO resident (id, nik, name, kk, desa_code, dusun, rw, rt, street)
          VALUES (1, '3507311508900001', 'Warga', '3507310101200001', '35.07.31.2001',
            'Krajan', 1, 1, 'Jl. Raya 1');
        INSERT INTO request (id, year, serial, resident_id, desa_code, document, state,
          attempts, received_at)
          VALUES (1, 2026, 1, 1, '35.07.31.2001', 'ktp-el', 'ready', 2, 0);
        INSERT INTO request_event (request_id, time, user, action, from_state, to_state,
          detail)
          VALUES (1, 1, 'u', 'fail-attempt', 'out-for-delivery', 'ready',
              'reason=address-not-found attempt=2 note="no such house"'),
            (1, 2, 'u', 'fail-attempt', 'out-for-delivery', 'ready', 'reason=refused attempt=1');
        INSERT INTO complaint (received_at, channel, category, weight, state,
          complainant_name, request_id, description)
          VALUES (5, 'walk-in', 'late', 'light', 'resolved', 'Warga', 1, 'lama');
        """, context: "test")
    }

    let store = try SQLiteStore(path: directory.storePath)
    #expect(try store.integers("PRAGMA user_version") == [[Int64(Schema.latestVersion)]])
    let failures = try store.texts(
      "SELECT reason || ' ' || attempt FROM request_event ORDER BY id")
    #expect(failures == ["address-not-found 2", "refused 1"])
    let complaint = try store.texts(
      "SELECT desa_code || ' ' || closed_at || ' ' || resolved_at FROM complaint")
    #expect(complaint == ["35.07.31.2001 5.0 5.0"])
    #expect(try store.integrityCheck() == "ok")
  }
}

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

/// `delivery_count` (schema version 6) must always equal the deliveries per WIB day and
/// desa counted from `request` itself.
@Suite("Deliveries per day and desa")
struct DeliveryCountTests {
  /// Returns the rollup as "day desa count" lines, without rows whose count fell to 0.
  func rollup(_ store: SQLStore) throws -> [String] {
    try store.texts(
      """
      SELECT day || ' ' || desa_code || ' ' || count FROM delivery_count WHERE count > 0
      ORDER BY day, desa_code
      """)
  }

  /// Returns the monthly rollup as "month desa count" lines, without rows whose count is 0.
  func monthly(_ store: SQLStore) throws -> [String] {
    try store.texts(
      """
      SELECT month || ' ' || desa_code || ' ' || count FROM delivery_month_count
      WHERE count > 0 ORDER BY month, desa_code
      """)
  }

  /// Returns the monthly lines summed from the daily rollup.
  func monthlyRecounted(_ store: SQLStore) throws -> [String] {
    try store.texts(
      """
      SELECT month || ' ' || desa_code || ' ' || total FROM (
        SELECT substr(day, 1, 7) AS month, desa_code, sum(count) AS total FROM delivery_count
        GROUP BY 1, 2) AS months
      WHERE total > 0 ORDER BY month, desa_code
      """)
  }

  /// Returns the same lines counted from the requests.
  func recounted(_ store: SQLStore) throws -> [String] {
    try store.texts(
      """
      SELECT day || ' ' || desa_code || ' ' || count(*) FROM (
        SELECT \(store.dialect.wibDay("delivered_at")) AS day, desa_code FROM request
        WHERE delivered_at IS NOT NULL) AS delivered
      GROUP BY day, desa_code ORDER BY day, desa_code
      """)
  }

  @Test("follows deliveries, an undone delivery and a desa correction")
  func followsChanges() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    var delivered: [Int64] = []
    for serial in 1...6 {
      let day = Fixture.day.adding(days: -(serial % 3))
      let request = try store.readyRequest(
        serial, desa: serial % 2, readyAt: Fixture.time(8, on: day.adding(days: -1)))
      try store.dispatch(request.id, courier: courier.id, day: day)
      // 23:30 WIB is 16:30 UTC on the same day, so the WIB day is what counts.
      _ = try store.apply(
        .deliver(Fixture.resident), to: request.id, expectedVersion: nil, by: Fixture.user,
        at: Fixture.time(23, 30, on: day))
      delivered.append(request.id)
    }
    #expect(try rollup(store).count == 6)
    #expect(try rollup(store) == recounted(store))
    #expect(try rollup(store).first?.hasPrefix(Fixture.day.adding(days: -2).description) == true)

    let event = try #require(try store.requestDetail(id: delivered[0]).events.last)
    _ = try store.undo(
      eventID: event.id, of: delivered[0], by: Fixture.user, at: Fixture.time(23, 50))
    #expect(try rollup(store) == recounted(store))

    // A resident's new desa moves the copy on the request, and with it the count.
    try store.execute(
      "UPDATE resident SET desa_code = '35.07.31.2005' WHERE id = (SELECT resident_id FROM request WHERE id = \(delivered[1]))"
    )
    #expect(try rollup(store).contains { $0.contains("35.07.31.2005 1") })
    #expect(try rollup(store) == recounted(store))
    #expect(try monthly(store) == monthlyRecounted(store))
    #expect(!(try monthly(store).isEmpty))
  }

  /// The first two deliveries fall either side of midnight WIB (17:00 UTC).
  @Test("a version 5 file is counted when it is migrated")
  func backfill() throws {
    let directory = try TemporaryDirectory()
    try writeStoreFile(
      at: directory.storePath, version: 5,
      rows: """
        INSERT INTO request (id, year, serial, resident_id, desa_code, document, state,
          received_at, delivered_at)
          VALUES (1, 2026, 1, 1, '35.07.31.2001', 'ktp-el', 'delivered', 0, 1796403500),
            (2, 2026, 2, 1, '35.07.31.2001', 'kk', 'delivered', 0, 1796403700),
            (3, 2026, 3, 1, '35.07.31.2002', 'kia', 'delivered', 0, 1796320000),
            (4, 2026, 4, 1, '35.07.31.2002', 'kia', 'ready', 0, NULL);
        """)
    let store = try SQLiteStore(path: directory.storePath)
    #expect(
      try rollup(store) == [
        "2026-12-04 35.07.31.2001 1", "2026-12-04 35.07.31.2002 1",
        "2026-12-05 35.07.31.2001 1",
      ])
    #expect(try rollup(store) == recounted(store))
    #expect(try monthly(store) == ["2026-12 35.07.31.2001 2", "2026-12 35.07.31.2002 1"])
  }
}

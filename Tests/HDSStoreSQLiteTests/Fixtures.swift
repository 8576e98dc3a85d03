// Shared fixtures: a fresh temp directory per test, valid NIKs, residents in Kromengan
// desa, and helpers that walk a request through its states.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

/// A directory under the system temp directory, removed when the value goes away.
final class TemporaryDirectory {
  let path: String

  init() throws {
    path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "hds-store-tests-" + UUID().uuidString)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

  var storePath: String { file("hds.sqlite") }
}

enum Fixture {
  static let user = Actor.operator("operator1")
  static let day = CalendarDay(year: 2026, month: 12, day: 4)

  /// `hour`:`minute` WIB on `day`.
  static func time(_ hour: Int, _ minute: Int = 0, on day: CalendarDay = Fixture.day) -> Date {
    day.start.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
  }

  /// Returns a Kromengan NIK for a birth date of 15-08-1990, with 40 added to the day for
  /// women.
  static func nik(_ serial: Int, female: Bool = false) -> NIK {
    let text = "350731" + (female ? "55" : "15") + "0890" + String(format: "%04d", serial)
    // The digits are a real date, non-zero region codes and a non-zero serial.
    return try! NIK(text)
  }

  static func address(desa index: Int = 0, street: String = "Jl. Raya 1") -> Address {
    let desa = Kromengan.kecamatan.desa[index]
    let dusun = desa.dusun[0]
    let rw = dusun.rukunWarga[0]
    return Address(
      desaCode: desa.code, dusun: dusun.name, rw: rw.number, rt: rw.rukunTetangga[0],
      street: street)
  }

  static func resident(_ serial: Int, desa: Int = 0, name: String? = nil) -> Resident {
    Resident(
      nik: nik(serial, female: serial % 2 == 0), name: name ?? "Warga \(serial)",
      kk: try! KKNumber("350731010120\(String(format: "%04d", serial))"),
      phone: try! PhoneNumber("0812-3456-\(String(format: "%04d", serial))"),
      address: address(desa: desa))
  }

  static func newRequest(_ serial: Int, desa: Int = 0, document: DocumentKind = .ktpEl)
    -> NewRequest
  {
    NewRequest(resident: resident(serial, desa: desa), document: document, note: "")
  }

  static func newCourier(_ name: String, desa: Int = 3) -> NewCourier {
    NewCourier(
      name: name, phone: try! PhoneNumber("081298765432"), vehicle: "motor",
      homeDesaCode: Kromengan.kecamatan.desa[desa].code, dailyCapacity: 15)
  }

  static let resident = Handover(recipientKind: .resident, recipientName: "Warga")
}

extension SQLiteStore {
  /// Creates a request and brings it to ready.
  func readyRequest(_ serial: Int, desa: Int = 0, readyAt: Date = Fixture.time(8)) throws
    -> DeliveryRequest
  {
    let created = try createRequest(
      Fixture.newRequest(serial, desa: desa), by: Fixture.user, at: readyAt.addingTimeInterval(-60))
    _ = try apply(
      .sendToDukcapil, to: created.id, expectedVersion: nil, by: Fixture.user,
      at: readyAt.addingTimeInterval(-30))
    return try apply(
      .markReady, to: created.id, expectedVersion: nil, by: Fixture.user, at: readyAt)
  }

  /// Brings a ready request to out for delivery with `courier` on `day`.
  @discardableResult
  func dispatch(_ id: Int64, courier: Int64, day: CalendarDay = Fixture.day) throws
    -> DeliveryRequest
  {
    _ = try apply(
      .assign(courierID: courier, day: day), to: id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(9, on: day))
    return try apply(
      .dispatch, to: id, expectedVersion: nil, by: .operator("courier1"),
      at: Fixture.time(9, 30, on: day))
  }

  /// Runs a query on the store's own connection and returns its integer columns.
  func integers(_ sql: String) throws -> [[Int64]] {
    try withConnection { (connection) throws(StoreError) -> [[Int64]] in
      try connection.rows(sql, context: "test query") { (row) throws(StoreError) -> [Int64] in
        (0..<row.columnCount).map { row.integer($0) }
      }
    }
  }

  func execute(_ sql: String) throws {
    try withConnection { (connection) throws(StoreError) in
      try connection.execute(sql, context: "test statement")
    }
  }
}

/// Writes a store file at `path` with the first `version` migrations and one resident
/// (id 1, a Kromengan NIK), then runs `rows`, for tests of a later migration.
func writeStoreFile(at path: String, version: Int, rows: String) throws {
  let connection = try Connection(path: path, readOnly: false)
  try connection.execute("PRAGMA application_id = \(Schema.applicationID)", context: "test")
  for migration in Schema.migrations.prefix(version) {
    try connection.execute(migration, context: "test")
  }
  try connection.execute(
    """
    PRAGMA user_version = \(version);
    INSERT INTO resident (id, nik, name, kk, desa_code, dusun, rw, rt, street)
      VALUES (1, '3507311508900001', 'Warga', '3507310101200001', '35.07.31.2001',
        'Krajan', 1, 1, 'Jl. Raya 1');
    """ + rows, context: "test")
}

extension SQLiteStore {
  /// Runs a query on the store's own connection and returns its first column as text.
  func texts(_ sql: String) throws -> [String] {
    try withConnection { (connection) throws(StoreError) -> [String] in
      try connection.rows(sql, context: "test query") { $0.text(0) }
    }
  }

  /// Returns every column of every request event as SQL literals, in id order, to check
  /// that later commands leave earlier events exactly as they were.
  func storedEvents() throws -> [String] {
    try texts(
      """
      SELECT quote(id) || '|' || quote(request_id) || '|' || quote(time) || '|' || quote(user)
        || '|' || quote(action) || '|' || quote(from_state) || '|' || quote(to_state) || '|'
        || quote(detail) || '|' || quote(courier_id) || '|' || quote(corrects_event_id)
      FROM request_event ORDER BY id
      """)
  }

  /// Returns the non-zero `request_count` rows as "desa state count", in key order.
  func requestCounters() throws -> [String] {
    try texts(
      """
      SELECT desa_code || ' ' || state || ' ' || count FROM request_count WHERE count > 0
      ORDER BY desa_code, state
      """)
  }

  /// Returns COUNT(*) of `request` per desa and state, in the form of `requestCounters()`.
  func countedRequests() throws -> [String] {
    try texts(
      """
      SELECT desa_code || ' ' || state || ' ' || count(*) FROM request
      GROUP BY desa_code, state ORDER BY desa_code, state
      """)
  }
}

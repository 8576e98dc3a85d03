import Foundation
import HDSCore
import Testing

@testable import HDSStorePostgres
@testable import HDSStoreSQLite

/// The PostgreSQL twins of SQLite's day, week and NOCASE expressions give the same
/// results, value by value.
@Suite("PostgreSQL twins of SQLite expressions", .enabled(if: TestServer.isConfigured))
struct TimeExpressionTests {
  /// Offsets from a WIB midnight, in seconds, on both sides of SQLite's rounding to
  /// whole milliseconds.
  static let midnightOffsets = [
    -1, -0.001, -0.000_6, -0.000_500_1, -0.000_5, -0.000_499_9, -0.000_4, -0.000_1, 0, 0.000_4,
    0.000_5, 0.000_6, 0.999_9, 1,
  ]

  /// Unix times around WIB midnights from 1970 to 2100, new years among them.
  static func times() throws -> [Double] {
    var values: [Double] = []
    var generator = SystemRandomNumberGenerator()
    for dayNumber in stride(from: 0, through: 47_500, by: 97) {
      let midnight = Double(dayNumber) * 86_400 - 25_200
      values += midnightOffsets.map { midnight + $0 }
      values.append(midnight + Double.random(in: 0..<86_400, using: &generator))
    }
    for year in [2025, 2026, 2027, 2028] {
      let newYear = try unixNewYear(wibYear: year)
      values += midnightOffsets.map { newYear + $0 }
    }
    return values
  }

  @Test func wibDayMatchesSQLiteDate() throws {
    let stores = try TwinStores()
    defer { stores.drop() }
    let times = try Self.times()

    let sqliteDays = try stores.sqlite.rows(
      "SELECT date(value + 25200, 'unixepoch') FROM json_each(?1) ORDER BY key",
      [.text(Self.json(times))], context: "taking SQLite dates"
    ) { $0.text(0) }
    let postgresDays = try stores.postgres.rows(
      "SELECT wib_day(value) FROM unnest($1::float8[]) WITH ORDINALITY AS input (value, n)"
        + " ORDER BY n", [.text(Self.array(times))], context: "taking PostgreSQL days"
    ) { (row) throws(StoreError) -> String in try row.text(0) }

    #expect(sqliteDays.count == times.count)
    #expect(postgresDays.count == times.count)
    for (index, time) in times.enumerated() where index < min(sqliteDays.count, postgresDays.count)
    {
      #expect(postgresDays[index] == sqliteDays[index], "day of \(time)")
    }
  }

  @Test func weekTruncatesLikeSQLiteCast() throws {
    let stores = try TwinStores()
    defer { stores.drop() }
    let times =
      try Self.times().map { $0 - 1_000_000_000 } + [-604_800.5, -604_799.5, -0.5, 604_799.9]

    let sqliteWeeks = try stores.sqlite.rows(
      "SELECT CAST(value / 604800 AS INTEGER) FROM json_each(?1) ORDER BY key",
      [.text(Self.json(times))], context: "taking SQLite weeks"
    ) { $0.integer(0) }
    let postgresWeeks = try stores.postgres.rows(
      "SELECT trunc(value / 604800)::bigint"
        + " FROM unnest($1::float8[]) WITH ORDINALITY AS input (value, n) ORDER BY n",
      [.text(Self.array(times))], context: "taking PostgreSQL weeks"
    ) { (row) throws(StoreError) -> Int64 in try row.integer(0) }

    #expect(postgresWeeks == sqliteWeeks)
    #expect(sqliteWeeks.suffix(4) == [-1, 0, 0, 0], "CAST truncates toward zero")
  }

  @Test func nocaseOrderMatchesLowerInC() throws {
    let stores = try TwinStores()
    defer { stores.drop() }
    let names = ["agus", "Agus", "AGUS", "Ägus", "_Budi", "[x", "budi", "Zaenal", "zaenal", "É"]
    let values = names.map { "('\($0)', 'motor', '3507120001', 10)" }.joined(separator: ", ")
    try stores.execute(
      "INSERT INTO courier (name, vehicle, home_desa_code, daily_capacity) VALUES \(values)")

    let sqliteOrder = try stores.sqlite.rows(
      "SELECT name FROM courier ORDER BY name COLLATE NOCASE, id", context: "ordering on SQLite"
    ) { $0.text(0) }
    let postgresOrder = try stores.postgres.rows(
      "SELECT name FROM courier ORDER BY lower(name COLLATE \"C\"), id",
      context: "ordering on PostgreSQL"
    ) { (row) throws(StoreError) -> String in try row.text(0) }

    #expect(sqliteOrder.count == names.count)
    #expect(postgresOrder == sqliteOrder)
  }

  /// Returns the unix time of 1 January of `wibYear`, 00:00 WIB.
  private static func unixNewYear(wibYear: Int) throws -> Double {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(secondsFromGMT: 7 * 3600))
    let date = try #require(calendar.date(from: DateComponents(year: wibYear, month: 1, day: 1)))
    return date.timeIntervalSince1970
  }

  /// Writes `values` as a JSON array with every digit Swift needs to read them back.
  private static func json(_ values: [Double]) -> String {
    "[" + values.map { "\($0)" }.joined(separator: ",") + "]"
  }

  /// Writes `values` as a PostgreSQL array literal.
  private static func array(_ values: [Double]) -> String {
    "{" + values.map { "\($0)" }.joined(separator: ",") + "}"
  }
}

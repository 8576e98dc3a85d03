// `hds import print-list` on a demo store: a document marked ready by hand and delivered
// before its print list came, and a row whose name differs from the stored resident's.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQLite

@Suite("Print-list matching command")
struct PrintListMatchCommandTests {
  private static func run(_ arguments: [String]) throws -> ProcessOutput {
    try ChildProcess.run(try HDSBinary.url(), arguments)
  }

  /// Returns the number after "label:" on a line of the report, nil when no line has it.
  private static func count(_ label: String, in output: String) -> Int? {
    for line in output.split(separator: "\n") {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix(label + ":") else { continue }
      return Int(trimmed.dropFirst(label.count + 1).trimmingCharacters(in: .whitespaces))
    }
    return nil
  }

  /// Returns the id of the first request in `state` that has no print day.
  private static func firstRequest(_ store: SQLiteStore, state: RequestState) throws -> Int64 {
    let ids = try store.withConnection { (connection) throws(StoreError) -> [Int64] in
      try connection.rows(
        "SELECT id FROM request WHERE state = ?1 AND printed_day IS NULL ORDER BY id LIMIT 1",
        [.text(state.rawValue)], context: "test"
      ) { $0.integer(0) }
    }
    return try #require(ids.first, "the demo store has no \(state.rawValue) request")
  }

  private static func requestCount(_ store: SQLiteStore) throws -> Int {
    try store.withConnection { (connection) throws(StoreError) -> [Int] in
      try connection.rows("SELECT count(*) FROM request", context: "test") { $0.int(0) }
    }.first ?? 0
  }

  private static func listDate(_ day: CalendarDay) -> String {
    String(format: "%02d/%02d/%04d", day.day, day.month, day.year)
  }

  @Test("delivered by hand matched, name warned")
  func deliveredByHandAndName() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let store = try SQLiteStore.open(dataDirectory: data, readOnly: false)

    // Marked ready with `r` in the dashboard, so without a print day, then delivered now.
    let outID = try Self.firstRequest(store, state: .outForDelivery)
    let out = try store.requestDetail(id: outID).request
    let delivered = try store.apply(
      .deliver(Handover(recipientKind: .resident, recipientName: out.resident.name)),
      to: outID, expectedVersion: nil, by: .operator("courier1"), at: Date())
    let readyDay = CalendarDay(containing: try #require(delivered.readyAt))
    let waiting = try store.requestDetail(id: try Self.firstRequest(store, state: .inProcess))
      .request
    let storedName = waiting.resident.name
    let shortName = (storedName.split(separator: " ").first.map(String.init) ?? "") + " Y"
    let requests = try Self.requestCount(store)

    let file = directory.path("daftar-cetak.csv")
    let lines = [
      "NIK;Nama;Dokumen;Tanggal Cetak",
      // Printed the day before the hand mark, in capitals: the same document and person.
      [
        delivered.resident.nik.digits, delivered.resident.name.uppercased(),
        delivered.document.shortName, Self.listDate(readyDay.adding(days: -1)),
      ].joined(separator: ";"),
      [
        waiting.resident.nik.digits, shortName, waiting.document.shortName,
        Self.listDate(CalendarDay(containing: Date())),
      ].joined(separator: ";"),
    ]
    try Data((lines.joined(separator: "\n") + "\n").utf8).write(
      to: URL(fileURLWithPath: file))

    let first = try Self.run(["import", "print-list", file, "--data", data])

    #expect(first.status == 0, "\(first.errorOutput)")
    #expect(Self.count("tidak berubah", in: first.output) == 1, "\(first.output)")
    #expect(Self.count("ditandai siap", in: first.output) == 1, "\(first.output)")
    #expect(Self.count("dibuat, siap ditugaskan", in: first.output) == 0, "\(first.output)")
    #expect(Self.count("dibuat, perlu dilengkapi", in: first.output) == 0, "\(first.output)")
    #expect(
      first.output.contains(
        "  baris 3: nama \"\(shortName)\" berbeda dengan nama warga tersimpan"
          + " \"\(storedName)\" (permohonan \(waiting.number)); baris dicocokkan menurut"
          + " NIK-nya"), "\(first.output)")
    #expect(!first.output.contains("baris 2: nama"), "\(first.output)")
    #expect(try Self.requestCount(store) == requests)
    #expect(try store.requestDetail(id: waiting.id).request.state == .ready)
    let events = try store.eventCount()

    let second = try Self.run(["import", "print-list", file, "--lang", "en", "--data", data])

    #expect(second.status == 0, "\(second.errorOutput)")
    #expect(Self.count("unchanged", in: second.output) == 2, "\(second.output)")
    #expect(Self.count("created, ready to assign", in: second.output) == 0, "\(second.output)")
    #expect(
      second.output.contains(
        "  line 3: the name \"\(shortName)\" differs from the stored resident's name"
          + " \"\(storedName)\" (request \(waiting.number)); the row is matched by its NIK"),
      "\(second.output)")
    #expect(try Self.requestCount(store) == requests)
    #expect(try store.eventCount() == events)
  }
}

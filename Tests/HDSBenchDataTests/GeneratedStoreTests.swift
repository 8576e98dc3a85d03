import Foundation
import HDSStoreSQLite
import Testing

@testable import HDSBenchData
@testable import HDSCore

/// The generated store against the store's own rules and reads.
@Suite("Generated benchmark store")
struct GeneratedStoreTests {
  // MARK: File and counters

  @Test("store opens and passes integrity check")
  func integrity() throws {
    let store = try SQLiteStore(path: try GeneratedStore.path())
    #expect(try store.integrityCheck() == "ok")
    #expect(try GeneratedStore.rows("PRAGMA foreign_key_check").isEmpty)
  }

  @Test("writes the requested number of requests")
  func requestCount() throws {
    #expect(try GeneratedStore.integer("SELECT count(*) FROM request") == GeneratedStore.requests)
    let report = try GeneratedStore.shared.get().1
    #expect(report.requestsByState.map(\.count).reduce(0, +) == GeneratedStore.requests)
  }

  @Test("request_count equals a count by desa and state")
  func requestCounters() throws {
    let kept = try GeneratedStore.rows(
      "SELECT desa_code, state, count FROM request_count WHERE count > 0 ORDER BY 1, 2")
    let counted = try GeneratedStore.rows(
      "SELECT desa_code, state, count(*) FROM request GROUP BY 1, 2 ORDER BY 1, 2")
    #expect(kept == counted)
  }

  @Test("complaint_count equals a count by state")
  func complaintCounters() throws {
    let kept = try GeneratedStore.rows(
      "SELECT state, count FROM complaint_count WHERE count > 0 ORDER BY 1")
    let counted = try GeneratedStore.rows(
      "SELECT state, count(*) FROM complaint GROUP BY 1 ORDER BY 1")
    #expect(kept == counted)
    #expect(!counted.isEmpty)
  }

  @Test("name index finds part of a name")
  func nameIndex() throws {
    let indexed = try GeneratedStore.integer(
      "SELECT count(*) FROM resident_name_search WHERE resident_name_search MATCH 'anto'")
    let scanned = try GeneratedStore.integer(
      "SELECT count(*) FROM resident WHERE name LIKE '%anto%'")
    #expect(indexed == scanned)
    #expect(indexed > 0)
  }

  @Test("request_number_counter holds the last serial of each year")
  func numberCounters() throws {
    let kept = try GeneratedStore.rows(
      "SELECT year, last_serial FROM request_number_counter ORDER BY 1")
    let counted = try GeneratedStore.rows(
      "SELECT year, max(serial) FROM request GROUP BY 1 ORDER BY 1")
    #expect(kept == counted)
    let gaps = try GeneratedStore.integer(
      "SELECT count(*) FROM (SELECT year FROM request GROUP BY year"
        + " HAVING count(*) != max(serial))")
    #expect(gaps == 0)
  }

  // MARK: Histories

  @Test("every request's state is its last event's to_state")
  func stateIsLastEvent() throws {
    let mismatches = try GeneratedStore.integer(
      """
      SELECT count(*) FROM request r
      WHERE r.state != (SELECT e.to_state FROM request_event e WHERE e.request_id = r.id
        ORDER BY e.id DESC LIMIT 1)
      """)
    #expect(mismatches == 0)
  }

  @Test("version counts the events")
  func versionCountsEvents() throws {
    let mismatches = try GeneratedStore.integer(
      """
      SELECT count(*) FROM request r
      WHERE r.version != (SELECT count(*) FROM request_event e WHERE e.request_id = r.id)
      """)
    #expect(mismatches == 0)
  }

  @Test("each event starts where the one before it ended")
  func eventsChain() throws {
    let broken = try GeneratedStore.integer(
      """
      SELECT count(*) FROM request_event e
      JOIN request_event p ON p.request_id = e.request_id
        AND p.id = (SELECT max(id) FROM request_event WHERE request_id = e.request_id
          AND id < e.id)
      WHERE e.from_state IS NOT p.to_state OR e.time < p.time
      """)
    #expect(broken == 0)
    let badFirst = try GeneratedStore.integer(
      """
      SELECT count(*) FROM request_event e
      WHERE e.id = (SELECT min(id) FROM request_event WHERE request_id = e.request_id)
        AND (e.action != 'create' OR e.from_state IS NOT NULL OR e.to_state != 'received')
      """)
    #expect(badFirst == 0)
  }

  @Test("every transition is one the lifecycle allows")
  func transitionsLegal() throws {
    let transitions = try GeneratedStore.rows(
      "SELECT DISTINCT action, from_state, to_state FROM request_event WHERE action != 'create'")
    #expect(!transitions.isEmpty)
    for transition in transitions {
      let kind = try #require(RequestAction.Kind(rawValue: transition[0] ?? ""))
      let from = try #require(RequestState(rawValue: transition[1] ?? ""))
      let to = try #require(RequestState(rawValue: transition[2] ?? ""))
      #expect(Lifecycle.allows(kind, from: from), "\(kind) from \(from)")
      let failed = kind == .failAttempt && (to == .ready || to == .returnedToOffice)
      #expect(failed || Lifecycle.target(of: kind, from: from) == to, "\(kind) to \(to)")
    }
  }

  @Test("columns match the state")
  func columnsMatchState() throws {
    let rules = [
      "state IN ('assigned', 'out-for-delivery') AND (courier_id IS NULL OR delivery_day IS NULL)",
      "state IN ('received', 'in-process', 'ready', 'returned-to-office', 'cancelled')"
        + " AND delivery_day IS NOT NULL",
      "state IN ('ready', 'assigned', 'out-for-delivery', 'returned-to-office')"
        + " AND ready_at IS NULL",
      "state = 'delivered' AND (delivered_at IS NULL OR recipient_kind IS NULL)",
      "state != 'delivered' AND delivered_at IS NOT NULL",
      "route_position IS NOT NULL OR needs_completion != 0",
      "attempts != (SELECT count(*) FROM request_event e WHERE e.request_id = request.id"
        + " AND e.action = 'fail-attempt')",
      "printed_day IS NOT NULL AND ready_at IS NULL",
    ]
    for rule in rules {
      #expect(
        try GeneratedStore.integer("SELECT count(*) FROM request WHERE \(rule)") == 0, "\(rule)")
    }
  }

  @Test("couriers of own kecamatan within capacity")
  func assignedCouriers() throws {
    let foreign = try GeneratedStore.integer(
      """
      SELECT count(*) FROM request r JOIN courier c ON c.id = r.courier_id
      WHERE substr(c.home_desa_code, 1, 8) != substr(r.desa_code, 1, 8)
      """)
    #expect(foreign == 0)
    let busiest = try GeneratedStore.integer(
      "SELECT max(c) FROM (SELECT count(*) c FROM request WHERE delivery_day IS NOT NULL"
        + " GROUP BY courier_id, delivery_day)")
    #expect(busiest <= BenchLoad.courierCapacity)
    let past = try GeneratedStore.integer(
      "SELECT count(*) FROM request WHERE state = 'assigned' AND delivery_day < '2026-12-04'")
    #expect(past == 0)
  }

  @Test("reason columns copy the detail")
  func reasonColumns() throws {
    let events = try GeneratedStore.rows(
      "SELECT detail, reason, attempt FROM request_event"
        + " WHERE action IN ('fail-attempt', 'cancel')")
    #expect(!events.isEmpty)
    for event in events {
      let pairs = try #require(EventDetail.parse(event[0] ?? ""))
      #expect(pairs.first?.key == "reason")
      #expect(pairs.first?.value == event[1])
      #expect(pairs.first { $0.key == "attempt" }?.value == event[2])
    }
  }

  @Test("complaint versions and close times")
  func complaintHistories() throws {
    #expect(
      try GeneratedStore.integer(
        "SELECT count(*) FROM complaint c WHERE c.version"
          + " != (SELECT count(*) FROM complaint_event e WHERE e.complaint_id = c.id)") == 0)
    #expect(
      try GeneratedStore.integer(
        "SELECT count(*) FROM complaint WHERE (is_open = 0) != (closed_at IS NOT NULL)") == 0)
    #expect(
      try GeneratedStore.integer(
        "SELECT count(*) FROM complaint WHERE (state = 'resolved') != (resolved_at IS NOT NULL)")
        == 0)
    #expect(
      try GeneratedStore.integer(
        "SELECT count(*) FROM complaint c WHERE c.state != (SELECT e.to_state FROM"
          + " complaint_event e WHERE e.complaint_id = c.id ORDER BY e.id DESC LIMIT 1)") == 0)
  }

  // MARK: Identity numbers and places

  @Test("NIKs unique and of own kecamatan")
  func niks() throws {
    let residents = try GeneratedStore.rows("SELECT nik, desa_code, kk, phone FROM resident")
    #expect(residents.count > GeneratedStore.requests / 2)
    var seen = Set<String>()
    for resident in residents {
      let text = resident[0] ?? ""
      let validation = try NIK.validate(text)
      #expect(validation.warnings.isEmpty, "\(text)")
      let desa = resident[1] ?? ""
      let kecamatan = desa.split(separator: ".").prefix(3).joined()
      #expect(text.hasPrefix(kecamatan), "\(text) in \(desa)")
      #expect(seen.insert(text).inserted, "\(text) repeated")
      _ = try KKNumber(resident[2] ?? "")
      if let phone = resident[3] { #expect(try PhoneNumber(phone).e164 == phone) }
    }
  }

  @Test("requests spread over 30 kecamatan")
  func spread() throws {
    let kecamatan = try GeneratedStore.integer(
      "SELECT count(DISTINCT substr(desa_code, 1, 8)) FROM request")
    #expect(kecamatan >= 30)
    let kromengan = try GeneratedStore.rows(
      "SELECT DISTINCT desa_code FROM request WHERE desa_code LIKE '35.07.31.%' ORDER BY 1")
    let real = Set(Kromengan.kecamatan.desa.map(\.code))
    #expect(kromengan.allSatisfy { real.contains($0[0] ?? "") })
  }

  @Test("geography of 33 kecamatan")
  func geography() {
    let geography = BenchGeography()
    let numbers = Set(geography.desa.map(\.kecamatanNumber))
    #expect(numbers == Set(1...33))
    #expect((300...500).contains(geography.desa.count))
    #expect(Set(geography.desa.map(\.code)).count == geography.desa.count)
    let kromengan = geography.desa.filter { $0.kecamatanNumber == 31 }
    #expect(kromengan.map(\.code) == Kromengan.kecamatan.desa.map(\.code))
    #expect(kromengan.allSatisfy { !$0.isSynthetic })
    for desa in geography.desa where desa.isSynthetic {
      #expect(desa.name.hasPrefix("Desa Sintetis "))
      #expect(desa.code.hasPrefix(BenchGeography.kecamatanCode(desa.kecamatanNumber) + ".20"))
    }
    for number in 1...33 where number != 31 {
      #expect((8...20).contains(geography.desa.filter { $0.kecamatanNumber == number }.count))
    }
  }

  @Test("history spans three years to noon")
  func span() throws {
    let now = GeneratedStore.today.start.timeIntervalSince1970 + 12 * 3_600
    let latest = try GeneratedStore.rows(
      "SELECT max(time) FROM (SELECT time FROM request_event UNION ALL"
        + " SELECT time FROM complaint_event UNION ALL SELECT time FROM survey_event)")
    #expect(Double(latest[0][0] ?? "") ?? .infinity <= now)
    let earliest =
      Double(try GeneratedStore.rows("SELECT min(received_at) FROM request")[0][0] ?? "") ?? 0
    #expect(now - earliest > 3 * 360 * 86_400)
    #expect(now - earliest < 3 * 370 * 86_400)
  }
}

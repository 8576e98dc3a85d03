import Foundation
import HDSCore
import HDSSampleData
import HDSStoreSQLite
import Testing

@testable import HDSBenchData

/// The store's own reads over the generated rows: each decodes every row it reads, so a
/// value the store would never write fails here.
@Suite("Store reads of a generated store")
struct StoreReadsTests {
  let store: SQLiteStore
  let today = GeneratedStore.today
  let calendar = (try? HolidayFiles.load(dataDirectory: nil).calendar) ?? WorkingCalendar()

  init() throws {
    store = try SQLiteStore(path: try GeneratedStore.path(), readOnly: true)
  }

  @Test("queue pages decode in every sort")
  func queuePages() throws {
    for sort in QueueQuery.Sort.allCases {
      let query = QueueQuery(states: RequestState.allCases, sort: sort)
      var offset = 0
      var ids = Set<Int64>()
      while true {
        let page = try store.queue(query, offset: offset, limit: 500)
        #expect(page.total == GeneratedStore.requests)
        ids.formUnion(page.rows.map(\.id))
        offset += page.rows.count
        if page.rows.isEmpty || offset >= page.total { break }
      }
      #expect(ids.count == GeneratedStore.requests, "\(sort)")
    }
  }

  @Test("pending queue and totals match counts")
  func pendingAndTotals() throws {
    let totals = try store.totals(on: today)
    let counted = try GeneratedStore.rows("SELECT state, count(*) FROM request GROUP BY 1")
    for row in counted {
      let state = try #require(RequestState(rawValue: row[0] ?? ""))
      #expect(totals.byState[state] == Int(row[1] ?? ""), "\(state)")
    }
    let pending = try store.pendingQueue(offset: 0, limit: 10_000)
    let expected = RequestState.pending.compactMap { totals.byState[$0] }.reduce(0, +)
    #expect(pending.total == expected)
    #expect(pending.rows.count == expected)
    #expect(try store.pendingRequests(at: today.start.addingTimeInterval(12 * 3_600)) == expected)
  }

  @Test("request detail decodes a sample")
  func requestDetails() throws {
    for id in stride(from: Int64(1), through: Int64(GeneratedStore.requests), by: 37) {
      let detail = try store.requestDetail(id: id)
      #expect(detail.request.id == id)
      #expect(detail.events.count == detail.request.version)
      #expect(detail.events.last?.to == detail.request.state)
    }
  }

  @Test("complaint list and details decode")
  func complaints() throws {
    let page = try store.complaints(offset: 0, limit: 10_000)
    let count = try GeneratedStore.integer("SELECT count(*) FROM complaint")
    #expect(page.total == count)
    #expect(page.rows.count == count)
    for row in page.rows {
      let detail = try store.complaintDetail(id: row.id)
      #expect(detail.events.count == row.complaint.version)
    }
    _ = try store.resolutionRate(for: .year(2026))
  }

  @Test("courier and desa figures read")
  func figures() throws {
    let couriers = try store.couriers(includeInactive: true)
    #expect(couriers.count == (try GeneratedStore.integer("SELECT count(*) FROM courier")))
    #expect((66...132).contains(couriers.count))
    _ = try store.courierBoard(on: today)
    _ = try store.desaLoads(on: today)
    let targets = try store.serviceTargets()
    let figures = try store.desaFigures(
      in: .year(2026),
      earliestOnTimeReadyDays: targets.earliestOnTimeReadyDays(on: today, in: calendar))
    #expect(!figures.isEmpty)
    _ = try store.serviceFigures(for: .year(2026), targets: targets, calendar: calendar)
    _ = try store.pendingFigures(on: today, targets: targets, calendar: calendar)
    #expect(try store.residentsServed(in: .year(2026)) > 0)
  }

  @Test("survey figures count the generated responses")
  func survey() throws {
    let satisfaction = try store.satisfaction(
      in: ReportPeriod(from: today.adding(days: -365), through: today))
    let stored = try GeneratedStore.integer("SELECT count(*) FROM survey_response")
    #expect(stored > 0)
    #expect(satisfaction.index.respondents == stored)
    let first = try #require(
      try GeneratedStore.rows("SELECT request_id FROM survey_response LIMIT 1").first?.first ?? nil)
    #expect(try store.surveyResponse(ofRequest: Int64(first) ?? 0) != nil)
  }

  @Test("recipient list and export decode")
  func exchange() throws {
    let recipients = try store.recipients(from: today.adding(days: -30), to: today)
    let delivered = try GeneratedStore.integer(
      "SELECT count(*) FROM request WHERE delivered_at >= \(today.adding(days: -30).start.timeIntervalSince1970)"
        + " AND delivered_at < \(today.end.timeIntervalSince1970) AND state = 'delivered'")
    #expect(recipients.count == delivered)
    let events = try store.events(since: today.adding(days: -7).start, afterID: nil, limit: 100_000)
    #expect(!events.isEmpty)
  }
}

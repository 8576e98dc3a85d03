import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

/// The audit trail lists every table's events with user and role, newest first, in pages
/// that neither skip nor repeat an entry.
@Suite("Audit trail")
struct AuditTests {
  let directory: TemporaryDirectory
  let store: SQLStore

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.openStore()
  }

  private static let camat = Actor(user: "camat", role: .supervisor)

  /// Two requests, a courier, a setting and an export; returns the request.
  private func fill() throws -> DeliveryRequest {
    let request = try store.readyRequest(1)
    _ = try store.readyRequest(2, readyAt: Fixture.time(8, 30))
    _ = try store.addCourier(Fixture.newCourier("Agus"), by: Fixture.user, at: Fixture.time(9))
    try store.setMaxAttempts(3, by: Self.camat, at: Fixture.time(10))
    try store.recordExport(
      ExportRecord(
        kind: .recipients, detail: [("from", "2026-12-04"), ("file", "/tmp/list.csv")],
        rowCount: 12, masked: false),
      by: Self.camat, at: Fixture.time(11))
    return request
  }

  @Test("every subject appears newest first with its user and role")
  func everySubject() throws {
    let request = try fill()
    let entries = try store.audit(AuditFilter(), after: nil, limit: 100)
    #expect(entries.map(\.time) == entries.map(\.time).sorted(by: >))
    #expect(entries.count == 6 + 1 + 1 + 1, "3 events per request, a courier, a setting, an export")
    let export = try #require(entries.first)
    #expect(export.subject == .export)
    #expect(export.user == "camat")
    #expect(export.role == .supervisor)
    #expect(export.reference == "recipients")
    #expect(export.action == "full")
    #expect(export.detail == "rows=12 from=2026-12-04 file=/tmp/list.csv")
    let setting = try #require(entries.first { $0.subject == .setting })
    #expect(setting.reference == "max_attempts")
    #expect(setting.detail == "old=2 new=3", "the default is 2 attempts")
    #expect(entries.first { $0.subject == .courier }?.reference == "Agus")
    let first = try #require(entries.last)
    #expect(first.reference == request.number.description)
    #expect(first.action == "create")
    #expect(first.role == .operator)
  }

  @Test("filters by time, user, role and subject")
  func filters() throws {
    _ = try fill()
    func count(_ filter: AuditFilter) throws -> Int {
      try store.audit(filter, after: nil, limit: 100).count
    }
    #expect(try count(AuditFilter(user: "camat")) == 2)
    #expect(try count(AuditFilter(role: .operator)) == 7)
    #expect(try count(AuditFilter(subjects: [.export])) == 1)
    #expect(try count(AuditFilter(subjects: [.request, .courier])) == 7)
    #expect(try count(AuditFilter(from: Fixture.time(9), to: Fixture.time(11))) == 2)
    #expect(try count(AuditFilter(user: "operator1", subjects: [.request])) == 6)
    #expect(try count(AuditFilter(user: "nobody")) == 0)
  }

  @Test("pages continue after the cursor without skipping or repeating")
  func paging() throws {
    _ = try fill()
    // Events at one moment in several tables test the tie order.
    let moment = Fixture.time(12)
    for serial in 3...6 { _ = try store.readyRequest(serial, readyAt: moment) }
    try store.setRoadFactor(1.4, by: Self.camat, at: moment)
    try store.setMaxAttempts(2, by: Self.camat, at: moment)
    let all = try store.audit(AuditFilter(), after: nil, limit: 1000)
    for size in [1, 2, 3, 7] {
      var paged: [AuditEntry] = []
      var cursor: AuditCursor?
      while true {
        let page = try store.audit(AuditFilter(), after: cursor, limit: size)
        paged += page
        guard page.count == size, let last = page.last else { break }
        cursor = last.cursor
      }
      #expect(paged == all, "page size \(size)")
    }
  }

  @Test("events written before roles have no role")
  func eventsBeforeRoles() throws {
    _ = try store.readyRequest(1)
    try store.execute("UPDATE request_event SET role = NULL")
    let entries = try store.audit(AuditFilter(), after: nil, limit: 10)
    #expect(entries.count == 3)
    #expect(entries.allSatisfy { $0.role == nil })
    #expect(try store.audit(AuditFilter(role: .operator), after: nil, limit: 10).isEmpty)
  }

  @Test("a read-only store cannot record an export")
  func readOnlyExport() throws {
    _ = try fill()
    let reader = try directory.openStore(readOnly: true)
    #expect(throws: StoreError.readOnly(path: store.path)) {
      try reader.recordExport(
        ExportRecord(kind: .events, detail: [], rowCount: 1, masked: true),
        by: Actor(user: "dukcapil", role: .viewer), at: Fixture.time(13))
    }
  }
}

// Several connections make the same write at the same moment. The check of each write
// path runs inside its transaction, so exactly one write applies and every other one
// gets the error that names what changed.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Writer races")
struct WriterRaceTests {
  private static let writers = 4

  /// Runs `write` once on each of `writers` connections to the store of `directory`, all
  /// at once, and returns each outcome: nil for success, else the error.
  private static func race(
    _ directory: TemporaryDirectory,
    _ write: @escaping @Sendable (SQLStore, Int) throws(StoreError) -> Void
  ) throws -> [StoreError?] {
    let stores = try (0..<writers).map { _ in try directory.openStore() }
    let outcomes = Outcomes(count: writers)
    DispatchQueue.concurrentPerform(iterations: writers) { index in
      do throws(StoreError) {
        try write(stores[index], index)
        outcomes.set(index, nil)
      } catch {
        outcomes.set(index, error)
      }
    }
    return outcomes.all
  }

  @Test("complaint action applies once")
  func complaintActionAppliesOnce() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let calendar = WorkingCalendar(holidays: [], listedYears: [2026])
    let complaint = try store.logComplaint(
      NewComplaint(
        channel: .whatsApp, laporNumber: nil, category: .late, weight: .light,
        complainantName: "Bu Sri", requestID: nil, requestNumber: nil, residentNIK: nil,
        phone: nil, description: "KTP-el belum sampai"),
      calendar: calendar, by: Fixture.user, at: Fixture.time(10))

    let outcomes = try Self.race(directory) { (store, index) throws(StoreError) in
      _ = try store.apply(
        .verify(weight: nil, note: "petugas \(index)"), toComplaint: complaint.id,
        expectedVersion: complaint.version, calendar: calendar, by: .operator("u\(index)"),
        at: Fixture.time(11))
    }

    #expect(outcomes.filter { $0 == nil }.count == 1, "\(outcomes)")
    let conflict = StoreError.complaintConflict(
      complaint: complaint.id, expectedVersion: complaint.version, current: .verified)
    #expect(outcomes.filter { $0 == conflict }.count == Self.writers - 1, "\(outcomes)")
    #expect(try store.integers("SELECT count(*) FROM complaint_event") == [[2]])
  }

  @Test("survey response stored once")
  func surveyResponseStoredOnce() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7))
    let ready = try store.readyRequest(1)
    try store.dispatch(ready.id, courier: courier.id)
    let delivered = try store.apply(
      .deliver(Fixture.resident), to: ready.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(11))
    let response = try SurveyResponse([4, 4, 3, 4, 4, 4, 4, 4, 4])

    let outcomes = try Self.race(directory) { (store, index) throws(StoreError) in
      _ = try store.recordSurveyResponse(
        NewSurveyResponse(
          requestID: delivered.id, answeredOn: Fixture.day, response: response, source: .form),
        replacing: false, by: .operator("u\(index)"), at: Fixture.time(15))
    }

    #expect(outcomes.filter { $0 == nil }.count == 1, "\(outcomes)")
    let rejected = outcomes.compactMap { $0 }.filter { error in
      guard case .survey(.alreadyAnswered(let request, _, _)) = error else { return false }
      return request == delivered.number
    }
    #expect(rejected.count == Self.writers - 1, "\(outcomes)")
    #expect(try store.integers("SELECT count(*) FROM survey_response") == [[1]])
    #expect(try store.integers("SELECT count(*) FROM survey_event") == [[1]])
  }

  @Test("correction applies once")
  func correctionAppliesOnce() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let created = try store.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))

    let outcomes = try Self.race(directory) { (store, index) throws(StoreError) in
      let phone = try? PhoneNumber("0813-0000-000\(index)")
      _ = try store.correct(
        .phone(phone), of: created.id, expectedVersion: created.version, by: .operator("u\(index)"),
        at: Fixture.time(9))
    }

    #expect(outcomes.filter { $0 == nil }.count == 1, "\(outcomes)")
    let conflict = StoreError.conflict(
      request: created.number, expectedVersion: created.version, current: .received)
    #expect(outcomes.filter { $0 == conflict }.count == Self.writers - 1, "\(outcomes)")
    #expect(try store.integers("SELECT count(*) FROM request_event") == [[2]])
    #expect(try store.requestDetail(id: created.id).request.version == created.version + 1)
  }

  @Test("undo applies once")
  func undoAppliesOnce() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let created = try store.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    _ = try store.apply(
      .sendToDukcapil, to: created.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(9))
    let sent = try #require(try store.requestDetail(id: created.id).events.last)

    let outcomes = try Self.race(directory) { (store, index) throws(StoreError) in
      _ = try store.undo(
        eventID: sent.id, of: created.id, by: .operator("u\(index)"), at: Fixture.time(10))
    }

    #expect(outcomes.filter { $0 == nil }.count == 1, "\(outcomes)")
    let stale = StoreError.notLatestChange(request: created.number)
    #expect(outcomes.filter { $0 == stale }.count == Self.writers - 1, "\(outcomes)")
    let detail = try store.requestDetail(id: created.id)
    #expect(detail.request.state == .received)
    #expect(detail.events.map(\.action) == [.create, .sendToDukcapil, .undo])
  }
}

/// The outcome of each writer of a race, filled from several threads.
private final class Outcomes: @unchecked Sendable {
  // Guarded by `lock`.
  private var values: [StoreError?]
  private let lock = NSLock()

  init(count: Int) { values = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ error: StoreError?) {
    lock.lock()
    values[index] = error
    lock.unlock()
  }

  var all: [StoreError?] {
    lock.lock()
    defer { lock.unlock() }
    return values
  }
}

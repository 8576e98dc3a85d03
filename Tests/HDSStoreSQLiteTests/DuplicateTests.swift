import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Duplicate requests")
struct DuplicateTests {
  let directory: TemporaryDirectory
  let store: SQLStore

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.openStore()
  }

  /// Creates request `serial` for `document` and returns the error it throws, or nil.
  func createError(_ serial: Int, document: DocumentKind = .ktpEl, hour: Int = 10)
    -> StoreError?
  {
    do throws(StoreError) {
      _ = try store.createRequest(
        Fixture.newRequest(serial, document: document), by: Fixture.user,
        at: Fixture.time(hour))
      return nil
    } catch {
      return error
    }
  }

  @Test("second open request rejected")
  func secondOpenRejected() throws {
    let first = try store.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    let events = try store.storedEvents()
    let counters = try store.requestCounters()
    let residents = try store.texts("SELECT nik || ' ' || name FROM resident ORDER BY id")

    // A new name for the same NIK would update the resident if the request were stored.
    var again = Fixture.newRequest(1)
    again.resident.name = "Nama Baru"
    let error = #expect(throws: StoreError.self) {
      try store.createRequest(again, by: Fixture.user, at: Fixture.time(9))
    }
    #expect(error == .duplicate(existing: first.number, document: .ktpEl))
    #expect(error?.description.contains(first.number.description) == true)

    #expect(try store.storedEvents() == events)
    #expect(try store.requestCounters() == counters)
    #expect(try store.texts("SELECT nik || ' ' || name FROM resident ORDER BY id") == residents)
    #expect(try store.integers("SELECT count(*) FROM request") == [[1]])
    // The rejected request took no number.
    let next = try store.createRequest(
      Fixture.newRequest(2), by: Fixture.user, at: Fixture.time(10))
    #expect(next.number.serial == first.number.serial + 1)
  }

  @Test(
    "open in every state before the end",
    arguments: [
      RequestState.received, .inProcess, .ready, .assigned, .outForDelivery, .returnedToOffice,
    ])
  func openInEachState(state: RequestState) throws {
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7)
    ).id
    let request = try store.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(7))
    let path: [RequestAction] = [
      .sendToDukcapil, .markReady, .assign(courierID: courier, day: Fixture.day), .dispatch,
      .failAttempt(.notAtHome, note: ""), .assign(courierID: courier, day: Fixture.day),
      .dispatch, .failAttempt(.refused, note: ""),
    ]
    var current = request
    for action in path where current.state != state {
      current = try store.apply(
        action, to: request.id, expectedVersion: nil, by: Fixture.user, at: Fixture.time(8))
    }
    #expect(current.state == state)

    #expect(createError(1) == .duplicate(existing: request.number, document: .ktpEl))
    #expect(try store.openRequest(nik: Fixture.nik(1), document: .ktpEl) == request.number)
  }

  @Test("allowed again after delivery")
  func allowedAfterDelivery() throws {
    let courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7)
    ).id
    let first = try store.readyRequest(1)
    try store.dispatch(first.id, courier: courier)
    _ = try store.apply(
      .deliver(Fixture.resident), to: first.id, expectedVersion: nil, by: .operator("courier1"),
      at: Fixture.time(11))

    #expect(try store.openRequest(nik: Fixture.nik(1), document: .ktpEl) == nil)
    #expect(createError(1) == nil)
    let second = try #require(try store.openRequest(nik: Fixture.nik(1), document: .ktpEl))
    #expect(second != first.number)
  }

  @Test("allowed again after cancellation")
  func allowedAfterCancel() throws {
    let first = try store.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    _ = try store.apply(
      .cancel(reason: "salah input"), to: first.id, expectedVersion: nil, by: Fixture.user,
      at: Fixture.time(8, 5))

    #expect(try store.openRequest(nik: Fixture.nik(1), document: .ktpEl) == nil)
    #expect(createError(1) == nil)
  }

  @Test("other document of same NIK allowed")
  func otherDocumentAllowed() throws {
    let ktp = try store.createRequest(
      Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    #expect(createError(1, document: .kk) == nil)
    #expect(createError(1, document: .kia) == nil)

    let kk = try #require(try store.openRequest(nik: Fixture.nik(1), document: .kk))
    #expect(try store.openRequest(nik: Fixture.nik(1), document: .ktpEl) == ktp.number)
    #expect(kk != ktp.number)
    #expect(try store.openRequest(nik: Fixture.nik(1), document: .skp) == nil)
    #expect(createError(1, document: .kk) == .duplicate(existing: kk, document: .kk))
  }

  @Test("other NIK with same document allowed")
  func otherNIKAllowed() throws {
    _ = try store.createRequest(Fixture.newRequest(1), by: Fixture.user, at: Fixture.time(8))
    #expect(createError(2) == nil)
    #expect(try store.openRequest(nik: Fixture.nik(3), document: .ktpEl) == nil)
  }
}

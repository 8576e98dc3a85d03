import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

/// Each write records its user and role, and the store refuses a change the role may not
/// make before it writes anything.
@Suite("Actors and roles in the store")
struct ActorTests {
  let directory: TemporaryDirectory
  let store: SQLStore

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.openStore()
  }

  private static let supervisor = Actor(user: "camat", role: .supervisor)
  private static let calendar = WorkingCalendar(holidays: [], listedYears: [2026])

  private func complaint() throws -> Complaint {
    let logged = try store.logComplaint(
      NewComplaint(
        channel: .whatsApp, laporNumber: nil, category: .late, weight: .light,
        complainantName: "Bu Sri", requestID: nil, requestNumber: nil, residentNIK: nil,
        phone: nil, description: "KTP-el belum sampai"),
      calendar: Self.calendar, by: Fixture.user, at: Fixture.time(9))
    return try store.apply(
      .verify(weight: nil, note: ""), toComplaint: logged.id, expectedVersion: logged.version,
      calendar: Self.calendar, by: Fixture.user, at: Fixture.time(9, 30))
  }

  @Test("every event table records the role beside the user")
  func rolesRecorded() throws {
    let request = try store.readyRequest(1)
    let courier = try store.addCourier(
      Fixture.newCourier("Agus"), by: Fixture.user, at: Fixture.time(8))
    try store.dispatch(request.id, courier: courier.id)
    let verified = try complaint()
    _ = try store.apply(
      .assign(staff: "Rina", note: ""), toComplaint: verified.id,
      expectedVersion: verified.version, calendar: Self.calendar, by: Self.supervisor,
      at: Fixture.time(10))
    try store.setMaxAttempts(4, by: Self.supervisor, at: Fixture.time(11))

    #expect(
      try store.texts("SELECT DISTINCT \"user\" || ':' || role FROM request_event ORDER BY 1")
        == ["courier1:operator", "operator1:operator"])
    #expect(
      try store.texts("SELECT \"user\" || ':' || role FROM courier_event") == ["operator1:operator"]
    )
    #expect(
      try store.texts(
        "SELECT action || ':' || \"user\" || ':' || role FROM complaint_event ORDER BY id")
        == ["log:operator1:operator", "verify:operator1:operator", "assign:camat:supervisor"])
    #expect(
      try store.texts("SELECT \"user\" || ':' || role FROM setting_event") == ["camat:supervisor"])
  }

  @Test("a supervisor assigns complaints and changes settings, and changes nothing else")
  func supervisorLimits() throws {
    let request = try store.readyRequest(2)
    let verified = try complaint()
    let before = try store.storedEvents()

    #expect(throws: StoreError.forbidden(role: .supervisor, change: .request)) {
      try store.apply(
        .cancel(reason: "requested-by-resident"), to: request.id, expectedVersion: nil,
        by: Self.supervisor, at: Fixture.time(12))
    }
    #expect(throws: StoreError.forbidden(role: .supervisor, change: .request)) {
      try store.createRequest(Fixture.newRequest(3), by: Self.supervisor, at: Fixture.time(12))
    }
    #expect(throws: StoreError.forbidden(role: .supervisor, change: .courier)) {
      try store.addCourier(Fixture.newCourier("Budi"), by: Self.supervisor, at: Fixture.time(12))
    }
    #expect(throws: StoreError.forbidden(role: .supervisor, change: .complaint)) {
      try store.apply(
        .postpone(note: "menunggu"), toComplaint: verified.id, expectedVersion: nil,
        calendar: Self.calendar, by: Self.supervisor, at: Fixture.time(12))
    }
    #expect(throws: StoreError.forbidden(role: .supervisor, change: .importList)) {
      try store.importPrintList([], by: Self.supervisor, at: Fixture.time(12), dryRun: true)
    }
    #expect(try store.storedEvents() == before, "a refused change writes nothing")

    try store.setRoadFactor(1.5, by: Self.supervisor, at: Fixture.time(12))
    #expect(try store.roadFactor() == 1.5)
  }

  @Test("viewers and couriers may make no change, even on a writable store")
  func readersMayNotWrite() throws {
    let request = try store.readyRequest(4)
    for role in [Role.viewer, .courier] {
      let actor = Actor(user: "dukcapil", role: role)
      #expect(throws: StoreError.forbidden(role: role, change: .request)) {
        try store.apply(
          .cancel(reason: "requested-by-resident"), to: request.id, expectedVersion: nil,
          by: actor, at: Fixture.time(12))
      }
      #expect(throws: StoreError.forbidden(role: role, change: .settings)) {
        try store.setMaxAttempts(5, by: actor, at: Fixture.time(12))
      }
    }
    #expect(try store.maxAttempts() != 5)
  }

  @Test("the refusal names the role, the change and who may make it")
  func refusalMessage() {
    let error = StoreError.forbidden(role: .supervisor, change: .request)
    #expect(
      error.description
        == "the supervisor role may not make a request change; ask a user with the operator"
        + " role (roles.conf)")
    let settings = StoreError.forbidden(role: .viewer, change: .settings)
    #expect(settings.description.hasSuffix("the operator or supervisor role (roles.conf)"))
  }
}

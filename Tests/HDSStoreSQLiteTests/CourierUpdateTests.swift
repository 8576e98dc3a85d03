// `updateCourier`: each field, the courier event it writes, and the values it rejects.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Courier updates")
struct CourierUpdateTests {
  private static func courierEvents(_ store: SQLStore, _ id: Int64) throws -> [String] {
    try store.texts(
      "SELECT action || '|' || \"user\" || '|' || detail FROM courier_event WHERE courier_id = \(id)"
        + " ORDER BY id")
  }

  private static func stored(_ store: SQLStore, _ id: Int64) throws -> Courier? {
    try store.couriers(includeInactive: true).first { $0.id == id }
  }

  // MARK: Fields

  @Test("each field changes")
  func eachFieldChanges() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let added = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(8))
    let newPhone = try PhoneNumber("0813-1111-2222")
    let peniwen = Kromengan.kecamatan.desa[4].code

    let updates: [(CourierUpdate, (Courier) -> Bool)] = [
      (CourierUpdate(name: "  Budi Santoso "), { $0.name == "Budi Santoso" }),
      (CourierUpdate(phone: .some(newPhone)), { $0.phone == newPhone }),
      (CourierUpdate(phone: .some(nil)), { $0.phone == nil }),
      (CourierUpdate(vehicle: "sepeda"), { $0.vehicle == "sepeda" }),
      (CourierUpdate(homeDesaCode: peniwen), { $0.homeDesaCode == peniwen }),
      (CourierUpdate(dailyCapacity: 20), { $0.dailyCapacity == 20 }),
      (CourierUpdate(workingDays: [1, 3, 5]), { $0.workingDays == [1, 3, 5] }),
      (CourierUpdate(isActive: false), { !$0.isActive }),
      (CourierUpdate(isActive: true), { $0.isActive }),
    ]
    for (index, (update, check)) in updates.enumerated() {
      let returned = try store.updateCourier(
        id: added.id, update, by: Fixture.user, at: Fixture.time(9, index))
      #expect(check(returned), "returned courier after update \(index): \(returned)")
      let reread = try #require(try Self.stored(store, added.id))
      #expect(reread == returned, "stored courier after update \(index)")
    }
    // One add event, then one event per update.
    #expect(try Self.courierEvents(store, added.id).count == 1 + updates.count)
  }

  @Test("update leaves other fields")
  func updateLeavesOtherFields() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let added = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(8))

    let updated = try store.updateCourier(
      id: added.id, CourierUpdate(dailyCapacity: 9), by: Fixture.user, at: Fixture.time(9))

    var expected = added
    expected.dailyCapacity = 9
    #expect(updated == expected)
  }

  // MARK: Events

  @Test("event pairs old and new")
  func eventPairsOldAndNew() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let added = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(8))

    _ = try store.updateCourier(
      id: added.id,
      CourierUpdate(
        name: "Budi Santoso", phone: .some(try PhoneNumber("0813-1111-2222")),
        dailyCapacity: 20, workingDays: [1, 2, 3, 4, 5, 6], isActive: false),
      by: .operator("admin"), at: Fixture.time(9))

    let events = try Self.courierEvents(store, added.id)
    #expect(events.count == 2)
    #expect(
      events.last
        == "update|admin|name=\"Budi→Budi Santoso\" phone=+62812•••••432→+62813•••••222"
        + " capacity=15→20 days=1-5→1-6 active=yes→no")
  }

  @Test("event shortens phones")
  func eventShortensPhones() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let added = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(8))

    _ = try store.updateCourier(
      id: added.id, CourierUpdate(phone: .some(try PhoneNumber("0813-1111-2222"))),
      by: Fixture.user, at: Fixture.time(9))
    _ = try store.updateCourier(
      id: added.id, CourierUpdate(phone: .some(nil)), by: Fixture.user, at: Fixture.time(10))

    let details = try store.texts(
      "SELECT detail FROM courier_event WHERE courier_id = \(added.id) AND action = 'update'"
        + " ORDER BY id")
    #expect(details == ["phone=+62812•••••432→+62813•••••222", "phone=+62813•••••222→-"])
    for detail in details {
      #expect(!detail.contains("81298765432"))
      #expect(!detail.contains("81311112222"))
    }
  }

  @Test("no-op update writes nothing")
  func noOpUpdateWritesNothing() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let added = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(8))

    let empty = try store.updateCourier(
      id: added.id, CourierUpdate(), by: Fixture.user, at: Fixture.time(9))
    let same = try store.updateCourier(
      id: added.id,
      CourierUpdate(
        name: "Budi", phone: .some(added.phone), vehicle: "motor",
        homeDesaCode: added.homeDesaCode, dailyCapacity: 15, workingDays: [1, 2, 3, 4, 5],
        isActive: true),
      by: Fixture.user, at: Fixture.time(9))

    #expect(empty == added)
    #expect(same == added)
    #expect(try Self.courierEvents(store, added.id).count == 1)
    #expect(try Self.stored(store, added.id) == added)
  }

  // MARK: Validation

  @Test("invalid values are rejected")
  func invalidValuesAreRejected() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let added = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(8))

    let cases: [(CourierUpdate, String)] = [
      (CourierUpdate(name: "   "), "courier name is empty; enter the courier's full name"),
      (
        CourierUpdate(dailyCapacity: 0),
        "daily capacity 0 of courier Budi is below 1; enter the stops the courier can make in"
          + " one day"
      ),
      (
        CourierUpdate(homeDesaCode: "35.07.31.2099"),
        "home desa code 35.07.31.2099 of courier Budi is not a desa of Kecamatan Kromengan;"
          + " choose one of its 7 desa"
      ),
      (
        CourierUpdate(workingDays: []),
        "courier Budi has no working day; give ISO weekdays such as 1-5 (Monday to Friday)"
      ),
      (
        CourierUpdate(workingDays: [0, 8]),
        "courier Budi has no working day; give ISO weekdays such as 1-5 (Monday to Friday)"
      ),
    ]
    for (update, message) in cases {
      #expect(throws: StoreError.invalid(message)) {
        try store.updateCourier(id: added.id, update, by: Fixture.user, at: Fixture.time(9))
      }
    }
    #expect(try Self.stored(store, added.id) == added)
    #expect(try Self.courierEvents(store, added.id).count == 1)
  }

  @Test("unknown courier is not found")
  func unknownCourierIsNotFound() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()

    #expect(throws: StoreError.notFound(entity: "courier", id: 42)) {
      try store.updateCourier(
        id: 42, CourierUpdate(dailyCapacity: 3), by: Fixture.user, at: Fixture.time(9))
    }
  }
}

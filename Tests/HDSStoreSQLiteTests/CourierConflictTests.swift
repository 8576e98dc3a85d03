// Two editors of one courier: an edit form sends only the fields it changed, with the
// courier as it showed it, so a stale form neither overwrites nor undoes another change.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Courier conflicts")
struct CourierConflictTests {
  @Test("stale edit of other field keeps both")
  func staleEditOfOtherField() throws {
    let directory = try TemporaryDirectory()
    let desk = try directory.openStore()
    let camat = try directory.openStore()
    let shown = try desk.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(8))

    _ = try camat.updateCourier(
      id: shown.id, CourierUpdate(isActive: false), by: .operator("camat"), at: Fixture.time(9))
    var edited = shown
    edited.dailyCapacity = 20
    let update = CourierUpdate.changes(from: shown, to: edited)
    #expect(update.isActive == nil)
    #expect(update.name == nil)
    _ = try desk.updateCourier(id: shown.id, update, by: Fixture.user, at: Fixture.time(10))

    let stored = try #require(try desk.couriers(includeInactive: true).first)
    #expect(stored.dailyCapacity == 20)
    #expect(!stored.isActive, "the stale form made the courier active again")
  }

  @Test("stale edit of same field rejected")
  func staleEditOfSameField() throws {
    let directory = try TemporaryDirectory()
    let desk = try directory.openStore()
    let camat = try directory.openStore()
    let shown = try desk.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(8))
    let camatPhone = try PhoneNumber("0813-1111-2222")

    _ = try camat.updateCourier(
      id: shown.id, CourierUpdate(phone: .some(camatPhone)), by: .operator("camat"),
      at: Fixture.time(9))
    let events = try desk.integers("SELECT count(*) FROM courier_event")
    var edited = shown
    edited.phone = try PhoneNumber("0813-3333-4444")
    edited.vehicle = "sepeda"

    #expect(throws: StoreError.courierConflict(name: "Budi", fields: ["phone"])) {
      try desk.updateCourier(
        id: shown.id, CourierUpdate.changes(from: shown, to: edited), by: Fixture.user,
        at: Fixture.time(10))
    }
    let stored = try #require(try desk.couriers(includeInactive: true).first)
    #expect(stored.phone == camatPhone)
    #expect(stored.vehicle == shown.vehicle, "a rejected update changed the vehicle")
    #expect(try desk.integers("SELECT count(*) FROM courier_event") == events)
  }

  @Test("edit without basis applies as given")
  func editWithoutBasis() throws {
    let directory = try TemporaryDirectory()
    let store = try directory.openStore()
    let added = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(8))
    _ = try store.updateCourier(
      id: added.id, CourierUpdate(vehicle: "sepeda"), by: .operator("camat"), at: Fixture.time(9))

    // `hds courier edit` names the fields to set and shows no copy first.
    _ = try store.updateCourier(
      id: added.id, CourierUpdate(vehicle: "mobil"), by: Fixture.user, at: Fixture.time(10))
    #expect(try store.couriers(includeInactive: true).first?.vehicle == "mobil")
  }
}

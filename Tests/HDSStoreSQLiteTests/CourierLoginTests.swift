import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

/// A courier's link to the Unix user who may read that courier's own run sheets.
@Suite("Courier logins")
struct CourierLoginTests {
  let directory: TemporaryDirectory
  let store: SQLStore

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.openStore()
  }

  @Test("a login links one courier, with an event, and can be moved after removal")
  func link() throws {
    let agus = try store.addCourier(
      Fixture.newCourier("Agus"), by: Fixture.user, at: Fixture.time(8))
    let budi = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(8))
    try store.setCourierLogin("agus", ofCourier: agus.id, by: Fixture.user, at: Fixture.time(9))
    #expect(try store.courierID(login: "agus") == agus.id)
    #expect(try store.courierLogin(of: agus.id) == "agus")
    #expect(try store.courierID(login: "budi") == nil)

    let events = try store.storedEvents()
    #expect(throws: StoreError.self) {
      try store.setCourierLogin("agus", ofCourier: budi.id, by: Fixture.user, at: Fixture.time(9))
    }
    #expect(try store.storedEvents() == events, "a taken login writes nothing")

    // The same login again changes nothing and writes no event.
    try store.setCourierLogin("agus", ofCourier: agus.id, by: Fixture.user, at: Fixture.time(10))
    #expect(try store.texts("SELECT count(*) FROM courier_event WHERE action = 'login'") == ["1"])

    try store.setCourierLogin(nil, ofCourier: agus.id, by: Fixture.user, at: Fixture.time(11))
    try store.setCourierLogin("agus", ofCourier: budi.id, by: Fixture.user, at: Fixture.time(12))
    #expect(try store.courierID(login: "agus") == budi.id)
    #expect(
      try store.texts("SELECT detail FROM courier_event WHERE action = 'login' ORDER BY id")
        == ["old=- new=agus", "old=agus new=-", "old=- new=agus"])
  }

  @Test("names that are not Unix user names are refused")
  func invalidNames() throws {
    let agus = try store.addCourier(
      Fixture.newCourier("Agus"), by: Fixture.user, at: Fixture.time(8))
    for name in ["", "Agus", "1agus", "agus budi", "agus;rm", String(repeating: "a", count: 33)] {
      #expect(!CourierLogin.isValid(name), "\(name)")
      #expect(throws: StoreError.self) {
        try store.setCourierLogin(name, ofCourier: agus.id, by: Fixture.user, at: Fixture.time(9))
      }
    }
    for name in ["agus", "_svc", "budi.s", "kurir-3", String(repeating: "a", count: 32)] {
      #expect(CourierLogin.isValid(name), "\(name)")
    }
  }

  @Test("only an operator links logins")
  func operatorOnly() throws {
    let agus = try store.addCourier(
      Fixture.newCourier("Agus"), by: Fixture.user, at: Fixture.time(8))
    #expect(throws: StoreError.forbidden(role: .supervisor, change: .courier)) {
      try store.setCourierLogin(
        "agus", ofCourier: agus.id, by: Actor(user: "camat", role: .supervisor),
        at: Fixture.time(9))
    }
  }
}

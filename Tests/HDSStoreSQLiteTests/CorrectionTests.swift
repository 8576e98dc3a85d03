import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQL
@testable import HDSStoreSQLite

@Suite("Corrections")
struct CorrectionTests {
  let directory: TemporaryDirectory
  let store: SQLStore
  let courier: Int64

  static let wife = Handover(recipientKind: .familyMember, recipientName: "Siti", relation: "istri")

  init() throws {
    directory = try TemporaryDirectory()
    store = try directory.openStore()
    courier = try store.addCourier(
      Fixture.newCourier("Budi"), by: Fixture.user, at: Fixture.time(7)
    ).id
  }

  /// Brings request `serial` to delivered, handed to the resident.
  func delivered(_ serial: Int, desa: Int = 0) throws -> DeliveryRequest {
    let ready = try store.readyRequest(serial, desa: desa)
    try store.dispatch(ready.id, courier: courier)
    return try store.apply(
      .deliver(Fixture.resident), to: ready.id, expectedVersion: nil, by: .operator("courier1"),
      at: Fixture.time(11))
  }

  func correct(_ correction: Correction, of id: Int64, expectedVersion: Int? = nil) throws
    -> DeliveryRequest
  {
    try store.correct(
      correction, of: id, expectedVersion: expectedVersion, by: Fixture.user,
      at: Fixture.time(14))
  }

  /// Returns the error `correct` throws, or nil when it succeeds.
  func correctionError(_ correction: Correction, of id: Int64, expectedVersion: Int? = nil)
    -> StoreError?
  {
    do throws(StoreError) {
      _ = try store.correct(
        correction, of: id, expectedVersion: expectedVersion, by: Fixture.user,
        at: Fixture.time(14))
      return nil
    } catch {
      return error
    }
  }

  func pairs(_ event: RequestEvent?) -> [String: String] {
    var values: [String: String] = [:]
    for (key, value) in EventDetail.parse(event?.detail ?? "") ?? [] { values[key] = value }
    return values
  }

  // MARK: Recipient

  @Test("recipient correction updates handover")
  func recipient() throws {
    let request = try delivered(1)
    let before = try store.requestDetail(id: request.id)
    let deliverEvent = try #require(before.events.last)
    #expect(deliverEvent.action == .deliver)
    #expect(before.request.handover == Fixture.resident)

    let corrected = try correct(.recipient(Self.wife), of: request.id)
    #expect(corrected.handover == Self.wife)
    #expect(corrected.state == .delivered)
    #expect(corrected.version == request.version + 1)
    #expect(corrected.deliveredAt == request.deliveredAt)
    #expect(corrected.courierID == request.courierID)

    let after = try store.requestDetail(id: request.id)
    #expect(after.request == corrected)
    #expect(after.events.count == before.events.count + 1)
    #expect(Array(after.events.prefix(before.events.count)) == before.events)
    let event = try #require(after.events.last)
    #expect(event.action == .correct)
    #expect(event.from == .delivered)
    #expect(event.to == .delivered)
    #expect(event.correctsEventID == deliverEvent.id)
    #expect(event.user == Fixture.user.user)
    #expect(event.time == Fixture.time(14))
    let values = pairs(event)
    #expect(values["field"] == "recipient")
    #expect(values["old-recipient"] == "resident")
    #expect(values["old-name"] == "Warga")
    #expect(values["old-relation"] == nil)
    #expect(values["recipient"] == "family-member")
    #expect(values["name"] == "Siti")
    #expect(values["relation"] == "istri")
  }

  @Test("second recipient correction names the first as old")
  func recipientTwice() throws {
    let request = try delivered(1)
    let deliverEvent = try #require(try store.requestDetail(id: request.id).events.last)
    _ = try correct(.recipient(Self.wife), of: request.id)
    let proxy = Handover(recipientKind: .proxy, recipientName: "Joko", relation: "tetangga")
    let corrected = try correct(.recipient(proxy), of: request.id)

    #expect(corrected.handover == proxy)
    let event = try #require(try store.requestDetail(id: request.id).events.last)
    #expect(event.correctsEventID == deliverEvent.id)
    let values = pairs(event)
    #expect(values["old-recipient"] == "family-member")
    #expect(values["old-name"] == "Siti")
    #expect(values["old-relation"] == "istri")
    #expect(values["name"] == "Joko")
  }

  @Test("old-card flag correction is recorded")
  func oldCardFlag() throws {
    var new = Fixture.newRequest(1)
    new.isReplacement = true
    let created = try store.createRequest(new, by: Fixture.user, at: Fixture.time(7))
    _ = try store.apply(
      .sendToDukcapil, to: created.id, expectedVersion: nil, by: Fixture.user, at: Fixture.time(7))
    _ = try store.apply(
      .markReady, to: created.id, expectedVersion: nil, by: Fixture.user, at: Fixture.time(8))
    try store.dispatch(created.id, courier: courier)
    _ = try store.apply(
      .deliver(Fixture.resident), to: created.id, expectedVersion: nil, by: .operator("courier1"),
      at: Fixture.time(11))

    var returned = Fixture.resident
    returned.oldCardReturned = true
    let corrected = try correct(.recipient(returned), of: created.id)
    #expect(corrected.handover?.oldCardReturned == true)
    // The only change is the flag, so the event must carry it or it leaves no trace.
    let values = pairs(try store.requestDetail(id: created.id).events.last)
    #expect(values["old-old-card-returned"] == "no")
    #expect(values["old-card-returned"] == "yes")
  }

  @Test(
    "recipient of undelivered request rejected",
    arguments: [
      RequestState.received, .ready, .outForDelivery, .cancelled,
    ])
  func recipientNotDelivered(state: RequestState) throws {
    var request = try store.readyRequest(1)
    switch state {
    case .received:
      request = try store.createRequest(
        Fixture.newRequest(2), by: Fixture.user, at: Fixture.time(8))
    case .outForDelivery:
      request = try store.dispatch(request.id, courier: courier)
    case .cancelled:
      request = try store.apply(
        .cancel(reason: "meninggal"), to: request.id, expectedVersion: nil, by: Fixture.user,
        at: Fixture.time(9))
    default:
      break
    }
    let events = try store.storedEvents()

    let error = correctionError(.recipient(Self.wife), of: request.id)
    guard case .invalid(let message) = error else {
      Issue.record("expected .invalid, got \(String(describing: error))")
      return
    }
    #expect(message.contains(request.number.description))
    #expect(message.contains(state.rawValue))
    #expect(try store.storedEvents() == events)
    #expect(try store.requestDetail(id: request.id).request == request)
  }

  @Test("family member without relation rejected")
  func recipientWithoutRelation() throws {
    let request = try delivered(1)
    let events = try store.storedEvents()

    let sister = Handover(recipientKind: .familyMember, recipientName: "Ani", relation: " ")
    #expect(
      correctionError(.recipient(sister), of: request.id)
        == .rejected(.missingField(request: request.number, action: .deliver, field: .relation)))
    let nameless = Handover(recipientKind: .resident, recipientName: "")
    #expect(
      correctionError(.recipient(nameless), of: request.id)
        == .rejected(
          .missingField(request: request.number, action: .deliver, field: .recipientName)))
    #expect(try store.storedEvents() == events)
    #expect(try store.requestDetail(id: request.id).request == request)
  }

  // MARK: Address

  @Test("address correction moves desa")
  func addressMovesDesa() throws {
    let slorok = Kromengan.kecamatan.desa[0]
    let ngadirejo = Kromengan.kecamatan.desa[2]
    let moving = try store.readyRequest(1, desa: 0)
    _ = try store.readyRequest(2, desa: 0)
    let done = try delivered(3, desa: 0)
    let totals = try store.totals(on: Fixture.day)
    #expect(
      try store.desaLoads(on: Fixture.day) == [
        DesaLoad(desaCode: slorok.code, pending: 2, deliveredOnDay: 1, deliveredInMonth: 1)
      ])

    let dusun = ngadirejo.dusun[1]
    let rw = dusun.rukunWarga[0]
    let address = Address(
      desaCode: ngadirejo.code, dusun: dusun.name, rw: rw.number, rt: rw.rukunTetangga[1],
      street: "Jl. Dadapan 4")
    let corrected = try correct(.address(address), of: moving.id)
    #expect(corrected.resident.address == address)
    #expect(corrected.version == moving.version + 1)
    #expect(corrected.state == .ready)

    #expect(
      try store.desaLoads(on: Fixture.day) == [
        DesaLoad(desaCode: slorok.code, pending: 1, deliveredOnDay: 1, deliveredInMonth: 1),
        DesaLoad(desaCode: ngadirejo.code, pending: 1, deliveredOnDay: 0, deliveredInMonth: 0),
      ])
    #expect(try store.requestCounters() == store.countedRequests())
    #expect(try store.totals(on: Fixture.day) == totals)
    let queue = QueueQuery(desaCode: ngadirejo.code)
    #expect(try store.queue(queue, offset: 0, limit: 10).rows.map(\.id) == [moving.id])
    #expect(try store.queue(queue, offset: 0, limit: 10).total == 1)

    let event = try #require(try store.requestDetail(id: moving.id).events.last)
    #expect(event.action == .correct)
    #expect(event.from == .ready)
    #expect(event.to == .ready)
    let create = try #require(try store.requestDetail(id: moving.id).events.first)
    #expect(event.correctsEventID == create.id)
    let values = pairs(event)
    #expect(values["field"] == "address")
    #expect(values["old"]?.contains(slorok.code) == true)
    #expect(values["new"]?.contains(ngadirejo.code) == true)
    #expect(values["new"]?.contains("Jl. Dadapan 4") == true)
    #expect(try store.requestDetail(id: done.id).request.resident.address == Fixture.address())
  }

  @Test("address correction moves every request of resident")
  func addressMovesAllRequests() throws {
    let ktp = try store.readyRequest(1, desa: 0)
    let kk = try store.createRequest(
      Fixture.newRequest(1, desa: 0, document: .kk), by: Fixture.user, at: Fixture.time(9))
    let jambuwer = Kromengan.kecamatan.desa[5]
    let dusun = jambuwer.dusun[0]
    let address = Address(
      desaCode: jambuwer.code, dusun: dusun.name, rw: dusun.rukunWarga[0].number,
      rt: dusun.rukunWarga[0].rukunTetangga[0])
    _ = try correct(.address(address), of: ktp.id)

    #expect(try store.requestDetail(id: kk.id).request.resident.address == address)
    #expect(
      try store.integers("SELECT count(*) FROM request WHERE desa_code = '\(jambuwer.code)'")
        == [[2]])
    #expect(try store.requestCounters() == store.countedRequests())
  }

  @Test("invalid address parts rejected")
  func invalidAddress() throws {
    let request = try store.readyRequest(1, desa: 0)
    let events = try store.storedEvents()
    let counters = try store.requestCounters()
    let peniwen = Kromengan.kecamatan.desa[4]
    let dusun = peniwen.dusun[0]
    let rw = dusun.rukunWarga[0]
    let valid = Address(
      desaCode: peniwen.code, dusun: dusun.name, rw: rw.number, rt: rw.rukunTetangga[0])
    // RT numbers count up across the desa, so the next RW's first RT is not in this RW.
    let otherRT = try #require(peniwen.rukunWarga.dropFirst().first?.rukunTetangga.first)

    var unknownDesa = valid
    unknownDesa.desaCode = "35.07.31.2099"
    var outsideKecamatan = valid
    outsideKecamatan.desaCode = "35.07.30.2001"
    var unknownDusun = valid
    unknownDusun.dusun = "Sukamaju"
    var otherDesaDusun = valid
    otherDesaDusun.dusun = Kromengan.kecamatan.desa[0].dusun[0].name
    var unknownRW = valid
    unknownRW.rw = 99
    var unknownRT = valid
    unknownRT.rt = 999
    var rtOfOtherRW = valid
    rtOfOtherRW.rt = otherRT

    let cases: [(Address, [String])] = [
      (unknownDesa, ["desa", "35.07.31.2099"]),
      (outsideKecamatan, ["desa", "35.07.30.2001"]),
      (unknownDusun, ["dusun", "Sukamaju", peniwen.name]),
      (otherDesaDusun, ["dusun", otherDesaDusun.dusun]),
      (unknownRW, ["RW 99", dusun.name]),
      (unknownRT, ["RT 999", "RW \(rw.number)"]),
      (rtOfOtherRW, ["RT \(otherRT)", "RW \(rw.number)"]),
    ]
    for (address, words) in cases {
      let error = correctionError(.address(address), of: request.id)
      guard case .invalid(let message) = error else {
        Issue.record("expected .invalid for \(address), got \(String(describing: error))")
        continue
      }
      for word in words {
        #expect(message.contains(word), "\(message) should name \(word)")
      }
    }
    #expect(try store.storedEvents() == events)
    #expect(try store.requestCounters() == counters)
    #expect(try store.requestDetail(id: request.id).request == request)
    #expect(correctionError(.address(valid), of: request.id) == nil)
  }

  // MARK: Name and phone

  @Test("name correction")
  func name() throws {
    let request = try store.readyRequest(1)
    let corrected = try correct(.residentName("  Siti Rahayu "), of: request.id)

    #expect(corrected.resident.name == "Siti Rahayu")
    #expect(try store.pendingQueue(offset: 0, limit: 1).rows.first?.residentName == "Siti Rahayu")
    let event = try #require(try store.requestDetail(id: request.id).events.last)
    let values = pairs(event)
    #expect(values["field"] == "name")
    #expect(values["old"] == "Warga 1")
    #expect(values["new"] == "Siti Rahayu")
    #expect(event.correctsEventID == (try store.requestDetail(id: request.id).events.first?.id))
  }

  @Test("empty name rejected")
  func emptyName() throws {
    let request = try store.readyRequest(1)
    let events = try store.storedEvents()
    let error = correctionError(.residentName(" \n"), of: request.id)
    guard case .invalid(let message) = error else {
      Issue.record("expected .invalid, got \(String(describing: error))")
      return
    }
    #expect(message.contains("name"))
    #expect(try store.storedEvents() == events)
  }

  @Test("unchanged correction rejected")
  func unchangedValue() throws {
    let request = try store.readyRequest(1)
    let events = try store.storedEvents()
    let resident = request.resident
    let corrections: [Correction] = [
      .residentName(" \(resident.name) "), .phone(resident.phone), .kk(resident.kk),
      .address(resident.address),
    ]

    for correction in corrections {
      let error = correctionError(correction, of: request.id)
      guard case .invalid(let message) = error else {
        Issue.record("expected .invalid for \(correction), got \(String(describing: error))")
        continue
      }
      #expect(message.contains("nothing to correct"), "\(message)")
      #expect(message.contains(request.number.description), "\(message)")
    }
    #expect(try store.storedEvents() == events)
  }

  @Test("placeholder KK correction rejected")
  func placeholderKK() throws {
    let request = try store.readyRequest(1)
    let events = try store.storedEvents()

    let error = correctionError(.kk(try KKNumber(SQLStore.placeholderKK)), of: request.id)

    guard case .invalid(let message) = error else {
      Issue.record("expected .invalid, got \(String(describing: error))")
      return
    }
    #expect(message.contains("province code 00"), "\(message)")
    #expect(try store.storedEvents() == events)
  }

  @Test("phone correction and removal")
  func phone() throws {
    let request = try store.readyRequest(1)
    let old = try #require(request.resident.phone)
    let new = try PhoneNumber("0857-2222-3333")
    let corrected = try correct(.phone(new), of: request.id)

    #expect(corrected.resident.phone == new)
    var values = pairs(try store.requestDetail(id: request.id).events.last)
    #expect(values["field"] == "phone")
    #expect(values["old"] == old.shortened)
    #expect(values["new"] == new.shortened)
    // The event, like the log, keeps no full number.
    let details = try store.texts("SELECT detail FROM request_event")
    #expect(!details.contains { $0.contains(new.e164) || $0.contains(old.e164) })

    let removed = try correct(.phone(nil), of: request.id)
    #expect(removed.resident.phone == nil)
    values = pairs(try store.requestDetail(id: request.id).events.last)
    #expect(values["old"] == new.shortened)
    #expect(values["new"] == nil)
  }

  // MARK: Versions and history

  @Test("stale version is a conflict")
  func staleVersion() throws {
    let request = try store.readyRequest(1)
    _ = try correct(.residentName("Warga Satu"), of: request.id)
    let events = try store.storedEvents()

    #expect(
      correctionError(.residentName("Warga Esa"), of: request.id, expectedVersion: request.version)
        == .conflict(request: request.number, expectedVersion: request.version, current: .ready))
    #expect(try store.storedEvents() == events)
    #expect(try store.requestDetail(id: request.id).request.resident.name == "Warga Satu")
    #expect(
      correctionError(
        .residentName("Warga Esa"), of: request.id, expectedVersion: request.version + 1) == nil)
  }

  @Test("unknown request not found")
  func unknownRequest() throws {
    #expect(
      correctionError(.residentName("X Y Z"), of: 999) == .notFound(entity: "request", id: 999))
  }

  @Test("history never rewritten")
  func historyKept() throws {
    let request = try delivered(1)
    _ = try store.readyRequest(2)
    var earlier = try store.storedEvents()
    let jatikerto = Kromengan.kecamatan.desa[1]
    let dusun = jatikerto.dusun[0]
    let corrections: [Correction] = [
      .recipient(Self.wife), .residentName("Warga Pertama"), .phone(try PhoneNumber("0899123456")),
      .address(
        Address(
          desaCode: jatikerto.code, dusun: dusun.name, rw: dusun.rukunWarga[0].number,
          rt: dusun.rukunWarga[0].rukunTetangga[0])),
      .phone(nil), .recipient(Fixture.resident),
    ]
    for correction in corrections {
      _ = try correct(correction, of: request.id)
      let now = try store.storedEvents()
      #expect(now.count == earlier.count + 1, "\(correction)")
      #expect(Array(now.prefix(earlier.count)) == earlier, "\(correction)")
      earlier = now
    }
    #expect(try store.requestCounters() == store.countedRequests())
  }
}

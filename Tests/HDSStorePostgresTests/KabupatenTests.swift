// The kabupaten's view of a PostgreSQL database: the HDS schemas listed with their
// kecamatan codes, a code claimed twice rejected, the kabupaten's totals equal to the
// sum of each store's, and a switched schema kept across a server restart. Each test
// starts a server of its own, because every other test's schema on the shared server is
// an HDS store of Kromengan too.

import Foundation
import HDSCore
import Testing

@testable import HDSStorePostgres
@testable import HDSStoreSQL

// One test at a time: each starts a server (initdb and all), and several at once starve
// the suite's terminal tests on a 2-core machine.
@Suite("PostgreSQL kabupaten stores", .enabled(if: TestServer.isConfigured), .serialized)
struct KabupatenTests {
  private static let actor = Actor.operator("operator1")
  private static let day = CalendarDay(year: 2026, month: 12, day: 4)

  private static func time(_ hour: Int, _ minute: Int = 0) -> Date {
    day.start.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
  }

  /// Returns `url` with the schema as its search_path.
  private static func url(_ url: String, schema: String) -> String {
    url + (url.contains("?") ? "&" : "?") + "options=-csearch_path%3D" + schema
  }

  /// Opens a new HDS store in a new schema of the server and sets its kecamatan code. A
  /// kecamatan other than Kromengan gets a synthetic region of one desa, because a store
  /// takes addresses only in its own kecamatan's desa.
  private static func store(
    _ server: PrivateServer, schema: String, code: KecamatanCode?
  ) throws -> PostgresStore {
    let admin = try PostgresConnection(url: server.url)
    try admin.execute("CREATE SCHEMA \(schema)", context: "creating schema \(schema)")
    let store = try PostgresStore(
      url: url(server.url, schema: schema), officeDirectory: NSTemporaryDirectory())
    if let code { try store.setKecamatanCode(code, by: actor, at: time(7)) }
    if let code, code != .kromengan {
      let region = """
        kecamatan;\(code);\(code.name);
        desa;\(code).2001;Desa Contoh 1;-8.13;112.57;100;110;210;70
        dusun;\(code).2001;Dusun Contoh A;;;no
        rt;\(code).2001;Dusun Contoh A;1;1
        """
      _ = try store.importRegion(Array(region.utf8), by: actor, at: time(7))
    }
    return store
  }

  /// Creates `count` ready requests, the first `delivered` of them handed over on `day`.
  private static func fill(_ store: PostgresStore, ready count: Int, delivered: Int) throws {
    let desa = try #require(try store.kecamatan().desa.first)
    let courier = try store.addCourier(
      NewCourier(
        name: "Kurir", phone: try PhoneNumber("081298765432"), vehicle: "motor",
        homeDesaCode: desa.code, dailyCapacity: 20),
      by: actor, at: time(7))
    for serial in 1...count {
      let nik = try NIK("3507311508900" + String(format: "%03d", serial))
      let resident = Resident(
        nik: nik, name: "Warga \(serial)", kk: try KKNumber("3507310101200001"), phone: nil,
        address: Address(
          desaCode: desa.code, dusun: desa.dusun[0].name, rw: desa.rukunWarga[0].number,
          rt: desa.rukunWarga[0].rukunTetangga[0]))
      let request = try store.createRequest(
        NewRequest(resident: resident, document: .ktpEl, note: ""), by: actor, at: time(8))
      for action in [RequestAction.sendToDukcapil, .markReady] {
        _ = try store.apply(action, to: request.id, expectedVersion: nil, by: actor, at: time(8))
      }
      guard serial <= delivered else { continue }
      let handover = Handover(recipientKind: .resident, recipientName: "Warga \(serial)")
      for action in [
        RequestAction.assign(courierID: courier.id, day: day), .dispatch, .deliver(handover),
      ] {
        _ = try store.apply(action, to: request.id, expectedVersion: nil, by: actor, at: time(10))
      }
    }
  }

  @Test("stores are listed with codes, and the sum is the kabupaten's")
  func listsStoresAndSums() throws {
    let server = try PrivateServer()
    defer { server.stop() }
    let kromengan = try Self.store(server, schema: "kromengan", code: nil)
    let kepanjen = try Self.store(
      server, schema: "kepanjen", code: try KecamatanCode(parsing: "35.07.13"))
    try Self.fill(kromengan, ready: 3, delivered: 1)
    try Self.fill(kepanjen, ready: 4, delivered: 2)

    let figures = try kromengan.kabupatenFigures(on: Self.day)
    #expect(figures.kecamatan.map(\.code.description) == ["35.07.13", "35.07.31"])
    #expect(figures.kecamatan.map(\.schema) == ["kepanjen", "kromengan"])
    #expect(figures.kecamatan.map(\.code.name) == ["Kepanjen", "Kromengan"])
    // Each store's own totals, read through its own schema, match its line.
    for (store, code) in [(kromengan, "35.07.31"), (kepanjen, "35.07.13")] {
      let totals = try store.totals(on: Self.day)
      let line = try #require(figures.kecamatan.first { $0.code.description == code })
      #expect(line.pending == totals.pending)
      #expect(line.deliveredOnDay == totals.deliveredOnDay)
      #expect(line.openComplaints == totals.openComplaints)
    }
    #expect(figures.pending == 2 + 2)
    #expect(figures.deliveredOnDay == 1 + 2)
    #expect(figures.pending == figures.kecamatan.map(\.pending).reduce(0, +))
    #expect(figures.deliveredOnDay == figures.kecamatan.map(\.deliveredOnDay).reduce(0, +))
    #expect(try kepanjen.kecamatanCode().description == "35.07.13")
  }

  @Test("two schemas with one code are set apart")
  func duplicateCodeSetApart() throws {
    let server = try PrivateServer()
    defer { server.stop() }
    let first = try Self.store(server, schema: "office_a", code: nil)
    // A second store without a code is Kromengan's too, as a move of another office's
    // SQLite store that never set its code would be.
    _ = try Self.store(server, schema: "office_b", code: nil)
    let kepanjen = try Self.store(
      server, schema: "kepanjen", code: try KecamatanCode(parsing: "35.07.13"))
    try Self.fill(kepanjen, ready: 2, delivered: 0)
    try Self.fill(first, ready: 3, delivered: 0)

    // Neither store of 35.07.31 can be told to be Kromengan's, so both are left out of the
    // list and the sums, and the others are read as before.
    let figures = try first.kabupatenFigures(on: Self.day)
    #expect(figures.kecamatan.map(\.schema) == ["kepanjen"])
    #expect(
      figures.conflicts == [KecamatanConflict(code: .kromengan, schemas: ["office_a", "office_b"])])
    #expect(figures.pending == 2)
    let message = PostgresStore.describe(figures.conflicts[0])
    #expect(message.contains("office_a and office_b"))
    #expect(message.contains("35.07.31"))
    #expect(message.contains("hds settings --kecamatan"))

    let viewer = try PostgresStore(
      url: Self.url(server.url, schema: "kepanjen"), readOnly: true,
      officeDirectory: NSTemporaryDirectory())
    let error = storeError { () throws(StoreError) in try viewer.switchKecamatan(to: .kromengan) }
    guard case .invalid(let reason) = error else {
      Issue.record("expected .invalid, got \(String(describing: error))")
      return
    }
    #expect(reason.contains("office_a and office_b"))
  }

  @Test("a code another schema claims cannot be set")
  func claimedCodeRejected() throws {
    let server = try PrivateServer()
    defer { server.stop() }
    let kepanjenCode = try KecamatanCode(parsing: "35.07.13")
    _ = try Self.store(server, schema: "kepanjen", code: kepanjenCode)
    let other = try Self.store(
      server, schema: "pakis", code: try KecamatanCode(parsing: "35.07.18"))

    let error = storeError { () throws(StoreError) in
      try other.setKecamatanCode(kepanjenCode, by: Self.actor, at: Self.time(9))
    }
    guard case .invalid(let reason) = error else {
      Issue.record("expected .invalid, got \(String(describing: error))")
      return
    }
    #expect(reason.contains("schema kepanjen"))
    #expect(try other.kecamatanCode().description == "35.07.18")
    // Setting the code a store has already changes nothing and passes.
    try other.setKecamatanCode(
      try KecamatanCode(parsing: "35.07.18"), by: Self.actor, at: Self.time(9))
  }

  @Test("a change in another schema moves the kabupaten token only")
  func kabupatenTokenCountsEverySchema() throws {
    let server = try PrivateServer()
    defer { server.stop() }
    let viewerSchema = try Self.store(server, schema: "kromengan", code: nil)
    let other = try Self.store(
      server, schema: "kepanjen", code: try KecamatanCode(parsing: "35.07.13"))
    let viewer = try PostgresStore(
      url: Self.url(server.url, schema: viewerSchema.currentSchema), readOnly: true,
      officeDirectory: NSTemporaryDirectory())
    let token = try viewer.changeToken()
    let kabupatenToken = try viewer.kabupatenChangeToken()
    try Self.fill(other, ready: 1, delivered: 0)
    var moved = kabupatenToken
    for _ in 0..<50 where moved == kabupatenToken {
      Thread.sleep(forTimeInterval: 0.1)
      moved = try viewer.kabupatenChangeToken()
    }
    #expect(moved != kabupatenToken)
    #expect(try viewer.changeToken() == token)
  }

  @Test("a switched schema is kept across a restart")
  func switchSurvivesRestart() throws {
    let server = try PrivateServer()
    defer { server.stop() }
    let kromengan = try Self.store(server, schema: "kromengan", code: nil)
    let kepanjen = try Self.store(
      server, schema: "kepanjen", code: try KecamatanCode(parsing: "35.07.13"))
    try Self.fill(kromengan, ready: 1, delivered: 0)
    try Self.fill(kepanjen, ready: 5, delivered: 0)
    let viewer = try PostgresStore(
      url: Self.url(server.url, schema: "kromengan"), readOnly: true,
      officeDirectory: NSTemporaryDirectory())
    #expect(try viewer.totals(on: Self.day).pending == 1)

    try viewer.switchKecamatan(to: try KecamatanCode(parsing: "35.07.13"))
    #expect(try viewer.kecamatanCode().description == "35.07.13")
    #expect(try viewer.totals(on: Self.day).pending == 5)
    let unknown = storeError { () throws(StoreError) in
      try viewer.switchKecamatan(to: try! KecamatanCode(parsing: "35.07.01"))
    }
    #expect(unknown.map { "\($0)" }?.contains("Donomulyo") == true)
    #expect(viewer.currentSchema == "kepanjen")

    try server.restart()
    let deadline = Date().addingTimeInterval(10)
    var pending: Int?
    while pending == nil, Date() < deadline {
      pending = try? viewer.totals(on: Self.day).pending
      if pending == nil { Thread.sleep(forTimeInterval: 0.3) }
    }
    #expect(pending == 5)
    #expect(try viewer.kecamatanCode().description == "35.07.13")
    #expect(viewer.currentSchema == "kepanjen")
  }

  @Test("stores at other versions are listed but not summed")
  func otherVersionsListed() throws {
    let server = try PrivateServer()
    defer { server.stop() }
    let kromengan = try Self.store(server, schema: "kromengan", code: nil)
    try Self.fill(kromengan, ready: 3, delivered: 1)
    // An office still on an older HDS: version 5 has no delivery_count yet.
    let admin = try PostgresConnection(url: server.url)
    try admin.execute("CREATE SCHEMA kepanjen", context: "creating schema kepanjen")
    let older = try PostgresConnection(url: Self.url(server.url, schema: "kepanjen"))
    try PostgresSchema.migrate(older, to: 5)
    try older.execute(
      "INSERT INTO setting (key, value) VALUES ('kecamatan_code', '35.07.13')",
      context: "setting the kecamatan code")
    // An office already on a newer HDS.
    let newer = try Self.store(
      server, schema: "ngajum", code: try KecamatanCode(parsing: "35.07.20"))
    try Self.fill(newer, ready: 2, delivered: 0)
    try admin.execute(
      "UPDATE ngajum.hds_schema SET version = version + 1", context: "raising the version")

    let figures = try kromengan.kabupatenFigures(on: Self.day)
    #expect(figures.kecamatan.map(\.code.description) == ["35.07.13", "35.07.20", "35.07.31"])
    #expect(figures.kecamatan.map(\.otherVersion) == [5, PostgresStore.schemaVersion + 1, nil])
    #expect(figures.kecamatan[0].pending == 0)
    #expect(figures.kecamatan[1].pending == 0)
    #expect(figures.kecamatan[2].pending == 2)
    // The sums are Kromengan's alone.
    #expect(figures.pending == 2)
    #expect(figures.deliveredOnDay == 1)

    let viewer = try PostgresStore(
      url: Self.url(server.url, schema: "kromengan"), readOnly: true,
      officeDirectory: NSTemporaryDirectory())
    for text in ["35.07.13", "35.07.20"] {
      let code = try KecamatanCode(parsing: text)
      let error = storeError { () throws(StoreError) in try viewer.switchKecamatan(to: code) }
      guard case .incompatible(_, let reason) = error else {
        Issue.record("expected .incompatible for \(text), got \(String(describing: error))")
        continue
      }
      #expect(reason.contains("schema version"), "\(reason)")
    }
    #expect(viewer.currentSchema == "kromengan")
    #expect(try viewer.totals(on: Self.day).pending == 2)
  }

  @Test("schemas dropped during a read are skipped")
  func droppedDuringRead() throws {
    let server = try PrivateServer()
    defer { server.stop() }
    let kromengan = try Self.store(server, schema: "kromengan", code: nil)
    try Self.fill(kromengan, ready: 2, delivered: 0)
    let viewer = try PostgresStore(
      url: Self.url(server.url, schema: "kromengan"), readOnly: true,
      officeDirectory: NSTemporaryDirectory())

    // Another session creates and drops schemas that look like HDS stores, as fast as it
    // can, while the viewer reads every schema and the office sets its code.
    let url = server.url
    let done = DispatchSemaphore(value: 0)
    let stop = Flag()
    Thread.detachNewThread {
      defer { done.signal() }
      guard let churn = try? PostgresConnection(url: url) else { return }
      var round = 0
      while !stop.isSet {
        round += 1
        let name = "passing_\(round % 4)"
        try? churn.execute(
          """
          CREATE SCHEMA \(name);
          CREATE TABLE \(name).hds_schema (version integer);
          INSERT INTO \(name).hds_schema VALUES (1);
          CREATE TABLE \(name).setting (key text, value text);
          INSERT INTO \(name).setting VALUES ('kecamatan_code', '35.07.0\(round % 4 + 1)');
          """, context: "creating a passing schema")
        try? churn.execute("DROP SCHEMA \(name) CASCADE", context: "dropping it")
      }
    }
    defer {
      stop.set()
      done.wait()
    }
    for index in 0..<150 {
      let figures = try viewer.kabupatenFigures(on: Self.day)
      #expect(figures.figures(of: .kromengan)?.pending == 2)
      if index % 10 == 0 {
        try kromengan.setKecamatanCode(.kromengan, by: Self.actor, at: Self.time(9))
        try kromengan.setMaxAttempts(2 + index % 20 / 10, by: Self.actor, at: Self.time(9))
      }
    }
  }
}

/// A flag one thread sets and another reads.
private final class Flag: @unchecked Sendable {
  private let lock = NSLock()
  private var value = false

  var isSet: Bool { lock.withLock { value } }

  func set() { lock.withLock { value = true } }
}

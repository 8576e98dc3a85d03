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

  // MARK: Overdue requests

  /// The day of the overdue tests: Tuesday 8 December 2026.
  private static let tuesday = CalendarDay(year: 2026, month: 12, day: 8)

  /// A calendar in which Monday 7 December 2026 is a holiday, so that a document ready on
  /// Friday 4 December has had one working day by Tuesday 8 December.
  private static let holidayMonday = WorkingCalendar(
    holidays: [CalendarDay(year: 2026, month: 12, day: 7)], listedYears: [2026])

  /// Returns 09:00 WIB on 2026-12-`day`.
  private static func december(_ day: Int) -> Date {
    CalendarDay(year: 2026, month: 12, day: day).start.addingTimeInterval(9 * 3600)
  }

  /// Creates a request of `document` for resident number `serial`, received on 30
  /// November and ready at 09:00 WIB on 2026-12-`ready`; nil leaves it in process.
  @discardableResult
  private static func request(
    _ store: PostgresStore, serial: Int, _ document: DocumentKind, ready: Int?
  ) throws -> Int64 {
    let desa = try #require(try store.kecamatan().desa.first)
    let resident = Resident(
      nik: try NIK("3507311508900" + String(format: "%03d", serial)), name: "Warga \(serial)",
      kk: try KKNumber("3507310101200001"), phone: nil,
      address: Address(
        desaCode: desa.code, dusun: desa.dusun[0].name, rw: desa.rukunWarga[0].number,
        rt: desa.rukunWarga[0].rukunTetangga[0]))
    let received = CalendarDay(year: 2026, month: 11, day: 30).start.addingTimeInterval(8 * 3600)
    let request = try store.createRequest(
      NewRequest(resident: resident, document: document), by: actor, at: received)
    _ = try store.apply(
      .sendToDukcapil, to: request.id, expectedVersion: nil, by: actor, at: received)
    if let ready {
      _ = try store.apply(
        .markReady, to: request.id, expectedVersion: nil, by: actor, at: december(ready))
    }
    return request.id
  }

  /// Fills Kromengan's store and Kepanjen's, whose KTP-el target is 3 working days, with
  /// requests ready on known days. On Tuesday 8 December, with Monday 7 December a
  /// holiday, Kromengan has 5 pending, 3 of them overdue, and Kepanjen 5 pending, 2 of
  /// them overdue.
  private static func overdueStores(_ server: PrivateServer) throws
    -> (kromengan: PostgresStore, kepanjen: PostgresStore)
  {
    let kromengan = try store(server, schema: "kromengan", code: nil)
    let kepanjen = try store(
      server, schema: "kepanjen", code: try KecamatanCode(parsing: "35.07.13"))
    try kepanjen.setServiceTarget(3, for: .ktpEl, by: actor, at: time(7))

    // Kromengan, 1 working day for every kind. Ready on 1, 2 and 3 December: overdue.
    // Ready on Friday 4 December: one working day (Tuesday) by the 8th, within target.
    let courier = try kromengan.addCourier(
      NewCourier(
        name: "Kurir", phone: try PhoneNumber("081298765432"), vehicle: "motor",
        homeDesaCode: try #require(try kromengan.kecamatan().desa.first).code,
        dailyCapacity: 20),
      by: actor, at: time(7))
    let assigned = try request(kromengan, serial: 1, .ktpEl, ready: 1)
    _ = try kromengan.apply(
      .assign(courierID: courier.id, day: tuesday), to: assigned, expectedVersion: nil,
      by: actor, at: december(7))
    try request(kromengan, serial: 2, .ktpEl, ready: 2)
    try request(kromengan, serial: 3, .ktpEl, ready: 3)
    try request(kromengan, serial: 4, .ktpEl, ready: 4)
    try request(kromengan, serial: 5, .ktpEl, ready: 8)
    // Not pending: one delivered, one still at Dukcapil.
    let delivered = try request(kromengan, serial: 6, .ktpEl, ready: 1)
    let handover = Handover(recipientKind: .resident, recipientName: "Warga 6")
    for action in [
      RequestAction.assign(courierID: courier.id, day: CalendarDay(year: 2026, month: 12, day: 2)),
      .dispatch, .deliver(handover),
    ] {
      _ = try kromengan.apply(
        action, to: delivered, expectedVersion: nil, by: actor, at: december(2))
    }
    try request(kromengan, serial: 7, .ktpEl, ready: nil)

    // Kepanjen: a KTP-el ready on 1 December has had 4 working days (2, 3, 4 and 8
    // December), one more than its target, and one ready on the 2nd has had 3. A KK keeps
    // the default target of 1, so one ready on the 3rd is overdue and one of the 4th not.
    try request(kepanjen, serial: 1, .ktpEl, ready: 1)
    try request(kepanjen, serial: 2, .ktpEl, ready: 2)
    try request(kepanjen, serial: 3, .ktpEl, ready: 3)
    try request(kepanjen, serial: 4, .kk, ready: 3)
    try request(kepanjen, serial: 5, .kk, ready: 4)
    return (kromengan, kepanjen)
  }

  @Test("overdue requests are counted per kecamatan and summed")
  func overdueCountedAndSummed() throws {
    let server = try PrivateServer()
    defer { server.stop() }
    let (kromengan, kepanjen) = try Self.overdueStores(server)

    let figures = try kromengan.kabupatenFigures(on: Self.tuesday, calendar: Self.holidayMonday)
    let kepanjenLine = try #require(figures.figures(of: try KecamatanCode(parsing: "35.07.13")))
    let kromenganLine = try #require(figures.figures(of: .kromengan))
    #expect(kromenganLine.pending == 5)
    #expect(kromenganLine.overdue == 3)
    #expect(kepanjenLine.pending == 5)
    #expect(kepanjenLine.overdue == 2)
    #expect(figures.overdue == 5)
    #expect(figures.pending == 10)

    // The kecamatan's own summary counts the same requests overdue.
    for (store, line) in [(kromengan, kromenganLine), (kepanjen, kepanjenLine)] {
      let own = try store.pendingFigures(
        on: Self.tuesday, targets: try store.serviceTargets(), calendar: Self.holidayMonday)
      #expect(own.overdue == line.overdue, "\(line.schema)")
      #expect(own.pending == line.pending, "\(line.schema)")
    }

    // Without the holiday, Monday 7 December is a working day: Kromengan's document ready
    // on Friday, and Kepanjen's KTP-el of the 2nd and KK of the 3rd and 4th, are late too.
    let noHoliday = try kromengan.kabupatenFigures(on: Self.tuesday, calendar: WorkingCalendar())
    #expect(noHoliday.figures(of: .kromengan)?.overdue == 4)
    #expect(noHoliday.figures(of: try KecamatanCode(parsing: "35.07.13"))?.overdue == 4)
    #expect(noHoliday.overdue == 8)

    // A day earlier, on the holiday itself, fewer are late: nothing ready after Wednesday
    // 2 December has had more than one working day.
    let monday = CalendarDay(year: 2026, month: 12, day: 7)
    let onHoliday = try kromengan.kabupatenFigures(on: monday, calendar: Self.holidayMonday)
    #expect(onHoliday.figures(of: .kromengan)?.overdue == 2)
  }

  @Test("each store's own targets decide its overdue count")
  func ownTargetsDecide() throws {
    let server = try PrivateServer()
    defer { server.stop() }
    let (kromengan, kepanjen) = try Self.overdueStores(server)
    let kepanjenCode = try KecamatanCode(parsing: "35.07.13")

    // With Kepanjen's KTP-el target back at 1 day, its KTP-el of the 1st, 2nd and 3rd and
    // its KK of the 3rd are late. Kromengan's count does not change.
    try kepanjen.setServiceTarget(1, for: .ktpEl, by: Self.actor, at: Self.time(9))
    var figures = try kromengan.kabupatenFigures(on: Self.tuesday, calendar: Self.holidayMonday)
    #expect(figures.figures(of: kepanjenCode)?.overdue == 4)
    #expect(figures.figures(of: .kromengan)?.overdue == 3)
    #expect(figures.overdue == 7)

    // Kromengan's own 2-day target applies to Kromengan only: its documents of the 3rd
    // and 4th are then within target, those of the 1st and 2nd are not.
    try kromengan.setServiceTarget(2, for: .ktpEl, by: Self.actor, at: Self.time(9))
    figures = try kepanjen.kabupatenFigures(on: Self.tuesday, calendar: Self.holidayMonday)
    #expect(figures.figures(of: .kromengan)?.overdue == 2)
    #expect(figures.figures(of: kepanjenCode)?.overdue == 4)
    #expect(figures.overdue == 6)

    // A target that no hds settings would store is rejected with the schema it is in.
    let admin = try PostgresConnection(url: server.url)
    try admin.execute(
      "INSERT INTO kepanjen.setting (key, value) VALUES ('target.kk', '0')"
        + " ON CONFLICT (key) DO UPDATE SET value = '0'",
      context: "storing an invalid target")
    let error = storeError { () throws(StoreError) in
      _ = try kromengan.kabupatenFigures(on: Self.tuesday, calendar: Self.holidayMonday)
    }
    guard case .incompatible(let place, let reason) = error else {
      Issue.record("expected .incompatible, got \(String(describing: error))")
      return
    }
    #expect(place.contains("schema kepanjen"), "\(place)")
    #expect(reason.contains("target.kk"), "\(reason)")
  }

  @Test("a store whose requests the role may not read is left out")
  func unreadableRequestsLeftOut() throws {
    let server = try PrivateServer()
    defer { server.stop() }
    let (kromengan, _) = try Self.overdueStores(server)
    // The owner may take its own right to read a table, as a grant that leaves out
    // `request` would.
    let admin = try PostgresConnection(url: server.url)
    try admin.execute(
      "REVOKE SELECT ON kepanjen.request FROM CURRENT_USER", context: "revoking the read")

    let figures = try kromengan.kabupatenFigures(on: Self.tuesday, calendar: Self.holidayMonday)
    #expect(figures.kecamatan.map(\.schema) == ["kromengan"])
    #expect(figures.overdue == 3)
  }

  @Test("the overdue count reads pending rows through an index")
  func overdueQueryPlan() throws {
    let first = try TestSchema()
    defer { first.drop() }
    let second = try TestSchema()
    defer { second.drop() }
    // 10,000 requests in each schema, one in 200 of them pending: the shape of a
    // kecamatan's store, where most requests are delivered. The plan needs the rows and
    // their statistics, not the counter tables, so the triggers that keep those are off.
    for schema in [first, second] {
      let connection = try schema.connect()
      try PostgresSchema.migrate(connection)
      try connection.execute(
        """
        INSERT INTO resident (nik, name, kk, desa_code, dusun, rw, rt, street)
          SELECT '35073115089' || lpad(n::text, 5, '0'), 'Warga ' || n, '3507310101200001',
            '3507312001', 'Krajan', 1, 1, ''
          FROM generate_series(1, 100) AS n;
        ALTER TABLE request DISABLE TRIGGER USER;
        INSERT INTO request (year, serial, resident_id, desa_code, document, state, received_at,
            ready_at, delivered_at)
          SELECT 2026, n, 1 + n % 100, '3507312001',
            CASE WHEN n % 3 = 0 THEN 'kk' ELSE 'ktp-el' END,
            CASE WHEN n % 200 = 0 THEN 'ready' ELSE 'delivered' END,
            1764000000 + n * 2500.0, 1764100000 + n * 2500.0,
            CASE WHEN n % 200 = 0 THEN NULL ELSE 1764200000 + n * 2500.0 END
          FROM generate_series(1, 10000) AS n;
        ALTER TABLE request ENABLE TRIGGER USER;
        ANALYZE request;
        """, context: "filling \(schema.name)")
    }

    let admin = try PostgresConnection(url: try TestServer.requiredURL())
    let schemas = [try admin.quoteIdentifier(first.name), try admin.quoteIdentifier(second.name)]
    let sql = PostgresTranslation.translate(PostgresStore.figuresSQL(schemas)).sql
    let values = PostgresStore.figuresValues(
      day: Self.tuesday, targets: [ServiceTargets(), ServiceTargets(workingDays: [.kk: 3])],
      calendar: Self.holidayMonday)

    // The plan made for these values, as the first runs of a prepared statement get, and
    // the generic plan that PostgreSQL may keep for it after five runs.
    let custom = try admin.rows("EXPLAIN " + sql, values, context: "explaining") {
      (row) throws(StoreError) -> String in try row.text(0)
    }
    let types = values.map { value in
      if case .text = value { return "text" }
      return "float8"
    }
    try admin.execute(
      "PREPARE kabupaten_figures (\(types.joined(separator: ", "))) AS " + sql,
      context: "preparing")
    try admin.execute("SET plan_cache_mode = force_generic_plan", context: "forcing a generic plan")
    let arguments = values.map { value in
      switch value {
      case .text(let text): return "'\(text)'"
      default: return value.parameterText ?? "NULL"
      }
    }
    let generic = try admin.rows(
      "EXPLAIN EXECUTE kabupaten_figures(\(arguments.joined(separator: ", ")))",
      context: "explaining the generic plan"
    ) { (row) throws(StoreError) -> String in try row.text(0) }

    // Each schema's `request` is read through one of the two indexes whose entries are
    // the pending requests in age order: the partial index of the pending states, or the
    // index by state and age, read for the three pending states. In a synthetic database
    // of 33 schemas and 1,000,000 requests, PostgreSQL 15 picked the second for the
    // values and the first for the generic plan.
    for (name, plan) in [("custom", custom), ("generic", generic)] {
      let text = plan.joined(separator: "\n")
      let pendingReads = plan.filter {
        $0.contains("request_pending_by_age") || $0.contains("request_by_state_age")
      }
      #expect(pendingReads.count == 2, "\(name) plan:\n\(text)")
      #expect(!plan.contains { $0.contains("Seq Scan on request ") }, "\(name) plan:\n\(text)")
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

    let figures = try kromengan.kabupatenFigures(on: Self.day, calendar: WorkingCalendar())
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
    let figures = try first.kabupatenFigures(on: Self.day, calendar: WorkingCalendar())
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

    let figures = try kromengan.kabupatenFigures(on: Self.day, calendar: WorkingCalendar())
    #expect(figures.kecamatan.map(\.code.description) == ["35.07.13", "35.07.20", "35.07.31"])
    #expect(figures.kecamatan.map(\.otherVersion) == [5, PostgresStore.schemaVersion + 1, nil])
    #expect(figures.kecamatan[0].pending == 0)
    #expect(figures.kecamatan[1].pending == 0)
    #expect(figures.kecamatan[2].pending == 2)
    #expect(figures.kecamatan.map(\.overdue) == [0, 0, 0])
    // The sums are Kromengan's alone.
    #expect(figures.pending == 2)
    #expect(figures.deliveredOnDay == 1)
    #expect(figures.overdue == 0)
    // On Tuesday 8 December Kromengan's two documents ready on Friday the 4th are late.
    // Ngajum's two are too, but its store is at another version and stays out.
    let tuesday = try kromengan.kabupatenFigures(on: Self.tuesday, calendar: WorkingCalendar())
    #expect(tuesday.kecamatan.map(\.overdue) == [0, 0, 2])
    #expect(tuesday.overdue == 2)

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
      let figures = try viewer.kabupatenFigures(on: Self.day, calendar: WorkingCalendar())
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

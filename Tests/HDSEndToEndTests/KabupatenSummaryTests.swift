// `hds summary --kabupaten` run as the real binary against a PostgreSQL server of its own
// with three kecamatan stores. The tab-separated lines give each store's overdue requests
// by its own targets, leave a store at another schema version empty, and end with the
// kabupaten's sums.

import Foundation
import HDSCore
import Testing

@testable import HDSStorePostgres

@Suite("hds summary --kabupaten", .serialized)
struct KabupatenSummaryTests {
  private static let actor = Actor.operator("operator1")

  /// Returns `url` with `schema` as its search_path.
  private static func url(_ url: String, schema: String) -> String {
    url + (url.contains("?") ? "&" : "?") + "options=-csearch_path%3D" + schema
  }

  /// Opens a new store in a new schema of `server` with kecamatan `code`. A kecamatan
  /// other than Kromengan gets a synthetic region of one desa, so that it takes addresses.
  private static func store(
    _ server: ThrowawayServer, schema: String, code: KecamatanCode, directory: String
  ) throws -> PostgresStore {
    try PostgresConnection(url: server.url).execute(
      "CREATE SCHEMA \(schema)", context: "creating schema \(schema)")
    let store = try PostgresStore(
      url: url(server.url, schema: schema), officeDirectory: directory)
    guard code != .kromengan else { return store }
    try store.setKecamatanCode(code, by: actor, at: Date())
    let region = """
      kecamatan;\(code);\(code.name);
      desa;\(code).2001;Desa Contoh 1;-8.13;112.57;100;110;210;70
      dusun;\(code).2001;Dusun Contoh A;;;no
      rt;\(code).2001;Dusun Contoh A;1;1
      """
    _ = try store.importRegion(Array(region.utf8), by: actor, at: Date())
    return store
  }

  /// Creates a request of `document` for resident number `serial`, received 40 days ago
  /// and ready `daysAgo` days ago, at the first second of that WIB day.
  private static func ready(
    _ store: PostgresStore, serial: Int, _ document: DocumentKind, daysAgo: Int
  ) throws {
    let desa = try #require(try store.kecamatan().desa.first)
    let resident = Resident(
      nik: try NIK("3507311508900" + String(format: "%03d", serial)), name: "Warga \(serial)",
      kk: try KKNumber("3507310101200001"), phone: nil,
      address: Address(
        desaCode: desa.code, dusun: desa.dusun[0].name, rw: desa.rukunWarga[0].number,
        rt: desa.rukunWarga[0].rukunTetangga[0]))
    let today = CalendarDay(containing: Date())
    let received = today.adding(days: -40).start.addingTimeInterval(1)
    let request = try store.createRequest(
      NewRequest(resident: resident, document: document), by: actor, at: received)
    _ = try store.apply(
      .sendToDukcapil, to: request.id, expectedVersion: nil, by: actor, at: received)
    _ = try store.apply(
      .markReady, to: request.id, expectedVersion: nil, by: actor,
      at: today.adding(days: -daysAgo).start.addingTimeInterval(1))
  }

  @Test("lines give each kecamatan's overdue requests and the sum")
  func overdueColumn() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let server = try ThrowawayServer()
    defer { server.stop() }
    let data = directory.path("data")
    try FileManager.default.createDirectory(atPath: data, withIntermediateDirectories: true)

    // Requests ready 30 days ago have had 12 to 22 working days by any day of 2026 and 2027
    // with the shipped holiday lists, and 20 to 22 in a year without a list. With the
    // default target of 1 working day they are late, and with Kepanjen's KTP-el target of
    // 30 they are not. Requests ready today are within every target.
    let kromengan = try Self.store(server, schema: "kromengan", code: .kromengan, directory: data)
    try Self.ready(kromengan, serial: 1, .ktpEl, daysAgo: 30)
    try Self.ready(kromengan, serial: 2, .ktpEl, daysAgo: 30)
    try Self.ready(kromengan, serial: 3, .ktpEl, daysAgo: 0)
    let kepanjen = try Self.store(
      server, schema: "kepanjen", code: try KecamatanCode(parsing: "35.07.13"), directory: data)
    try kepanjen.setServiceTarget(30, for: .ktpEl, by: Self.actor, at: Date())
    try Self.ready(kepanjen, serial: 1, .ktpEl, daysAgo: 30)
    try Self.ready(kepanjen, serial: 2, .ktpEl, daysAgo: 30)
    try Self.ready(kepanjen, serial: 3, .kk, daysAgo: 30)
    try Self.ready(kepanjen, serial: 4, .kk, daysAgo: 0)
    // An office still on an older HDS, at schema version 5.
    let admin = try PostgresConnection(url: server.url)
    try admin.execute("CREATE SCHEMA ngajum", context: "creating schema ngajum")
    let older = try PostgresConnection(url: Self.url(server.url, schema: "ngajum"))
    try PostgresSchema.migrate(older, to: 5)
    try older.execute(
      "INSERT INTO setting (key, value) VALUES ('kecamatan_code', '35.07.20')",
      context: "setting the kecamatan code")

    let version = String(PostgresStore.schemaVersion)
    let expected = [
      "code\tkecamatan\tschema\tpending\tdelivered_on_day\topen_complaints\tschema_version\toverdue",
      "35.07.13\tKepanjen\tkepanjen\t4\t0\t0\t\(version)\t1",
      "35.07.20\tNgajum\tngajum\t\t\t\t5\t",
      "35.07.31\tKromengan\tkromengan\t3\t0\t0\t\(version)\t2",
      "35.07\tKabupaten Malang\t\t7\t0\t0\t\t3",
    ]
    var environment = ProcessInfo.processInfo.environment
    environment["HDS_STORE"] = nil
    // The URL names one kecamatan's schema, as a Dukcapil viewer's does, and the lines
    // cover every schema.
    let store = Self.url(server.url, schema: "kromengan")
    for language in [[], ["--lang", "en"]] {
      let result = try ChildProcess.run(
        try HDSBinary.url(),
        ["summary", "--kabupaten", "--data", data, "--store", store] + language,
        environment: environment)
      #expect(result.status == 0, "\(language): \(result.errorOutput)")
      let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        .map(String.init).filter { !$0.isEmpty }
      #expect(lines == expected, "\(language): \(result.output)")
    }
  }
}

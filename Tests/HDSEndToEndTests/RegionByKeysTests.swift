import Foundation
import HDSCore
import HDSStoreSQLite
import Testing

/// An office of another kecamatan than Kromengan at work: a store set to Kepanjen
/// (35.07.13) gets a region file with `hds region import`, and the dashboard then draws
/// its desa on the map and registers a request in one of them through the intake form.
///
/// The desa, dusun and people are synthetic ("Desa Contoh"), because no source for
/// Kepanjen's desa was at hand.
@Suite("Region by keys", .timeLimit(.minutes(2)))
struct RegionByKeysTests {
  static let region = """
    # Synthetic region of Kepanjen for tests; no real desa.
    kecamatan;35.07.13;Kepanjen;65163
    desa;35.07.13.2001;Desa Contoh 1;-8.130;112.570;100;110;210;70
    dusun;35.07.13.2001;Dusun Contoh A;-8.131;112.571;no
    rt;35.07.13.2001;Dusun Contoh A;1;1
    rt;35.07.13.2001;Dusun Contoh A;1;2
    desa;35.07.13.2002;Desa Contoh 2;-8.150;112.590;50;60;110;40
    dusun;35.07.13.2002;Dusun Contoh B;;;no
    rt;35.07.13.2002;Dusun Contoh B;1;1
    rt;35.07.13.2002;Dusun Contoh B;2;2
    desa;35.07.13.2003;Desa Contoh 3;-8.110;112.600;70;80;150;50
    dusun;35.07.13.2003;Dusun Contoh C;;;yes
    rt;35.07.13.2003;Dusun Contoh C;1;1

    """

  /// Synthetic values: a NIK of a woman born 25-12-1995 and a KK number, both first
  /// registered in Kepanjen.
  static let nik = "3507136512950123"
  static let kk = "3507132512150001"
  static let name = "Warga Contoh Kepanjen"

  @Test("Kepanjen store with imported region")
  func importAndRegister() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let hds = try HDSBinary.url()
    let data = directory.path("data")

    let setting = try ChildProcess.run(
      hds, ["settings", "--data", data, "--kecamatan", "35.07.13"])
    #expect(setting.status == 0, "\(setting.errorOutput)")

    // A file of another kecamatan's codes is rejected with the line and the fix.
    let kromengan = directory.path("kromengan.csv")
    try RegionFile.render(Kromengan.kecamatan).write(
      toFile: kromengan, atomically: true, encoding: .utf8)
    let rejected = try ChildProcess.run(hds, ["region", "import", kromengan, "--data", data])
    #expect(rejected.status == 1)
    #expect(rejected.errorOutput.contains("line 7: the file is for kecamatan 35.07.31"))

    let file = directory.path("kepanjen.csv")
    try Self.region.write(toFile: file, atomically: true, encoding: .utf8)
    let imported = try ChildProcess.run(hds, ["region", "import", file, "--data", data])
    #expect(imported.status == 0, "\(imported.errorOutput)")
    #expect(imported.output.contains("kecamatan: 35.07.13 Kepanjen"), "\(imported.output)")
    #expect(imported.output.contains("desa: 3\ndusun: 3\nrw: 4\nrt: 5\nresidents: 470"))

    let exported = try ChildProcess.run(hds, ["region", "export", "--data", data])
    #expect(exported.output == Self.region)

    let session = try Dashboard.start(data: data, in: directory, cols: 110, rows: 32)
    defer { session.kill() }
    try await session.waitFor("Kepanjen")

    // The map pane draws the three desa and the office.
    try session.sendKeys("3")
    let map = try await session.waitFor("Kantor")
    for name in ["Desa Contoh 1", "Desa Contoh 2", "Desa Contoh 3"] {
      #expect(map.contains(name), "the map lacks \(name):\n\(map)")
    }

    // Intake in Desa Contoh 2, Dusun Contoh B, RW 002, RT 002, from the queue pane,
    // because i on the map opens the selected desa.
    try session.sendKeys("1", "i")
    try await session.waitFor("Desa Contoh 1")
    for (index, value) in [Self.nik, Self.name, Self.kk, "0813-1111-2222"].enumerated() {
      if index > 0 { try session.sendKeys("Tab") }
      try session.sendLiteral(value)
    }
    try session.sendKeys("Tab", "Right")
    try await session.waitFor("‹ Desa Contoh 2 ›")
    try session.sendKeys("Tab", "Tab", "Right")
    try await session.waitFor("‹ 002 ›")
    try session.sendKeys("Enter")
    try await session.waitFor("Belum ada persyaratan yang dicentang.")
    try session.sendKeys("Enter")
    try await session.waitFor("didaftarkan untuk \(Self.name).")

    let store = try SQLiteStore.open(dataDirectory: data, readOnly: true)
    let page = try store.queue(QueueQuery(states: RequestState.allCases), offset: 0, limit: 10)
    #expect(page.rows.count == 1)
    let row = try #require(page.rows.first)
    let address = try store.requestDetail(id: row.id).request.resident.address
    #expect(address.desaCode == "35.07.13.2002")
    #expect(address.dusun == "Dusun Contoh B")
    #expect(address.rw == 2)
    #expect(address.rt == 2)
  }
}

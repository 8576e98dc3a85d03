// `hds courier` and `hds runsheet`, run as the built program on a demo store and on
// stores that the tests fill through the store's API.

import Foundation
import HDSCore
import Testing

@testable import HDSStoreSQLite

@Suite("Courier and run-sheet commands")
struct CourierCommandTests {
  private static let day = CalendarDay(year: 2026, month: 12, day: 4)

  private static func run(_ arguments: [String]) throws -> ProcessOutput {
    try ChildProcess.run(try HDSBinary.url(), arguments)
  }

  private static func time(_ hour: Int) -> Date {
    day.start.addingTimeInterval(TimeInterval(hour * 3600))
  }

  /// Returns the id and name of each row of `hds courier list` after the heading: "7 Siti Aminah".
  private static func listed(_ output: String) -> [String] {
    output.split(separator: "\n").dropFirst().map { line in
      line.components(separatedBy: "  ").map { $0.trimmingCharacters(in: .whitespaces) }
        .filter { !$0.isEmpty }.prefix(2).joined(separator: " ")
    }
  }

  // MARK: Couriers

  @Test("courier round trip")
  func courierRoundTrip() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)

    let before = try Self.run(["courier", "list", "--data", data])
    #expect(before.status == 0)
    #expect(before.output.hasPrefix("ID  Nama "))
    #expect(Self.listed(before.output).count == 6)

    let added = try Self.run([
      "courier", "add", "--data", data, "--name", "Siti Aminah", "--phone", "0813 1111 2222",
      "--home-desa", "PENIWEN", "--capacity", "12", "--days", "1-6",
    ])
    #expect(added.status == 0, "\(added.errorOutput)")
    #expect(added.output.hasPrefix("Added courier 7.\n"))
    let row = try #require(added.output.split(separator: "\n").last)
    #expect(row.contains("Siti Aminah"))
    #expect(row.contains("+62 813-1111-2222"))
    #expect(row.contains("Peniwen"))
    #expect(row.contains("Sen–Sab"))

    let edited = try Self.run([
      "courier", "edit", "siti", "--data", data, "--capacity", "20", "--no-phone",
      "--home-desa", "35.07.31.2002",
    ])
    #expect(edited.status == 0, "\(edited.errorOutput)")
    let store = try SQLiteStore(path: data + "/hds.sqlite", readOnly: true)
    let siti = try #require(try store.couriers(includeInactive: true).first { $0.id == 7 })
    #expect(siti.dailyCapacity == 20)
    #expect(siti.phone == nil)
    #expect(siti.homeDesaCode == "35.07.31.2002")

    let deactivated = try Self.run(["courier", "deactivate", "Siti", "Aminah", "--data", data])
    #expect(deactivated.status == 0, "\(deactivated.errorOutput)")
    let active = try Self.run(["courier", "list", "--data", data])
    #expect(!Self.listed(active.output).contains("7 Siti Aminah"))
    let all = try Self.run(["courier", "list", "--all", "--lang", "en", "--data", data])
    #expect(Self.listed(all.output).contains("7 Siti Aminah"))
    #expect(all.output.contains("Working days"))

    let activated = try Self.run(["courier", "activate", "7", "--data", data])
    #expect(activated.status == 0)
    #expect(try store.couriers(includeInactive: false).contains { $0.id == 7 })
    #expect(
      try store.withConnection { (connection) throws(StoreError) -> [String] in
        try connection.rows(
          "SELECT action FROM courier_event WHERE courier_id = 7 ORDER BY id", context: "test"
        ) { $0.text(0) }
      }
        == ["add", "update", "update", "update"])
  }

  @Test("courier errors and exit codes")
  func courierErrorsAndExitCodes() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)

    // Several demo couriers have an "a" in their name.
    let ambiguous = try Self.run(["courier", "edit", "a", "--capacity", "3", "--data", data])
    #expect(ambiguous.status == 1)
    #expect(ambiguous.errorOutput.contains("matches"))
    #expect(ambiguous.errorOutput.contains("1 Ahmad Fauzi"))

    let unknown = try Self.run(["courier", "deactivate", "Nobody", "--data", data])
    #expect(unknown.status == 1)
    #expect(unknown.errorOutput.contains("Nobody"))

    let badDesa = try Self.run([
      "courier", "add", "--name", "X", "--phone", "081234567890", "--home-desa", "Malang",
      "--capacity", "5", "--data", data,
    ])
    #expect(badDesa.status == 2)
    #expect(badDesa.errorOutput.contains("invalid value Malang for --home-desa"))
    #expect(badDesa.errorOutput.contains("Jatikerto"))

    let badPhone = try Self.run([
      "courier", "add", "--name", "X", "--phone", "12345", "--home-desa", "Slorok",
      "--capacity", "5", "--data", data,
    ])
    #expect(badPhone.status == 2)
    #expect(badPhone.errorOutput.contains("12345"))

    let missing = try Self.run(["courier", "add", "--name", "X", "--data", data])
    #expect(missing.status == 2)
    #expect(missing.errorOutput.contains("needs --phone"))

    let nothing = try Self.run(["courier", "edit", "1", "--data", data])
    #expect(nothing.status == 2)

    for command in ["list", "add", "edit", "deactivate", "activate"] {
      let help = try Self.run(["courier", command, "--help"])
      #expect(help.status == 0)
      #expect(help.output.hasPrefix("Usage: hds courier"), "\(command)")
    }
    #expect(try Self.run(["runsheet", "--help"]).output.hasPrefix("Usage: hds runsheet"))
  }

  // MARK: Run sheets

  /// Creates a store with courier "Ani" (phone 0812-9876-5432) and two requests planned for
  /// `day`: a KK in Peniwen dusun Ringinpitu first, then a KTP-el in Jambuwer.
  private static func plannedDay(
    in directory: TestDirectory, courierName: String = "Ani", residentName: String = "Siti Rahayu"
  ) throws -> (data: String, stops: [Address]) {
    let data = directory.path("data")
    let store = try SQLiteStore.open(dataDirectory: data, readOnly: false)
    let peniwen = Kromengan.kecamatan.desa[4]
    let jambuwer = Kromengan.kecamatan.desa[5]
    let courier = try store.addCourier(
      NewCourier(
        name: courierName, phone: try PhoneNumber("0812-9876-5432"), vehicle: "motor",
        homeDesaCode: peniwen.code, dailyCapacity: 10),
      by: .operator("operator1"), at: time(7))

    let addresses = [
      Address(desaCode: peniwen.code, dusun: "Ringinpitu", rw: 2, rt: 5, street: "Jl. Kawi 7"),
      Address(desaCode: jambuwer.code, dusun: "Krajan", rw: 1, rt: 3, street: ""),
    ]
    let residents = [
      Resident(
        nik: try NIK("3507311508900001"), name: residentName, kk: try KKNumber("3507310101200001"),
        phone: try PhoneNumber("081311112222"), address: addresses[0]),
      Resident(
        nik: try NIK("3507315508900002"), name: "Budi Santoso",
        kk: try KKNumber("3507310101200002"), phone: nil, address: addresses[1]),
    ]
    var stops: [(Int64, Int)] = []
    for (resident, document) in zip(residents, [DocumentKind.kk, .ktpEl]) {
      let created = try store.createRequest(
        NewRequest(resident: resident, document: document), by: .operator("operator1"), at: time(7))
      _ = try store.apply(
        .sendToDukcapil, to: created.id, expectedVersion: nil, by: .operator("operator1"),
        at: time(7))
      let ready = try store.apply(
        .markReady, to: created.id, expectedVersion: nil, by: .operator("operator1"), at: time(8))
      stops.append((ready.id, ready.version))
    }
    try store.acceptPlan(
      DispatchPlan(day: day, routes: [DispatchPlan.Route(courierID: courier.id, stops: stops)]),
      by: .operator("operator1"), at: time(9))
    return (data, addresses)
  }

  @Test("run sheet text")
  func runSheetText() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, addresses) = try Self.plannedDay(in: directory)

    let result = try Self.run([
      "runsheet", "--courier", "ani", "--date", "2026-12-04", "--data", data,
    ])
    #expect(result.status == 0, "\(result.errorOutput)")

    // Office → Ringinpitu → Jambuwer's Krajan → office, straight line × 1.3.
    let office = Kromengan.estimatedOffice
    let points = addresses.map { address in
      Kromengan.kecamatan.desa(code: address.desaCode)!.dusun.first { $0.name == address.dusun }!
        .location
    }
    let kilometres =
      (office.distance(to: points[0]) + points[0].distance(to: points[1])
        + points[1].distance(to: office)) * 1.3
    let distance = String(format: "%.1f", kilometres).replacingOccurrences(of: ".", with: ",")

    let expected = [
      "Surat Jalan Pengantaran Dokumen Kependudukan",
      "Kecamatan Kromengan, Kabupaten Malang",
      "",
      "Kurir     : Ani",
      "Telepon   : +62 812-9876-5432",
      "Kendaraan : motor",
      "Tanggal   : Jumat, 4 Desember 2026",
      "",
      "No. Permohonan      Penduduk dan alamat             Nama penerima  Tanda tangan",
      "--- --------------- ------------------------------- -------------- ------------",
      " 1. HDS-2026-000001 Siti Rahayu",
      "    KK              Jl. Kawi 7",
      "                    Dsn. Ringinpitu, RT 005/RW 002",
      "                    Desa Peniwen",
      "                    +62 813-1111-2222               ______________ ____________",
      "",
      " 2. HDS-2026-000002 Budi Santoso",
      "    KTP-el          Dsn. Krajan, RT 003/RW 001",
      "                    Desa Jambuwer",
      "                    -                               ______________ ____________",
      "",
      "Jumlah tujuan: 2",
      "Per dokumen: KTP-el 1, KK 1",
      "Perkiraan jarak rute: \(distance) km",
      "Perkiraan: jarak garis lurus antartitik desa/dusun × 1,3, dari kantor kecamatan",
      "melalui tujuan sesuai urutan dan kembali. Letak kantor dan dusun juga",
      "perkiraan.",
    ]
    let lines = result.output.components(separatedBy: "\n")
    #expect(lines.last == "")
    let body = Array(lines.dropLast())
    #expect(body.count == expected.count)
    for (index, line) in expected.enumerated() where index < body.count {
      #expect(body[index] == line, "line \(index + 1)")
    }
  }

  @Test("run sheet clips wide names")
  func runSheetClipsWideNames() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, _) = try Self.plannedDay(
      in: directory, residentName: "Raden Ayu Siti Nurhayati Kusumawardhani Prameswari")

    let result = try Self.run([
      "runsheet", "--courier", "Ani", "--date", "2026-12-04", "--data", data,
    ])
    #expect(result.status == 0)
    let line = try #require(result.output.split(separator: "\n").first { $0.hasPrefix(" 1.") })
    #expect(line == " 1. HDS-2026-000001 Raden Ayu Siti Nurhayati Kusum…")
    for line in result.output.split(separator: "\n") {
      #expect(line.count <= 79, "\(line)")
    }
  }

  @Test("run sheet HTML escapes names")
  func runSheetHTMLEscapesNames() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, _) = try Self.plannedDay(
      in: directory, courierName: "Ani <b>&", residentName: "Siti <b>& \"Yu\"")
    let file = directory.path("sheet.html")

    let result = try Self.run([
      "runsheet", "--courier", "1", "--date", "2026-12-04", "--format", "html", "--output",
      file, "--lang", "en", "--data", data,
    ])
    #expect(result.status == 0, "\(result.errorOutput)")
    let html = try String(contentsOfFile: file, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
    #expect(html.contains("<td>Ani &lt;b&gt;&amp;</td>"))
    #expect(html.contains("<td>Siti &lt;b&gt;&amp; &quot;Yu&quot;</td>"))
    #expect(!html.contains("<b>"))
    #expect(html.contains("Friday, 4 December 2026"))
    #expect(html.contains("<td class=\"sign\"></td>"))
    #expect(html.contains("Estimated route distance"))
    #expect(
      result.errorOutput.hasPrefix("Run sheet of Ani <b>& for 4 December 2026: "),
      "\(result.errorOutput)")
    #expect(result.errorOutput.hasSuffix(" stops, written to \(file)\n"), "\(result.errorOutput)")
  }

  @Test("run sheet distances from road-distances.csv")
  func runSheetRoadFile() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, _) = try Self.plannedDay(in: directory)
    let file = """
      from;to;km
      Kantor;Peniwen/Ringinpitu;2,5
      jambuwer/krajan;peniwen/ringinpitu;3
      Kantor;Jambuwer/Krajan;4.25
      """
    try file.write(toFile: data + "/road-distances.csv", atomically: true, encoding: .utf8)

    let result = try Self.run([
      "runsheet", "--courier", "Ani", "--date", "2026-12-04", "--data", data,
    ])
    #expect(result.status == 0, "\(result.errorOutput)")
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(lines.contains("Jarak rute: 9,8 km"), "\(result.output)")
    #expect(
      lines.suffix(2) == [
        "Jarak jalan dari road-distances.csv, dari kantor kecamatan melalui tujuan",
        "sesuai urutan dan kembali.",
      ], "\(result.output)")
  }

  @Test("run sheet mixes file and estimate")
  func runSheetMixedDistances() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, addresses) = try Self.plannedDay(in: directory)
    try "from,to,km\nKantor,Peniwen/Ringinpitu,2.5\n".write(
      toFile: data + "/road-distances.csv", atomically: true, encoding: .utf8)
    let factor = try ChildProcess.run(
      try HDSBinary.url(), ["settings", "--road-factor", "2", "--data", data])
    #expect(factor.status == 0, "\(factor.errorOutput)")

    let result = try Self.run([
      "runsheet", "--courier", "Ani", "--date", "2026-12-04", "--data", data, "--lang", "en",
    ])
    #expect(result.status == 0, "\(result.errorOutput)")

    // 2.5 km from the file, then Ringinpitu → Jambuwer's Krajan → office straight × 2.
    let office = Kromengan.estimatedOffice
    let points = addresses.map { address in
      Kromengan.kecamatan.desa(code: address.desaCode)!.dusun.first { $0.name == address.dusun }!
        .location
    }
    let kilometres =
      2.5 + (points[0].distance(to: points[1]) + points[1].distance(to: office)) * 2
    let lines = result.output.split(separator: "\n").map(String.init)
    #expect(
      lines.contains("Estimated route distance: \(String(format: "%.1f", kilometres)) km"),
      "\(result.output)")
    #expect(
      result.output.contains(
        "1 of 3 legs from road-distances.csv; the others are estimates, straight-line"),
      "\(result.output)")
    #expect(result.output.contains("× 2.0."), "\(result.output)")
  }

  @Test("run sheet rejects an invalid road-distances.csv")
  func runSheetInvalidRoadFile() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, _) = try Self.plannedDay(in: directory)
    let file = "from;to;km\nKantor;Peniwen/Ringinpitu;-2\nKantor;Jambuwer/Nowhere;1\n"
    try file.write(toFile: data + "/road-distances.csv", atomically: true, encoding: .utf8)

    let result = try Self.run([
      "runsheet", "--courier", "Ani", "--date", "2026-12-04", "--data", data,
    ])
    #expect(result.status == 1)
    #expect(result.output.isEmpty, "\(result.output)")
    #expect(result.errorOutput.contains("road-distances.csv is invalid"), "\(result.errorOutput)")
    #expect(
      result.errorOutput.contains("line 2: km -2 is negative"), "\(result.errorOutput)")
    #expect(
      result.errorOutput.contains("line 3: point \"Jambuwer/Nowhere\" is not in the gazetteer"),
      "\(result.errorOutput)")
  }

  @Test("run sheet empty day and unknown courier")
  func runSheetEmptyDayAndUnknownCourier() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let (data, _) = try Self.plannedDay(in: directory)

    let empty = try Self.run([
      "runsheet", "--courier", "Ani", "--date", "2026-12-07", "--data", data,
    ])
    #expect(empty.status == 0)
    #expect(empty.output.contains("Tanggal   : Senin, 7 Desember 2026"))
    #expect(empty.output.hasSuffix("Tidak ada pengantaran untuk kurir ini pada tanggal ini.\n"))

    let unknown = try Self.run([
      "runsheet", "--courier", "Bambang", "--date", "2026-12-04", "--data", data,
    ])
    #expect(unknown.status == 1)
    #expect(unknown.errorOutput.contains("Bambang"))
    #expect(unknown.output.isEmpty)

    let badDate = try Self.run([
      "runsheet", "--courier", "Ani", "--date", "4-12-2026", "--data", data,
    ])
    #expect(badDate.status == 2)
  }
}

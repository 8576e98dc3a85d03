import Testing

@testable import HDSCore

/// One row of the 2017 year-end civil register for Kecamatan Kromengan, with the
/// straight-line distance from the estimated office position rounded to 0.1 km.
struct RegisterRow: Sendable, CustomTestStringConvertible {
  let code: String
  let name: String
  let men: Int
  let women: Int
  let residents: Int
  let families: Int
  let officeDistanceKm: Double

  var testDescription: String { name }
}

@Suite("Gazetteer")
struct GazetteerTests {
  private let kecamatan = Kromengan.kecamatan

  /// The register in Kemendagri code order, as published.
  static let register = [
    RegisterRow(
      code: "35.07.31.2001", name: "Slorok", men: 2_735, women: 2_843, residents: 5_578,
      families: 1_538, officeDistanceKm: 4.9),
    RegisterRow(
      code: "35.07.31.2002", name: "Jatikerto", men: 4_821, women: 4_713, residents: 9_534,
      families: 2_691, officeDistanceKm: 5.3),
    RegisterRow(
      code: "35.07.31.2003", name: "Ngadirejo", men: 2_430, women: 2_418, residents: 4_848,
      families: 1_877, officeDistanceKm: 2.6),
    RegisterRow(
      code: "35.07.31.2004", name: "Kromengan", men: 3_859, women: 3_869, residents: 7_728,
      families: 2_514, officeDistanceKm: 1.6),
    RegisterRow(
      code: "35.07.31.2005", name: "Peniwen", men: 1_599, women: 1_715, residents: 3_314,
      families: 1_191, officeDistanceKm: 2.3),
    RegisterRow(
      code: "35.07.31.2006", name: "Jambuwer", men: 2_504, women: 2_653, residents: 5_157,
      families: 2_619, officeDistanceKm: 4.0),
    RegisterRow(
      code: "35.07.31.2007", name: "Karangrejo", men: 2_859, women: 2_969, residents: 5_826,
      families: 1_925, officeDistanceKm: 1.1),
  ]

  // MARK: - Codes and names

  @Test("kecamatan identity")
  func identity() {
    #expect(kecamatan.code == "35.07.31")
    #expect(kecamatan.name == "Kromengan")
    #expect(kecamatan.kabupaten == "Malang")
    #expect(kecamatan.postalCode == "65165")
  }

  @Test("7 desa in code order")
  func desaOrder() {
    #expect(kecamatan.desa.map(\.code) == Self.register.map(\.code))
    #expect(kecamatan.desa.map(\.name) == Self.register.map(\.name))
  }

  @Test("desa found by code", arguments: register)
  func desaByCode(row: RegisterRow) throws {
    let desa = try #require(kecamatan.desa(code: row.code))

    #expect(desa.name == row.name)
    #expect(desa.id == row.code)
  }

  @Test("unknown code not found")
  func unknownCode() {
    #expect(kecamatan.desa(code: "35.07.31.2008") == nil)
    #expect(kecamatan.desa(code: "35.07.31") == nil)
  }

  // MARK: - Population

  @Test("desa register figures", arguments: register)
  func desaFigures(row: RegisterRow) throws {
    let desa = try #require(kecamatan.desa(code: row.code))

    #expect(desa.men == row.men)
    #expect(desa.women == row.women)
    #expect(desa.families == row.families)
  }

  @Test("desa residents", arguments: register)
  func desaResidents(row: RegisterRow) throws {
    let desa = try #require(kecamatan.desa(code: row.code))

    #expect(desa.residents == row.residents)
  }

  @Test("men total 20,807")
  func menTotal() {
    #expect(kecamatan.desa.reduce(0) { $0 + $1.men } == 20_807)
  }

  @Test("women total 21,178")
  func womenTotal() {
    withKnownIssue("the published Karangrejo women count makes the sum 21,180") {
      #expect(kecamatan.desa.reduce(0) { $0 + $1.women } == 21_178)
    }
  }

  @Test("residents total 41,985")
  func residentsTotal() {
    #expect(kecamatan.residents == 41_985)
  }

  @Test("families total 13,905")
  func familiesTotal() {
    // NOTE: the published desa rows add up to 14,355 families, 450 more than the
    // published total. Jambuwer's 2,619 read as 2,169 would close the gap exactly,
    // but no source confirms it.
    withKnownIssue("the published desa rows add up to 14,355 families") {
      #expect(kecamatan.desa.reduce(0) { $0 + $1.families } == 13_905)
    }
  }

  // MARK: - Dusun, RW and RT

  @Test("RW total 51, RT total 234")
  func neighbourhoodTotals() {
    let rukunWarga = kecamatan.desa.flatMap(\.rukunWarga)

    #expect(rukunWarga.count == 51)
    #expect(rukunWarga.reduce(0) { $0 + $1.rukunTetangga.count } == 234)
  }

  @Test("Jambuwer has 12 RW and 44 RT")
  func jambuwer() throws {
    let desa = try #require(kecamatan.desa(code: "35.07.31.2006"))

    #expect(desa.rukunWarga.count == 12)
    #expect(desa.rukunWarga.reduce(0) { $0 + $1.rukunTetangga.count } == 44)
  }

  @Test("Jambuwer has the most RW and RT")
  func jambuwerLargest() throws {
    let counts = kecamatan.desa.map { desa in
      (desa.name, desa.rukunWarga.count, desa.rukunWarga.reduce(0) { $0 + $1.rukunTetangga.count })
    }

    #expect(counts.max { $0.1 < $1.1 }?.0 == "Jambuwer")
    #expect(counts.max { $0.2 < $1.2 }?.0 == "Jambuwer")
  }

  @Test("Slorok has one dusun, 7 RW, 29 RT")
  func slorok() throws {
    let desa = try #require(kecamatan.desa(code: "35.07.31.2001"))

    #expect(desa.dusun.count == 1)
    #expect(desa.rukunWarga.count == 7)
    #expect(desa.rukunWarga.reduce(0) { $0 + $1.rukunTetangga.count } == 29)
  }

  @Test("Ngadirejo has 4 dusun")
  func ngadirejo() throws {
    // Ngadirejo is published as the desa with the most dusun (4), yet 5 Jambuwer dusun
    // names are published too, so only the count of 4 is checked.
    let desa = try #require(kecamatan.desa(code: "35.07.31.2003"))

    #expect(desa.dusun.count == 4)
  }

  @Test(
    "published dusun names",
    arguments: [
      ("35.07.31.2006", ["Krajan", "Bulupogog", "Cakruan", "Rekesan", "Glagaharum"]),
      ("35.07.31.2005", ["Kertorejo", "Ringinpitu", "Purwosari"]),
      ("35.07.31.2004", ["Krajan", "Ringinanom", "Balokan"]),
    ])
  func dusunNames(code: String, names: [String]) throws {
    let desa = try #require(kecamatan.desa(code: code))

    #expect(desa.dusun.map(\.name) == names)
    #expect(desa.dusun.allSatisfy { !$0.isEstimate })
  }

  @Test("every desa has a dusun and an RW", arguments: register)
  func noEmptyDesa(row: RegisterRow) throws {
    let desa = try #require(kecamatan.desa(code: row.code))

    #expect(!desa.dusun.isEmpty)
    #expect(desa.dusun.allSatisfy { !$0.rukunWarga.isEmpty })
    #expect(desa.rukunWarga.allSatisfy { !$0.rukunTetangga.isEmpty })
  }

  @Test("RW numbers 1 to n", arguments: register)
  func rwNumbers(row: RegisterRow) throws {
    let desa = try #require(kecamatan.desa(code: row.code))

    #expect(desa.rukunWarga.map(\.number) == Array(1...desa.rukunWarga.count))
  }

  @Test("RT numbers unique in a desa", arguments: register)
  func rtUnique(row: RegisterRow) throws {
    let desa = try #require(kecamatan.desa(code: row.code))
    let numbers = desa.rukunWarga.flatMap(\.rukunTetangga)

    #expect(Set(numbers).count == numbers.count)
    #expect(numbers.allSatisfy { $0 >= 1 })
  }

  // MARK: - Positions

  @Test("office distance within 0.15 km", arguments: register)
  func officeDistance(row: RegisterRow) throws {
    let desa = try #require(kecamatan.desa(code: row.code))

    let distance = kecamatan.office.distance(to: desa.centroid)

    #expect(abs(distance - row.officeDistanceKm) <= 0.15, "\(row.name): \(distance) km")
  }

  @Test("office is the estimate")
  func officePosition() {
    let centroid = Coordinate(latitude: -8.12281, longitude: 112.49099)

    #expect(kecamatan.office == Kromengan.estimatedOffice)
    #expect(abs(kecamatan.office.distance(to: centroid) - 0.2) <= 0.05)
  }

  @Test("centroids inside the extent", arguments: register)
  func centroidExtent(row: RegisterRow) throws {
    let centroid = try #require(kecamatan.desa(code: row.code)).centroid

    #expect((112.453...112.549).contains(centroid.longitude))
    #expect((-8.156 ... -8.067).contains(centroid.latitude))
  }

  @Test("dusun within 2 km of centroid", arguments: register)
  func dusunNearCentroid(row: RegisterRow) throws {
    let desa = try #require(kecamatan.desa(code: row.code))

    for dusun in desa.dusun {
      let distance = dusun.location.distance(to: desa.centroid)
      #expect(distance <= 2, "\(dusun.name) is \(distance) km from the \(desa.name) centroid")
    }
  }

  @Test("haversine over one degree")
  func haversine() {
    // One degree of latitude on a 6,371 km sphere is 2π × 6,371 / 360 = 111.19 km.
    let start = Coordinate(latitude: -8, longitude: 112.5)
    let end = Coordinate(latitude: -9, longitude: 112.5)

    #expect(abs(start.distance(to: end) - 111.19) < 0.01)
    #expect(start.distance(to: start) == 0)
  }

  // MARK: - Address

  @Test("RT / RW written with 3 digits")
  func rtRw() {
    let address = Address(desaCode: "35.07.31.2004", dusun: "Krajan", rw: 2, rt: 3)

    #expect(address.rtRw == "RT 003 / RW 002")
  }
}

import Testing

@testable import HDSCore

@Suite("PersonName")
struct PersonNameTests {
  @Test(
    "same name as written",
    arguments: [
      ("BUDI SANTOSO", "Budi Santoso"), ("  Budi   Santoso ", "budi santoso"),
      ("M. Yusuf", "M Yusuf"), ("Ma'ruf Amin", "Maruf Amin"), ("Siti Aisyah", "Siti Aïsyah"),
    ])
  func same(first: String, second: String) {
    #expect(PersonName.isSame(first, second))
  }

  @Test(
    "different names",
    arguments: [
      ("Joko Y", "Joko Yulianto"), ("Budi Santoso", "Santoso Budi"), ("Budi", "Budi Santoso"),
      ("Rina", ""),
    ])
  func different(first: String, second: String) {
    #expect(!PersonName.isSame(first, second))
  }
}

@Suite("Resident completeness")
struct ResidentCompletenessTests {
  private static let kecamatan = Kromengan.kecamatan

  private static func resident(kk: String, address: Address) throws -> Resident {
    Resident(
      nik: try NIK("3507311508900001"), name: "Warga", kk: try KKNumber(kk), phone: nil,
      address: address)
  }

  private static var address: Address {
    let desa = kecamatan.desa[0]
    let rw = desa.dusun[0].rukunWarga[0]
    return Address(
      desaCode: desa.code, dusun: desa.dusun[0].name, rw: rw.number, rt: rw.rukunTetangga[0])
  }

  @Test("entered KK and full address complete")
  func complete() throws {
    let resident = try Self.resident(kk: "3507310101100002", address: Self.address)
    #expect(resident.isComplete(in: Self.kecamatan))
  }

  @Test("placeholder KK incomplete")
  func placeholderKK() throws {
    let resident = try Self.resident(kk: "0000000000000000", address: Self.address)
    #expect(!resident.isComplete(in: Self.kecamatan))
  }

  @Test("missing address parts incomplete")
  func missingAddress() throws {
    var noDesa = Self.address
    noDesa.desaCode = Self.kecamatan.code
    var noDusun = Self.address
    noDusun.dusun = ""
    var noRW = Self.address
    noRW.rw = 0
    var noRT = Self.address
    noRT.rt = 0
    for address in [noDesa, noDusun, noRW, noRT] {
      let resident = try Self.resident(kk: "3507310101100002", address: address)
      #expect(!resident.isComplete(in: Self.kecamatan), "\(address)")
    }
  }
}

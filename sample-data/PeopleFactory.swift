import HDSCore

/// Makes synthetic residents with valid, unique NIKs on the real desa, dusun, RW and RT.
struct PeopleFactory {
  let kecamatan: Kecamatan
  private var usedNIKs = Set<String>()

  init(kecamatan: Kecamatan) {
    self.kecamatan = kecamatan
  }

  mutating func resident(in desa: Desa, using generator: inout SeededGenerator) -> Resident {
    let female = Bool.random(using: &generator)
    let dusun = desa.dusun.randomElement(using: &generator)!  // every desa has a dusun
    let rw = dusun.rukunWarga.randomElement(using: &generator)!  // every dusun has an RW
    let rt = rw.rukunTetangga.randomElement(using: &generator)!  // every RW has an RT
    let street =
      SyntheticNames.streets.randomElement(using: &generator)! + " "
      + String(Int.random(in: 1...120, using: &generator))
    let address = Address(
      desaCode: desa.code, dusun: dusun.name, rw: rw.number, rt: rt, street: street)
    let phone =
      Int.random(in: 0..<10, using: &generator) == 0 ? nil : phoneNumber(using: &generator)
    return Resident(
      nik: nik(female: female, using: &generator), name: name(female: female, using: &generator),
      kk: kkNumber(using: &generator), phone: phone, address: address)
  }

  func name(female: Bool, using generator: inout SeededGenerator) -> String {
    let given = (female ? SyntheticNames.female : SyntheticNames.male).randomElement(
      using: &generator)!
    return given + " " + SyntheticNames.family.randomElement(using: &generator)!
  }

  /// A NIK first registered in Kromengan (350731) for most residents, elsewhere in
  /// Kabupaten Malang for one in five.
  private mutating func nik(female: Bool, using generator: inout SeededGenerator) -> NIK {
    while true {
      let kecamatanCode =
        Int.random(in: 0..<5, using: &generator) == 0
        ? Int.random(in: 1...33, using: &generator) : 31
      let year = Int.random(in: 1950...2023, using: &generator)
      let month = Int.random(in: 1...12, using: &generator)
      let day = Int.random(in: 1...28, using: &generator)
      let serial = Int.random(in: 1...4_999, using: &generator)
      let text =
        "3507" + twoDigits(kecamatanCode) + twoDigits(day + (female ? 40 : 0))
        + twoDigits(month) + twoDigits(year % 100) + fourDigits(serial)
      if usedNIKs.insert(text).inserted, let nik = try? NIK(text) { return nik }
    }
  }

  private func kkNumber(using generator: inout SeededGenerator) -> KKNumber {
    let text =
      "350731" + twoDigits(Int.random(in: 1...28, using: &generator))
      + twoDigits(Int.random(in: 1...12, using: &generator))
      + twoDigits(Int.random(in: 5...25, using: &generator))
      + fourDigits(Int.random(in: 1...9_999, using: &generator))
    return try! KKNumber(text)  // 16 digits by construction
  }

  private func phoneNumber(using generator: inout SeededGenerator) -> PhoneNumber? {
    let prefix = ["0812", "0813", "0852", "0857", "0878", "0821", "0896"].randomElement(
      using: &generator)!
    let rest = (0..<8).map { _ in String(Int.random(in: 0...9, using: &generator)) }.joined()
    return try? PhoneNumber(prefix + rest)
  }

  private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

  private func fourDigits(_ value: Int) -> String {
    String(repeating: "0", count: 4 - String(value).count) + String(value)
  }
}

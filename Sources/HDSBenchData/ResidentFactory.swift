import HDSCore
import HDSSampleData

/// A synthetic resident as the `resident` table stores it.
struct ResidentRow {
  let id: Int
  let nik: String
  let name: String
  let kk: String
  /// E.164, as `PhoneNumber.e164` stores it; nil for a resident who gave no number.
  let phone: String?
  let desaCode: String
  let dusun: String
  let rw: Int
  let rt: Int
  let street: String
}

/// Makes residents with unique NIKs in the format HDSCore validates: the region code of
/// the resident's kecamatan (35 07 KK), a real birth date (day + 40 for women) and a serial
/// from 0001 to 8999. Serials 9000 to 9999 are left for `PrintListWriter`'s new residents,
/// so that they never meet a stored NIK.
struct ResidentFactory {
  private var usedNIKs = Set<UInt64>()
  private var nextID = 1

  static let phonePrefixes = ["812", "813", "852", "857", "878", "821", "896"]

  mutating func make(
    in desa: BenchDesa, document: DocumentKind, year: Int, random: inout RandomSource
  ) -> ResidentRow {
    let female = random.chance(0.5)
    let given = random.element(female ? SyntheticNames.female : SyntheticNames.male)
    let name = given + " " + random.element(SyntheticNames.family)
    let birthYear: Int
    switch document {
    case .kia: birthYear = random.int(year - 16...year - 1)
    case .aktaKelahiran: birthYear = random.int(year - 1...year)
    case .ktpEl: birthYear = random.int(year - 70...year - 17)
    case .kk, .aktaKematian, .skp: birthYear = random.int(year - 80...year - 18)
    }
    let nik = uniqueNIK(
      kecamatan: desa.kecamatanNumber, female: female, birthYear: birthYear, random: &random)
    let kk =
      "3507" + twoDigits(desa.kecamatanNumber) + twoDigits(random.int(1...28))
      + twoDigits(random.int(1...12)) + twoDigits(random.int(5...25))
      + fourDigits(random.int(1...9_999))
    var phone: String?
    if random.chance(0.88) {
      phone = "+62" + random.element(Self.phonePrefixes) + eightDigits(&random)
    }
    let dusun = random.element(desa.dusun)
    let (rw, rts) = random.element(dusun.rukunWarga)
    let street =
      random.element(SyntheticNames.streets) + " " + String(random.int(1...120))
    let row = ResidentRow(
      id: nextID, nik: nik, name: name, kk: kk, phone: phone, desaCode: desa.code,
      dusun: dusun.name, rw: rw, rt: random.element(rts), street: street)
    nextID += 1
    return row
  }

  var count: Int { nextID - 1 }

  private mutating func uniqueNIK(
    kecamatan: Int, female: Bool, birthYear: Int, random: inout RandomSource
  ) -> String {
    while true {
      let month = random.int(1...12)
      let day = random.int(1...28) + (female ? 40 : 0)
      let serial = random.int(1...8_999)
      let text =
        "3507" + twoDigits(kecamatan) + twoDigits(day) + twoDigits(month)
        + twoDigits(birthYear % 100) + fourDigits(serial)
      // 16 decimal digits fit in UInt64.
      if let number = UInt64(text), usedNIKs.insert(number).inserted { return text }
    }
  }

  private func eightDigits(_ random: inout RandomSource) -> String {
    let value = random.int(0...99_999_999)
    let text = String(value)
    return String(repeating: "0", count: 8 - text.count) + text
  }
}

import HDSCore

/// Values just inside and just outside the rules of each file format, which the
/// mutations put in place of a field.
enum NearValidValues {
  /// Dates around `today`: real, impossible, in other formats and with stray characters.
  static func dates(today: CalendarDay) -> [String] {
    let tomorrow = today.adding(days: 1)
    let yesterday = today.adding(days: -1)
    return [
      yesterday.description, tomorrow.description,
      "\(tomorrow.day)/\(tomorrow.month)/\(tomorrow.year)",
      "29/02/2027", "29/02/2028", "31/04/2026", "00/12/2026", "32/01/2026", "2026-13-01",
      "2026-00-10", "1/1/2026", "01/01/26", "9999-12-31", "0000-01-01", "0001-01-01",
      "2026-1-1", " 2026-01-01 ", "2026/01/01", "01.01.2026", "٢٠٢٦-٠١-٠١", "2026-01-01T08:00",
      "46000", "+1/01/2026", "-1/01/2026", "01/01/-2026", "1/1/99999", "2026--01", "//",
      "12/31/2026", "2026-02-29", "2024-02-29", "01/01/2026 08:00", "1 Desember 2026",
    ]
  }

  static let niks: [String] = [
    "3507311506900001", "350731150690001", "35073115069000011", "3507311506900000",
    "3507313206900001", "3507315506900001", "3507317206900001", "3507311513900001",
    "3507 3115 0690 0001", "'3507311506900001", "3.50731E+15", "3,50731E+15",
    "\u{00A0}3507311506900001", "３５０７３１１５０６９００００１", "ABCDEFGHIJKLMNOP",
    "0000000000000000", "9999999999999999", "-350731150690001", "3507311506900001.0",
    "35073115069000019999999999999999999999",
  ]

  static let requestNumbers: [String] = [
    "HDS-2026-000001", "HDS-2026-000040", "HDS-2026-000300", "HDS-2026-000301",
    "HDS-2026-0", "HDS-2026-000000", "hds-2026-000001", "HDS-26-000001", "HDS-2026-+1",
    "HDS-2026-99999999999999999999", "HDS-2026-000001 ", "HDS—2026—000001", "HDS--2026-1",
    "HDS-2025-000001", "HDS-9999-999999", "HDS-2026-", "HDS-2026-00001x", "HDS-2026--1",
  ]

  static let documents: [String] = [
    "KTP-el", "KK", "KIA", "Akta kelahiran", "Akta kematian", "SKP", "ktp", "KTP-EL", "Akta",
    "kk ", "K K", "Paspor", "akta lahir",
  ]

  static let answers: [String] = ["1", "4", "0", "5", "10", "-1", "4.0", "٤", "１", "x", "44", " 3"]

  static let desaNames: [String] =
    Kromengan.kecamatan.desa.map(\.name) + [
      "Desa Peniwen", "PENIWEN", "35.07.31.2001", "3507312001", "Kepanjen", "Peniwen Lor",
    ]

  static let roleWords: [String] = [
    "operator", "supervisor", "viewer", "courier", "admin", "OPERATOR", "user:alice",
    "group:hds", "user:", "group:", "user:a:b", "user:alice#x", "group:dukcapil staff",
  ]

  static let holidayWords: [String] = [
    "libur", "cuti", "LIBUR", "Cuti", "liburan", "2026-01-01", "2026-12-31", "2027-01-01",
    "2025-12-31", "2026-02-30", "2026-1-1", "Tahun Baru",
  ]

  static func roadWords() -> [String] {
    let kecamatan = Kromengan.kecamatan
    var words = ["Kantor", "kantor", "from", "to", "km", "6.8", "1,9", "0", "-1", "1e3", "NaN"]
    for desa in kecamatan.desa.prefix(3) {
      words.append(desa.name)
      words += desa.dusun.prefix(2).map { "\(desa.name)/\($0.name)" }
    }
    return words + ["Jatikerto/Atlantis", "Atlantis", "Kantor/Kantor"]
  }
}

// The 33 kecamatan of Kabupaten Malang (35.07) with their Kemendagri codes, and the
// parser of a kecamatan code.
//
// NOTE: Kromengan's code 35.07.31 is confirmed by BPS data. The other names and numbers
// come from a public region-code list and should be checked against Kemendagri's own
// code list (Kepmendagri on the codes and data of government areas) before an office
// relies on them.

import Foundation

/// A kecamatan's Kemendagri code in Kabupaten Malang, "35.07.NN" with NN from 01 to 33.
public struct KecamatanCode: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The kecamatan's two-digit number within the kabupaten, 1 to 33.
  public let number: Int

  /// The code of the kecamatan numbered `number`, or nil outside 1...33.
  public init?(number: Int) {
    guard KabupatenMalang.numbers.contains(number) else { return nil }
    self.number = number
  }

  /// Parses "35.07.NN". Throws `KecamatanCodeError` naming the value and the fix for any
  /// other text, including a code of another kabupaten or a number that no kecamatan of
  /// Kabupaten Malang has.
  public init(parsing text: String) throws(KecamatanCodeError) {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count == 3, parts.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCIIDigit) })
    else {
      throw .malformed(text)
    }
    guard parts[0] == "35" && parts[1] == "07" else { throw .otherKabupaten(trimmed) }
    guard let number = Int(parts[2]), let code = KecamatanCode(number: number) else {
      throw .unknownNumber(trimmed)
    }
    self = code
  }

  /// The program's own kecamatan, whose desa geography it holds: Kromengan, 35.07.31.
  public static let kromengan = KecamatanCode(checked: 31)

  public var description: String {
    "\(KabupatenMalang.code).\(number < 10 ? "0" : "")\(number)"
  }

  /// The kecamatan's name, as the code list spells it.
  public var name: String { KabupatenMalang.names[number - 1] }

  public static func < (lhs: KecamatanCode, rhs: KecamatanCode) -> Bool {
    lhs.number < rhs.number
  }

  /// For numbers known to be in range, so that no caller needs to unwrap.
  private init(checked number: Int) {
    self.number = number
  }

  /// Every code of the kabupaten, 35.07.01 to 35.07.33.
  static let all = KabupatenMalang.numbers.map { KecamatanCode(checked: $0) }
}

/// Why a text is not a kecamatan code of Kabupaten Malang. Each message names the value
/// and the expected form.
public enum KecamatanCodeError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Not three groups of two digits separated by dots.
  case malformed(String)
  /// A code of another province or kabupaten than 35.07.
  case otherKabupaten(String)
  /// 35.07.NN with NN outside 01 to 33.
  case unknownNumber(String)

  public var description: String {
    switch self {
    case .malformed(let text):
      return "invalid kecamatan code \"\(text)\"; write it as the Kemendagri code 35.07.NN,"
        + " for example 35.07.31 for Kromengan"
    case .otherKabupaten(let text):
      return "kecamatan code \(text) is not in Kabupaten Malang; its codes start with 35.07,"
        + " for example 35.07.31 for Kromengan"
    case .unknownNumber(let text):
      return "kecamatan code \(text) is not in Kabupaten Malang's list, which runs from"
        + " 35.07.01 to 35.07.33"
    }
  }
}

/// Kabupaten Malang's kecamatan by Kemendagri code.
public enum KabupatenMalang {
  /// The kabupaten's Kemendagri code: province 35 (Jawa Timur), kabupaten 07.
  public static let code = "35.07"
  public static let name = "Malang"

  /// The kecamatan numbers of the code list.
  static let numbers = 1...33

  /// Names by number, 01 first.
  static let names = [
    "Donomulyo", "Pagak", "Bantur", "Sumbermanjing Wetan", "Dampit", "Ampelgading",
    "Poncokusumo", "Wajak", "Turen", "Gondanglegi", "Kalipare", "Sumberpucung", "Kepanjen",
    "Bululawang", "Tajinan", "Tumpang", "Jabung", "Pakis", "Pakisaji", "Ngajum", "Wagir", "Dau",
    "Karangploso", "Singosari", "Lawang", "Pujon", "Ngantang", "Kasembon", "Gedangan",
    "Tirtoyudo", "Kromengan", "Wonosari", "Pagelaran",
  ]

  /// Every kecamatan code, 35.07.01 to 35.07.33, in code order.
  public static var codes: [KecamatanCode] { KecamatanCode.all }

  /// Returns the code of the kecamatan named `name`, in any case, or nil.
  public static func code(named name: String) -> KecamatanCode? {
    let wanted = name.trimmingCharacters(in: .whitespaces).lowercased()
    return codes.first { $0.name.lowercased() == wanted }
  }

  /// Returns the kecamatan with `code`: its desa geography where the program has it (only
  /// Kromengan's), else the name and code with no desa, which `Kecamatan.hasGeography`
  /// reports.
  public static func kecamatan(_ code: KecamatanCode) -> Kecamatan {
    if code == .kromengan { return Kromengan.kecamatan }
    // NOTE: the office position is Kromengan's, a placeholder: without desa the dashboard
    // draws no map and plans no route, which are the only readers of the position.
    return Kecamatan(
      code: code.description, name: code.name, kabupaten: name, postalCode: "",
      office: Kromengan.estimatedOffice, desa: [])
  }
}

extension Kecamatan {
  /// Whether the program has the kecamatan's desa, dusun, RW and RT. Only Kromengan's are
  /// in the program; the map, the desa table and the address fields need them.
  public var hasGeography: Bool { !desa.isEmpty }
}

extension Character {
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}

/// A desa (village) with its Kemendagri region code, centroid and registered population.
public struct Desa: Sendable, Hashable, Identifiable {
  /// Kemendagri code, for example "35.07.31.2001".
  public let code: String
  public let name: String
  public let centroid: Coordinate
  public let men: Int
  public let women: Int
  /// Registered residents as published, which may differ from `men + women` where the
  /// register itself does not add up.
  public let residents: Int
  public let families: Int
  public let dusun: [Dusun]

  public var id: String { code }

  /// All RW of the desa, in dusun order.
  public var rukunWarga: [RukunWarga] { dusun.flatMap(\.rukunWarga) }

  public init(
    code: String, name: String, centroid: Coordinate, men: Int, women: Int, residents: Int,
    families: Int, dusun: [Dusun]
  ) {
    self.code = code
    self.name = name
    self.centroid = centroid
    self.men = men
    self.women = women
    self.residents = residents
    self.families = families
    self.dusun = dusun
  }
}

/// A dusun (hamlet) of a desa.
public struct Dusun: Sendable, Hashable {
  public let name: String
  /// Representative point. For Kromengan these are estimates placed around the desa
  /// centroid, because no published dusun coordinates were found.
  public let location: Coordinate
  /// Whether the name itself is an estimate (a placeholder for an unpublished dusun).
  public let isEstimate: Bool
  public let rukunWarga: [RukunWarga]

  public init(name: String, location: Coordinate, isEstimate: Bool, rukunWarga: [RukunWarga]) {
    self.name = name
    self.location = location
    self.isEstimate = isEstimate
    self.rukunWarga = rukunWarga
  }
}

/// A rukun warga (RW), numbered within its desa, with its RT numbers.
public struct RukunWarga: Sendable, Hashable {
  public let number: Int
  /// RT numbers of this RW. They count up across the whole desa, not from 1 in each RW.
  public let rukunTetangga: [Int]

  public init(number: Int, rukunTetangga: [Int]) {
    self.number = number
    self.rukunTetangga = rukunTetangga
  }
}

/// A kecamatan: its desa and the position of its office.
public struct Kecamatan: Sendable, Hashable {
  /// Kemendagri code, for example "35.07.31".
  public let code: String
  public let name: String
  public let kabupaten: String
  public let postalCode: String
  public let office: Coordinate
  public let desa: [Desa]

  public init(
    code: String, name: String, kabupaten: String, postalCode: String, office: Coordinate,
    desa: [Desa]
  ) {
    self.code = code
    self.name = name
    self.kabupaten = kabupaten
    self.postalCode = postalCode
    self.office = office
    self.desa = desa
  }

  /// Returns the desa with this Kemendagri code, or nil.
  public func desa(code: String) -> Desa? { desa.first { $0.code == code } }

  public var residents: Int { desa.reduce(0) { $0 + $1.residents } }
}

/// A resident's address down to the RT.
public struct Address: Sendable, Hashable, Codable {
  /// Kemendagri code of the desa.
  public var desaCode: String
  public var dusun: String
  public var rw: Int
  public var rt: Int
  /// Street, house number or landmark, free text.
  public var street: String

  public init(desaCode: String, dusun: String, rw: Int, rt: Int, street: String = "") {
    self.desaCode = desaCode
    self.dusun = dusun
    self.rw = rw
    self.rt = rt
    self.street = street
  }

  /// Formats "RT 003 / RW 002" as it is written on Indonesian documents.
  public var rtRw: String {
    "RT " + Self.threeDigits(rt) + " / RW " + Self.threeDigits(rw)
  }

  private static func threeDigits(_ value: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, 3 - text.count)) + text
  }
}

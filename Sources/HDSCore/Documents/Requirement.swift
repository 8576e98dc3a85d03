/// A requirement checked at the counter before a request is accepted, per document kind.
///
/// The lists follow the usual requirements for each document; an item that applies
/// only in some cases (a replacement card, a change of marital status) says so in its
/// label. The raw value is stored, so it never changes once shipped.
public enum Requirement: String, Sendable, CaseIterable, Codable {
  // KTP-el
  case ageOrMarried = "age-17-or-married"
  case familyCard = "kk"
  case oldCardOrPoliceReport = "old-card-or-police-report"
  // KK
  case marriageOrDivorceCertificate = "marriage-or-divorce-certificate"
  case movingCertificate = "moving-certificate"
  case previousFamilyCard = "previous-kk"
  // KIA
  case birthCertificate = "birth-certificate"
  case parentsFamilyCard = "parents-kk"
  case parentsIdentityCards = "parents-ktp-el"
  case photoFromAgeFive = "photo-from-age-5"
  // Akta kelahiran
  case birthLetter = "birth-letter"
  case parentsMarriageBook = "parents-marriage-book"
  // Akta kematian
  case deathLetter = "death-letter"
  case deceasedFamilyCard = "deceased-kk"
  case deceasedIdentityCard = "deceased-ktp-el"
}

extension DocumentKind {
  /// The checklist the front office ticks for this kind of document.
  public var requirements: [Requirement] {
    switch self {
    case .ktpEl: return [.ageOrMarried, .familyCard, .oldCardOrPoliceReport]
    case .kk: return [.marriageOrDivorceCertificate, .movingCertificate, .previousFamilyCard]
    case .kia:
      return [.birthCertificate, .parentsFamilyCard, .parentsIdentityCards, .photoFromAgeFive]
    case .aktaKelahiran: return [.birthLetter, .parentsMarriageBook, .familyCard]
    case .aktaKematian: return [.deathLetter, .deceasedFamilyCard, .deceasedIdentityCard]
    case .skp: return [.familyCard]
    }
  }
}

/// Which requirements were shown at the counter and which are still missing.
public struct RequirementCheck: Sendable, Equatable, Codable {
  public var met: [Requirement]
  public var missing: [Requirement]

  public init(met: [Requirement] = [], missing: [Requirement] = []) {
    self.met = met
    self.missing = missing
  }

  public var isComplete: Bool { missing.isEmpty }

  /// The stored form, in `EventDetail` format: "met=kk,birth-letter missing=…".
  public var stored: String {
    EventDetail.format([
      ("met", met.isEmpty ? nil : met.map(\.rawValue).joined(separator: ",")),
      ("missing", missing.isEmpty ? nil : missing.map(\.rawValue).joined(separator: ",")),
    ])
  }

  /// Reads the stored form; unknown items are dropped, so an old program reads a newer
  /// list without failing.
  public init(stored text: String) {
    var check = RequirementCheck()
    for (key, value) in EventDetail.parse(text) ?? [] {
      let items = value.split(separator: ",").compactMap { Requirement(rawValue: String($0)) }
      if key == "met" { check.met = items }
      if key == "missing" { check.missing = items }
    }
    self = check
  }
}

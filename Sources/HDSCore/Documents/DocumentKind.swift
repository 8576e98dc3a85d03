/// The civil-registry documents the office delivers. All are free of charge.
public enum DocumentKind: String, Sendable, CaseIterable, Codable, Comparable {
  case ktpEl = "ktp-el"
  case kk
  case kia
  case aktaKelahiran = "akta-kelahiran"
  case aktaKematian = "akta-kematian"
  case skp

  /// The short name used on screens and lists in both languages: "KTP-el", "Akta lahir".
  public var shortName: String {
    switch self {
    case .ktpEl: return "KTP-el"
    case .kk: return "KK"
    case .kia: return "KIA"
    case .aktaKelahiran: return "Akta lahir"
    case .aktaKematian: return "Akta mati"
    case .skp: return "SKP"
    }
  }

  /// Default service-time target: working days from ready to delivered.
  public var defaultTargetWorkingDays: Int { 1 }

  /// Parses the stored code or a name as offices write it ("KTP-el", "ktp", "akta
  /// kelahiran").
  public init?(parsing text: String) {
    // A print list repeats a few spellings, most often the short names and codes.
    if let kind = Self.exactNames[text] {
      self = kind
      return
    }
    let key = text.lowercased().filter { $0.isLetter || $0.isNumber }
    switch key {
    case "ktpel", "ktp", "ektp": self = .ktpEl
    case "kk", "kartukeluarga": self = .kk
    case "kia", "kartuidentitasanak": self = .kia
    case "aktakelahiran", "aktalahir", "aktekelahiran": self = .aktaKelahiran
    case "aktakematian", "aktamati", "aktekematian": self = .aktaKematian
    case "skp", "suratketeranganpindah": self = .skp
    default: return nil
    }
  }

  /// Every kind by its short name and by its stored code.
  private static let exactNames: [String: DocumentKind] = Dictionary(
    uniqueKeysWithValues: allCases.map { ($0.shortName, $0) } + allCases.map { ($0.rawValue, $0) })

  public static func < (lhs: DocumentKind, rhs: DocumentKind) -> Bool {
    allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
  }
}

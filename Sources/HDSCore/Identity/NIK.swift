/// A Nomor Induk Kependudukan: the 16-digit national identity number.
///
/// Layout: province (2), kabupaten (2), kecamatan (2) of first registration; birth day
/// (2, plus 40 for women); birth month (2); birth year (2); serial (4, from 0001). There
/// is no check digit, and the region digits do not give today's address.
public struct NIK: Sendable, Hashable, Codable, CustomStringConvertible {
  /// The 16 digits, without separators.
  public let digits: String

  /// Parses a NIK, ignoring spaces, dots and dashes. Throws `NIKError` for what makes
  /// a number impossible; see `validate(_:)` for the warnings.
  public init(_ text: String) throws(NIKError) {
    self = try NIK.validate(text).nik
  }

  private init(validDigits: String) { digits = validDigits }

  public var description: String { digits }

  public var regionCode: String { String(digits.prefix(6)) }

  public var sex: Sex { Int(digits.dropFirst(6).prefix(2))! > 40 ? .female : .male }

  /// Shows the first 4 and last 4 digits, as read-only roles see a NIK:
  /// "3507••••••••0012".
  public var masked: String {
    String(digits.prefix(4)) + String(repeating: "•", count: 8) + String(digits.suffix(4))
  }

  /// The short form for logs, which must never hold a full NIK.
  public var logForm: String { "…" + String(digits.suffix(4)) }

  /// Checks a NIK and decodes its birth date and sex.
  ///
  /// Rejected: not 16 digits once spaces, dots and dashes are removed; a day (mod 40)
  /// and month that form no real date in 19YY or 20YY; a province, kabupaten or
  /// kecamatan code of 00; serial 0000. Warned: a region code outside `knownRegions`.
  public static func validate(
    _ text: String, knownRegions: Set<String> = NIK.kabupatenMalangRegions
  ) throws(NIKError) -> NIKValidation {
    // Any byte outside ASCII belongs to a character that is no ASCII digit, so bytes reject
    // the same texts as characters would, without a Unicode lookup per digit.
    var digits: [UInt8] = []
    digits.reserveCapacity(16)
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits.append(byte)
      case UInt8(ascii: " "), UInt8(ascii: "."), UInt8(ascii: "-"): continue
      default: throw .notDigits(text)
      }
    }
    guard digits.count == 16 else { throw .wrongLength(text, digits: digits.count) }
    let cleaned = digits.count == text.utf8.count ? text : String(decoding: digits, as: UTF8.self)
    func number(_ start: Int) -> Int { Int(digits[start] - 48) * 10 + Int(digits[start + 1] - 48) }

    for (offset, part) in [(0, NIKError.RegionPart.province), (2, .kabupaten), (4, .kecamatan)]
    where number(offset) == 0 {
      throw .zeroRegion(cleaned, part)
    }
    let serial = number(12) * 100 + number(14)
    guard serial != 0 else { throw .zeroSerial(cleaned) }

    let encodedDay = number(6)
    let day = encodedDay > 40 ? encodedDay - 40 : encodedDay
    let month = number(8)
    let yearDigits = number(10)
    let candidates = [1900 + yearDigits, 2000 + yearDigits].filter {
      CalendarDay.isValid(year: $0, month: month, day: day)
    }
    guard !candidates.isEmpty else {
      throw .impossibleDate(cleaned, day: day, month: month, yearDigits: yearDigits)
    }

    var warnings: [NIKWarning] = []
    let region = String(cleaned.prefix(6))
    if !knownRegions.contains(region) && !knownRegions.contains(String(region.prefix(4))) {
      warnings.append(.unknownRegion(region))
    }
    let birthDates = candidates.map { CalendarDay(year: $0, month: month, day: day) }
    return NIKValidation(
      nik: NIK(validDigits: cleaned), possibleBirthDates: birthDates,
      sex: encodedDay > 40 ? .female : .male, warnings: warnings)
  }

  /// Region prefixes treated as known: Kabupaten Malang ("3507", every kecamatan), Kota
  /// Malang ("3573"), Kabupaten Blitar ("3505") and Kota Batu ("3579"), where residents
  /// of Kromengan were often first registered. A NIK from elsewhere only warns.
  public static let kabupatenMalangRegions: Set<String> = [
    "3507", "3573", "3505", "3579",
  ]
}

public enum Sex: String, Sendable, Codable {
  case male
  case female
}

/// Result of checking a valid NIK: its decoded birth dates and sex, and its warnings.
public struct NIKValidation: Sendable, Equatable {
  public let nik: NIK
  /// The birth dates the digits allow: one in 19YY and one in 20YY when both exist.
  public let possibleBirthDates: [CalendarDay]
  public let sex: Sex
  public let warnings: [NIKWarning]
}

/// A property of a NIK that is unusual but valid.
public enum NIKWarning: Sendable, Equatable, CustomStringConvertible {
  /// The region code is not in the list of regions this office expects.
  case unknownRegion(String)
  /// The encoded date differs from the recorded birth date, which real NIKs sometimes do.
  case birthDateMismatch(encoded: [CalendarDay], recorded: CalendarDay)

  public var description: String {
    switch self {
    case .unknownRegion(let code):
      return "region code \(code) is not a known region; check it against the KTP-el"
    case .birthDateMismatch(let encoded, let recorded):
      let text = encoded.map(\.description).joined(separator: " or ")
      return "the NIK encodes \(text), the recorded birth date is \(recorded); check both"
        + " against the KTP-el"
    }
  }
}

/// Reason a text is not a NIK. Messages keep the typed value, because the operator typed it
/// and needs to see it; callers that log must use `NIK.logForm` instead.
public enum NIKError: Error, Sendable, Equatable, CustomStringConvertible {
  public enum RegionPart: String, Sendable { case province, kabupaten, kecamatan }

  case notDigits(String)
  case wrongLength(String, digits: Int)
  case zeroRegion(String, RegionPart)
  case zeroSerial(String)
  case impossibleDate(String, day: Int, month: Int, yearDigits: Int)

  /// The English message with the typed value and the fix, which the English import
  /// messages reuse. The catalog writes the Indonesian one.
  public var description: String {
    let check = "check the NIK against the KTP-el or the Kartu Keluarga"
    switch self {
    case .notDigits(let text):
      return "NIK \(text) contains characters other than digits, spaces, dots and dashes;"
        + " enter the 16 digits of the NIK"
    case .wrongLength(let text, let digits):
      return "NIK \(text) has \(digits) digits; a NIK has 16"
    case .zeroRegion(let text, let part):
      return "NIK \(text) has \(part.rawValue) code 00, which no region has; \(check)"
    case .zeroSerial(let text):
      return "NIK \(text) has serial 0000, but serials start at 0001; \(check)"
    case .impossibleDate(let text, let day, let month, let yearDigits):
      let year = yearDigits < 10 ? "0\(yearDigits)" : "\(yearDigits)"
      return "NIK \(text) encodes day \(day), month \(month), year ..\(year), a date that"
        + " does not exist; \(check)"
    }
  }
}

/// A Nomor Kartu Keluarga: 16 digits, the first 6 the region where the card was issued.
/// It changes when the family changes. Length and digits are checked, and for an entered
/// number also that no region code is 00.
public struct KKNumber: Sendable, Hashable, Codable, CustomStringConvertible {
  public let digits: String

  /// Parses a KK number, ignoring spaces, dots and dashes.
  public init(_ text: String) throws(KKNumberError) {
    let cleaned = text.filter { $0 != " " && $0 != "." && $0 != "-" }
    guard cleaned.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .notDigits(text) }
    guard cleaned.count == 16 else { throw .wrongLength(text, digits: cleaned.count) }
    digits = cleaned
  }

  /// Parses a KK number that a person entered: the checks of `init`, and a province,
  /// kabupaten or kecamatan code of 00 is rejected, as in a NIK. Stored numbers are read with
  /// `init`, because a resident added from a print list keeps the placeholder of 16 zeros
  /// until someone corrects it.
  public init(entered text: String) throws(KKNumberError) {
    try self.init(text)
    let regionParts: [(Int, NIKError.RegionPart)] = [
      (0, .province), (2, .kabupaten), (4, .kecamatan),
    ]
    for (offset, part) in regionParts where digits.dropFirst(offset).prefix(2) == "00" {
      throw .zeroRegion(digits, part)
    }
  }

  public var description: String { digits }

  /// Whether a person entered the number: false for the placeholder of zeros that a
  /// resident added from a print list keeps until someone corrects it.
  public var isEntered: Bool { (try? KKNumber(entered: digits)) != nil }

  public var masked: String {
    String(digits.prefix(4)) + String(repeating: "•", count: 8) + String(digits.suffix(4))
  }
}

public enum KKNumberError: Error, Sendable, Equatable, CustomStringConvertible {
  case notDigits(String)
  case wrongLength(String, digits: Int)
  /// A number whose province, kabupaten or kecamatan code is 00, such as the placeholder
  /// of a resident added from a print list.
  case zeroRegion(String, NIKError.RegionPart)

  public var description: String {
    switch self {
    case .zeroRegion(let text, let part):
      return "KK number \(text) has the \(part.rawValue) code 00, which no region has; enter"
        + " the number printed on the family card"
    case .notDigits(let text):
      return "KK number \(text) contains characters other than digits, spaces, dots and dashes"
    case .wrongLength(let text, let digits):
      return "KK number \(text) has \(digits) digits; a KK number has 16"
    }
  }
}

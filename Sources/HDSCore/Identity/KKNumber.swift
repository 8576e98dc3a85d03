/// A Nomor Kartu Keluarga: 16 digits, the first 6 the region where the card was issued.
/// It changes when the family changes; only length and digits are checked.
public struct KKNumber: Sendable, Hashable, Codable, CustomStringConvertible {
  public let digits: String

  /// Parses a KK number, ignoring spaces, dots and dashes.
  public init(_ text: String) throws(KKNumberError) {
    let cleaned = text.filter { $0 != " " && $0 != "." && $0 != "-" }
    guard cleaned.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .notDigits(text) }
    guard cleaned.count == 16 else { throw .wrongLength(text, digits: cleaned.count) }
    digits = cleaned
  }

  public var description: String { digits }

  public var masked: String {
    String(digits.prefix(4)) + String(repeating: "•", count: 8) + String(digits.suffix(4))
  }
}

public enum KKNumberError: Error, Sendable, Equatable, CustomStringConvertible {
  case notDigits(String)
  case wrongLength(String, digits: Int)

  public var description: String {
    switch self {
    case .notDigits(let text):
      return "KK number \(text) contains characters other than digits, spaces, dots and dashes"
    case .wrongLength(let text, let digits):
      return "KK number \(text) has \(digits) digits; a KK number has 16"
    }
  }
}

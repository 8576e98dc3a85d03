/// An Indonesian phone number in +62 form, for example "+6281234567890".
public struct PhoneNumber: Sendable, Hashable, Codable, CustomStringConvertible {
  /// "+62" followed by the national number without its leading 0.
  public let e164: String

  /// Normalises the ways people write a number: "0812-3456-7890", "62 812 3456 7890",
  /// "+62 812 3456 7890", "(0341) 123456". Spaces, dashes, dots and brackets are dropped.
  public init(_ text: String) throws(PhoneNumberError) {
    var digits = text.filter { !" -.()".contains($0) }
    if digits.hasPrefix("+") { digits.removeFirst() }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else {
      throw .notDigits(text)
    }
    let national: Substring
    if digits.hasPrefix("62") {
      national = digits.dropFirst(2)
    } else if digits.hasPrefix("0") {
      national = digits.dropFirst()
    } else {
      throw .missingPrefix(text)
    }
    // Indonesian national numbers (without the 0) are 8 to 12 digits: mobile 9 to 12,
    // fixed lines 8 to 10.
    guard national.first != "0" else { throw .zeroAfterCountryCode(text) }
    guard (8...12).contains(national.count) else {
      throw .wrongLength(text, digits: national.count)
    }
    e164 = "+62" + national
  }

  public var description: String { e164 }

  /// Keeps the prefix and the last 3 digits, for read-only roles: "+62812•••••890".
  public var shortened: String {
    let national = e164.dropFirst(3)
    return "+62" + national.prefix(3) + String(repeating: "•", count: max(0, national.count - 6))
      + national.suffix(3)
  }

  /// Groups the number for reading aloud: "+62 812-3456-7890" for a mobile number (which
  /// starts with 8); a fixed line keeps its digits together after the country code,
  /// "+62 215551234", because its area code is 2 to 4 digits long.
  public var grouped: String {
    let national = Array(e164.dropFirst(3))
    guard national.first == "8" else { return "+62 " + String(national) }
    var groups = [String(national.prefix(3))]
    var rest = national.dropFirst(3)
    while !rest.isEmpty {
      groups.append(String(rest.prefix(4)))
      rest = rest.dropFirst(4)
    }
    return "+62 " + groups.joined(separator: "-")
  }
}

public enum PhoneNumberError: Error, Sendable, Equatable, CustomStringConvertible {
  case notDigits(String)
  case missingPrefix(String)
  case zeroAfterCountryCode(String)
  case wrongLength(String, digits: Int)

  public var description: String {
    switch self {
    case .notDigits(let text):
      return "phone number \(text) contains characters other than digits, +, spaces, dashes,"
        + " dots and brackets"
    case .missingPrefix(let text):
      return "phone number \(text) must start with 0, 62 or +62"
    case .zeroAfterCountryCode(let text):
      return "phone number \(text) has a 0 after 62; write +62 812… or 0812…, not both"
    case .wrongLength(let text, let digits):
      return "phone number \(text) has \(digits) digits after the prefix; expected 8 to 12"
    }
  }
}

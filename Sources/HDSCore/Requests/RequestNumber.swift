/// A request number readable on the phone and on paper: "HDS-2026-000123".
///
/// The serial counts up within a year and is never reused, even after a cancellation.
public struct RequestNumber: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public let year: Int
  public let serial: Int

  public init(year: Int, serial: Int) {
    self.year = year
    self.serial = serial
  }

  /// Parses "HDS-2026-000123", case-insensitively and with or without the leading zeros.
  /// Returns nil for anything else, such as "HDS--2026-123" or "HDS-2026-+123".
  public init?(_ text: String) {
    let parts = text.uppercased().split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0] == "HDS", parts[1].count == 4,
      RequestNumber.isDigits(parts[1]), RequestNumber.isDigits(parts[2]),
      let year = Int(parts[1]), let serial = Int(parts[2]), serial > 0
    else { return nil }
    self.init(year: year, serial: serial)
  }

  /// Returns true when `text` is one or more ASCII digits. Unlike `Int(_:)`, it rejects a
  /// leading sign.
  private static func isDigits(_ text: Substring) -> Bool {
    !text.isEmpty && text.allSatisfy { $0.isASCII && $0.isNumber }
  }

  public var description: String {
    let digits = String(serial)
    return "HDS-\(year)-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
  }

  public static func < (lhs: RequestNumber, rhs: RequestNumber) -> Bool {
    (lhs.year, lhs.serial) < (rhs.year, rhs.serial)
  }
}

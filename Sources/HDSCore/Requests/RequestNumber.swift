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
  public init?(_ text: String) {
    let parts = text.uppercased().split(separator: "-")
    guard parts.count == 3, parts[0] == "HDS", parts[1].count == 4,
      let year = Int(parts[1]), let serial = Int(parts[2]), serial > 0
    else { return nil }
    self.init(year: year, serial: serial)
  }

  public var description: String {
    let digits = String(serial)
    return "HDS-\(year)-" + String(repeating: "0", count: max(0, 6 - digits.count)) + digits
  }

  public static func < (lhs: RequestNumber, rhs: RequestNumber) -> Bool {
    (lhs.year, lhs.serial) < (rhs.year, rhs.serial)
  }
}

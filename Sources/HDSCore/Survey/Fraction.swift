/// A non-negative fraction of integers in lowest terms, for exact sums of NRR.
/// Operations return nil on `Int` overflow.
struct Fraction: Equatable {
  let numerator: Int
  let denominator: Int

  static let zero = Fraction(0, 1)

  /// `denominator` must be positive.
  init(_ numerator: Int, _ denominator: Int) {
    let divisor = Self.greatestCommonDivisor(numerator, denominator)
    self.numerator = numerator / divisor
    self.denominator = denominator / divisor
  }

  func adding(_ other: Fraction) -> Fraction? {
    let divisor = Self.greatestCommonDivisor(denominator, other.denominator)
    let otherScale = other.denominator / divisor
    let scale = denominator / divisor
    let (left, overflowLeft) = numerator.multipliedReportingOverflow(by: otherScale)
    let (right, overflowRight) = other.numerator.multipliedReportingOverflow(by: scale)
    let (sum, overflowSum) = left.addingReportingOverflow(right)
    let (common, overflowCommon) = denominator.multipliedReportingOverflow(by: otherScale)
    if overflowLeft || overflowRight || overflowSum || overflowCommon { return nil }
    return Fraction(sum, common)
  }

  func multiplied(by other: Fraction) -> Fraction? {
    // Cross-cancel first so that the products stay small.
    let first = Fraction(numerator, other.denominator)
    let second = Fraction(other.numerator, denominator)
    let (top, overflowTop) = first.numerator.multipliedReportingOverflow(by: second.numerator)
    let (bottom, overflowBottom) = first.denominator.multipliedReportingOverflow(
      by: second.denominator)
    if overflowTop || overflowBottom { return nil }
    return Fraction(top, bottom)
  }

  /// Returns the nearest integer, with halves rounded up.
  func roundedHalfUp() -> Int? {
    // floor(n/d + 1/2) = floor((2n + d) / 2d) for n ≥ 0 and d > 0.
    let (twice, overflowTwice) = numerator.multipliedReportingOverflow(by: 2)
    let (top, overflowTop) = twice.addingReportingOverflow(denominator)
    let (bottom, overflowBottom) = denominator.multipliedReportingOverflow(by: 2)
    if overflowTwice || overflowTop || overflowBottom { return nil }
    return top / bottom
  }

  private static func greatestCommonDivisor(_ first: Int, _ second: Int) -> Int {
    var a = first.magnitude
    var b = second.magnitude
    while b != 0 { (a, b) = (b, a % b) }
    return a == 0 ? 1 : Int(a)
  }
}

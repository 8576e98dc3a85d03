/// The number of survey respondents a population needs, after Krejcie and Morgan (1970).
public enum SampleSize {
  /// Returns the Krejcie–Morgan sample size for `population`, 0 for a population below 1.
  ///
  /// The formula is s = χ²NP(1−P) ÷ (d²(N−1) + χ²P(1−P)) with χ² = 3.841 (1 degree of
  /// freedom at 95 % confidence), P = 0.5 and d = 0.05, rounded to the nearest whole
  /// respondent as the published table is: 100 → 80, 1,000 → 278, 10,000 → 370. The
  /// result never exceeds the population and approaches 384 for large ones.
  public static func krejcieMorgan(population: Int) -> Int {
    guard population >= 1 else { return 0 }
    // Multiplying top and bottom by 4,000 gives s = 3,841N ÷ (10(N − 1) + 3,841), so the
    // rounding is exact. Populations are capped at 10^12 to keep the products inside
    // Int, which changes nothing because s is 384 for every N from 244,865 on.
    let size = min(population, 1_000_000_000_000)
    let numerator = 3_841 * size
    let denominator = 10 * size + 3_831
    return (2 * numerator + denominator) / (2 * denominator)
  }
}

/// Whether a period's respondents are enough for the population it served.
public struct SampleAdequacy: Sendable, Equatable {
  public let population: Int
  public let respondents: Int
  /// The Krejcie–Morgan sample size of `population`.
  public let required: Int

  public init(population: Int, respondents: Int) {
    self.population = population
    self.respondents = respondents
    self.required = SampleSize.krejcieMorgan(population: population)
  }

  public var isSufficient: Bool { respondents >= required }

  /// The number of respondents still missing, 0 when there are enough.
  public var shortfall: Int { max(0, required - respondents) }
}

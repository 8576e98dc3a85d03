/// The community satisfaction index (IKM) of a set of survey responses, as Peraturan
/// Menteri PANRB 14/2017 computes it.
///
/// Per element, NRR = sum of answers ÷ respondents who answered it. Then
/// IKM = (Σ NRR × 1/9) × 25, rounded half up to 2 decimals and graded. The weight is
/// exactly 1/9 and the arithmetic is on fractions of integers, so a result on a grade
/// bound is not pushed across it by binary rounding. The rounded weights 0.111 and
/// 0.11 that some offices use can change the grade.
///
/// A response left wholly blank is not a respondent. An element that no respondent
/// answered has no NRR, and then the index is `.notComputable`, because leaving the
/// element out or counting it as 0 would both give a number the regulation does not
/// define.
public struct SatisfactionIndex: Sendable, Equatable {
  /// Responses with at least one answer.
  public let respondents: Int
  /// Responses with no answer at all, which count for nothing.
  public let blankResponses: Int
  /// One score for each element, U1 to U9.
  public let elements: [ElementScore]
  public let result: SatisfactionIndexResult

  /// Computes the index of `responses`.
  ///
  /// Complexity: O(n) for n responses.
  public init(responses: some Sequence<SurveyResponse>) {
    var sums = [Int](repeating: 0, count: SurveyElement.allCases.count)
    var counts = sums
    var respondents = 0
    var blank = 0
    for response in responses {
      if response.isBlank {
        blank += 1
        continue
      }
      respondents += 1
      for (element, answer) in response.answers {
        sums[element.rawValue - 1] += answer
        counts[element.rawValue - 1] += 1
      }
    }

    self.respondents = respondents
    self.blankResponses = blank
    self.elements = SurveyElement.allCases.map {
      ElementScore(
        element: $0, answerSum: sums[$0.rawValue - 1], answerCount: counts[$0.rawValue - 1])
    }
    self.result = Self.result(of: elements)
  }

  /// Computes the index from sums and counts per element that a store aggregated.
  /// `elements` holds one score per element in order U1 to U9; a missing element counts
  /// as unanswered.
  public init(respondents: Int, blankResponses: Int = 0, elements: [ElementScore]) {
    self.respondents = respondents
    self.blankResponses = blankResponses
    self.elements = SurveyElement.allCases.map { element in
      elements.first { $0.element == element }
        ?? ElementScore(element: element, answerSum: 0, answerCount: 0)
    }
    self.result = Self.result(of: self.elements)
  }

  /// The IKM, or nil when it is not computable.
  public var ikm: IKM? {
    if case .computed(let ikm) = result { return ikm }
    return nil
  }

  /// Returns the sample size that a population needs and whether `respondents` reaches it.
  public func sampleAdequacy(population: Int) -> SampleAdequacy {
    SampleAdequacy(population: population, respondents: respondents)
  }

  private static func result(of elements: [ElementScore]) -> SatisfactionIndexResult {
    let unanswered = elements.filter { $0.answerCount == 0 }.map(\.element)
    if !unanswered.isEmpty { return .notComputable(unanswered: unanswered) }
    return .computed(IKM(hundredths: hundredths(of: elements)))
  }

  /// Returns (Σ NRR ÷ 9) × 25 × 100, rounded half up. Every element must have answers.
  private static func hundredths(of elements: [ElementScore]) -> Int {
    var sum = Fraction.zero
    for score in elements {
      guard let next = sum.adding(Fraction(score.answerSum, score.answerCount)) else {
        return approximateHundredths(of: elements)
      }
      sum = next
    }
    // (Σ NRR ÷ 9) × 25 × 100 = Σ NRR × 2,500 ÷ 9.
    guard let scaled = sum.multiplied(by: Fraction(2_500, 9)),
      let rounded = scaled.roundedHalfUp()
    else { return approximateHundredths(of: elements) }
    return rounded
  }

  /// Computes the index in floating point, for surveys so large that the exact fraction
  /// would overflow `Int`.
  private static func approximateHundredths(of elements: [ElementScore]) -> Int {
    // NOTE: reached only when the common denominator of the nine NRR passes Int.max,
    // which needs answer counts with a product of many large distinct primes. A result
    // exactly on a half hundredth may then round either way.
    let sum = elements.reduce(0.0) { $0 + Double($1.answerSum) / Double($1.answerCount) }
    return Int((sum * 2_500 / 9).rounded(.toNearestOrAwayFromZero))
  }
}

/// The outcome of a satisfaction index.
public enum SatisfactionIndexResult: Sendable, Equatable {
  case computed(IKM)
  /// Some elements have no answers, so they have no NRR and there is no index. The
  /// elements are in order U1 to U9; all nine when there are no respondents.
  case notComputable(unanswered: [SurveyElement])
}

/// An IKM value on the 25–100 scale, rounded to 2 decimals.
public struct IKM: Sendable, Hashable, CustomStringConvertible {
  /// The index × 100: 8167 for 81.67. Grades compare this integer, never a `Double`.
  public let hundredths: Int

  public init(hundredths: Int) {
    self.hundredths = hundredths
  }

  public var value: Double { Double(hundredths) / 100 }

  public var grade: SatisfactionGrade { SatisfactionGrade(ikmHundredths: hundredths) }

  /// The value with two decimals and a point, such as "81.67".
  public var description: String {
    let cents = hundredths % 100
    return "\(hundredths / 100).\(cents < 10 ? "0" : "")\(cents)"
  }
}

/// The answers to one element of the survey.
public struct ElementScore: Sendable, Equatable {
  public let element: SurveyElement
  public let answerSum: Int
  /// Respondents who answered this element.
  public let answerCount: Int

  public init(element: SurveyElement, answerSum: Int, answerCount: Int) {
    self.element = element
    self.answerSum = answerSum
    self.answerCount = answerCount
  }

  /// The mean answer (nilai rata-rata, NRR) on the 1–4 scale, or nil when no respondent
  /// answered the element.
  public var nrr: Double? {
    answerCount == 0 ? nil : Double(answerSum) / Double(answerCount)
  }

  /// The grade of the exact NRR, or nil when no respondent answered the element.
  public var grade: SatisfactionGrade? {
    answerCount == 0 ? nil : SatisfactionGrade(nrrSum: answerSum, count: answerCount)
  }
}

import Testing

@testable import HDSCore

/// Returns `count` responses whose answers to each element add up to `sums[element]`,
/// spread as evenly as the 1–4 scale allows.
private func responses(count: Int, elementSums sums: [Int]) throws -> [SurveyResponse] {
  try (0..<count).map { respondent in
    let answers = sums.map { sum -> Int? in
      let base = sum / count
      return respondent < sum % count ? base + 1 : base
    }
    return try SurveyResponse(answers)
  }
}

/// Returns the IKM × 100 that a rounded weight gives in place of 1/9, with the same
/// half-up rounding, from element sums over `count` respondents who answered everything.
/// `weightThousandths` is 110 for 0.11.
private func hundredthsWithWeight(_ weightThousandths: Int, sums: [Int], count: Int) -> Int {
  // Σ NRR × weight × 25 × 100 = Σ sums × weightThousandths × 2.5 ÷ count.
  let numerator = sums.reduce(0, +) * weightThousandths * 5
  let denominator = count * 2
  return (2 * numerator + denominator) / (2 * denominator)
}

@Suite("SatisfactionIndex")
struct SatisfactionIndexTests {
  // MARK: - Published test values

  @Test("one respondent all 4 is 100.00 A")
  func allFours() throws {
    let index = SatisfactionIndex(responses: [try SurveyResponse(Array(repeating: 4, count: 9))])
    let ikm = try #require(index.ikm)

    #expect(index.respondents == 1)
    #expect(ikm.hundredths == 10_000)
    #expect(ikm.description == "100.00")
    #expect(ikm.grade == .a)
    #expect(ikm.grade.officialName == "Sangat baik")
  }

  @Test("five respondents give 81.67 B")
  func fiveRespondents() throws {
    let sums = [16, 17, 14, 20, 16, 17, 18, 14, 15]
    let index = SatisfactionIndex(responses: try responses(count: 5, elementSums: sums))
    let ikm = try #require(index.ikm)

    #expect(index.respondents == 5)
    #expect(index.elements.map(\.answerSum) == sums)
    #expect(index.elements.map(\.answerCount) == Array(repeating: 5, count: 9))
    #expect(ikm.description == "81.67")
    #expect(ikm.grade == .b)
    #expect(ikm.grade.officialName == "Baik")
  }

  @Test("weight 0.11 gives 80.85 for five")
  func fiveRespondentsRoundedWeight() throws {
    let sums = [16, 17, 14, 20, 16, 17, 18, 14, 15]
    let exact = try #require(
      SatisfactionIndex(responses: try responses(count: 5, elementSums: sums)).ikm)
    let rounded = hundredthsWithWeight(110, sums: sums, count: 5)

    #expect(rounded == 8085)
    #expect(exact.hundredths == 8167)
    #expect(exact.hundredths != rounded)
  }

  @Test("fifty respondents give 88.50 A")
  func fiftyRespondents() throws {
    let sums = Array(repeating: 27 * 4 + 23 * 3, count: 9)
    let index = SatisfactionIndex(responses: try responses(count: 50, elementSums: sums))
    let ikm = try #require(index.ikm)

    #expect(index.respondents == 50)
    #expect(ikm.description == "88.50")
    #expect(ikm.grade == .a)
    for score in index.elements {
      #expect(score.nrr == 3.54, "\(score.element.code)")
      #expect(score.grade == .a, "\(score.element.code)")
    }
  }

  @Test("weight 0.11 drops fifty to 87.62 B")
  func fiftyRespondentsRoundedWeight() throws {
    let sums = Array(repeating: 27 * 4 + 23 * 3, count: 9)
    let exact = try #require(
      SatisfactionIndex(responses: try responses(count: 50, elementSums: sums)).ikm)
    let rounded = IKM(hundredths: hundredthsWithWeight(110, sums: sums, count: 50))

    #expect(rounded.description == "87.62")
    #expect(rounded.grade == .b)
    #expect(exact.grade == .a)
  }

  // MARK: - Arithmetic

  @Test("element NRR and grades")
  func elementScores() throws {
    let sums = [16, 17, 14, 20, 16, 17, 18, 14, 15]
    let index = SatisfactionIndex(responses: try responses(count: 5, elementSums: sums))
    let scores = index.elements

    #expect(scores.map(\.element) == SurveyElement.allCases)
    #expect(scores[0].nrr == 3.2)
    #expect(scores[0].grade == .b)
    #expect(scores[2].nrr == 2.8)
    #expect(scores[2].grade == .c)
    #expect(scores[3].nrr == 4)
    #expect(scores[3].grade == .a)
  }

  @Test("half hundredth rounds up")
  func halfRoundsUp() throws {
    // Eight respondents, each element summing to 9: Σ NRR = 81/8, IKM = 28.125 exactly.
    let index = SatisfactionIndex(
      responses: try responses(count: 8, elementSums: Array(repeating: 9, count: 9)))
    let ikm = try #require(index.ikm)

    #expect(ikm.description == "28.13")
    #expect(ikm.grade == .d)
  }

  @Test("blank answers leave the divisor")
  func partialBlanks() throws {
    let full = try SurveyResponse(Array(repeating: 3, count: 9))
    let noU9 = try SurveyResponse([3, 3, 3, 3, 3, 3, 3, 3, nil])
    let index = SatisfactionIndex(responses: [full, noU9])

    #expect(index.respondents == 2)
    #expect(index.elements[8].answerCount == 1)
    #expect(index.elements[8].nrr == 3)
    #expect(index.ikm?.description == "75.00")
  }

  @Test("blank response is no respondent")
  func blankResponse() throws {
    let blank = try SurveyResponse(Array(repeating: nil, count: 9))
    let index = SatisfactionIndex(responses: [
      blank, try SurveyResponse(Array(repeating: 4, count: 9)),
    ])

    #expect(blank.isBlank)
    #expect(index.respondents == 1)
    #expect(index.blankResponses == 1)
    #expect(index.ikm?.hundredths == 10_000)
  }

  @Test("aggregated sums equal responses")
  func aggregatedSums() throws {
    let sums = [16, 17, 14, 20, 16, 17, 18, 14, 15]
    let fromResponses = SatisfactionIndex(responses: try responses(count: 5, elementSums: sums))
    let fromSums = SatisfactionIndex(
      respondents: 5,
      elements: zip(SurveyElement.allCases, sums).map {
        ElementScore(element: $0, answerSum: $1, answerCount: 5)
      })

    #expect(fromSums == fromResponses)
    #expect(fromSums.ikm?.description == "81.67")
  }

  @Test("aggregate without an element not computable")
  func aggregateMissingElement() {
    let index = SatisfactionIndex(
      respondents: 1, elements: [ElementScore(element: .cost, answerSum: 4, answerCount: 1)])

    #expect(index.elements.map(\.element) == SurveyElement.allCases)
    #expect(index.elements[3].answerSum == 4)
    #expect(
      index.result == .notComputable(unanswered: SurveyElement.allCases.filter { $0 != .cost }))
  }

  // MARK: - Not computable

  @Test("unanswered element not computable")
  func unansweredElement() throws {
    let response = try SurveyResponse([4, 4, 4, 4, 4, 4, 4, nil, nil])
    let index = SatisfactionIndex(responses: [response, response])

    #expect(index.result == .notComputable(unanswered: [.facilities, .complaintHandling]))
    #expect(index.ikm == nil)
    #expect(index.elements[7].nrr == nil)
    #expect(index.elements[7].grade == nil)
    #expect(index.elements[0].nrr == 4)
  }

  @Test("no responses not computable")
  func noResponses() {
    let index = SatisfactionIndex(responses: [])

    #expect(index.respondents == 0)
    #expect(index.result == .notComputable(unanswered: SurveyElement.allCases))
  }

  // MARK: - Grade bounds

  @Test(
    "IKM grade bounds",
    arguments: [
      (10_000, SatisfactionGrade.a), (8831, .a), (8830, .b), (7661, .b), (7660, .c),
      (6500, .c), (6499, .d), (2500, .d),
    ])
  func ikmBounds(hundredths: Int, grade: SatisfactionGrade) {
    #expect(IKM(hundredths: hundredths).grade == grade)
  }

  @Test(
    "NRR grade bounds",
    arguments: [
      // 3.5324 = 8831/2500, 3.0644 = 7661/2500, 2.60 = 13/5.
      (4, 1, SatisfactionGrade.a), (8831, 2500, .a), (8830, 2500, .b), (7661, 2500, .b),
      (7660, 2500, .c), (13, 5, .c), (2599, 1000, .d), (1, 1, .d),
    ])
  func nrrBounds(sum: Int, count: Int, grade: SatisfactionGrade) {
    #expect(SatisfactionGrade(nrrSum: sum, count: count) == grade)
  }

  @Test("grade names")
  func gradeNames() {
    #expect(
      SatisfactionGrade.allCases.map(\.officialName) == [
        "Sangat baik", "Baik", "Kurang baik", "Tidak baik",
      ])
  }

  @Test("IKM description pads cents")
  func ikmDescription() {
    #expect(IKM(hundredths: 8805).description == "88.05")
    #expect(IKM(hundredths: 6500).description == "65.00")
    #expect(IKM(hundredths: 8831).value == 88.31)
  }

  // MARK: - Responses

  @Test("answers outside 1 to 4 rejected", arguments: [0, 5, -1])
  func outOfRange(answer: Int) {
    #expect(throws: SurveyResponseError.answerOutOfRange(element: .serviceTime, value: answer)) {
      try SurveyResponse([4, 4, answer, 4, 4, 4, 4, 4, 4])
    }
  }

  @Test("wrong answer count rejected")
  func wrongCount() {
    #expect(throws: SurveyResponseError.wrongAnswerCount(8)) {
      try SurveyResponse([4, 4, 4, 4, 4, 4, 4, 4])
    }
  }

  @Test("error names element and value")
  func errorMessage() {
    let error = SurveyResponseError.answerOutOfRange(element: .serviceTime, value: 5)

    #expect(error.description == "U3 answer 5 is out of range; an answer is 1 to 4, or blank")
  }

  @Test("element codes U1 to U9")
  func elementCodes() {
    #expect(SurveyElement.allCases.map(\.code) == (1...9).map { "U\($0)" })
  }
}

@Suite("SampleSize")
struct SampleSizeTests {
  @Test(
    "Krejcie-Morgan table",
    arguments: [
      (100, 80), (500, 217), (1_000, 278), (5_000, 357), (10_000, 370), (50_000, 381),
    ])
  func table(population: Int, size: Int) {
    #expect(SampleSize.krejcieMorgan(population: population) == size)
  }

  @Test("small and large populations")
  func extremes() {
    #expect(SampleSize.krejcieMorgan(population: 0) == 0)
    #expect(SampleSize.krejcieMorgan(population: -5) == 0)
    #expect(SampleSize.krejcieMorgan(population: 1) == 1)
    #expect(SampleSize.krejcieMorgan(population: 1_000_000) == 384)
    #expect(SampleSize.krejcieMorgan(population: Int.max) == 384)
  }

  @Test("never above population, never falling")
  func monotone() {
    var previous = 0
    for population in 1...20_000 {
      let size = SampleSize.krejcieMorgan(population: population)
      #expect(size <= population, "population \(population)")
      #expect(size >= previous, "population \(population)")
      previous = size
    }
  }

  @Test("adequacy of respondents")
  func adequacy() throws {
    let response = try SurveyResponse(Array(repeating: 4, count: 9))
    let index = SatisfactionIndex(responses: Array(repeating: response, count: 277))
    let short = index.sampleAdequacy(population: 1_000)
    let enough = SampleAdequacy(population: 1_000, respondents: 278)

    #expect(short.required == 278)
    #expect(!short.isSufficient)
    #expect(short.shortfall == 1)
    #expect(enough.isSufficient)
    #expect(enough.shortfall == 0)
  }
}

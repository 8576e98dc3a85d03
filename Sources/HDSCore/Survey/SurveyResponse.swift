/// One respondent's answers to the satisfaction survey: for each element 1 (worst) to
/// 4 (best), or blank.
public struct SurveyResponse: Sendable, Equatable {
  /// The answers given. An element left blank has no entry.
  public let answers: [SurveyElement: Int]

  public static let answerRange = 1...4

  /// Creates a response from the answers given. Throws when an answer is outside 1…4.
  public init(answers: [SurveyElement: Int]) throws(SurveyResponseError) {
    for element in SurveyElement.allCases {
      if let answer = answers[element], !Self.answerRange.contains(answer) {
        throw .answerOutOfRange(element: element, value: answer)
      }
    }
    self.answers = answers
  }

  /// Creates a response from nine answers in the order U1 to U9, nil for a blank.
  public init(_ answers: [Int?]) throws(SurveyResponseError) {
    guard answers.count == SurveyElement.allCases.count else {
      throw .wrongAnswerCount(answers.count)
    }
    var answersByElement: [SurveyElement: Int] = [:]
    for (element, answer) in zip(SurveyElement.allCases, answers) {
      answersByElement[element] = answer
    }
    try self.init(answers: answersByElement)
  }

  public subscript(element: SurveyElement) -> Int? { answers[element] }

  /// Whether every element is blank, as on a form handed back empty.
  public var isBlank: Bool { answers.isEmpty }
}

public enum SurveyResponseError: Error, Sendable, Equatable, CustomStringConvertible {
  case answerOutOfRange(element: SurveyElement, value: Int)
  case wrongAnswerCount(Int)

  public var description: String {
    switch self {
    case .answerOutOfRange(let element, let value):
      return "\(element.code) answer \(value) is out of range; an answer is 1 to 4, or blank"
    case .wrongAnswerCount(let count):
      return
        "a response has \(count) answers; it needs 9, one for each of U1 to U9, with nil for"
        + " a blank"
    }
  }
}

import Foundation
import HDSCore

/// Synthetic satisfaction survey responses for part of the delivered sample requests,
/// recorded through the store's own command as the dashboard's form does.
enum SampleSurveys {
  /// The share of delivered requests whose resident returned the questionnaire, in
  /// percent. An estimate chosen so that the demo's month falls short of its
  /// Krejcie–Morgan sample and shows the warning.
  static let returnRate = 60

  /// Records one response for about `returnRate` % of the delivered requests, answered
  /// on the delivery day or up to three days later, never after `now`. Returns how many
  /// it recorded.
  static func record(
    _ store: Store, requests: [DeliveryRequest], now: Date, actor: Actor,
    generator: inout SeededGenerator
  ) throws(StoreError) -> Int {
    let today = CalendarDay(containing: now)
    var recorded = 0
    for request in requests where request.state == .delivered {
      guard let deliveredAt = request.deliveredAt,
        Int.random(in: 0..<100, using: &generator) < returnRate
      else { continue }
      let delivered = CalendarDay(containing: deliveredAt)
      let answeredOn = min(today, delivered.adding(days: Int.random(in: 0...3, using: &generator)))
      let response = NewSurveyResponse(
        requestID: request.id, answeredOn: answeredOn, response: try answers(using: &generator),
        source: .form)
      _ = try store.recordSurveyResponse(response, replacing: false, by: actor, at: now)
      recorded += 1
    }
    return recorded
  }

  /// Nine answers leaning to 3 and 4, as kecamatan surveys usually come back. The service
  /// is free, so U4 (cost) is nearly always 4, and most residents leave U9 (complaint
  /// handling) blank because they made no complaint.
  private static func answers(using generator: inout SeededGenerator) throws(StoreError)
    -> SurveyResponse
  {
    var answers: [SurveyElement: Int] = [:]
    for element in SurveyElement.allCases {
      let roll = Int.random(in: 0..<100, using: &generator)
      switch element {
      case .cost:
        answers[element] = roll < 95 ? 4 : 3
      case .complaintHandling:
        if roll >= 85 {
          answers[element] = 4
        } else if roll >= 70 {
          answers[element] = 3
        } else if roll >= 60 {
          answers[element] = 2
        }
      default:
        if roll < 2 {
          answers[element] = 1
        } else if roll < 12 {
          answers[element] = 2
        } else if roll < 55 {
          answers[element] = 3
        } else {
          answers[element] = 4
        }
      }
    }
    do throws(SurveyResponseError) {
      return try SurveyResponse(answers: answers)
    } catch {
      throw .invalid("sample survey answers: \(error)")
    }
  }
}

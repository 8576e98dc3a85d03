/// Reads the print dates that print lists carry: YYYY-MM-DD as HDS writes it, and
/// DD-MM-YYYY or DD/MM/YYYY as Excel shows dates in an Indonesian locale. Day and month
/// may have one or two digits; the year must have four.
enum PrintDate {
  enum Result: Equatable {
    case day(CalendarDay)
    /// The text is in none of the accepted formats.
    case notADate
    /// The text is in an accepted format, but the day does not exist, as in 31/02/2026.
    case noSuchDay
  }

  static func parse(_ text: String) -> Result {
    for separator in ["-", "/"] as [Character] {
      let parts = text.split(separator: separator, omittingEmptySubsequences: false)
      guard parts.count == 3, parts.allSatisfy(isDigits) else { continue }
      let lengths = parts.map(\.count)
      let year: Int
      let month: Int
      let day: Int
      if separator == "-", lengths[0] == 4, (1...2).contains(lengths[1]),
        (1...2).contains(lengths[2])
      {
        (year, month, day) = (number(parts[0]), number(parts[1]), number(parts[2]))
      } else if lengths[2] == 4, (1...2).contains(lengths[0]), (1...2).contains(lengths[1]) {
        (year, month, day) = (number(parts[2]), number(parts[1]), number(parts[0]))
      } else {
        return .notADate
      }
      guard CalendarDay.isValid(year: year, month: month, day: day) else { return .noSuchDay }
      return .day(CalendarDay(year: year, month: month, day: day))
    }
    return .notADate
  }

  /// Whether `part` is one or more ASCII digits; unlike `Int(_:)`, rejects a sign.
  private static func isDigits(_ part: Substring) -> Bool {
    !part.isEmpty && part.allSatisfy { $0.isASCII && $0.isNumber }
  }

  /// The value of a part that `isDigits` accepted and that has at most four digits.
  private static func number(_ part: Substring) -> Int {
    part.reduce(0) { $0 * 10 + Int($1.asciiValue! - 48) }
  }
}

extension PrintDate {
  static let formats = "YYYY-MM-DD, DD-MM-YYYY or DD/MM/YYYY"

  /// Returns the day of a cell that may not be later than `today`, or the problem that
  /// names `label` and the fix. `emptyFix` is the fix for an empty or unreadable cell.
  static func pastDay(_ raw: String, label: String, today: CalendarDay, emptyFix: String)
    -> Swift.Result<CalendarDay, PastDayProblem>
  {
    switch parse(raw) {
    case .day(let day) where day > today:
      return .failure(
        PastDayProblem(
          message: "\(label) \(raw) is after today (\(today)); check that the day comes before"
            + " the month, as in DD/MM/YYYY"))
    case .day(let day):
      return .success(day)
    case .notADate:
      let problem = raw.isEmpty ? "\(label) is empty" : "\(label) \(raw) is not a date"
      return .failure(PastDayProblem(message: problem + "; " + emptyFix))
    case .noSuchDay:
      return .failure(
        PastDayProblem(
          message: "\(label) \(raw) is not a real date; check the day and the month"))
    }
  }
}

/// The reason a date cell was rejected, as the message an import report shows.
struct PastDayProblem: Error, Equatable {
  let message: String
}

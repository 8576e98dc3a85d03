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
    // The parts are runs of ASCII digits between one kind of separator. Any other byte,
    // such as a sign or a second kind of separator, means the text is not a date.
    var parts: [(value: Int, length: Int)] = [(0, 0)]
    var separator: UInt8?
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let last = parts.count - 1
        // No date part has more than four digits, so the value stops growing there.
        guard parts[last].length < 5 else { return .notADate }
        parts[last] = (parts[last].value * 10 + Int(byte) - 48, parts[last].length + 1)
      case UInt8(ascii: "-"), UInt8(ascii: "/"):
        guard separator == nil || separator == byte, parts.count < 3 else { return .notADate }
        separator = byte
        parts.append((0, 0))
      default:
        return .notADate
      }
    }
    guard parts.count == 3, parts.allSatisfy({ $0.length > 0 }) else { return .notADate }
    let lengths = parts.map(\.length)
    let year: Int
    let month: Int
    let day: Int
    if separator == UInt8(ascii: "-"), lengths[0] == 4, (1...2).contains(lengths[1]),
      (1...2).contains(lengths[2])
    {
      (year, month, day) = (parts[0].value, parts[1].value, parts[2].value)
    } else if lengths[2] == 4, (1...2).contains(lengths[0]), (1...2).contains(lengths[1]) {
      (year, month, day) = (parts[2].value, parts[1].value, parts[0].value)
    } else {
      return .notADate
    }
    guard CalendarDay.isValid(year: year, month: month, day: day) else { return .noSuchDay }
    return .day(CalendarDay(year: year, month: month, day: day))
  }
}

extension PrintDate {
  /// Returns the day of a cell that may not be later than `today`, or the problem with
  /// it. `field` names the cell in the problem of an empty or unreadable value.
  static func pastDay(_ raw: String, field: ImportField, today: CalendarDay)
    -> Swift.Result<CalendarDay, PastDayProblem>
  {
    switch parse(raw) {
    case .day(let day) where day > today:
      // A day-first date may have its day and month swapped, but a year-first one may not.
      let yearFirst = raw.utf8.dropFirst(4).first == UInt8(ascii: "-")
      return .failure(PastDayProblem(kind: .afterToday(today: today, yearFirst: yearFirst)))
    case .day(let day):
      return .success(day)
    case .notADate:
      return .failure(PastDayProblem(kind: raw.isEmpty ? .empty(field) : .notADate(field)))
    case .noSuchDay:
      return .failure(PastDayProblem(kind: .noSuchDay))
    }
  }
}

/// The reason a date cell was rejected.
struct PastDayProblem: Error, Equatable {
  let kind: ImportProblem
}

/// A line of a holiday list that breaks the format. Line numbers start at 1.
public enum HolidayListError: Error, Sendable, Equatable, CustomStringConvertible {
  case invalidDate(line: Int, value: String)
  case dateOutsideYear(line: Int, day: CalendarDay, year: Int)
  case duplicateDate(line: Int, day: CalendarDay, firstLine: Int)
  case missingKind(line: Int, day: CalendarDay)
  case unknownKind(line: Int, value: String)
  case missingName(line: Int, day: CalendarDay)

  public var line: Int {
    switch self {
    case .invalidDate(let line, _), .dateOutsideYear(let line, _, _),
      .duplicateDate(let line, _, _), .missingKind(let line, _), .unknownKind(let line, _),
      .missingName(let line, _):
      return line
    }
  }

  public var description: String {
    switch self {
    case .invalidDate(let line, let value):
      return
        "line \(line): \"\(value)\" is not a valid date; start the line with the date as"
        + " YYYY-MM-DD, for example 2026-01-01"
    case .dateOutsideYear(let line, let day, let year):
      return "line \(line): \(day) is outside \(year); move it to the list for \(day.year)"
    case .duplicateDate(let line, let day, let firstLine):
      return "line \(line): \(day) is already on line \(firstLine); keep one of the two lines"
    case .missingKind(let line, let day):
      return
        "line \(line): \(day) has no type or name; write libur or cuti after the date,"
        + " then the name"
    case .unknownKind(let line, let value):
      return
        "line \(line): type \"\(value)\" is invalid; write libur (libur nasional) or cuti"
        + " (cuti bersama) after the date"
    case .missingName(let line, let day):
      return "line \(line): \(day) has no name; write the holiday's name after the type"
    }
  }
}

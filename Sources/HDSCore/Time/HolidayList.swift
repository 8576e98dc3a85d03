/// The national holidays and cuti bersama of one year, as a joint decree of three
/// ministers (SKB) sets them.
///
/// The text format has one day a line: the date as YYYY-MM-DD, the type (`libur` for
/// libur nasional, `cuti` for cuti bersama), then the name, separated by spaces or tabs:
///
///     2026-01-01 libur Tahun Baru 2026 Masehi
///     2026-02-16 cuti  Cuti Bersama Tahun Baru Imlek 2577 Kongzili
///
/// Blank lines and lines whose first non-blank character is `#` are skipped. The type is
/// case-insensitive. Lines may end in LF, CRLF or CR.
public struct HolidayList: Sendable, Equatable {
  public let year: Int
  /// The days off in date order, each date once.
  public let holidays: [Holiday]

  /// Parses the holiday list of `year` from `text`.
  ///
  /// Throws the first line that breaks the format: an invalid date, a date outside
  /// `year`, a date listed twice, or a missing or unknown type or name.
  public init(year: Int, parsing text: String) throws(HolidayListError) {
    var holidays: [Holiday] = []
    var lineOfDay: [CalendarDay: Int] = [:]
    let body = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    // Only LF, CRLF and a lone CR end a line, as editors count lines. `isNewline` would
    // also split at a vertical tab, a form feed, NEL, U+2028 and U+2029, and an error
    // would then name a line number that the editor does not show.
    let lines = body.split(omittingEmptySubsequences: false) {
      $0 == "\n" || $0 == "\r\n" || $0 == "\r"
    }

    for (index, line) in lines.enumerated() {
      let lineNumber = index + 1
      guard let holiday = try Self.parseLine(line, number: lineNumber, year: year) else {
        continue
      }
      if let firstLine = lineOfDay[holiday.day] {
        throw .duplicateDate(line: lineNumber, day: holiday.day, firstLine: firstLine)
      }
      lineOfDay[holiday.day] = lineNumber
      holidays.append(holiday)
    }

    self.year = year
    self.holidays = holidays.sorted { $0.day < $1.day }
  }

  /// The dates of all days off.
  public var days: Set<CalendarDay> { Set(holidays.map(\.day)) }

  /// Returns how many days off of `kind` the list has.
  public func count(of kind: HolidayKind) -> Int {
    holidays.count(where: { $0.kind == kind })
  }

  /// Returns nil for a blank or comment line.
  private static func parseLine(
    _ line: Substring, number: Int, year: Int
  ) throws(HolidayListError) -> Holiday? {
    let content = line.trimmingSpaces()
    if content.isEmpty || content.hasPrefix("#") { return nil }

    let (dateText, afterDate) = content.splitFirstField()
    guard let day = CalendarDay(iso: String(dateText)) else {
      throw .invalidDate(line: number, value: String(dateText))
    }
    guard day.year == year else {
      throw .dateOutsideYear(line: number, day: day, year: year)
    }

    let (kindText, name) = afterDate.splitFirstField()
    if kindText.isEmpty { throw .missingKind(line: number, day: day) }
    guard let kind = HolidayKind(rawValue: kindText.lowercased()) else {
      throw .unknownKind(line: number, value: String(kindText))
    }
    if name.isEmpty { throw .missingName(line: number, day: day) }

    return Holiday(day: day, kind: kind, name: String(name))
  }
}

extension Substring {
  fileprivate func trimmingSpaces() -> Substring {
    let isSpace = { (character: Character) in character == " " || character == "\t" }
    guard let first = firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
    guard let last = lastIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
    return self[first...last]
  }

  /// Splits a trimmed line at its first run of spaces or tabs and returns the field
  /// before it and the trimmed rest, which is empty when there is no separator.
  fileprivate func splitFirstField() -> (field: Substring, rest: Substring) {
    guard let separator = firstIndex(where: { $0 == " " || $0 == "\t" }) else {
      return (self, self[endIndex...])
    }
    return (self[..<separator], self[separator...].trimmingSpaces())
  }
}

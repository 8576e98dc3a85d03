/// Day arithmetic without Foundation, for counting working days in O(1).
extension CalendarDay {
  /// Days since 1970-01-01 (negative before it), in the proleptic Gregorian calendar.
  ///
  /// Uses Howard Hinnant's `days_from_civil`. An out-of-range day such as 30 February counts
  /// on into the next month, as `OfficeClock.calendar` does.
  var dayNumber: Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let monthFromMarch = month > 2 ? month - 3 : month + 9
    let dayOfYear = (153 * monthFromMarch + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// Returns the ISO weekday (1 Monday … 7 Sunday) of a day number.
  static func weekday(dayNumber: Int) -> Int {
    // 1970-01-01 was a Thursday, ISO weekday 4.
    floorModulo(dayNumber + 3, 7) + 1
  }

  static func floorModulo(_ value: Int, _ divisor: Int) -> Int {
    let remainder = value % divisor
    return remainder < 0 ? remainder + divisor : remainder
  }
}

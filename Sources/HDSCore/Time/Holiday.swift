/// Whether a day off is a national holiday or cuti bersama. Both are days off for the
/// office, so working-day counts treat them alike.
public enum HolidayKind: String, Sendable, CaseIterable, Codable {
  /// Libur nasional, written `libur` in a holiday list.
  case nationalHoliday = "libur"
  /// Cuti bersama, the collective leave days of the same decree, written `cuti`.
  case cutiBersama = "cuti"
}

/// One day off from a holiday list.
public struct Holiday: Sendable, Hashable {
  public let day: CalendarDay
  public let kind: HolidayKind
  /// The decree's name for the day, such as "Tahun Baru 2026 Masehi".
  public let name: String

  public init(day: CalendarDay, kind: HolidayKind, name: String) {
    self.day = day
    self.kind = kind
    self.name = name
  }
}

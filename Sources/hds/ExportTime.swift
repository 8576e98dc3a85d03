import Foundation
import HDSCore

/// A WIB time given on the command line as YYYY-MM-DD (the start of that day) or
/// YYYY-MM-DDTHH:MM.
struct ExportTime: Equatable {
  let instant: Date

  init?(_ text: String) {
    let parts = text.split(separator: "T", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), let day = CalendarDay(iso: String(parts[0])) else {
      return nil
    }
    guard parts.count == 2 else {
      instant = day.start
      return
    }
    let clock = parts[1].split(separator: ":", omittingEmptySubsequences: false)
    guard clock.count == 2, clock.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isASCII) }),
      let hour = Int(clock[0]), let minute = Int(clock[1]), (0...23).contains(hour),
      (0...59).contains(minute), clock.allSatisfy({ $0.allSatisfy(\.isNumber) })
    else { return nil }
    instant = day.start.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
  }

  /// Formats `instant` as ISO 8601 in WIB: "2026-12-04T10:15:00+07:00".
  static func iso(_ instant: Date) -> String {
    let parts = OfficeClock.calendar.dateComponents(
      [.year, .month, .day, .hour, .minute, .second], from: instant)
    // A Gregorian calendar always fills these components.
    return String(
      format: "%04d-%02d-%02dT%02d:%02d:%02d+07:00", parts.year!, parts.month!, parts.day!,
      parts.hour!, parts.minute!, parts.second!)
  }
}

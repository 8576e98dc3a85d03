import Foundation
import HDSCore

/// Reads a time as the office writes it, in WIB: "14:05" (today) or "03-12-2026 14:05".
enum HandoverTimeParser {
  static func parse(_ text: String, today: CalendarDay) -> Date? {
    let parts = text.split(separator: " ", omittingEmptySubsequences: true)
    let day: CalendarDay
    let clock: Substring
    switch parts.count {
    case 1:
      day = today
      clock = parts[0]
    case 2:
      let pieces = parts[0].split(separator: "-")
      guard pieces.count == 3, let d = Int(pieces[0]), let m = Int(pieces[1]),
        let y = Int(pieces[2]), pieces[2].count == 4, CalendarDay.isValid(year: y, month: m, day: d)
      else { return nil }
      day = CalendarDay(year: y, month: m, day: d)
      clock = parts[1]
    default:
      return nil
    }
    let hm = clock.split(separator: ":")
    guard hm.count == 2, hm.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }),
      let hour = Int(hm[0]), let minute = Int(hm[1]), (0..<24).contains(hour),
      (0..<60).contains(minute)
    else { return nil }
    return day.start.addingTimeInterval(TimeInterval(hour * 3600 + minute * 60))
  }
}

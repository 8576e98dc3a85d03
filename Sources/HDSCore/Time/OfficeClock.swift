import Foundation

/// The office's time zone and calendar: WIB (UTC+7, Asia/Jakarta) whatever the machine's
/// zone, Gregorian.
public enum OfficeClock {
  public static let timeZone =
    TimeZone(identifier: "Asia/Jakarta") ?? TimeZone(secondsFromGMT: 7 * 3600)!

  public static let calendar: Calendar = {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    return calendar
  }()

  /// "07:45" in WIB.
  public static func timeOfDay(_ instant: Date) -> String {
    let parts = calendar.dateComponents([.hour, .minute], from: instant)
    return String(format: "%02d:%02d", parts.hour!, parts.minute!)
  }
}

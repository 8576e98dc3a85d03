import Foundation
import HDSCore
import HDSDashboard

/// Appends timestamped lines to hds.log in the data directory. The dashboard owns the
/// terminal, so nothing is ever logged to it.
final class FileLog: ActivityLog, @unchecked Sendable {
  // The lock serialises writes from the main queue and the store queue.
  private let lock = NSLock()
  private let handle: FileHandle?

  init(directory: String) {
    let path = directory + "/hds.log"
    if !FileManager.default.fileExists(atPath: path) {
      _ = FileManager.default.createFile(
        atPath: path, contents: nil, attributes: [.posixPermissions: 0o600])
    }
    handle = FileHandle(forWritingAtPath: path)
    _ = try? handle?.seekToEnd()
  }

  func record(_ line: String) {
    let now = Date()
    let stamp =
      "\(CalendarDay(containing: now)) \(OfficeClock.timeOfDay(now)) WIB pid=\(ProcessInfo.processInfo.processIdentifier) "
    lock.lock()
    defer { lock.unlock() }
    try? handle?.write(contentsOf: Data((stamp + line + "\n").utf8))
  }
}

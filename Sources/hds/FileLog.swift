import Foundation
import HDSCore
import HDSDashboard

#if canImport(Glibc)
  import Glibc
#endif

/// Appends timestamped lines to hds.log in the data directory. The dashboard owns the
/// terminal, so nothing is ever logged to it.
///
/// The file is opened with O_APPEND, so the kernel puts each line at the current end
/// even when several processes log to the same file; each line is one write(2).
final class FileLog: ActivityLog, @unchecked Sendable {
  // The lock keeps the main queue and the store queue from interleaving one line.
  private let lock = NSLock()
  private let descriptor: Int32

  init(directory: String) {
    descriptor = open(directory + "/hds.log", O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
  }

  deinit {
    if descriptor >= 0 { close(descriptor) }
  }

  func record(_ line: String) {
    guard descriptor >= 0 else { return }
    let now = Date()
    let pid = ProcessInfo.processInfo.processIdentifier
    let text =
      "\(CalendarDay(containing: now)) \(OfficeClock.timeOfDay(now)) WIB pid=\(pid) \(line)\n"
    let bytes = Array(text.utf8)
    lock.lock()
    defer { lock.unlock() }
    _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
  }
}

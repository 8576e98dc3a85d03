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
    let bytes = Array((Self.prefix(Date()) + line + "\n").utf8)
    lock.lock()
    defer { lock.unlock() }
    _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
  }

  /// Appends `lines` with one time, a write(2) per 64 KiB of whole lines, for commands
  /// that log a line per request. Formatting the time and writing each line one by one
  /// took about 1 s for the 100,000 lines of a large print-list import.
  func record(_ lines: [String]) {
    guard descriptor >= 0 else { return }
    let prefix = Self.prefix(Date())
    var chunk: [UInt8] = []
    chunk.reserveCapacity(Self.chunkSize + 1024)
    lock.lock()
    defer { lock.unlock() }
    for line in lines {
      chunk.append(contentsOf: prefix.utf8)
      chunk.append(contentsOf: line.utf8)
      chunk.append(UInt8(ascii: "\n"))
      if chunk.count >= Self.chunkSize {
        _ = chunk.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
        chunk.removeAll(keepingCapacity: true)
      }
    }
    if !chunk.isEmpty {
      _ = chunk.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
    }
  }

  private static let chunkSize = 65_536

  private static func prefix(_ now: Date) -> String {
    let pid = ProcessInfo.processInfo.processIdentifier
    return "\(CalendarDay(containing: now)) \(OfficeClock.timeOfDay(now)) WIB pid=\(pid) "
  }
}

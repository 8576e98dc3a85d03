import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One line per drawn frame on a file descriptor, for the benchmark that measures the
/// dashboard from outside (`hds-bench scale`, see docs/benchmarks-scale.md).
///
/// The dashboard writes it only when `HDS_FRAME_TRACE_FD` names an open descriptor, so
/// nothing is traced, and no byte is written, in normal use. A line reads
///
///     frame 123456789 keys=12 pending=0 snapshots=3 load=123400000 complete=1
///
/// with times in nanoseconds of the system's monotonic clock, which every process reads
/// alike. The fields are: when the frame was drawn, the keys handled so far, and the
/// store requests of this session that have not reported back. A key's frame is final
/// once that is 0. Then come the snapshots received, when the shown snapshot's load
/// began, and whether a snapshot is shown.
public final class FrameTrace: Sendable {
  private let descriptor: Int32

  /// Returns nil unless `environment` names a descriptor open for writing.
  public init?(environment: [String: String]) {
    guard let text = environment["HDS_FRAME_TRACE_FD"], let number = Int32(text), number > 2,
      fcntl(number, F_GETFD) != -1
    else { return nil }
    descriptor = number
    // The descriptor is the benchmark's; programs the dashboard starts do not inherit it.
    _ = fcntl(number, F_SETFD, FD_CLOEXEC)
  }

  /// Returns the monotonic clock in nanoseconds.
  public static func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  func record(
    drawnAt: UInt64, keys: Int, pending: Int, snapshots: Int, loadStartedAt: UInt64,
    complete: Bool
  ) {
    let line =
      "frame \(drawnAt) keys=\(keys) pending=\(pending) snapshots=\(snapshots)"
      + " load=\(loadStartedAt) complete=\(complete ? 1 : 0)\n"
    let bytes = Array(line.utf8)
    var sent = 0
    while sent < bytes.count {
      let result = bytes.withUnsafeBytes {
        write(descriptor, $0.baseAddress! + sent, $0.count - sent)
      }
      if result > 0 {
        sent += result
      } else if result < 0 && errno == EINTR {
        continue
      } else {
        return  // The benchmark went away; the dashboard carries on untraced.
      }
    }
  }
}

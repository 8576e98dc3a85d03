// SQLite errors that come from the file or the disk rather than from the data: a damaged
// file, a full disk, missing permissions. Each gets a message that says what to do.

import CSQLite
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A file-system or file-damage cause behind an SQLite result code.
enum StorageProblem: Equatable {
  case damaged
  case diskFull
  case fileSizeLimit
  case notWritable
  case cannotOpen(systemError: String)
  case inputOutput(systemError: String)

  /// Classifies `code` (an extended result code) with the `errno` SQLite last saw, or
  /// returns nil when the error is not about the file or the disk.
  init?(code: Int32, systemErrno: Int32, path: String) {
    switch code & 0xff {
    case SQLITE_CORRUPT:
      self = .damaged
    case SQLITE_FULL:
      self = .diskFull
    case SQLITE_READONLY, SQLITE_PERM:
      self = .notWritable
    case SQLITE_CANTOPEN:
      if systemErrno == EACCES || systemErrno == EPERM || systemErrno == EROFS {
        self = .notWritable
      } else {
        self = .cannotOpen(systemError: Self.text(systemErrno))
      }
    case SQLITE_IOERR:
      switch systemErrno {
      case ENOSPC, EDQUOT: self = .diskFull
      case EFBIG: self = .fileSizeLimit
      case EACCES, EPERM, EROFS: self = .notWritable
      default: self = .inputOutput(systemError: Self.text(systemErrno))
      }
    default:
      return nil
    }
  }

  private static func text(_ number: Int32) -> String {
    number == 0 ? "no system error" : String(cString: strerror(number))
  }

  /// Returns the explanation and the fix, with SQLite's own `message`. `advice` replaces
  /// the fix for a damaged file.
  func reason(message: String, context: String, advice: String? = nil) -> String {
    let cause = "(SQLite: \(message), while \(context))"
    switch self {
    case .damaged:
      let fix =
        advice
        ?? "No change was saved. Stop every hds process on this store, then restore the"
        + " last good backup with hds restore FILE (hds restore --help)"
      return "the file is damaged \(cause). " + fix
    case .diskFull:
      return "the disk that holds it is full \(cause). No change was saved. Free space"
        + " on that disk (df shows it) and try again"
    case .fileSizeLimit:
      return "the file reached this process's file-size limit \(cause). No change was"
        + " saved. Raise the limit (ulimit -f) and try again"
    case .notWritable:
      return "this user may not write the file or its directory \(cause). SQLite creates"
        + " hds.sqlite-wal and hds.sqlite-shm next to the file even to read it, so the"
        + " user needs write access to both the directory and the file (for example"
        + " chmod g+rw through a shared group)"
    case .cannotOpen(let systemError):
      return "the file cannot be opened: \(systemError) \(cause). Check that the"
        + " directory exists and that this user may read and write it"
    case .inputOutput(let systemError):
      return "reading or writing it failed: \(systemError) \(cause). Check the disk"
        + " (dmesg lists its errors) and keep the last backup at hand"
    }
  }
}

// SQLite errors that come from the file or the disk rather than from the data: a damaged
// file, a full disk, missing permissions. Each gets a message that explains the fix.

import CSQLite
import Foundation
import HDSCore

#if canImport(Glibc)
  import Glibc
#endif

/// A file-system or file-damage cause behind an SQLite result code.
struct StorageProblem: Equatable {
  let failure: StorageFailure
  /// The text of the `errno` SQLite last saw.
  let systemError: String

  /// Classifies `code` (an extended result code) with the `errno` SQLite last saw, or
  /// returns nil when the error is not about the file or the disk.
  init?(code: Int32, systemErrno: Int32) {
    systemError = systemErrno == 0 ? "no system error" : String(cString: strerror(systemErrno))
    switch code & 0xff {
    case SQLITE_CORRUPT:
      failure = .damaged
    case SQLITE_FULL:
      failure = .diskFull
    case SQLITE_READONLY, SQLITE_PERM:
      failure = .notWritable
    case SQLITE_CANTOPEN:
      failure = .cannotOpen
    case SQLITE_BUSY:
      failure = .locked
    case SQLITE_IOERR:
      switch systemErrno {
      case ENOSPC, EDQUOT: failure = .diskFull
      case EFBIG: failure = .fileSizeLimit
      case EACCES, EPERM, EROFS: failure = .notWritable
      default: failure = .inputOutput
      }
    default:
      return nil
    }
  }

  /// Returns the explanation and the fix, with SQLite's own `message`. `advice` replaces
  /// the fix for a damaged file.
  func reason(message: String, context: String, advice: String? = nil) -> String {
    let cause = "(SQLite: \(message), while \(context))"
    switch failure {
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
      return "this user may not write the file or its directory \(cause). SQLite needs"
        + " hds.sqlite-wal and hds.sqlite-shm next to a store in WAL mode even to read it."
        + " A user who only reads needs read access to the store and both files, which hds"
        + " keeps once an operator has opened the store. A user who writes also needs write"
        + " access to both the directory and the files (for example chmod g+rw through a"
        + " shared group)"
    case .cannotOpen:
      return "the file cannot be opened: \(systemError) \(cause). Check that the"
        + " directory exists and that this user may read and write it"
    case .inputOutput:
      return "reading or writing it failed: \(systemError) \(cause). Check the disk"
        + " (dmesg lists its errors) and keep the last backup at hand"
    case .locked:
      return "another process kept it locked for longer than the store waits (5 s) \(cause)."
        + " No change was saved. Try again when the other import or action is done"
    case .outcomeUnknown:
      // A file store commits or fails on its own disk; only a server connection leaves
      // the outcome open.
      return "the change may or may not have been saved \(cause). Look at the data again"
        + " before repeating it"
    }
  }

  /// Returns the `StoreError` for this problem on the file at `path`.
  func error(path: String, message: String, context: String, advice: String? = nil)
    -> StoreError
  {
    .storage(
      path: path, failure: failure,
      reason: reason(message: message, context: context, advice: advice))
  }
}

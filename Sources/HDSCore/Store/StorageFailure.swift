/// A failure of a store file or its disk, as opposed to a problem with the data in it.
public enum StorageFailure: String, Sendable, Equatable, CaseIterable {
  /// SQLite found the file damaged (SQLITE_CORRUPT).
  case damaged
  /// The disk is full, or the user's quota is used up.
  case diskFull
  /// The process's file-size limit (ulimit -f) stopped a write.
  case fileSizeLimit
  /// The user may not write the file or its directory, or the file system is read-only.
  case notWritable
  /// The file cannot be opened, for example because its directory is missing.
  case cannotOpen
  /// Reading or writing failed for another reason, such as a disk error.
  case inputOutput
  /// Another process kept the file locked for longer than the wait allows.
  case locked
  /// The connection to a server broke while it committed a change, and whether the
  /// server kept the change is not known: read the data again before repeating it.
  case outcomeUnknown
}

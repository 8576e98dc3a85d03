import Foundation
import HDSCore

extension Catalog {
  /// Returns the short message for a store file failure, naming the file without its
  /// directory so that it fits the status line.
  public func describe(_ failure: StorageFailure, path: String) -> String {
    // A server's URL names no file, and its failures have causes of their own.
    if failure == .cannotOpen, ServerOutage.isServer(path) {
      return self[.serverChangeRefused]
    }
    if failure == .notWritable, ServerOutage.isServer(path) {
      return self[.serverNotWritable]
    }
    let name = (path as NSString).lastPathComponent
    let key: MessageKey
    switch failure {
    case .damaged: key = .errorStorageDamaged
    case .diskFull: key = .errorStorageDiskFull
    case .fileSizeLimit: key = .errorStorageFileSizeLimit
    case .notWritable: key = .errorStorageNotWritable
    case .cannotOpen: key = .errorStorageCannotOpen
    case .inputOutput: key = .errorStorageInputOutput
    case .locked: key = .errorStorageLocked
    case .outcomeUnknown: key = .serverOutcomeUnknown
    }
    return format(key, name)
  }
}

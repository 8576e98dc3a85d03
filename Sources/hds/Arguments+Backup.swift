import Foundation

/// The options and operand of `hds backup` and `hds restore`.
extension Arguments {
  /// Parses `option` when it belongs to `hds backup`; returns false for any other option.
  mutating func parseBackupOption(_ option: String) -> Bool {
    guard option == "--force" else { return false }
    force = true
    return true
  }

  /// Returns `hds backup FILE` or `hds restore FILE` with its file. With `help`, the file
  /// may be missing.
  static func backupCommand(_ word: String, operands: [String], help: Bool) throws(UsageError)
    -> (Command, String?)
  {
    let command: Command = word == "backup" ? .backup : .restore
    if operands.count > 1 { throw .unexpectedArgument(operands[1], word) }
    guard let file = operands.first else {
      if help { return (command, nil) }
      throw .missingOption("FILE, the backup file to \(word == "backup" ? "write" : "read")", word)
    }
    return (command, file)
  }

  func checkBackupOptions() throws(UsageError) {
    if force && command != .backup {
      throw .optionNotForCommand("--force", "backup")
    }
    // A restore replaces the store, which a read-only process must not do.
    if readOnly && command == .restore {
      throw .conflictingOptions("--read-only", "hds restore")
    }
  }
}

/// The options of `hds migrate-store`.
extension Arguments {
  func checkMoveOptions() throws(UsageError) {
    guard command == .migrateStore else { return }
    if store != nil {
      throw .notForMove("--store", "give the server's URL as --to URL (or in HDS_STORE)")
    }
    if dataDirectory != nil {
      throw .notForMove(
        "--data", "--from names the store, and its directory is the office's data directory")
    }
    if readOnly {
      throw .conflictingOptions("--read-only", "hds migrate-store")
    }
    if moveSource == nil && !showHelp {
      throw .missingOption(
        "--from FILE|DIR, the office's hds.sqlite or its directory", "migrate-store")
    }
  }
}

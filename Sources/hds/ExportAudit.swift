import Foundation
import HDSCore
import HDSStoreSQL
import HDSStoreSQLite

/// Exports of personal data go into the audit trail with their user and role.
extension Commands {
  /// Opens the store for an export by `actor`: writable for a role that makes changes, so
  /// that the export can be recorded, read-only for the others, whose exports are masked.
  static func openExportStore(directory: String, actor: Actor) -> SQLStore {
    openExistingStore(directory: directory, readOnly: !actor.role.writes)
  }

  /// Records an export in the audit trail. A read-only store cannot take the record, so
  /// its roles (viewer, courier) get masked exports only, which the README documents as
  /// not recorded.
  nonisolated static func recordExport(
    _ kind: ExportRecord.Kind, _ detail: [(key: String, value: String)], rows: Int,
    in store: SQLStore, by actor: Actor
  ) throws(StoreError) {
    guard !store.isReadOnly else { return }
    let file = detail.first { $0.key == "file" } == nil ? [("file", "-")] : []
    try store.recordExport(
      ExportRecord(
        kind: kind, detail: detail + file, rowCount: rows,
        masked: actor.role.masksPersonalData),
      by: actor, at: Date())
  }

  /// The output file as the audit names it: its absolute path, or "-" for standard output.
  static func auditedPath(_ path: String?) -> [(key: String, value: String)] {
    guard let path, path != "-" else { return [("file", "-")] }
    return [("file", absolutePath(path))]
  }
}

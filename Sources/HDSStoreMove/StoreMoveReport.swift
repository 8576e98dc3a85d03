// The report of `hds migrate-store`, its progress and its errors.

import HDSCore
import HDSStoreSQL

/// The rows of one table on both sides, and whether they agree.
public struct TableFigures: Sendable, Equatable {
  public let table: String
  /// Whether triggers keep the table. Its rows with count 0 are left out of the figures.
  public let isDerived: Bool
  public var sourceRows = 0
  public var targetRows = 0
  var sourceDigest = RowDigest()
  var targetDigest = RowDigest()

  init(table: String, isDerived: Bool) {
    self.table = table
    self.isDerived = isDerived
  }

  /// Whether both sides have the same number of rows and the same digest of their
  /// content.
  public var isEqual: Bool {
    sourceRows == targetRows && sourceDigest == targetDigest
  }

  /// "ok", or what differs.
  public var verdict: String {
    if sourceRows != targetRows { return "ROWS DIFFER" }
    if sourceDigest != targetDigest { return "CONTENT DIFFERS" }
    return "ok"
  }
}

/// The outcome of a move.
public struct StoreMoveReport: Sendable {
  public enum Outcome: Sendable, Equatable {
    /// The schema was empty and now contains the store.
    case copied
    /// The schema held the same store already, and nothing was written.
    case alreadyThere
  }

  public let outcome: Outcome
  /// The copied tables in copy order, then the tables kept by triggers.
  public let tables: [TableFigures]
  /// The source file and the target schema, for messages and the log.
  public let source: String
  public let target: String
  /// The target's schema version before the move: 0 for a schema without HDS tables.
  public let targetVersionBefore: Int
  /// Wall-clock seconds from opening the source to the commit.
  public let seconds: Double

  /// Rows of the copied tables, which the move inserted (or found) on the target.
  public var copiedRows: Int {
    tables.filter { !$0.isDerived }.map(\.sourceRows).reduce(0, +)
  }
}

/// The move's current table and row, for a progress line.
public struct StoreMoveProgress: Sendable {
  public enum Phase: String, Sendable {
    case copying
    case checking
    case comparing
  }

  public let phase: Phase
  public let table: String
  public let rowsDone: Int
  public let rowsTotal: Int
}

/// The kind of the first difference between the stores: two rows with the same key, or a
/// key on one side only.
public enum RowDifference: Sendable, Equatable {
  /// Both have a row with this key, with other values.
  case differentValues
  /// Only the target has a row with this key.
  case onlyOnTarget
  /// Only the source has a row with this key: the source grew since it was moved.
  case onlyOnSource
}

/// The reason `hds migrate-store` stopped. Every case leaves the target as it was.
public enum StoreMoveError: Error, Sendable, CustomStringConvertible {
  /// `--from` names nothing.
  case sourceMissing(path: String)
  /// `--from` names a directory without `hds.sqlite`.
  case sourceDirectoryWithoutStore(directory: String)
  /// `--from` names a file this user may not read.
  case sourceUnreadable(path: String, reason: String)
  /// An SQLite database without HDS tables.
  case sourceNotHDS(path: String)
  /// An HDS store of an older schema version than this program's.
  case sourceOutdated(path: String, version: Int, latest: Int)
  /// An error of either store, which names the store.
  case store(StoreError)
  /// The target contains another store, or an earlier state of this one.
  case targetHoldsOtherStore(
    target: String, table: String, key: String, difference: RowDifference)
  /// The copy does not match the source; it was rolled back.
  case verificationFailed(StoreMoveReport)
  /// Another schema of the database is the store of the source's kecamatan already.
  case kecamatanClaimed(target: String, code: KecamatanCode, schemas: [String])

  public var description: String {
    switch self {
    case .sourceMissing(let path):
      return "--from \(path): no such file or directory; pass the office's store file"
        + " (hds.sqlite) or the data directory that holds it"
    case .sourceDirectoryWithoutStore(let directory):
      return "--from \(directory) is a directory without hds.sqlite; pass the office's data"
        + " directory (the one hds --data names) or the store file itself"
    case .sourceUnreadable(let path, let reason):
      return "--from \(path) cannot be read (\(reason)); run hds migrate-store as a user who"
        + " may read the store, such as its owner"
    case .sourceNotHDS(let path):
      return "--from \(path) is an SQLite database without HDS tables, not an HDS store; pass"
        + " the office's hds.sqlite or its data directory"
    case .sourceOutdated(let path, let version, let latest):
      return "--from \(path) has schema version \(version), and this hds moves stores of"
        + " version \(latest) only. Migrate it first: open it once read-write with this hds,"
        + " for example the dashboard (hds --data DIR, then q), which runs the migrations in"
        + " place; take a backup before (hds backup FILE --data DIR). Then run hds"
        + " migrate-store again"
    case .store(let error):
      return error.description
    case .targetHoldsOtherStore(let target, let table, let key, let difference):
      let found: String
      switch difference {
      case .differentValues:
        found = "row \(key) of table \(table) differs from the source's"
      case .onlyOnTarget:
        found = "it has row \(key) of table \(table), which the source lacks"
      case .onlyOnSource:
        found =
          "it lacks row \(key) of table \(table), which the source has, so the source"
          + " changed since it was moved, or the schema holds another store"
      }
      return "\(target) already holds a different store, or this store with work done on"
        + " either side since an earlier move: \(found). Nothing was written."
        + " hds migrate-store fills an empty schema, or finds the same store there; it does"
        + " not merge stores or top up an earlier move, because rows change in place and it"
        + " cannot tell which side changed them. Move each kecamatan into a schema of its own"
        + " (options=-csearch_path%3DNAME in the URL). If offices have worked on the server"
        + " since the move, the schema holds their work: keep it and stop using the SQLite"
        + " file. Only when the schema holds an earlier move that nobody has worked on since,"
        + " drop it and create it again (DROP SCHEMA NAME CASCADE; CREATE SCHEMA NAME;) and"
        + " run hds migrate-store again; never drop schema public that way, because it holds"
        + " the pg_trgm extension that every HDS schema's name index uses"
    case .kecamatanClaimed(let target, let code, let schemas):
      return "kecamatan \(code) (\(code.name)), the source's code, is the code of schema"
        + " \(schemas.joined(separator: ", ")) of this database already, so \(target) would be a"
        + " second store of it. Nothing was written. Check the office's code with hds settings"
        + " --data DIR (set it with --kecamatan 35.07.NN), or move into that schema"
    case .verificationFailed(let report):
      let tables = report.tables.filter { !$0.isEqual }.map { "\($0.table) (\($0.verdict))" }
      return "the copy in \(report.target) does not match the source in "
        + tables.joined(separator: ", ") + ", so it was rolled back and the schema is as it"
        + " was. Report this with the table above; the source is unchanged"
    }
  }
}

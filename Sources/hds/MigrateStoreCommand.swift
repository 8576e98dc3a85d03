import Foundation
import HDSCore
import HDSStoreMove
import HDSStorePostgres
import HDSStoreSQLite

/// `hds migrate-store`: moves the office's SQLite store into its schema on the server.
extension Commands {
  /// Returns the office's data directory of a move: the directory that `--from` names, or
  /// the one that contains the file it names. Its roles.conf gives the role and its hds.log gets
  /// the log lines.
  static func moveDirectory(_ arguments: Arguments) -> String {
    let given = absolutePath(arguments.moveSource ?? ".")
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: given, isDirectory: &isDirectory),
      isDirectory.boolValue
    {
      return given
    }
    return (given as NSString).deletingLastPathComponent
  }

  static func migrateStore(_ arguments: Arguments, directory: String) -> Never {
    let environmentURL = ProcessInfo.processInfo.environment["HDS_STORE"] ?? ""
    let origin = arguments.moveTarget != nil ? "--to" : "HDS_STORE"
    guard let url = arguments.moveTarget ?? (environmentURL.isEmpty ? nil : environmentURL) else {
      fail(
        "hds migrate-store needs the server's URL: --to postgresql://USER@HOST:PORT/DATABASE"
          + "?options=-csearch_path%3DSCHEMA, or that URL in HDS_STORE", code: 2)
    }
    let masked = PostgresMoveTarget.masked(url)
    guard Environment.isServerURL(url) else {
      fail(
        "\(origin) is \"\(masked)\", which is not a postgresql:// URL; write it as"
          + " postgresql://USER@HOST:PORT/DATABASE?options=-csearch_path%3DSCHEMA", code: 2)
    }
    if let problem = PostgresStore.urlProblem(url) {
      fail("\(origin): \(problem)", code: 2)
    }
    let source = arguments.moveSource ?? ""
    // A --from without a store, such as a mistyped or empty directory, gets no hds.log,
    // because it is no office's data directory.
    var isDirectory: ObjCBool = false
    _ = FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory)
    let storeFile = isDirectory.boolValue ? source + "/" + SQLiteStore.fileName : source
    let log =
      FileManager.default.fileExists(atPath: storeFile) ? FileLog(directory: directory) : nil
    let actor = AccessRole.actor(directory: directory, readOnly: false)
    log?.record("migrate-store from \(source) to \(masked) by \(actor): started")

    let progress = ProgressLine()
    let report: StoreMoveReport
    do {
      report = try StoreMove.run(from: source, to: url) { progress.show($0) }
    } catch {
      if case .verificationFailed(let failed) = error {
        FileHandle.standardError.write(Data((MoveText.table(failed) + "\n").utf8))
      }
      log?.record(
        "migrate-store from \(source) to \(masked) by \(actor) failed: "
          + error.description.replacingOccurrences(of: "\n", with: " | "))
      fail(error.description)
    }

    switch report.outcome {
    case .copied:
      log?.record(
        "migrate-store from \(report.source) to \(report.target) by \(actor): copied"
          + " \(report.copiedRows) rows, every table checked, in"
          + " \(MoveText.seconds(report.seconds)) s")
    case .alreadyThere:
      log?.record(
        "migrate-store from \(report.source) to \(report.target) by \(actor): already there"
          + " (\(report.copiedRows) rows), nothing written")
    }
    markMoved(
      report, directory: (report.source as NSString).deletingLastPathComponent,
      log: log ?? FileLog(directory: directory))
    print(MoveText.render(report))
    exit(0)
  }

  /// The file beside a moved hds.sqlite that names where its store went, so that no
  /// office works on the stale file by mistake.
  static let movedMarker = "moved-to-server.txt"

  /// Writes `movedMarker` into `directory`: the target, with its password masked, and
  /// the time. A failure to write it is logged and does not undo the move.
  private static func markMoved(_ report: StoreMoveReport, directory: String, log: FileLog) {
    let path = (directory as NSString).appendingPathComponent(movedMarker)
    let text = "\(report.target)\n\(ExportTime.iso(Date()))\n"
    do {
      try text.write(toFile: path, atomically: true, encoding: .utf8)
    } catch {
      log.record("migrate-store could not write \(path): \(error)")
      FileHandle.standardError.write(
        Data(
          ("hds: could not write \(path) (\(error.localizedDescription)); the move is done, but"
            + " hds will not warn that the SQLite file is now stale\n").utf8))
    }
  }

  /// Stops a write-capable open of an SQLite store that `hds migrate-store` moved to a
  /// server, naming where it went. Reading the old file stays possible with --read-only.
  static func rejectMovedStore(directory: String) {
    let path = (directory as NSString).appendingPathComponent(movedMarker)
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return }
    let lines = text.split(separator: "\n").map(String.init)
    let target = lines.first ?? "a PostgreSQL server"
    let time = lines.count > 1 ? " on \(lines[1])" : ""
    fail(
      "this office's store was moved to \(target)\(time) by hds migrate-store, so"
        + " \(directory)/hds.sqlite holds the work from before the move only. Open the"
        + " server's store with --store URL or HDS_STORE, or look at the old file with"
        + " --read-only. To work on the file again instead, delete \(path); work done on the"
        + " server since then stays on the server")
  }
}

/// The progress of a move on standard error, at most one line a second, so that a small
/// store's move prints none.
private final class ProgressLine {
  private let clock = ContinuousClock()
  private var last: ContinuousClock.Instant

  init() {
    last = clock.now
  }

  func show(_ progress: StoreMoveProgress) {
    let now = clock.now
    guard now - last >= .seconds(1) else { return }
    last = now
    let line =
      "hds: \(progress.phase.rawValue) \(progress.table): \(progress.rowsDone) of"
      + " \(progress.rowsTotal) rows\n"
    FileHandle.standardError.write(Data(line.utf8))
  }
}

/// The text `hds migrate-store` prints.
enum MoveText {
  static func render(_ report: StoreMoveReport) -> String {
    var lines: [String] = []
    switch report.outcome {
    case .copied:
      lines.append(
        "Moved \(report.source) into \(report.target) in \(seconds(report.seconds)) s.")
    case .alreadyThere:
      lines.append(
        "The store in \(report.source) is already in \(report.target); nothing was written.")
    }
    lines.append("")
    lines.append(table(report))
    lines.append("")
    lines.append(
      "Every table matches: the same number of rows, and the same digest of every value.")
    if report.outcome == .copied {
      lines.append(
        "Now point every hds of the office at the server (HDS_STORE or --store with this URL)"
          + " and stop using the SQLite file. roles.conf, the holiday files,"
          + " road-distances.csv and hds.log stay in the data directory.")
    }
    return lines.joined(separator: "\n")
  }

  /// Renders the rows per table, with a note under it for the counter tables.
  static func table(_ report: StoreMoveReport) -> String {
    let header = ["table", "source rows", "target rows", "ok"]
    let rows = report.tables.map { figures in
      [
        figures.table + (figures.isDerived ? " *" : ""), String(figures.sourceRows),
        String(figures.targetRows), figures.verdict,
      ]
    }
    let widths = (0..<header.count).map { column in
      ([header] + rows).map { $0[column].count }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      let name = cells[0].padding(toLength: widths[0], withPad: " ", startingAt: 0)
      let numbers = (1...2).map { column in
        String(repeating: " ", count: widths[column] - cells[column].count) + cells[column]
      }
      return ([name] + numbers + [cells[3]]).joined(separator: "  ")
    }
    var lines = [line(header)] + rows.map(line)
    lines.append(
      "* kept by triggers: the target's own triggers filled it from the copied rows; rows"
        + " with count 0 are left out")
    return lines.joined(separator: "\n")
  }

  static func seconds(_ value: Double) -> String {
    String(format: "%.1f", value)
  }
}

// `hds migrate-store`: one kecamatan's SQLite store moved into an HDS schema on a
// PostgreSQL server, in one transaction on each side, and checked table by table.

import Foundation
import HDSCore
import HDSStorePostgres
import HDSStoreSQL
import HDSStoreSQLite

/// Moves an SQLite store into a PostgreSQL schema.
///
/// The source is opened read-only and read in one snapshot. The target is written in one
/// transaction under the store's write lock, which also creates or migrates the schema,
/// so a failure or a kill leaves the target as it was. An empty schema gets every row,
/// with its id. A schema that contains the same store already is left unchanged. Any
/// other schema is rejected at the first row that differs.
public enum StoreMove {
  /// Rows per INSERT statement, for tables of up to 30 columns.
  public static let defaultBatchRows = 1_000

  /// The largest number of bind parameters in one INSERT. PostgreSQL's protocol takes up
  /// to 65,535, and staying well below keeps each statement's text and values small.
  static let maxParameters = 30_000

  /// Returns the store file that `--from` names: the file itself, or `hds.sqlite` in the
  /// directory. Throws when there is nothing readable there.
  public static func sourcePath(_ given: String) throws(StoreMoveError) -> String {
    let path = given.hasPrefix("/") ? given : FileManager.default.currentDirectoryPath + "/" + given
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw .sourceMissing(path: path)
    }
    var file = path
    if isDirectory.boolValue {
      file = (path as NSString).appendingPathComponent(SQLiteStore.fileName)
      guard FileManager.default.fileExists(atPath: file) else {
        throw .sourceDirectoryWithoutStore(directory: path)
      }
    }
    guard access(file, R_OK) == 0 else {
      throw .sourceUnreadable(path: file, reason: String(cString: strerror(errno)))
    }
    return file
  }

  /// Moves the store that `from` names (see `sourcePath`) into the schema of `url`.
  ///
  /// `progress` is called after every batch of rows, on the calling thread. Throws
  /// `StoreMoveError`, and the target is then as it was.
  public static func run(
    from given: String, to url: String, batchRows: Int = defaultBatchRows,
    progress: @escaping (StoreMoveProgress) -> Void = { _ in }
  ) throws(StoreMoveError) -> StoreMoveReport {
    let clock = ContinuousClock()
    let start = clock.now
    let path = try sourcePath(given)
    let source = try openSource(path)
    let target: PostgresMoveTarget
    do {
      target = try PostgresMoveTarget(url: url)
    } catch {
      throw .store(error)
    }

    let code: KecamatanCode
    do {
      code = try source.kecamatanCode()
    } catch {
      throw .store(error)
    }
    var mover = Mover(
      source: path, target: target.location, batchRows: batchRows, progress: progress)
    var stopped: StoreMoveError?
    var outcome: StoreMoveReport.Outcome = .copied
    do {
      try source.read { (reader) throws(StoreError) in
        try target.write { (writer) throws(StoreError) in
          do throws(StoreMoveError) {
            let others: [String]
            do throws(StoreError) {
              others = try target.otherSchemas(claiming: code, writer)
            } catch {
              throw .store(error)
            }
            guard others.isEmpty else {
              throw .kecamatanClaimed(target: target.location, code: code, schemas: others)
            }
            outcome = try mover.move(from: reader, to: writer)
          } catch {
            if case .store(let storeError) = error { throw storeError }
            stopped = error
            // Any error rolls the target back; `stopped` is what the caller gets.
            throw StoreError.invalid("the move stopped")
          }
        }
      }
    } catch {
      throw stopped ?? .store(error)
    }
    let elapsed = start.duration(to: clock.now).components
    return StoreMoveReport(
      outcome: outcome, tables: mover.figures, source: path, target: target.location,
      targetVersionBefore: target.version,
      seconds: Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18)
  }

  /// Opens the source read-only after checking that it is a current HDS store.
  private static func openSource(_ path: String) throws(StoreMoveError) -> SQLiteStore {
    let version: Int
    do {
      version = try SQLiteStore.schemaVersion(
        path: path,
        damagedFileAdvice: "Pass --from with the office's hds.sqlite or its data directory")
    } catch {
      throw .store(error)
    }
    if version == 0 { throw .sourceNotHDS(path: path) }
    if version < SQLiteStore.latestVersion {
      throw .sourceOutdated(path: path, version: version, latest: SQLiteStore.latestVersion)
    }
    do {
      return try SQLiteStore(path: path, readOnly: true)
    } catch {
      throw .store(error)
    }
  }
}

/// One move's work inside both transactions.
private struct Mover {
  let source: String
  let target: String
  let batchRows: Int
  let progress: (StoreMoveProgress) -> Void
  /// The copied tables, then the derived ones, as the report lists them.
  var figures: [TableFigures] = []

  init(
    source: String, target: String, batchRows: Int,
    progress: @escaping (StoreMoveProgress) -> Void
  ) {
    self.source = source
    self.target = target
    self.batchRows = batchRows
    self.progress = progress
  }

  mutating func move(from reader: any SQLConnection, to writer: any SQLConnection)
    throws(StoreMoveError) -> StoreMoveReport.Outcome
  {
    do {
      try requireKnownTables(writer)
    } catch {
      throw .store(error)
    }
    var columns: [String: [String]] = [:]
    var totals: [String: Int] = [:]
    var targetIsEmpty = true
    do {
      for table in MoveTables.copied + MoveTables.derived {
        columns[table.name] = try sameColumns(table, reader, writer)
      }
      for table in MoveTables.copied {
        totals[table.name] = Int(
          try reader.integer(
            "SELECT count(*) FROM \(quoted(table.name))", context: "counting \(table.name)"))
        // A new schema's only rows are the settings its migrations insert.
        if table.name != "setting" {
          let hasRows = try writer.integer(
            "SELECT count(*) FROM (SELECT 1 FROM \(quoted(table.name)) LIMIT 1) AS head",
            context: "looking for rows in \(table.name)")
          targetIsEmpty = targetIsEmpty && hasRows == 0
        }
      }
    } catch {
      throw .store(error)
    }

    if targetIsEmpty {
      try copy(from: reader, to: writer, columns: columns, totals: totals)
    } else {
      try compare(reader, writer, columns: columns, totals: totals)
    }
    try checkDerived(reader, writer, columns: columns)
    let report = StoreMoveReport(
      outcome: targetIsEmpty ? .copied : .alreadyThere, tables: figures, source: source,
      target: target, targetVersionBefore: 0, seconds: 0)
    guard figures.allSatisfy(\.isEqual) else { throw .verificationFailed(report) }
    return report.outcome
  }

  // MARK: Copying

  private mutating func copy(
    from reader: any SQLConnection, to writer: any SQLConnection, columns: [String: [String]],
    totals: [String: Int]
  ) throws(StoreMoveError) {
    do {
      try writer.run("DELETE FROM setting", context: "replacing the new schema's settings")
      for table in MoveTables.copied {
        let names = columns[table.name] ?? []
        let total = totals[table.name] ?? 0
        let rowsPerInsert = max(1, min(batchRows, StoreMove.maxParameters / max(1, names.count)))
        var cursor = try RowCursor(table, columns: names, on: reader, pageSize: rowsPerInsert)
        var tableFigures = TableFigures(table: table.name, isDerived: false)
        var batch: [[SQLValue]] = []
        batch.reserveCapacity(rowsPerInsert)
        while let row = try cursor.next() {
          tableFigures.sourceDigest.add(row)
          batch.append(row)
          if batch.count == rowsPerInsert {
            try insert(batch, into: table, columns: names, writer)
            batch.removeAll(keepingCapacity: true)
            report(.copying, table, tableFigures.sourceDigest.rows, total)
          }
        }
        if !batch.isEmpty {
          try insert(batch, into: table, columns: names, writer)
        }
        report(.copying, table, tableFigures.sourceDigest.rows, total)
        tableFigures.sourceRows = tableFigures.sourceDigest.rows
        figures.append(tableFigures)
      }
      try advanceIdentities(writer)

      // Every copied row is read back, so a value that changed on the way shows.
      for index in figures.indices {
        let table = MoveTables.copied[index]
        var cursor = try RowCursor(
          table, columns: columns[table.name] ?? [], on: writer, pageSize: 5_000)
        while let row = try cursor.next() {
          figures[index].targetDigest.add(row)
          if figures[index].targetDigest.rows % 5_000 == 0 {
            report(.checking, table, figures[index].targetDigest.rows, figures[index].sourceRows)
          }
        }
        figures[index].targetRows = figures[index].targetDigest.rows
        report(.checking, table, figures[index].targetRows, figures[index].sourceRows)
      }
    } catch {
      throw .store(error)
    }
  }

  private func insert(
    _ rows: [[SQLValue]], into table: MoveTable, columns: [String], _ writer: any SQLConnection
  ) throws(StoreError) {
    let placeholders =
      "(" + Array(repeating: "?", count: columns.count).joined(separator: ", ") + ")"
    let sql =
      "INSERT INTO \(quoted(table.name)) (" + columns.map(quoted).joined(separator: ", ")
      + ") VALUES " + Array(repeating: placeholders, count: rows.count).joined(separator: ", ")
    try writer.run(sql, rows.flatMap { $0 }, context: "copying rows into \(table.name)")
  }

  /// Sets each identity column's sequence past the largest copied id, so that the next
  /// row the store inserts without an id does not take one that exists.
  private func advanceIdentities(_ writer: any SQLConnection) throws(StoreError) {
    let identities = try writer.rows(
      "SELECT table_name, column_name FROM information_schema.columns"
        + " WHERE table_schema = current_schema() AND is_identity = 'YES' ORDER BY 1",
      context: "listing identity columns"
    ) { row in (table: row.text(0), column: row.text(1)) }
    for identity in identities {
      try writer.run(
        "SELECT setval(pg_get_serial_sequence(quote_ident(current_schema()) || '.'"
          + " || quote_ident(?), ?), coalesce(max(\(quoted(identity.column))), 0) + 1, false)"
          + " FROM \(quoted(identity.table))",
        [.text(identity.table), .text(identity.column)],
        context: "advancing the identity of \(identity.table)")
    }
  }

  // MARK: Comparing

  /// Compares every copied table row by row, and throws at the first row that differs.
  private mutating func compare(
    _ reader: any SQLConnection, _ writer: any SQLConnection, columns: [String: [String]],
    totals: [String: Int]
  ) throws(StoreMoveError) {
    for table in MoveTables.copied {
      var tableFigures = TableFigures(table: table.name, isDerived: false)
      let total = totals[table.name] ?? 0
      let difference: (key: [SQLValue], kind: RowDifference)?
      do {
        let names = columns[table.name] ?? []
        var sourceRows = try RowCursor(table, columns: names, on: reader, pageSize: 5_000)
        var targetRows = try RowCursor(table, columns: names, on: writer, pageSize: 5_000)
        difference = try firstDifference(
          &sourceRows, &targetRows, figures: &tableFigures, total: total)
      } catch {
        throw .store(error)
      }
      if let difference {
        throw .targetHoldsOtherStore(
          target: target, table: table.name, key: describe(difference.key, of: table),
          difference: difference.kind)
      }
      tableFigures.sourceRows = tableFigures.sourceDigest.rows
      tableFigures.targetRows = tableFigures.targetDigest.rows
      figures.append(tableFigures)
    }
  }

  private func firstDifference(
    _ sourceRows: inout RowCursor, _ targetRows: inout RowCursor,
    figures tableFigures: inout TableFigures, total: Int
  ) throws(StoreError) -> (key: [SQLValue], kind: RowDifference)? {
    var sourceRow = try sourceRows.next()
    var targetRow = try targetRows.next()
    while sourceRow != nil || targetRow != nil {
      guard let left = sourceRow else {
        return targetRow.map { (targetRows.key(of: $0), .onlyOnTarget) }
      }
      guard let right = targetRow else { return (sourceRows.key(of: left), .onlyOnSource) }
      let leftKey = sourceRows.key(of: left)
      let rightKey = targetRows.key(of: right)
      if leftKey != rightKey {
        return keyPrecedes(leftKey, rightKey)
          ? (leftKey, .onlyOnSource) : (rightKey, .onlyOnTarget)
      }
      if left != right { return (leftKey, .differentValues) }
      tableFigures.sourceDigest.add(left)
      tableFigures.targetDigest.add(right)
      if tableFigures.sourceDigest.rows % 5_000 == 0 {
        report(.comparing, sourceRows.table, tableFigures.sourceDigest.rows, total)
      }
      sourceRow = try sourceRows.next()
      targetRow = try targetRows.next()
    }
    report(.comparing, sourceRows.table, tableFigures.sourceDigest.rows, total)
    return nil
  }

  /// Reads the counter tables of both sides, without their rows of count 0.
  private mutating func checkDerived(
    _ reader: any SQLConnection, _ writer: any SQLConnection, columns: [String: [String]]
  ) throws(StoreMoveError) {
    do {
      for table in MoveTables.derived {
        var tableFigures = TableFigures(table: table.name, isDerived: true)
        let names = columns[table.name] ?? []
        var sourceRows = try RowCursor(table, columns: names, on: reader, pageSize: 5_000)
        while let row = try sourceRows.next() { tableFigures.sourceDigest.add(row) }
        var targetRows = try RowCursor(table, columns: names, on: writer, pageSize: 5_000)
        while let row = try targetRows.next() { tableFigures.targetDigest.add(row) }
        tableFigures.sourceRows = tableFigures.sourceDigest.rows
        tableFigures.targetRows = tableFigures.targetDigest.rows
        report(.checking, table, tableFigures.targetRows, tableFigures.sourceRows)
        figures.append(tableFigures)
      }
    } catch {
      throw .store(error)
    }
  }

  // MARK: Catalog

  /// Throws when the target schema has a table that this program neither copies nor
  /// leaves to triggers, which a new migration without a line in `MoveTables` causes.
  private func requireKnownTables(_ writer: any SQLConnection) throws(StoreError) {
    let known = Set((MoveTables.copied + MoveTables.derived).map(\.name))
      .union(MoveTables.engineOwn)
    let tables = try writer.rows(
      "SELECT table_name FROM information_schema.tables"
        + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1",
      context: "listing the target's tables"
    ) { $0.text(0) }
    let unknown = tables.filter { !known.contains($0) }
    guard unknown.isEmpty else {
      throw .invalid(
        "\(target) has tables that hds migrate-store does not know how to move: "
          + unknown.joined(separator: ", ") + "; the program lacks them in MoveTables, which"
          + " is a bug to report, and nothing was written")
    }
  }

  /// Returns the columns of `table` that the move reads and writes: the target's
  /// columns that are not generated, which the source must have in the same order.
  private func sameColumns(
    _ table: MoveTable, _ reader: any SQLConnection, _ writer: any SQLConnection
  ) throws(StoreError) -> [String] {
    let targetColumns = try writer.rows(
      "SELECT column_name FROM information_schema.columns"
        + " WHERE table_schema = current_schema() AND table_name = ?"
        + " AND is_generated = 'NEVER' ORDER BY ordinal_position",
      [.text(table.name)], context: "reading the columns of \(table.name)"
    ) { $0.text(0) }
    // table_xinfo marks a generated column as hidden 2 (virtual) or 3 (stored).
    let sourceColumns = try reader.rows(
      "SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid",
      [.text(table.name)], context: "reading the columns of \(table.name)"
    ) { $0.text(0) }
    guard !targetColumns.isEmpty, targetColumns == sourceColumns else {
      throw .incompatible(
        path: target,
        reason: "its table \(table.name) has the columns (\(targetColumns.joined(separator: ", ")))"
          + " and the source's (\(sourceColumns.joined(separator: ", "))), although both have"
          + " the same schema version; nothing was written")
    }
    return targetColumns
  }

  private func describe(_ key: [SQLValue], of table: MoveTable) -> String {
    let values = key.map { (value: SQLValue) -> String in
      switch value {
      case .null: return "NULL"
      case .integer(let number): return String(number)
      case .real(let number): return String(number)
      case .text(let text): return "'\(text)'"
      }
    }
    if key.count == 1 { return "\(table.key[0]) \(values[0])" }
    return "(" + table.key.joined(separator: ", ") + ") = (" + values.joined(separator: ", ")
      + ")"
  }

  private func report(
    _ phase: StoreMoveProgress.Phase, _ table: MoveTable, _ done: Int, _ total: Int
  ) {
    progress(StoreMoveProgress(phase: phase, table: table.name, rowsDone: done, rowsTotal: total))
  }
}

// The writes of a print-list import: the planned steps carried out inside the import's
// write transaction, with every statement prepared once for the whole list.

import Foundation
import HDSCore

extension SQLStore {
  /// Writes the planned steps inside the caller's write transaction.
  ///
  /// A request that was in process is marked ready with the check of `Lifecycle`, the
  /// version bump and the one event that `apply(.markReady…)` writes, and gets the row's
  /// print day in the same UPDATE. A new request is inserted ready at once, version 2,
  /// with the two events that creating and marking it ready would write (create to in
  /// process, then mark-ready), without the lifecycle check, which a request just made
  /// cannot fail. It is flagged for completion unless its resident was stored complete.
  /// Residents, requests and events get the ids that writing the rows one by one in file
  /// order would give them.
  func carryOut(
    _ steps: [PrintListStep], _ rows: [PrintListRow], by actor: Actor, at time: Date,
    _ statements: StatementCache, _ connection: any SQLConnection
  ) throws(StoreError) -> PrintListImport {
    let year = CalendarDay(containing: time).year
    let creates = steps.count { if case .create = $0 { return true } else { return false } }
    let first = try reserveNumbers(creates, year: year, statements)
    let lifecycle = Lifecycle(maxAttempts: try readMaxAttempts(connection))
    let batch = try PrintListBatch(connection)
    var serial = first.serial
    let placeholderDesa = try readKecamatanCode(connection).description
    // The desa of each resident this import adds, by NIK: later rows of the same NIK use
    // the resident the first one added.
    var addedResidents: [String: String] = [:]

    for (position, (row, step)) in zip(rows, steps).enumerated() {
      switch step {
      case .markReady(let match):
        let outcome: Lifecycle.Outcome
        do throws(LifecycleError) {
          outcome = try lifecycle.apply(
            .markReady, to: match.number, in: match.state, attempts: match.attempts)
        } catch {
          throw .rejected(error)
        }
        try batch.stageReady(match, outcome: outcome, row, position: position)
      case .create(let known):
        if let known {
          try batch.stageCreate(
            row, position: position, serial: serial, residentID: known.id, desaCode: known.desaCode,
            newResident: false, needsCompletion: !known.isComplete)
        } else if let desaCode = addedResidents[row.nik.digits] {
          try batch.stageCreate(
            row, position: position, serial: serial, residentID: nil, desaCode: desaCode,
            newResident: false, needsCompletion: true)
        } else {
          let desaCode = row.desaCode ?? placeholderDesa
          addedResidents[row.nik.digits] = desaCode
          try batch.stageCreate(
            row, position: position, serial: serial, residentID: nil, desaCode: desaCode,
            newResident: true, needsCompletion: true)
        }
        serial += 1
      case .unchanged, .skip:
        break
      }
    }
    try batch.write(year: year, by: actor, at: time)
    return summarise(rows, steps, firstNumber: first)
  }

  /// Takes `count` serials of `year` at once and returns the first; the counter only
  /// grows, so a number is never reused.
  private func reserveNumbers(_ count: Int, year: Int, _ statements: StatementCache)
    throws(StoreError) -> RequestNumber
  {
    let first = try nextNumber(year: year, statements)
    guard count > 0 else { return first }
    try statements.run(
      """
      INSERT INTO request_number_counter (year, last_serial) VALUES (?1, ?2)
      ON CONFLICT (year) DO UPDATE SET last_serial = request_number_counter.last_serial + ?2
      """,
      [.integer(year), .integer(count)],
      context: "allocating \(count) request numbers for \(year)")
    return first
  }
}

/// The rows of one import staged in temporary tables and then written with one statement
/// per table.
///
/// Writing row by row was slow because each one-row statement that writes through a
/// trigger runs as its own statement transaction. With SQLite 3.40, 20,000 one-row
/// INSERTs into `resident` in one transaction took about 3 s with the FTS5 name trigger
/// and 0.7 s without it (sqlite3 shell on a 2-core machine). One INSERT … SELECT per
/// table opens one statement transaction each. Events are not staged. Each staged row
/// carries its event details, and one SELECT over both staging tables writes the events.
///
/// The staging tables live in the connection's `temp` schema, inside the import's
/// transaction, so a failed import leaves none behind; `write` drops them.
final class PrintListBatch {
  private let connection: any SQLConnection
  private let createInsert: any SQLStatement
  private let readyInsert: any SQLStatement
  private var readyCount = 0

  /// Event details by print day and by document and resident, which repeat across a list.
  private var readyDetails: [CalendarDay: SQLValue] = [:]
  private var createdDetails: [CreatedKey: SQLValue] = [:]
  private var dayTexts: [CalendarDay: SQLValue] = [:]

  private struct CreatedKey: Hashable {
    let document: DocumentKind
    let newResident: Bool
  }

  /// `position` is the row's place in the file, which orders the events.
  private static let stagingTables = """
    DROP TABLE IF EXISTS temp.print_import_create;
    DROP TABLE IF EXISTS temp.print_import_ready;
    CREATE TEMP TABLE print_import_create (
      serial INTEGER PRIMARY KEY,
      position INTEGER NOT NULL,
      nik TEXT NOT NULL,
      name TEXT NOT NULL,
      resident_id INTEGER,
      desa_code TEXT NOT NULL,
      new_resident INTEGER NOT NULL,
      needs_completion INTEGER NOT NULL,
      document TEXT NOT NULL,
      printed_day TEXT NOT NULL,
      create_detail TEXT NOT NULL,
      ready_detail TEXT NOT NULL
    );
    CREATE TEMP TABLE print_import_ready (
      request_id INTEGER PRIMARY KEY,
      position INTEGER NOT NULL,
      version INTEGER NOT NULL,
      from_state TEXT NOT NULL,
      state TEXT NOT NULL,
      attempts INTEGER NOT NULL,
      printed_day TEXT NOT NULL,
      detail TEXT NOT NULL,
      courier_id INTEGER
    );
    """

  init(_ connection: any SQLConnection) throws(StoreError) {
    self.connection = connection
    let context = "staging the print list"
    try connection.execute(Self.stagingTables, context: context)
    createInsert = try connection.prepare(
      """
      INSERT INTO temp.print_import_create
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
      """,
      context: context)
    readyInsert = try connection.prepare(
      "INSERT INTO temp.print_import_ready VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
      context: context)
  }

  // MARK: Staging

  /// Stages the mark-ready of an in-process request with its event, which keeps the
  /// request's courier as `apply(.markReady…)` does.
  func stageReady(
    _ match: MatchedRequest, outcome: Lifecycle.Outcome, _ row: PrintListRow, position: Int
  ) throws(StoreError) {
    try run(
      readyInsert,
      [
        .integer(match.id), .integer(position), .integer(match.version),
        .text(match.state.rawValue), .text(outcome.state.rawValue),
        .integer(outcome.attempts), dayText(row.printedOn), readyDetail(row.printedOn),
        .optionalInteger(match.courierID),
      ])
    readyCount += 1
  }

  /// Stages a new request with serial `serial`, with its create and mark-ready events.
  /// `residentID` nil means the resident of the row's NIK that this import adds.
  func stageCreate(
    _ row: PrintListRow, position: Int, serial: Int, residentID: Int64?, desaCode: String,
    newResident: Bool, needsCompletion: Bool
  ) throws(StoreError) {
    try run(
      createInsert,
      [
        .integer(serial), .integer(position), .text(row.nik.digits), .text(row.name),
        .optionalInteger(residentID), .text(desaCode), .integer(newResident ? 1 : 0),
        .integer(needsCompletion ? 1 : 0), .text(row.document.rawValue), dayText(row.printedOn),
        createdDetail(row.document, newResident: newResident), readyDetail(row.printedOn),
      ])
  }

  // MARK: Writing

  /// Writes the staged rows: new residents, new requests, mark-ready updates, then every
  /// event in file order, and drops the staging tables.
  func write(year: Int, by actor: Actor, at time: Date) throws(StoreError) {
    let instant = SQLValue.real(time.timeIntervalSince1970)
    try connection.run(
      """
      INSERT INTO resident (nik, name, kk, phone, desa_code, dusun, rw, rt, street)
      SELECT nik, name, ?1, NULL, desa_code, '', 0, 0, '' FROM temp.print_import_create
      WHERE new_resident = 1 ORDER BY serial
      """,
      [.text(SQLStore.placeholderKK)], context: "adding the print list's new residents")
    try connection.run(
      """
      INSERT INTO request (year, serial, resident_id, desa_code, document, state,
        attempts, received_at, ready_at, note, version, requirements, is_replacement,
        needs_completion, printed_day)
      SELECT ?1, c.serial,
        coalesce(c.resident_id, (SELECT p.id FROM resident p WHERE p.nik = c.nik)),
        c.desa_code, c.document, 'ready', 0, ?2, ?2, '', 2, '', 0, c.needs_completion,
        c.printed_day
      FROM temp.print_import_create c ORDER BY c.serial
      """,
      [.integer(year), instant], context: "storing the print list's new requests")
    // SQLite has no statistics of the staging table. With the table itself in FROM, it
    // scanned all of `request` (0.3 s at 1,000,000 requests). With the ordered subquery,
    // it reads the staged rows and looks up each request by id.
    try connection.run(
      """
      UPDATE request SET state = r.state, attempts = r.attempts, ready_at = ?1,
        printed_day = r.printed_day, version = request.version + 1
      FROM (SELECT * FROM temp.print_import_ready ORDER BY request_id) r
      WHERE request.id = r.request_id AND request.version = r.version
      """,
      [instant], context: "marking the print list's requests ready")
    // The rows were read in this same write transaction, so no other writer can have
    // changed them. A miss here means the file changed under SQLite's locks.
    guard connection.changes == readyCount else {
      throw .engine(
        code: 0, message: "a request changed inside the transaction",
        context: "marking the print list's requests ready")
    }
    // In file order: a new request's create then mark-ready event, or one mark-ready.
    // `created` is materialised, so each new request's id is looked up once for its two
    // events.
    try connection.run(
      """
      WITH created AS MATERIALIZED (
        SELECT c.position, c.create_detail, c.ready_detail,
          (SELECT q.id FROM request q WHERE q.year = ?1 AND q.serial = c.serial) AS request_id
        FROM temp.print_import_create c
      )
      INSERT INTO request_event (request_id, time, "user", action, from_state, to_state, detail,
        courier_id, role)
      SELECT request_id, ?2, ?3, action, from_state, to_state, detail, courier_id, ?4
      FROM (
        SELECT position, 0 AS step, request_id, CAST(?5 AS TEXT) AS action,
          CAST(NULL AS TEXT) AS from_state, CAST(?7 AS TEXT) AS to_state,
          create_detail AS detail, CAST(NULL AS INTEGER) AS courier_id
        FROM created
        UNION ALL
        SELECT position, 1, request_id, CAST(?6 AS TEXT), CAST(?7 AS TEXT), CAST(?8 AS TEXT),
          ready_detail, CAST(NULL AS INTEGER)
        FROM created
        UNION ALL
        SELECT r.position, 0, r.request_id, CAST(?6 AS TEXT), r.from_state, r.state, r.detail,
          r.courier_id
        FROM temp.print_import_ready r
      ) e
      ORDER BY e.position, e.step
      """,
      [
        .integer(year), instant, .text(actor.user), .text(actor.role.rawValue),
        .text(RequestAction.Kind.create.rawValue), .text(RequestAction.Kind.markReady.rawValue),
        .text(RequestState.inProcess.rawValue), .text(RequestState.ready.rawValue),
      ],
      context: "recording the print list's events")
    try connection.execute(
      """
      DROP TABLE temp.print_import_create;
      DROP TABLE temp.print_import_ready;
      """, context: "dropping the print list's staging tables")
  }

  private func run(_ statement: any SQLStatement, _ values: [SQLValue]) throws(StoreError) {
    defer { statement.reset() }
    try statement.bind(values)
    while try statement.step() {}
  }

  // MARK: Repeated values

  private func dayText(_ day: CalendarDay) -> SQLValue {
    if let text = dayTexts[day] { return text }
    let text = SQLValue.text(day.description)
    dayTexts[day] = text
    return text
  }

  private func readyDetail(_ day: CalendarDay) -> SQLValue {
    if let detail = readyDetails[day] { return detail }
    let detail = SQLValue.text(
      EventDetail.format([("printed", day.description), ("source", "print-list")]))
    readyDetails[day] = detail
    return detail
  }

  private func createdDetail(_ document: DocumentKind, newResident: Bool) -> SQLValue {
    let key = CreatedKey(document: document, newResident: newResident)
    if let detail = createdDetails[key] { return detail }
    let detail = SQLValue.text(
      EventDetail.format([
        ("document", document.rawValue), ("resident", newResident ? "new" : "unchanged"),
        ("source", "print-list"),
      ]))
    createdDetails[key] = detail
    return detail
  }
}

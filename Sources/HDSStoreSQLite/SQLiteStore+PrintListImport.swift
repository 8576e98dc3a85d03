// The steps of a print-list import: first a plan that decides, row by row, what would
// happen, then carrying the plan out in the same write transaction. A dry run stops after
// the plan, so it reports exactly what the import would do.

import Foundation
import HDSCore

/// What the import does with one row.
enum PrintListStep: Equatable {
  case markReady(requestID: Int64, number: RequestNumber)
  /// A new request for the row; `resident` nil means a new placeholder resident.
  case create(resident: KnownResident?)
  case unchanged
  case skip(String)
}

/// A stored resident as a new request needs it: the row id and the desa to copy.
struct KnownResident: Equatable {
  let id: Int64
  let desaCode: String
}

/// A stored request as the import matches it.
private struct MatchedRequest {
  let id: Int64
  let number: RequestNumber
  let nik: String
  let document: String
  let state: RequestState
  let printedDay: String?
}

/// The statements of one import, each prepared once and run for every row, because
/// preparing them anew for each of 10,000 rows took most of the import's time.
final class StatementCache {
  private let connection: Connection
  private var statements: [String: Statement] = [:]

  init(_ connection: Connection) {
    self.connection = connection
  }

  /// Runs a statement that returns no rows.
  func run(_ sql: String, _ values: [SQLValue], context: String) throws(StoreError) {
    let statement = try prepared(sql, values, context: context)
    defer { statement.reset() }
    while try statement.step() {}
  }

  /// Runs a statement and decodes its first row, or returns nil when it returns none.
  func firstRow<T>(
    _ sql: String, _ values: [SQLValue], context: String,
    _ decode: (Row) throws(StoreError) -> T
  ) throws(StoreError) -> T? {
    let statement = try prepared(sql, values, context: context)
    defer { statement.reset() }
    guard try statement.step() else { return nil }
    let result = try decode(statement.row)
    // An INSERT … RETURNING can fail after its first row, for example on a full disk.
    // SQLite then reports the error only to the next step, and reset() ignores it.
    if !statement.isReadOnly {
      while try statement.step() {}
    }
    return result
  }

  private func prepared(_ sql: String, _ values: [SQLValue], context: String)
    throws(StoreError) -> Statement
  {
    let statement: Statement
    if let cached = statements[sql] {
      statement = cached
    } else {
      statement = try connection.prepare(sql, context: context)
      statements[sql] = statement
    }
    try statement.bind(values)
    return statement
  }
}

extension SQLiteStore {
  // MARK: Query texts

  private static let matchColumns =
    "r.id, r.year, r.serial, p.nik, r.document, r.state, r.printed_day"

  /// Through the UNIQUE (year, serial) index.
  static let requestByNumberSQL = """
    SELECT \(matchColumns) FROM request r JOIN resident p ON p.id = r.resident_id
    WHERE r.year = ?1 AND r.serial = ?2
    """

  static let residentByNIKSQL = "SELECT id, desa_code FROM resident WHERE nik = ?1"

  /// Through `request_open_by_resident`.
  static let openRequestOfResidentSQL = """
    SELECT \(matchColumns) FROM request r JOIN resident p ON p.id = r.resident_id
    WHERE r.resident_id = ?1 AND r.document = ?2 AND r.state NOT IN ('delivered', 'cancelled')
    ORDER BY r.id LIMIT 1
    """

  /// Through `request_by_resident`, whose entries are in id order within a resident.
  static let latestRequestOfResidentSQL = """
    SELECT \(matchColumns) FROM request r JOIN resident p ON p.id = r.resident_id
    WHERE r.resident_id = ?1 AND r.document = ?2
    ORDER BY r.id DESC LIMIT 1
    """

  private static let insertEventSQL = """
    INSERT INTO request_event (request_id, time, user, action, from_state, to_state, detail,
      role)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
    """

  // MARK: Planning

  /// Decides the step of every row against the store as it is, and against the steps of
  /// earlier rows: a request the file already makes ready, or a NIK and document it
  /// already creates, is unchanged the second time.
  func planImport(_ rows: [PrintListRow], _ statements: StatementCache) throws(StoreError)
    -> [PrintListStep]
  {
    var claimed: Set<Int64> = []
    var creating: Set<String> = []
    var steps: [PrintListStep] = []
    steps.reserveCapacity(rows.count)

    for row in rows {
      let key = row.nik.digits + "/" + row.document.rawValue
      var step = try plan(row, statements)
      switch step {
      case .markReady(let id, _) where claimed.contains(id):
        step = .unchanged
      case .markReady(let id, _):
        claimed.insert(id)
      case .create where creating.contains(key):
        step = .unchanged
      case .create:
        creating.insert(key)
      case .unchanged, .skip:
        break
      }
      steps.append(step)
    }
    return steps
  }

  private func plan(_ row: PrintListRow, _ statements: StatementCache) throws(StoreError)
    -> PrintListStep
  {
    if let number = row.requestNumber {
      let values: [SQLValue] = [.integer(number.year), .integer(number.serial)]
      guard let match = try matchedRequest(Self.requestByNumberSQL, values, statements) else {
        return .skip(
          "request \(number) not found; check the number, or leave it empty to match by NIK"
            + " and document")
      }
      guard match.nik == row.nik.digits else {
        return .skip("request \(number) belongs to another NIK; check the number and the NIK")
      }
      guard match.document == row.document.rawValue else {
        let stored = DocumentKind(rawValue: match.document)?.shortName ?? match.document
        return .skip(
          "request \(number) is for \(stored), not \(row.document.shortName); check the number"
            + " and the document")
      }
      return step(for: match)
    }

    let resident = try statements.firstRow(
      Self.residentByNIKSQL, [.text(row.nik.digits)], context: "finding a resident by NIK"
    ) { KnownResident(id: $0.integer(0), desaCode: $0.text(1)) }
    guard let resident else { return .create(resident: nil) }

    let values: [SQLValue] = [.integer(resident.id), .text(row.document.rawValue)]
    if let open = try matchedRequest(Self.openRequestOfResidentSQL, values, statements) {
      return step(for: open)
    }
    guard let latest = try matchedRequest(Self.latestRequestOfResidentSQL, values, statements)
    else { return .create(resident: resident) }
    if latest.printedDay == row.printedOn.description { return .unchanged }
    if latest.state == .cancelled { return step(for: latest) }
    // The latest request was delivered with another print day: this print is a new
    // document, such as a replacement card.
    return .create(resident: resident)
  }

  private func step(for match: MatchedRequest) -> PrintListStep {
    switch match.state {
    case .inProcess:
      return .markReady(requestID: match.id, number: match.number)
    case .received:
      return .skip(
        "request \(match.number) is received and was not sent to Dukcapil in HDS; record"
          + " the sending, then import the list again")
    case .cancelled:
      return .skip(
        "request \(match.number) was cancelled; set the printed document aside, or register"
          + " a new request at the counter and import the list again")
    case .ready, .assigned, .outForDelivery, .delivered, .returnedToOffice:
      return .unchanged
    }
  }

  private func matchedRequest(_ sql: String, _ values: [SQLValue], _ statements: StatementCache)
    throws(StoreError) -> MatchedRequest?
  {
    try statements.firstRow(sql, values, context: "matching a print-list row") {
      (row) throws(StoreError) -> MatchedRequest in
      let id = row.integer(0)
      return MatchedRequest(
        id: id, number: RequestNumber(year: row.int(1), serial: row.int(2)), nik: row.text(3),
        document: row.text(4),
        state: try decoder.value(
          RequestState.self, row.text(5), column: "state", of: "request \(id)"),
        printedDay: row.optionalText(6))
    }
  }

  // MARK: Results

  /// Sums up `steps`, numbering new requests in order from `firstNumber`.
  func summarise(_ rows: [PrintListRow], _ steps: [PrintListStep], firstNumber: RequestNumber)
    -> PrintListImport
  {
    var result = PrintListImport()
    var serial = firstNumber.serial
    for (row, step) in zip(rows, steps) {
      switch step {
      case .markReady(_, let number):
        result.markedReady.append(number)
      case .create:
        result.created.append(RequestNumber(year: firstNumber.year, serial: serial))
        serial += 1
      case .unchanged:
        result.unchanged += 1
      case .skip(let reason):
        result.skipped.append((row.line, reason))
      }
    }
    return result
  }

  /// Returns the number that the next new request of `year` gets from
  /// `request_number_counter`.
  func nextNumber(year: Int, _ statements: StatementCache) throws(StoreError) -> RequestNumber {
    let last = try statements.firstRow(
      "SELECT last_serial FROM request_number_counter WHERE year = ?1", [.integer(year)],
      context: "reading the request number counter of \(year)"
    ) { $0.int(0) }
    return RequestNumber(year: year, serial: (last ?? 0) + 1)
  }

  // MARK: Carrying out

  /// Writes the planned steps inside the caller's write transaction.
  ///
  /// A request that was in process is marked ready through `apply(_:to:…in:)`, the path
  /// of every mark-ready. A new request is inserted ready at once, version 2, with the two
  /// events that creating and marking it ready would write (create to in process, then
  /// mark-ready), without the lifecycle check, which a request just made cannot fail.
  func carryOut(
    _ steps: [PrintListStep], _ rows: [PrintListRow], by actor: Actor, at time: Date,
    _ statements: StatementCache, _ connection: Connection
  ) throws(StoreError) -> PrintListImport {
    let year = CalendarDay(containing: time).year
    let creates = steps.filter { if case .create = $0 { return true } else { return false } }
    let first = try reserveNumbers(creates.count, year: year, statements)
    var serial = first.serial
    var addedResidents: [String: KnownResident] = [:]

    for (row, step) in zip(rows, steps) {
      switch step {
      case .markReady(let id, let number):
        _ = try apply(
          .markReady, to: id, expectedVersion: nil, by: actor, at: time,
          extraDetail: readyDetail(row), in: connection)
        try statements.run(
          "UPDATE request SET printed_day = ?2 WHERE id = ?1",
          [.integer(id), .text(row.printedOn.description)],
          context: "recording the print day of request \(number)")
      case .create(let known):
        let resident: KnownResident
        let isNewResident: Bool
        if let found = known ?? addedResidents[row.nik.digits] {
          (resident, isNewResident) = (found, false)
        } else {
          resident = try addPlaceholderResident(row, statements)
          addedResidents[row.nik.digits] = resident
          isNewResident = true
        }
        let number = RequestNumber(year: year, serial: serial)
        serial += 1
        try insertPrinted(
          row, number: number, resident: resident, newResident: isNewResident, by: actor,
          at: time, statements)
      case .unchanged, .skip:
        break
      }
    }
    return summarise(rows, steps, firstNumber: first)
  }

  private func readyDetail(_ row: PrintListRow) -> [(key: String, value: String?)] {
    [("printed", row.printedOn.description), ("source", "print-list")]
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
      ON CONFLICT (year) DO UPDATE SET last_serial = last_serial + ?2
      """,
      [.integer(year), .integer(count)],
      context: "allocating \(count) request numbers for \(year)")
    return first
  }

  private func addPlaceholderResident(_ row: PrintListRow, _ statements: StatementCache)
    throws(StoreError) -> KnownResident
  {
    let desaCode = row.desaCode ?? Self.placeholderDesaCode
    let id = try statements.firstRow(
      """
      INSERT INTO resident (nik, name, kk, phone, desa_code, dusun, rw, rt, street)
      VALUES (?1, ?2, ?3, NULL, ?4, '', 0, 0, '')
      RETURNING id
      """,
      [.text(row.nik.digits), .text(row.name), .text(Self.placeholderKK), .text(desaCode)],
      context: "adding a resident from the print list"
    ) { $0.integer(0) }
    // RETURNING yields exactly one row for the one row inserted.
    guard let id else {
      throw .engine(
        code: 0, message: "no id returned", context: "adding a resident from the print list")
    }
    return KnownResident(id: id, desaCode: desaCode)
  }

  /// Inserts a ready request for a printed document, flagged for completion, with its
  /// create and mark-ready events.
  private func insertPrinted(
    _ row: PrintListRow, number: RequestNumber, resident: KnownResident, newResident: Bool,
    by actor: Actor, at time: Date, _ statements: StatementCache
  ) throws(StoreError) {
    let context = "storing request \(number) from the print list"
    let id = try statements.firstRow(
      """
      INSERT INTO request (year, serial, resident_id, desa_code, document, state, attempts,
        received_at, ready_at, note, version, requirements, is_replacement, needs_completion,
        printed_day)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?7, '', 2, '', 0, 1, ?8)
      RETURNING id
      """,
      [
        .integer(number.year), .integer(number.serial), .integer(resident.id),
        .text(resident.desaCode), .text(row.document.rawValue),
        .text(RequestState.ready.rawValue), .real(time.timeIntervalSince1970),
        .text(row.printedOn.description),
      ],
      context: context
    ) { $0.integer(0) }
    guard let id else { throw .engine(code: 0, message: "no id returned", context: context) }

    let created = EventDetail.format([
      ("document", row.document.rawValue), ("resident", newResident ? "new" : "unchanged"),
      ("source", "print-list"),
    ])
    let events: [(RequestAction.Kind, RequestState?, RequestState, String)] = [
      (.create, nil, .inProcess, created),
      (.markReady, .inProcess, .ready, EventDetail.format(readyDetail(row))),
    ]
    for (action, from, to, detail) in events {
      try statements.run(
        Self.insertEventSQL,
        [
          .integer(id), .real(time.timeIntervalSince1970), .text(actor.user),
          .text(action.rawValue), .optionalText(from?.rawValue), .text(to.rawValue),
          .text(detail), .text(actor.role.rawValue),
        ],
        context: "recording the \(action.rawValue) event of request \(number)")
    }
  }
}

// The steps of a print-list import: first a plan that decides, row by row, what would
// happen, then carrying the plan out in the same write transaction. A dry run stops after
// the plan, so it reports exactly what the import would do.

import Foundation
import HDSCore

/// What the import does with one row.
enum PrintListStep: Equatable {
  case markReady(MatchedRequest)
  /// A new request for the row; `resident` nil means a new placeholder resident.
  case create(resident: KnownResident?)
  /// Nothing to do. The request is the stored one that the row names, or nil when an
  /// earlier row of the file creates the row's request.
  case unchanged(MatchedRequest?)
  case skip(ImportProblem)
}

/// A stored resident as a new request needs it: the row id, the desa to copy, the name to
/// compare with the row's, and whether the request can go to a courier without completion.
struct KnownResident: Equatable {
  let id: Int64
  let desaCode: String
  let name: String
  let isComplete: Bool
}

/// A stored request as the import matches it, with the columns a mark-ready changes.
struct MatchedRequest: Equatable {
  let id: Int64
  let number: RequestNumber
  let nik: String
  let document: String
  let state: RequestState
  let attempts: Int
  let version: Int
  let courierID: Int64?
  let printedDay: String?
  let residentName: String
  let readyAt: Date?
  let deliveredAt: Date?

  /// The WIB day of the latest step from ready onwards that the request row records: the
  /// delivery, else the mark-ready. Nil for a request that never became ready.
  var lastReadyStepDay: CalendarDay? {
    (deliveredAt ?? readyAt).map { CalendarDay(containing: $0) }
  }
}

/// The statements of one import, each prepared once and run for every row, because
/// preparing them anew for each of 10,000 rows took most of the import's time.
final class StatementCache {
  private let connection: any SQLConnection
  private var statements: [String: any SQLStatement] = [:]

  init(_ connection: any SQLConnection) {
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
    _ decode: (any SQLRow) throws(StoreError) -> T
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
    throws(StoreError) -> any SQLStatement
  {
    let statement: any SQLStatement
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

extension SQLStore {
  // MARK: Query texts

  private static let matchColumns =
    """
    r.id, r.year, r.serial, p.nik, r.document, r.state, r.attempts, r.version, r.courier_id,
      r.printed_day, p.name, r.ready_at, r.delivered_at
    """

  /// Through the UNIQUE (year, serial) index.
  static let requestByNumberSQL = """
    SELECT \(matchColumns) FROM request r JOIN resident p ON p.id = r.resident_id
    WHERE r.year = ?1 AND r.serial = ?2
    """

  static let residentByNIKSQL =
    "SELECT id, desa_code, name, kk, dusun, rw, rt FROM resident WHERE nik = ?1"

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

  // MARK: Planning

  /// Decides the step of every row against the store as it is, and against the steps of
  /// earlier rows: a request the file already makes ready, or a NIK and document it
  /// already creates, is unchanged the second time. `kecamatan` decides whether a known
  /// resident's address is complete.
  func planImport(
    _ rows: [PrintListRow], _ statements: StatementCache, in kecamatan: Kecamatan
  ) throws(StoreError) -> [PrintListStep] {
    var claimed: Set<Int64> = []
    var creating: Set<String> = []
    var steps: [PrintListStep] = []
    steps.reserveCapacity(rows.count)

    for row in rows {
      let key = row.nik.digits + "/" + row.document.rawValue
      var step = try plan(row, statements, in: kecamatan)
      switch step {
      case .markReady(let match) where claimed.contains(match.id):
        step = .unchanged(match)
      case .markReady(let match):
        claimed.insert(match.id)
      case .create where creating.contains(key):
        step = .unchanged(nil)
      case .create:
        creating.insert(key)
      case .unchanged, .skip:
        break
      }
      steps.append(step)
    }
    return steps
  }

  private func plan(_ row: PrintListRow, _ statements: StatementCache, in kecamatan: Kecamatan)
    throws(StoreError) -> PrintListStep
  {
    if let number = row.requestNumber {
      let values: [SQLValue] = [.integer(number.year), .integer(number.serial)]
      guard let match = try matchedRequest(Self.requestByNumberSQL, values, statements) else {
        return .skip(.requestNotFound(number, .printList))
      }
      guard match.nik == row.nik.digits else {
        return .skip(.requestOfOtherNIK(number))
      }
      guard match.document == row.document.rawValue else {
        let stored = try decoder.value(
          DocumentKind.self, match.document, column: "document", of: "request \(number)")
        return .skip(.requestOfOtherDocument(number, stored: stored, listed: row.document))
      }
      return step(for: match)
    }

    let resident = try statements.firstRow(
      Self.residentByNIKSQL, [.text(row.nik.digits)], context: "finding a resident by NIK"
    ) { knownResident($0, nik: row.nik, in: kecamatan) }
    guard let resident else { return .create(resident: nil) }

    let values: [SQLValue] = [.integer(resident.id), .text(row.document.rawValue)]
    if let open = try matchedRequest(Self.openRequestOfResidentSQL, values, statements) {
      return step(for: open)
    }
    guard let latest = try matchedRequest(Self.latestRequestOfResidentSQL, values, statements)
    else { return .create(resident: resident) }
    if latest.printedDay == row.printedOn.description { return .unchanged(latest) }
    if latest.state == .cancelled { return step(for: latest) }
    // Without a print day the request was marked ready by hand. A document printed on or
    // before its delivery day is the one it delivered, not a new document.
    if latest.printedDay == nil, let day = latest.lastReadyStepDay, row.printedOn <= day {
      return .unchanged(latest)
    }
    // The latest request was delivered with another print day, or before this print: this
    // print is a new document, such as a replacement card.
    return .create(resident: resident)
  }

  /// Decodes a `residentByNIKSQL` row. The stored KK number and address decide whether a
  /// new request for the resident can go to a courier at once.
  private func knownResident(_ row: any SQLRow, nik: NIK, in kecamatan: Kecamatan)
    -> KnownResident
  {
    let address = Address(
      desaCode: row.text(1), dusun: row.text(4), rw: row.int(5), rt: row.int(6))
    // A stored KK that is not 16 digits cannot be complete, so it counts as missing.
    let isComplete =
      if let kk = try? KKNumber(row.text(3)) {
        Resident(nik: nik, name: row.text(2), kk: kk, phone: nil, address: address)
          .isComplete(in: kecamatan)
      } else {
        false
      }
    return KnownResident(
      id: row.integer(0), desaCode: row.text(1), name: row.text(2), isComplete: isComplete)
  }

  private func step(for match: MatchedRequest) -> PrintListStep {
    switch match.state {
    case .inProcess:
      return .markReady(match)
    case .received:
      return .skip(.requestNotSent(match.number))
    case .cancelled:
      return .skip(.requestCancelled(match.number))
    case .ready, .assigned, .outForDelivery, .delivered, .returnedToOffice:
      return .unchanged(match)
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
        attempts: row.int(6), version: row.int(7), courierID: row.optionalInteger(8),
        printedDay: row.optionalText(9), residentName: row.text(10),
        readyAt: row.optionalReal(11).map { Date(timeIntervalSince1970: $0) },
        deliveredAt: row.optionalReal(12).map { Date(timeIntervalSince1970: $0) })
    }
  }

  // MARK: Results

  /// Sums up `steps`, numbering new requests in order from `firstNumber`, and warns of
  /// each row whose name differs from its stored resident's.
  func summarise(_ rows: [PrintListRow], _ steps: [PrintListStep], firstNumber: RequestNumber)
    -> PrintListImport
  {
    var result = PrintListImport()
    var serial = firstNumber.serial
    for (row, step) in zip(rows, steps) {
      var stored: (name: String, request: RequestNumber)?
      switch step {
      case .markReady(let match):
        result.markedReady.append(match.number)
        stored = (match.residentName, match.number)
      case .create(let known):
        let number = RequestNumber(year: firstNumber.year, serial: serial)
        serial += 1
        result.created.append(number)
        if known?.isComplete != true { result.needsCompletion.append(number) }
        stored = known.map { ($0.name, number) }
      case .unchanged(let match):
        result.unchanged += 1
        stored = match.map { ($0.residentName, $0.number) }
      case .skip(let reason):
        result.skipped.append(PrintListProblem(line: row.line, column: "", value: "", kind: reason))
      }
      if let stored, !PersonName.isSame(row.name, stored.name) {
        let kind = ImportProblem.nameDiffers(
          listed: row.name, stored: stored.name, request: stored.request)
        result.warnings.append(PrintListProblem(line: row.line, column: "", value: "", kind: kind))
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
}

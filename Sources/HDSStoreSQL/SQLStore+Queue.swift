// Queue views with filters and sort orders, `/` search, and the open-request check.

import Foundation
import HDSCore

extension SQLStore {
  // MARK: Queue views

  /// Reads one page of the requests `query` selects.
  ///
  /// Every order ends with the age key and the id, so pages are stable. The total comes
  /// from `request_count` when only states and desa filter the list, otherwise from an
  /// indexed count. The page is read from the nearest known row (see `readPage`).
  ///
  /// Complexity: O(limit) rows for the first and last pages and for a page next to one
  /// read before at the same store version; O(offset) index entries for a jump into the
  /// middle of the order.
  /// NOTE: the state order is a CASE expression, which no index covers, so that order
  /// sorts the selected rows, as the desa and document orders of the pending states do.
  public func queue(_ query: QueueQuery, offset: Int, limit: Int) throws(StoreError)
    -> Page<QueueRow>
  {
    let offset = max(0, offset)
    let limit = max(0, limit)
    let filter = QueueFilterSQL(query, dialect)
    return try read { (connection) throws(StoreError) -> Page<QueueRow> in
      let total = try count(filter, connection)
      let rows = try readPage(filter, offset: offset, limit: limit, total: total, connection)
      return Page(total: total, offset: offset, rows: rows.map(\.row))
    }
  }

  /// The pending queue: `queue(.pending, …)`.
  public func pendingQueue(offset: Int, limit: Int) throws(StoreError) -> Page<QueueRow> {
    try queue(.pending, offset: offset, limit: limit)
  }

  /// The page query of a queue view from its first row (see `pageSQL`); its values are
  /// the filter's, then limit and offset.
  static func queueSQL(_ filter: QueueFilterSQL) -> String {
    pageSQL(filter)
  }

  static let queueColumns = """
    r.id, r.year, r.serial, r.state, r.document, p.name, p.nik, r.desa_code, p.dusun,
    r.received_at, r.ready_at, r.attempts, c.name, r.delivery_day, r.needs_completion,
    p.phone, r.version, r.is_replacement
    """

  static let queueFrom = """
    request r
      JOIN resident p ON p.id = r.resident_id
      LEFT JOIN courier c ON c.id = r.courier_id
    """

  private func count(_ filter: QueueFilterSQL, _ connection: any SQLConnection) throws(StoreError)
    -> Int
  {
    if let counters = filter.countersClause {
      return Int(
        try connection.integer(
          "SELECT coalesce(sum(count), 0) FROM request_count WHERE \(counters.clause)",
          counters.values, context: "counting the queue"))
    }
    return Int(
      try connection.integer(
        "SELECT count(*) FROM \(filter.countTable) WHERE \(filter.clause)", filter.values,
        context: "counting the queue"))
  }

  func decodeQueueRow(_ row: any SQLRow) throws(StoreError) -> QueueRow {
    let id = row.integer(0)
    let rowLabel = "request \(id)"
    let nik: NIK
    do {
      nik = try NIK(row.text(6))
    } catch {
      throw .incompatible(path: path, reason: "the resident of \(rowLabel) has an invalid NIK")
    }
    return QueueRow(
      id: id, number: RequestNumber(year: row.int(1), serial: row.int(2)),
      state: try decoder.value(RequestState.self, row.text(3), column: "state", of: rowLabel),
      document: try decoder.value(DocumentKind.self, row.text(4), column: "document", of: rowLabel),
      residentName: row.text(5), nik: nik, desaCode: row.text(7), dusun: row.text(8),
      receivedAt: Date(timeIntervalSince1970: row.real(9)),
      readyAt: row.optionalReal(10).map(Date.init(timeIntervalSince1970:)),
      attempts: row.int(11), courierName: row.optionalText(12),
      deliveryDay: try decoder.day(row.optionalText(13), of: rowLabel),
      needsCompletion: row.integer(14) != 0,
      isReplacement: row.integer(17) != 0,
      phone: row.optionalText(15).flatMap { try? PhoneNumber($0) }, version: row.int(16))
  }

  // MARK: Search

  /// Finds the next request matching `term` in the order of `query`, from the row at
  /// `position` (inclusive) onwards, or backwards, wrapping round at the end.
  ///
  /// The match itself uses indexes: NIK and phone by prefix range, the request number
  /// exactly, a name through the trigram index. A name needs at least 3 characters,
  /// because trigrams are 3 characters long; a shorter one matches nothing.
  ///
  /// Complexity: one indexed lookup for the candidate, and `rowsBefore` for its position.
  public func find(_ term: SearchTerm, in query: QueueQuery, from position: Int, forward: Bool)
    throws(StoreError) -> Int?
  {
    let filter = QueueFilterSQL(query, dialect)
    guard let match = SearchSQL(term, dialect, readingEveryRow: filter.isPendingOnly) else {
      return nil
    }
    return try read { (connection) throws(StoreError) -> Int? in
      let total = try count(filter, connection)
      let anchor = try readPage(
        filter, offset: max(0, position), limit: 1, total: total, connection
      ).first?.key
      var candidate: [SQLValue]? = nil
      // A name or a partial NIK or phone number can match thousands of residents. A full
      // NIK (16 digits), a request number or a serial matches a few rows, which the
      // indexes find.
      let broad =
        term.name != nil || term.phonePrefix != nil
        || term.nikPrefix.map { $0.count < 16 } ?? false
      if broad, !filter.isPendingOnly, let anchor,
        let nearby = SearchSQL(term, dialect, readingEveryRow: true)
      {
        candidate = try nearbyMatch(nearby, filter, after: anchor, forward: forward, connection)
      }
      if candidate == nil {
        candidate = try nextMatch(match, filter, after: anchor, forward: forward, connection)
      }
      if candidate == nil, anchor != nil {
        candidate = try nextMatch(match, filter, after: nil, forward: forward, connection)
      }
      guard let candidate else { return nil }
      let before = try rowsBefore(candidate, in: filter, connection)
      // The page around the match, which the dashboard reads next, starts from it.
      try rememberPlace(of: candidate, at: before, in: filter, connection)
      return before
    }
  }

  /// Rows that a search for a name, or for part of a NIK or phone number, tests one by
  /// one from the current row before it uses the indexes.
  static let nearbyRows = 2_000

  /// Returns the sort key of the first row matching `match` among the `nearbyRows` rows
  /// from `anchor` on (or back), or nil when none of them matches.
  ///
  /// A common name part matches tens of thousands of residents through the name index,
  /// and putting their requests in the list's order took over 150 ms at 1,000,000
  /// requests. Such a name usually matches a row close by. A rare one does not, and the
  /// name index finds its few residents quickly. The same holds for the first digits of a
  /// NIK (a kecamatan's code) or of a phone number.
  private func nearbyMatch(
    _ match: SearchSQL, _ filter: QueueFilterSQL, after anchor: [SQLValue], forward: Bool,
    _ connection: any SQLConnection
  ) throws(StoreError) -> [SQLValue]? {
    let (seek, seekValues) = filter.seek(from: anchor, forward: forward, inclusive: true)
    let order = forward ? filter.order : filter.reversedOrder
    let width = Int32(filter.seekWidth)
    return try connection.firstRow(
      """
      SELECT \(filter.seekColumns) FROM \(Self.queueFrom)
      WHERE r.id IN (
        SELECT r.id FROM \(filter.table) WHERE \(filter.clause) AND \(seek)
        ORDER BY \(order) LIMIT \(Self.nearbyRows))
        AND \(match.clause)
      ORDER BY \(order) LIMIT 1
      """,
      filter.values + seekValues + match.values, context: "searching the queue"
    ) { row in (0..<width).map { row.value($0) } }
  }

  /// Returns the sort key of the first matching row at or after `anchor` when searching
  /// forward, or the last one at or before it when searching backward. Without an anchor
  /// it returns the first (or last) match of all.
  private func nextMatch(
    _ match: SearchSQL, _ filter: QueueFilterSQL, after anchor: [SQLValue]?, forward: Bool,
    _ connection: any SQLConnection
  ) throws(StoreError) -> [SQLValue]? {
    var clause = "\(filter.clause) AND \(match.clause)"
    var values = filter.values + match.values
    if let anchor {
      let (seek, seekValues) = filter.seek(from: anchor, forward: forward, inclusive: true)
      clause += " AND " + seek
      values += seekValues
    }
    let order = forward ? filter.order : filter.reversedOrder
    let width = Int32(filter.seekWidth)
    // The pending queue is short whatever the store contains, so its rows are read in
    // order and each name is tested. A common name part would match tens of thousands of
    // residents through the name index.
    let from =
      filter.isPendingOnly
      ? Self.queueFrom.replacingOccurrences(
        of: "request r\n", with: QueueFilterSQL.pendingTable + "\n")
      : Self.queueFrom
    return try connection.firstRow(
      "SELECT \(filter.seekColumns) FROM \(from) WHERE \(clause) ORDER BY \(order) LIMIT 1",
      values, context: "searching the queue"
    ) { row in (0..<width).map { row.value($0) } }
  }

  // MARK: Open requests

  /// Returns the open request of this NIK for this document through
  /// `request_open_by_resident`.
  public func openRequest(nik: NIK, document: DocumentKind) throws(StoreError) -> RequestNumber? {
    try read { (connection) throws(StoreError) -> RequestNumber? in
      try openRequest(connection, nik: nik, document: document)
    }
  }

  func openRequest(_ connection: any SQLConnection, nik: NIK, document: DocumentKind)
    throws(StoreError) -> RequestNumber?
  {
    try connection.firstRow(
      """
      SELECT r.year, r.serial FROM request r JOIN resident p ON p.id = r.resident_id
      WHERE p.nik = ?1 AND r.document = ?2 AND r.state NOT IN ('delivered', 'cancelled')
      ORDER BY r.id LIMIT 1
      """,
      [.text(nik.digits), .text(document.rawValue)],
      context: "checking for an open request of NIK \(nik.logForm)"
    ) { RequestNumber(year: $0.int(0), serial: $0.int(1)) }
  }
}

/// The WHERE clause and ORDER BY of a `QueueQuery`, with its bound values in order.
struct QueueFilterSQL {
  let clause: String
  let values: [SQLValue]
  /// The sort column as a SQL expression, nil for the age order. The row-value key is
  /// (sort, age, id), and the age order puts a constant '' in the sort column's place.
  let sortExpression: String?
  /// For a query filtered only by states and desa: the same selection over
  /// `request_count`.
  let countersClause: (clause: String, values: [SQLValue])?

  static let age = "coalesce(r.ready_at, r.received_at)"

  /// The request table of the page and count queries. The pending states in age order
  /// name their partial index: without statistics SQLite prefers the state index there
  /// and then sorts the whole queue.
  var table: String { usesPendingIndex ? Self.pendingTable : "request r" }

  /// The request table read through the partial index of the pending states.
  static let pendingTable = "request r INDEXED BY request_pending_by_age"

  /// The table of the count: the partial index of pending requests whenever the states
  /// are the pending ones, so that a document filter counts the queue, not every request
  /// of that document.
  var countTable: String { onlyPending ? Self.pendingTable : "request r" }

  private let usesPendingIndex: Bool
  private let onlyPending: Bool

  /// Whether the list is the pending states alone, whose partial index is short.
  var isPendingOnly: Bool { onlyPending }

  /// Tells orders apart for the anchors of `readPage`: the same text means the same rows
  /// in the same order.
  var identity: String { "\(clause) \(values) ORDER BY \(order)" }

  /// The query this filter was made from.
  let query: QueueQuery
  let dialect: SQLDialect
  /// The listed states as SQL literals, for `state IN (…)`.
  let stateList: String
  /// Whether every state is listed, so that the clause has no state condition.
  let everyState: Bool

  init(_ query: QueueQuery, _ dialect: SQLDialect) {
    self.query = query
    self.dialect = dialect
    let states = query.states.isEmpty ? RequestState.allCases : query.states
    // States go in as literals, not bound values: SQLite uses a partial index only when
    // the query's terms match the index's WHERE, which it cannot tell from a parameter.
    let stateList = states.map { "'\($0.rawValue)'" }.joined(separator: ", ")
    self.stateList = stateList
    // Every state is no filter at all, which lets the age and desa orders read their
    // index in order instead of sorting every request.
    let everyState = Set(states) == Set(RequestState.allCases)
    self.everyState = everyState
    var parts = everyState ? [] : ["r.state IN (\(stateList))"]
    var values: [SQLValue] = []
    if let desa = query.desaCode {
      parts.append("r.desa_code = ?")
      values.append(.text(desa))
    }
    if let document = query.document {
      parts.append("r.document = ?")
      values.append(.text(document.rawValue))
    }
    if let courier = query.courierID {
      parts.append("r.courier_id = ?")
      values.append(.integer(courier))
    }
    if let day = query.deliveryDay {
      parts.append("r.delivery_day = ?")
      values.append(.text(day.description))
    }
    if query.needsCompletionOnly {
      parts.append("r.needs_completion = 1")
    }
    clause = parts.isEmpty ? "TRUE" : parts.joined(separator: " AND ")
    self.values = values
    onlyPending = Set(states) == Set(RequestState.pending)
    usesPendingIndex = query.sort == .age && onlyPending

    let onlyCounters =
      query.document == nil && query.courierID == nil && query.deliveryDay == nil
      && !query.needsCompletionOnly
    if onlyCounters {
      var counterParts = everyState ? [] : ["state IN (\(stateList))"]
      var counterValues: [SQLValue] = []
      if let desa = query.desaCode {
        counterParts.append("desa_code = ?")
        counterValues.append(.text(desa))
      }
      countersClause = (
        counterParts.isEmpty ? "TRUE" : counterParts.joined(separator: " AND "), counterValues
      )
    } else {
      countersClause = nil
    }

    switch query.sort {
    case .age: sortExpression = nil
    case .desa: sortExpression = "r.desa_code"
    case .document: sortExpression = "r.document"
    case .state:
      let cases = RequestState.allCases.enumerated().map { "WHEN '\($1.rawValue)' THEN \($0)" }
      sortExpression = "CASE r.state \(cases.joined(separator: " ")) END"
    }
  }

  /// The sort key's columns: the sort column, the age key and the id, or the age key and
  /// the id for the age order.
  var seekColumns: String { (sortExpression.map { $0 + ", " } ?? "") + "\(Self.age), r.id" }
  var seekWidth: Int { sortExpression == nil ? 2 : 3 }

  /// Returns the condition for the rows after the row with sort key `key` (or before it),
  /// with its values. The first column is also bounded on its own, because SQLite 3.40 reads a
  /// range of an index on an expression for a plain comparison but not for a row value.
  func seek(from key: [SQLValue], forward: Bool, inclusive: Bool) -> (String, [SQLValue]) {
    let leading = sortExpression ?? Self.age
    var comparison = forward ? ">" : "<"
    if inclusive { comparison += "=" }
    let placeholders = "(" + Array(repeating: "?", count: key.count).joined(separator: ", ") + ")"
    let sql =
      "\(leading) \(forward ? ">=" : "<=") ? AND (\(seekColumns)) \(comparison) \(placeholders)"
    return (sql, [key[0]] + key)
  }
  var order: String { (sortExpression.map { $0 + ", " } ?? "") + "\(Self.age), r.id" }
  var reversedOrder: String {
    (sortExpression.map { $0 + " DESC, " } ?? "") + "\(Self.age) DESC, r.id DESC"
  }
}

/// The match condition of a `SearchTerm` over `request r JOIN resident p`.
struct SearchSQL {
  let clause: String
  let values: [SQLValue]

  /// Returns nil when the term can match nothing (empty, or a name under 3 characters).
  /// `readingEveryRow` tests names with LIKE, for a list short enough to read row by row,
  /// instead of through SQLite's trigram index. PostgreSQL's trigram index serves the LIKE
  /// of `lower(name)` itself, so there the name test is always the LIKE.
  /// NOTE: LIKE folds only ASCII letters, and the trigram index folds other letters too.
  /// A name with such a letter typed in another case is found only by the index of a long
  /// list, once no row among the nearby rows matches.
  init?(_ term: SearchTerm, _ dialect: SQLDialect, readingEveryRow: Bool = false) {
    var parts: [String] = []
    var values: [SQLValue] = []
    if let prefix = term.nikPrefix, !prefix.isEmpty {
      parts.append("(p.nik >= ? AND p.nik < ?)")
      values += [.text(prefix), .text(prefix + "\u{7F}")]
    }
    if let prefix = term.phonePrefix {
      parts.append("(p.phone >= ? AND p.phone < ?)")
      values += [.text(prefix), .text(prefix + "\u{7F}")]
    }
    if let number = term.number {
      parts.append("(r.year = ? AND r.serial = ?)")
      values += [.integer(number.year), .integer(number.serial)]
    }
    if let serial = term.serial {
      parts.append("r.serial = ?")
      values.append(.integer(serial))
    }
    if let name = term.name, name.count >= 3, readingEveryRow || dialect == .postgresql {
      let escaped = name.replacingOccurrences(of: "\\", with: "\\\\")
        .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
      parts.append(dialect.nameLike("p.name"))
      values.append(.text("%" + escaped + "%"))
    } else if let name = term.name, name.count >= 3 {
      // A quoted FTS5 string matches the characters literally; quotes inside are doubled.
      let quoted = "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
      parts.append(
        "p.id IN (SELECT rowid FROM resident_name_search WHERE resident_name_search MATCH ?)")
      values.append(.text(quoted))
    }
    guard !parts.isEmpty else { return nil }
    clause = "(" + parts.joined(separator: " OR ") + ")"
    self.values = values
  }
}

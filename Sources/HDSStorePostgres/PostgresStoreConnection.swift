// The store's connection to PostgreSQL: SQLStore's statements, written in SQLite's
// spelling, run through libpq, and its rows read as SQLite's columns read.

import CLibPQ
import Foundation
import HDSCore
import HDSStoreSQL

/// `SQLConnection` over one `PostgresConnection`.
///
/// Each statement text is translated once (`PostgresTranslation`) and kept. A statement
/// runs when it is first stepped, and its whole result is then read from libpq's copy.
/// Change detection listens on `SQLDialect.changeChannel`: every write transaction
/// notifies it, so `otherCommits()` only reads what the socket already holds.
final class PostgresStoreConnection: SQLConnection {
  let connection: PostgresConnection
  let dialect = SQLDialect.postgresql
  private(set) var changes = 0
  private var translations: [String: PostgresTranslation.Statement] = [:]
  /// Names of the statements prepared on the server, by text and parameter types.
  private var prepared: [PreparedKey: String] = [:]

  private struct PreparedKey: Hashable {
    let sql: String
    let types: [Oid]
  }

  /// The largest number of statements kept prepared. The store's texts are a few hundred;
  /// texts that differ by more, such as a list of ids written into the text, run
  /// unprepared.
  private static let preparedLimit = 1_000
  /// Notifications of other sessions' commits read so far.
  private var heardCommits: Int64 = 0
  /// Notifications of other sessions' commits to any HDS schema of the database read so
  /// far, for the kabupaten's figures.
  private var heardKabupatenCommits: Int64 = 0
  /// The HDS schema, which the notifications of its commits carry.
  private(set) var schema: String
  /// The schema a Dukcapil viewer switched to (`useSchema`), which a new session after a
  /// reconnect sets again; nil while the URL's search_path applies.
  private var chosenSchema: String?

  /// Whether the session was set read-only: the server then rejects every write, also one
  /// that bypasses the store's own check.
  let isReadOnly: Bool

  /// When the last attempt to connect again was made, while the connection is broken.
  private var lastReconnect: ContinuousClock.Instant?
  /// The shortest time between two attempts to connect again. Until the next attempt,
  /// every call fails at once.
  static let reconnectInterval = Duration.seconds(2)

  init(_ connection: PostgresConnection, readOnly: Bool) throws(StoreError) {
    self.connection = connection
    self.isReadOnly = readOnly
    try Self.setUpSession(connection, readOnly: readOnly, schema: nil)
    schema =
      try connection.firstRow(
        "SELECT current_schema()", context: "reading the current schema"
      ) { (row) throws(StoreError) -> String in try row.text(0) } ?? ""
    try connection.listen(SQLDialect.changeChannel)
  }

  /// Sets what a new session of the store needs; run again after every reconnect. A
  /// `schema` chosen by a switch replaces the URL's search_path, which PQreset would
  /// otherwise bring back.
  private static func setUpSession(
    _ connection: PostgresConnection, readOnly: Bool, schema: String?
  ) throws(StoreError) {
    if readOnly {
      try connection.execute(
        "SET default_transaction_read_only = on", context: "making the session read-only")
    }
    if let schema {
      let quoted = try connection.quoteIdentifier(schema)
      try connection.execute(
        "SET search_path TO \(quoted)", context: "reading the store in schema \(quoted)")
    }
  }

  // MARK: Switching schemas

  /// Makes the session read the HDS schema `name` from now on, also after a reconnect.
  ///
  /// The switch sets search_path on this session rather than opening a second connection.
  /// The session's LISTEN then goes on counting every schema's notifications for the
  /// kabupaten figures without a gap. `setUpSession` sets the schema again after a
  /// reconnect, so no connection URL has to be rewritten. The prepared statements are dropped, because a plan names the tables of
  /// the schema it was prepared in, and the switch counts as a change so that every
  /// screen reads again.
  func useSchema(_ name: String) throws(StoreError) {
    try ensureConnected("switching to schema \(name)")
    guard !connection.isInTransaction else {
      throw .invalid("the store cannot switch schemas inside a transaction")
    }
    try Self.setUpSession(connection, readOnly: false, schema: name)
    try connection.execute("DEALLOCATE ALL", context: "dropping the prepared statements")
    prepared = [:]
    let current = try connection.firstRow(
      "SELECT current_schema()", context: "reading the current schema"
    ) { (row) throws(StoreError) -> String? in try row.optionalText(0) }
    guard let current, current == name else {
      if let chosenSchema {
        try Self.setUpSession(connection, readOnly: false, schema: chosenSchema)
      } else {
        try connection.execute("RESET search_path", context: "going back to the URL's schema")
      }
      throw .invalid(
        "schema \(name) cannot be read by this role, so the store stays on schema \(schema);"
          + " grant it USAGE on the schema")
    }
    chosenSchema = name
    schema = name
    heardCommits += 1
  }

  // MARK: Losing and regaining the connection

  /// Connects again when the connection broke, at most once per `reconnectInterval`.
  /// Between attempts it throws the connection failure at once, so that a write is
  /// rejected without waiting. A new session has none of the old one's prepared
  /// statements or settings, and may have missed notifications, so it counts as a change
  /// and every screen reads again.
  private func ensureConnected(_ context: String) throws(StoreError) {
    guard !connection.isConnected else { return }
    let now = ContinuousClock.now
    if let last = lastReconnect, now - last < Self.reconnectInterval {
      throw connection.connectionError(
        message: "the connection to the server is lost, and hds connects again by itself",
        context: context)
    }
    lastReconnect = now
    try connection.reset()
    prepared = [:]
    try Self.setUpSession(connection, readOnly: isReadOnly, schema: chosenSchema)
    lastReconnect = nil
    heardCommits += 1
    heardKabupatenCommits += 1
  }

  // MARK: Transactions

  /// Runs `body` in a read or write transaction. A write sends the change notification
  /// and reads its transaction id before COMMIT. When the broken connection loses
  /// COMMIT's reply, the transaction is looked up once the server is back. A write that
  /// committed is reported as done, and one that did not as failed, so that no user
  /// repeats a change the server kept.
  func transaction<T>(writing: Bool, _ body: () throws(StoreError) -> T) throws(StoreError)
    -> T
  {
    let context = writing ? "a write transaction" : "a read transaction"
    try ensureConnected("starting \(context)")
    try execute(writing ? dialect.beginWrite : dialect.beginRead, context: "starting \(context)")
    let result: T
    var transactionID: String?
    do throws(StoreError) {
      result = try body()
      if writing {
        transactionID = try connection.firstRow(
          "SELECT txid_current()::text, pg_notify($1, current_schema())",
          [.text(SQLDialect.changeChannel)], context: "announcing the change"
        ) { (row) throws(StoreError) -> String in try row.text(0) }
      }
    } catch {
      if connection.isConnected && connection.isInTransaction {
        try? connection.execute("ROLLBACK", context: "rolling back \(context)")
      }
      throw readOnlyError(error)
    }
    do throws(StoreError) {
      try connection.commit()
      return result
    } catch {
      // A read changed nothing, so its outcome is not in doubt.
      if !writing, case .storage(_, .outcomeUnknown, _) = error {
        throw connection.connectionError(
          message: "the connection broke at the end of a read", context: "ending \(context)")
      }
      guard let transactionID, !connection.isConnected else {
        if connection.isConnected && connection.isInTransaction {
          try? connection.execute("ROLLBACK", context: "rolling back \(context)")
        }
        throw error
      }
      // While the server stays out of reach the outcome stays unknown, and so does the
      // error.
      let committed: Bool
      do throws(StoreError) {
        committed = try committedAfterAll(transactionID)
      } catch _ {
        throw error
      }
      guard committed else { throw notSaved(error) }
      return result
    }
  }

  /// Connects again and returns whether the transaction `id` committed, by txid_status. Throws the connection failure, with its unknown outcome, when the
  /// server cannot be reached yet.
  private func committedAfterAll(_ id: String) throws(StoreError) -> Bool {
    lastReconnect = nil
    try ensureConnected("looking up an interrupted commit")
    let status = try connection.firstRow(
      "SELECT txid_status($1::bigint)", [.text(id)], context: "looking up an interrupted commit"
    ) { (row) throws(StoreError) -> String? in try row.optionalText(0) }
    return status == "committed"
  }

  /// Returns the connection failure of a COMMIT that the server did not keep, with that
  /// fact in place of the unknown outcome.
  private func notSaved(_ error: StoreError) -> StoreError {
    guard case .storage(let server, .outcomeUnknown, _) = error else { return error }
    return .storage(
      path: server, failure: .cannotOpen,
      reason: "the connection to \(server) broke while committing, and the server did not"
        + " keep the change; do it again")
  }

  var isInTransaction: Bool { connection.isInTransaction }

  func execute(_ sql: String, context: String) throws(StoreError) {
    if !connection.isInTransaction { try ensureConnected(context) }
    do throws(StoreError) {
      try connection.execute(translated(sql).sql, context: context)
    } catch {
      throw readOnlyError(error)
    }
  }

  func prepare(_ sql: String, context: String) throws(StoreError) -> any SQLStatement {
    PostgresStatement(sql: translated(sql), context: context, owner: self)
  }

  /// Counts the change notifications of other sessions' commits to this schema that the
  /// socket holds, reading without waiting. Inside a transaction it returns the count so
  /// far without reading: a notification read then may be of a commit that the
  /// transaction's snapshot does not see.
  func otherCommits() throws(StoreError) -> Int64 {
    guard !connection.isInTransaction else { return heardCommits }
    try readNotifications()
    return heardCommits
  }

  /// Counts the change notifications of other sessions' commits to any HDS schema of the
  /// database, as `otherCommits()` counts its own schema's. Both read the same socket, so
  /// each notification is counted by both at once.
  func otherKabupatenCommits() throws(StoreError) -> Int64 {
    guard !connection.isInTransaction else { return heardKabupatenCommits }
    try readNotifications()
    return heardKabupatenCommits
  }

  private func readNotifications() throws(StoreError) {
    try ensureConnected("reading notifications")
    let own = connection.backendProcessID
    for notification in try connection.pendingNotifications()
    where notification.senderProcessID != own {
      heardKabupatenCommits += 1
      if notification.payload == schema { heardCommits += 1 }
    }
  }

  /// The newest request event the transaction sees. Every change of a request writes a
  /// request event in its transaction, and writers of a schema run one at a time under
  /// its advisory lock, so event ids grow in commit order and the newest one seen tells
  /// the requests seen apart. A notification count would not: it can lag the snapshot.
  func requestVersion(ownCommits: Int64) throws(StoreError) -> Int64 {
    try integer(
      "SELECT coalesce(max(id), 0) FROM request_event", context: "reading the newest event")
  }

  /// Runs a translated statement and records the rows it changed.
  ///
  /// A value whose parameter the text does not use goes as text: PostgreSQL infers a
  /// parameter's type from where it is used, and rejects a parameter of unknown type that
  /// is used nowhere. Queries with optional filters pass the values of every filter.
  fileprivate func run(
    _ statement: PostgresTranslation.Statement, _ values: [SQLValue], context: String
  ) throws(StoreError) -> PostgresResult {
    let types: [Oid] = values.enumerated().map { (offset, value) in
      statement.parameters.contains(offset + 1) ? value.parameterType : PostgresType.text
    }
    if !connection.isInTransaction { try ensureConnected(context) }
    let result: PostgresResult
    do throws(StoreError) {
      let key = PreparedKey(sql: statement.sql, types: types)
      if let name = prepared[key] {
        result = try connection.queryPrepared(name, values, context: context)
      } else if prepared.count < Self.preparedLimit {
        // Preparing a statement once saves the server parsing and planning it at every
        // run, which an import of 10,000 rows does tens of thousands of times.
        let name = "hds_\(prepared.count + 1)"
        try connection.prepare(name, statement.sql, types: types, context: context)
        prepared[key] = name
        result = try connection.queryPrepared(name, values, context: context)
      } else {
        result = try connection.query(statement.sql, values, types: types, context: context)
      }
    } catch {
      throw readOnlyError(error)
    }
    let status = result.commandStatus
    if status.hasPrefix("INSERT") || status.hasPrefix("UPDATE") || status.hasPrefix("DELETE") {
      changes = result.affectedRows
    }
    return result
  }

  /// Turns the server's refusal of a write in a read-only session into `.readOnly`, as
  /// SQLite's error for a write on a read-only connection becomes.
  private func readOnlyError(_ error: StoreError) -> StoreError {
    guard isReadOnly, case .storage(let server, .notWritable, _) = error else { return error }
    return .readOnly(path: server)
  }

  private func translated(_ sql: String) -> PostgresTranslation.Statement {
    if let known = translations[sql] { return known }
    let text = PostgresTranslation.translate(sql)
    translations[sql] = text
    return text
  }
}

/// A statement of `PostgresStoreConnection`, run at its first step.
private final class PostgresStatement: SQLStatement {
  private let sql: PostgresTranslation.Statement
  private let context: String
  private let owner: PostgresStoreConnection
  private var values: [SQLValue] = []
  private var result: PostgresResult?
  private var position: Int32 = -1

  init(sql: PostgresTranslation.Statement, context: String, owner: PostgresStoreConnection) {
    self.sql = sql
    self.context = context
    self.owner = owner
  }

  func bind(_ values: [SQLValue]) throws(StoreError) {
    self.values = values
  }

  func step() throws(StoreError) -> Bool {
    if result == nil {
      result = try owner.run(sql, values, context: context)
      position = -1
    }
    guard let result else { return false }
    position += 1
    return position < result.rowCount
  }

  /// The current row. Only valid after a `step()` that returned true.
  var row: any SQLRow {
    // step() sets the result before any row is read.
    PostgresColumns(result: result!, index: position)
  }

  /// True: the statement ran whole at its first step, so no later step can fail.
  var isReadOnly: Bool { true }

  func reset() {
    result = nil
    values = []
    position = -1
  }
}

/// Column reads of one row that convert as SQLite's column functions do, for SQLStore.
///
/// A boolean reads as 1 or 0, as SQLite stores a comparison's result. A number read from
/// text that is not one reads as 0, and a fraction read as an integer is truncated toward
/// zero.
private struct PostgresColumns: SQLRow {
  let result: PostgresResult
  let index: Int32

  var columnCount: Int32 { result.columnCount }

  func isNull(_ column: Int32) -> Bool {
    hds_PQgetisnull(result.handle, index, column) != 0
  }

  func integer(_ column: Int32) -> Int64 {
    let text = raw(column)
    if let number = Int64(text) { return number }
    if let flag = flag(column, text) { return flag }
    guard let number = Double(text), number.isFinite else { return 0 }
    let whole = number.rounded(.towardZero)
    if whole >= 0x1p63 { return .max }
    if whole < -0x1p63 { return .min }
    return Int64(whole)
  }

  func real(_ column: Int32) -> Double {
    let text = raw(column)
    if let flag = flag(column, text) { return Double(flag) }
    switch text {
    case "Infinity": return .infinity
    case "-Infinity": return -.infinity
    default: return Double(text) ?? 0
    }
  }

  func text(_ column: Int32) -> String {
    let text = raw(column)
    if let flag = flag(column, text) { return String(flag) }
    return text
  }

  func value(_ column: Int32) -> SQLValue {
    if isNull(column) { return .null }
    switch hds_PQftype(result.handle, column) {
    case PostgresType.int2, PostgresType.int4, PostgresType.int8, PostgresType.oid,
      PostgresType.bool:
      return .integer(integer(column))
    case PostgresType.float4, PostgresType.float8:
      return .real(real(column))
    case PostgresType.numeric:
      let text = raw(column)
      return Int64(text).map(SQLValue.integer) ?? .real(real(column))
    default:
      return .text(raw(column))
    }
  }

  private func raw(_ column: Int32) -> String {
    guard let bytes = hds_PQgetvalue(result.handle, index, column) else { return "" }
    return String(cString: bytes)
  }

  /// 1 or 0 for a boolean column, nil for any other.
  private func flag(_ column: Int32, _ text: String) -> Int64? {
    guard hds_PQftype(result.handle, column) == PostgresType.bool else { return nil }
    return text == "t" ? 1 : 0
  }
}

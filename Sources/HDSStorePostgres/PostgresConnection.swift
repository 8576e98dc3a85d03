// A thin wrapper over one libpq connection: connect, run parameterised statements in
// text format, read rows, transactions, and reconnecting. Every libpq error becomes a
// `StoreError` that names what the store was doing. No libpq type leaves this module.

import CLibPQ
import Foundation
import HDSCore
import HDSStoreSQL

/// The isolation level of a transaction (SET TRANSACTION ISOLATION LEVEL).
enum IsolationLevel: String, Sendable, CaseIterable {
  case readCommitted = "READ COMMITTED"
  case repeatableRead = "REPEATABLE READ"
  case serializable = "SERIALIZABLE"
}

/// One connection to a PostgreSQL server.
///
/// Not thread-safe: libpq allows one call at a time on a connection, so the owner must
/// serialise every call, as `SQLiteStore` does with its lock.
final class PostgresConnection {
  /// The URL the connection was opened with. Messages show only `url.masked`.
  let url: PostgresURL
  /// The libpq handle (PGconn); only this module's wrappers use it.
  let handle: OpaquePointer
  /// The channels this connection LISTENs on, in the order of the first `listen`, so
  /// that `reset()` can listen on them again.
  var listenedChannels: [String] = []

  /// Connects to the server at `url` and waits up to `connectTimeout` seconds for each
  /// address it tries, unless the URL sets its own `connect_timeout`.
  ///
  /// Throws `.invalid` for a value that is not a postgresql:// or postgres:// URL or that
  /// sets a parameter to a value libpq refuses (`sslmode=bogus`, `port=99999`), and
  /// `.storage(…, .cannotOpen, …)` when the connection fails (server down, wrong
  /// password). Neither message contains the password.
  init(url: String, connectTimeout: Int = 10) throws(StoreError) {
    let url = try PostgresURL(url)
    self.url = url
    if let failure = Self.libraryFailure {
      throw .storage(
        path: url.masked, failure: .cannotOpen,
        reason:
          "the PostgreSQL client library could not be loaded (\(failure)); install Debian's"
          + " libpq5 package")
    }
    // Entries before `dbname` are defaults that the URL can override; entries after it
    // override the URL. The wrapper sends and reads UTF-8 text only, so client_encoding
    // comes last.
    if let problem = Self.syntaxProblem(in: url) {
      throw .invalid(Self.invalidURLMessage(url, problem))
    }
    let keywords = ["connect_timeout", "application_name", "dbname", "client_encoding"]
    let values = [String(connectTimeout), "hds", url.text, "UTF8"]
    let opened = Self.withCStrings(keywords) { keywordPointers in
      Self.withCStrings(values) { valuePointers in
        hds_PQconnectdbParams(keywordPointers, valuePointers, 1)
      }
    }
    guard let opened else {
      throw .storage(
        path: url.masked, failure: .cannotOpen,
        reason: "libpq could not allocate a connection: out of memory")
    }
    guard hds_PQstatus(opened) == CONNECTION_OK else {
      let message = url.scrub(Self.errorMessage(of: opened))
      hds_PQfinish(opened)
      // libpq checks the parameters' values itself, before or instead of talking to the
      // server, and words those failures "invalid sslmode value: …", or "connection to
      // server at … failed: invalid integer value … for connection option …" for a
      // value it reads per address. The URL is then wrong, not the server. The server's
      // own refusals come after "failed: FATAL:".
      if message.hasPrefix("invalid ") {
        throw .invalid(Self.invalidURLMessage(url, message))
      }
      if let range = message.range(of: " failed: invalid ") {
        let problem = message[message.index(range.lowerBound, offsetBy: " failed: ".count)...]
        throw .invalid(Self.invalidURLMessage(url, String(problem)))
      }
      throw PostgresProblem.connectionLost.error(
        server: url.masked, message: message, sqlState: nil, context: "connecting")
    }
    handle = opened
    // libpq prints server notices (such as "NOTICE: schema … does not exist, skipping")
    // on standard error, which the dashboard owns. They are informational, so they are
    // dropped.
    hds_PQsetNoticeProcessor(handle, { _, _ in }, nil)
  }

  deinit {
    hds_PQfinish(handle)
  }

  /// Returns libpq's reason why `url` does not parse (PQconninfoParse), without its
  /// password, or nil when it parses or libpq is missing. A well-formed URL can still fail
  /// on connecting, for example with a port number over 65535.
  static func syntaxProblem(in url: PostgresURL) -> String? {
    guard libraryFailure == nil else { return nil }
    var message: UnsafeMutablePointer<CChar>?
    if let options = hds_PQconninfoParse(url.text, &message) {
      hds_PQconninfoFree(options)
      return nil
    }
    defer { hds_PQfreemem(message) }
    guard let message else { return "libpq could not parse it: out of memory" }
    return url.scrub(oneLine(String(cString: message)))
  }

  /// Returns the message for `url`, which libpq rejected for `problem`.
  static func invalidURLMessage(_ url: PostgresURL, _ problem: String) -> String {
    invalidURLPrefix + "\"\(url.masked)\" is invalid: \(problem); write it as"
      + " postgresql://USER:PASSWORD@HOST:PORT/DATABASE"
  }

  /// The start of every message of `invalidURLMessage`.
  static let invalidURLPrefix = "the PostgreSQL URL "

  /// The reason libpq could not be opened, or nil once it is open. A static let runs its
  /// initialiser once, so only the first connection opens the library.
  private static let libraryFailure: String? = hds_pq_load().map { String(cString: $0) }

  // MARK: Connection state

  /// Whether libpq considers the connection usable (PQstatus is CONNECTION_OK). It turns
  /// false only after a call found the connection broken.
  var isConnected: Bool { hds_PQstatus(handle) == CONNECTION_OK }

  /// The process id of the server process that serves this connection (PQbackendPID).
  var backendProcessID: Int32 { hds_PQbackendPID(handle) }

  /// The server's version as a number, such as 150018 for 15.18.
  var serverVersion: Int32 { hds_PQserverVersion(handle) }

  /// Whether a transaction is open, including one that a failed statement aborted.
  var isInTransaction: Bool {
    let status = hds_PQtransactionStatus(handle)
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE
  }

  /// Closes the connection and opens it again with the same URL (PQreset), then LISTENs
  /// again on `listenedChannels`. An open transaction is lost. Throws the connection
  /// failure when the server still cannot be reached.
  func reset() throws(StoreError) {
    hds_PQreset(handle)
    guard isConnected else {
      throw connectionError(
        message: url.scrub(Self.errorMessage(of: handle)), context: "connecting again")
    }
    try listenAgain()
  }

  // MARK: Statements

  /// Runs one or more statements that take no parameters and return no rows.
  func execute(_ sql: String, context: String) throws(StoreError) {
    _ = try check(hds_PQexec(handle, sql), context: context)
  }

  /// Runs one statement whose rows are not needed; returns its command tag and the rows
  /// it changed.
  @discardableResult
  func run(_ sql: String, _ values: [SQLValue] = [], context: String) throws(StoreError)
    -> PostgresCommandResult
  {
    let result = try query(sql, values, context: context)
    return PostgresCommandResult(status: result.commandStatus, affectedRows: result.affectedRows)
  }

  /// Runs one statement and decodes each row it returns.
  func rows<T>(
    _ sql: String, _ values: [SQLValue] = [], context: String,
    _ decode: (PostgresRow) throws(StoreError) -> T
  ) throws(StoreError) -> [T] {
    let result = try query(sql, values, context: context)
    var decoded: [T] = []
    decoded.reserveCapacity(Int(result.rowCount))
    for index in 0..<result.rowCount {
      decoded.append(try decode(result.row(index)))
    }
    return decoded
  }

  /// Runs one statement and decodes its first row, or returns nil when it returns none.
  func firstRow<T>(
    _ sql: String, _ values: [SQLValue] = [], context: String,
    _ decode: (PostgresRow) throws(StoreError) -> T
  ) throws(StoreError) -> T? {
    let result = try query(sql, values, context: context)
    guard result.rowCount > 0 else { return nil }
    return try decode(result.row(0))
  }

  /// Returns the first column of the first row as an integer; 0 when there is no row or
  /// the value is NULL, which is what COUNT and SUM queries need.
  func integer(_ sql: String, _ values: [SQLValue] = [], context: String)
    throws(StoreError) -> Int64
  {
    try firstRow(sql, values, context: context) { (row) throws(StoreError) -> Int64 in
      try row.optionalInteger(0) ?? 0
    } ?? 0
  }

  /// Returns `name` quoted as an SQL identifier (PQescapeIdentifier), for the names that
  /// a statement cannot take as a parameter, such as a schema or a LISTEN channel.
  func quoteIdentifier(_ name: String) throws(StoreError) -> String {
    let utf8Count = name.utf8.count
    guard let quoted = hds_PQescapeIdentifier(handle, name, utf8Count) else {
      throw .invalid(
        "the name \"\(name)\" cannot be quoted as an identifier: "
          + Self.errorMessage(of: handle))
    }
    defer { hds_PQfreemem(quoted) }
    return String(cString: quoted)
  }

  // MARK: Transactions

  /// Runs `body` between BEGIN and COMMIT at `isolation`, and rolls back when it throws.
  ///
  /// When a statement in the transaction failed and `body` went on past it, PostgreSQL
  /// rolls back at COMMIT and returns the command tag ROLLBACK without an error. That
  /// commit throws `.engine`, because nothing was saved. A transaction cannot be opened
  /// inside another one.
  func transaction<T>(
    _ isolation: IsolationLevel = .readCommitted, _ body: () throws(StoreError) -> T
  ) throws(StoreError) -> T {
    guard !isInTransaction else {
      throw .engine(
        code: 0, message: "a transaction is already open on this connection",
        context: "starting a transaction")
    }
    try execute("BEGIN ISOLATION LEVEL \(isolation.rawValue)", context: "starting a transaction")
    do throws(StoreError) {
      let result = try body()
      try commit()
      return result
    } catch {
      // After a failed statement the transaction stays open, aborted, until ROLLBACK. A
      // broken connection has no transaction left to end, and ROLLBACK's own error would
      // hide the one that matters.
      if isConnected && isInTransaction {
        try? execute("ROLLBACK", context: "rolling back a transaction")
      }
      throw error
    }
  }

  /// Sends COMMIT. Throws `.engine` when the server rolled back instead, and the
  /// connection failure, saying that the outcome is unknown, when the connection broke.
  func commit() throws(StoreError) {
    let context = "committing a transaction"
    let result: PostgresResult
    do throws(StoreError) {
      result = try check(hds_PQexec(handle, "COMMIT"), context: context)
    } catch {
      guard case .storage(let server, .cannotOpen, let reason) = error else { throw error }
      throw .storage(
        path: server, failure: .outcomeUnknown,
        reason: reason + ". Because the connection broke during COMMIT, the server may or may"
          + " not have saved the transaction, so read the data again before repeating the change")
    }
    guard result.commandStatus == "COMMIT" else {
      throw .engine(
        code: 0,
        message: "the server rolled the transaction back because a statement in it failed",
        context: context)
    }
  }

  // MARK: Running and checking

  /// Runs one statement with `values` bound to `$1`, `$2`, … in text format, and returns
  /// its result.
  ///
  /// `types` overrides the type that each value sends (`SQLValue.parameterType`) where
  /// it is not nil.
  func query(
    _ sql: String, _ values: [SQLValue], types: [Oid?] = [], context: String
  ) throws(StoreError) -> PostgresResult {
    try requireNoNUL(values, context: context)
    let types = values.enumerated().map { (offset, value) in
      (offset < types.count ? types[offset] : nil) ?? value.parameterType
    }
    let raw = Self.withCStrings(values.map(\.parameterText)) { texts in
      types.withUnsafeBufferPointer { typePointer in
        hds_PQexecParams(
          handle, sql, Int32(values.count), typePointer.baseAddress, texts, nil, nil, 0)
      }
    }
    return try check(raw, context: context)
  }

  /// Prepares `sql` as the named statement `name` for parameters of `types` (PQprepare),
  /// for `queryPrepared`. The server keeps it until the session ends.
  func prepare(_ name: String, _ sql: String, types: [Oid], context: String)
    throws(StoreError)
  {
    let raw = types.withUnsafeBufferPointer { typePointer in
      hds_PQprepare(handle, name, sql, Int32(types.count), typePointer.baseAddress)
    }
    _ = try check(raw, context: context)
  }

  /// Runs the statement `prepare` named `name` with `values` in text format.
  func queryPrepared(_ name: String, _ values: [SQLValue], context: String)
    throws(StoreError) -> PostgresResult
  {
    try requireNoNUL(values, context: context)
    let raw = Self.withCStrings(values.map(\.parameterText)) { texts in
      hds_PQexecPrepared(handle, name, Int32(values.count), texts, nil, nil, 0)
    }
    return try check(raw, context: context)
  }

  private func requireNoNUL(_ values: [SQLValue], context: String) throws(StoreError) {
    for (offset, value) in values.enumerated() {
      guard case .text(let text) = value, text.utf8.contains(0) else { continue }
      throw .invalid(
        "parameter $\(offset + 1) contains a NUL character (U+0000), which PostgreSQL text"
          + " cannot store; remove it (while \(context))")
    }
  }

  /// Takes ownership of `raw` and returns it, or throws its error.
  private func check(_ raw: OpaquePointer?, context: String) throws(StoreError)
    -> PostgresResult
  {
    // PQexec returns NULL when it could not send the query or ran out of memory.
    guard let raw else {
      let message = url.scrub(Self.errorMessage(of: handle))
      if !isConnected { throw connectionError(message: message, context: context) }
      throw .engine(code: 0, message: message, context: context)
    }
    let result = PostgresResult(handle: raw, context: context)
    switch hds_PQresultStatus(raw) {
    case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
      return result
    default:
      throw error(of: result, context: context)
    }
  }

  /// Turns a failed result into the `StoreError` a caller can act on.
  private func error(of result: PostgresResult, context: String) -> StoreError {
    let sqlState = Self.errorField(result, hds_pg_diag_sqlstate).flatMap(SQLState.init)
    let message = url.scrub(
      Self.errorField(result, hds_pg_diag_message_primary)
        ?? Self.oneLine(String(cString: hds_PQresultErrorMessage(result.handle))))
    if let problem = PostgresProblem(sqlState: sqlState, connectionLost: !isConnected) {
      return problem.error(
        server: url.masked, message: message, sqlState: sqlState, context: context)
    }
    guard let sqlState else {
      let status = String(cString: hds_PQresStatus(hds_PQresultStatus(result.handle)))
      return .engine(
        code: 0, message: message.isEmpty ? "unexpected result \(status)" : message,
        context: context)
    }
    return .engine(
      code: sqlState.packed, message: "\(message) (SQLSTATE \(sqlState))", context: context)
  }

  /// Returns the connection failure for `message`, whatever PQstatus returns.
  func connectionError(message: String, context: String) -> StoreError {
    PostgresProblem.connectionLost.error(
      server: url.masked, message: message, sqlState: nil, context: context)
  }

  private static func errorField(_ result: PostgresResult, _ field: Int32) -> String? {
    guard let value = hds_PQresultErrorField(result.handle, field) else { return nil }
    return String(cString: value)
  }

  /// libpq's last error on `connection`, on one line.
  static func errorMessage(of connection: OpaquePointer) -> String {
    guard let message = hds_PQerrorMessage(connection) else { return "no message" }
    return oneLine(String(cString: message))
  }

  /// Joins the lines of a libpq message, which ends in a newline and indents its
  /// continuation lines with tabs. A line that ends without punctuation gets a full stop,
  /// so that "No such file or directory" and "Is the server running…?" stay two sentences.
  private static func oneLine(_ message: String) -> String {
    let lines = message.split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    var joined = ""
    for line in lines {
      if let last = joined.last {
        joined += ".?!:;,".contains(last) ? " " : ". "
      }
      joined += line
    }
    return joined
  }

  /// Calls `body` with a C array of copies of `strings`, NULL for each nil, and NULL after
  /// the last, as PQconnectdbParams and PQexecParams take them.
  private static func withCStrings<R>(
    _ strings: [String?], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> R
  ) -> R {
    let copies = strings.map { (string) -> UnsafeMutablePointer<CChar>? in
      guard let string else { return nil }
      let bytes = string.utf8CString
      let copy = UnsafeMutableBufferPointer<CChar>.allocate(capacity: bytes.count)
      _ = copy.initialize(from: bytes)
      return copy.baseAddress
    }
    defer {
      for copy in copies { copy?.deallocate() }
    }
    let pointers = copies.map { $0.map { UnsafePointer($0) } } + [nil]
    return pointers.withUnsafeBufferPointer { buffer in
      // A non-empty array's buffer always has a base address.
      body(buffer.baseAddress!)
    }
  }
}

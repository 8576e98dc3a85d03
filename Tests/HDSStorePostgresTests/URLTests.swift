import HDSCore
import Testing

@testable import HDSStorePostgres

@Suite("PostgreSQL URL")
struct URLTests {
  @Test(arguments: [
    ("postgresql://hds:s3cret@127.0.0.1:5432/hds", "postgresql://hds:***@127.0.0.1:5432/hds"),
    ("postgres://hds@localhost/hds", "postgres://hds@localhost/hds"),
    ("postgresql://hds:@db/hds", "postgresql://hds:@db/hds"),
    ("postgresql://hds:p%40ss%2Fw@db/hds", "postgresql://hds:***@db/hds"),
    ("postgresql://hds:pa/ss@word@db/hds", "postgresql://hds:***@db/hds"),
    (
      "postgresql://db/hds?user=hds&password=s3cret&sslmode=disable",
      "postgresql://db/hds?user=hds&password=***&sslmode=disable"
    ),
    (
      "postgresql://a:one@db/hds?password=two&PASSWORD=three",
      "postgresql://a:***@db/hds?password=***&PASSWORD=***"
    ),
    ("host=127.0.0.1 password=s3cret dbname=hds", "host=127.0.0.1 password=*** dbname=hds"),
    ("host=db password='s3 cret' dbname=hds", "host=db password='***' dbname=hds"),
    ("/var/lib/hds", "/var/lib/hds"),
    ("", ""),
  ])
  func maskHidesPassword(url: String, masked: String) {
    #expect(PostgresURL.mask(url) == masked)
  }

  @Test func acceptsBothSchemes() throws {
    let long = try PostgresURL("postgresql://hds:s3cret@127.0.0.1/hds")
    let short = try PostgresURL("postgres://hds:s3cret@127.0.0.1/hds")
    #expect(long.masked == "postgresql://hds:***@127.0.0.1/hds")
    #expect(short.text == "postgres://hds:s3cret@127.0.0.1/hds")
  }

  @Test(arguments: [
    "mysql://hds:s3cret@127.0.0.1/hds", "host=127.0.0.1 password=s3cret", "/var/lib/hds",
    "POSTGRESQL://hds:s3cret@127.0.0.1/hds", "",
  ])
  func rejectsOtherValues(value: String) {
    let error = storeError { () throws(StoreError) in _ = try PostgresURL(value) }
    guard case .invalid(let message) = error else {
      Issue.record("expected .invalid, got \(String(describing: error))")
      return
    }
    #expect(!message.contains("s3cret"))
    #expect(message.contains("postgresql://USER:PASSWORD@HOST:PORT/DATABASE"))
    if !value.isEmpty {
      #expect(message.contains(PostgresURL.mask(value)))
    }
  }

  /// libpq takes the user information up to the first "@" before the first "/", so in
  /// these it would read part of the password as the host and quote it in its messages.
  @Test(arguments: [
    "postgresql://u:se@cret@127.0.0.1:1/db", "postgresql://u:pa/ss@127.0.0.1/db",
    "postgresql://u:s3cret@127.0.0.1/db?application_name=a@b",
  ])
  func rejectsUnencodedAtOrSlash(value: String) {
    let error = storeError { () throws(StoreError) in _ = try PostgresURL(value) }
    guard case .invalid(let message) = error else {
      Issue.record("expected .invalid, got \(String(describing: error))")
      return
    }
    #expect(message.contains("write @ as %40 and / as %2F"))
    #expect(message.contains(PostgresURL.mask(value)))
    for secret in ["se@cret", "cret", "pa/ss", "s3cret"] {
      #expect(!message.contains(secret), "\(message)")
    }
  }

  @Test func scrubRemovesRawAndDecodedPassword() throws {
    let url = try PostgresURL("postgresql://hds:p%40ss@db/hds?password=second")
    let scrubbed = url.scrub("failed for p%40ss, p@ss and second")
    #expect(scrubbed == "failed for ***, *** and ***")
  }

  @Test func connectionRejectsOtherValuesBeforeLibpq() {
    let error = storeError { () throws(StoreError) in
      _ = try PostgresConnection(url: "host=127.0.0.1 password=s3cret")
    }
    guard case .invalid(let message) = error else {
      Issue.record("expected .invalid, got \(String(describing: error))")
      return
    }
    #expect(message.contains("host=127.0.0.1 password=***"))
  }

  /// libpq quotes the whole URL in some parse errors, such as an unclosed IPv6 bracket.
  /// Such a URL is invalid before any connection, and the message must not show the
  /// password.
  @Test func libpqParseErrorHidesPassword() {
    let error = storeError { () throws(StoreError) in
      _ = try PostgresConnection(url: "postgresql://hds:s3cr3tpw@[::1/hds")
    }
    guard case .invalid(let message) = error else {
      Issue.record("expected .invalid, got \(String(describing: error))")
      return
    }
    #expect(message.contains("the PostgreSQL URL \"postgresql://hds:***@[::1/hds\" is invalid"))
    #expect(message.contains("looking for matching \"]\""))
    #expect(!message.contains("s3cr3tpw"))
  }

  /// libpq checks parameter values only on connecting, before it tries the server, so a
  /// bad value is a wrong URL, not a server that is down.
  @Test(arguments: [
    ("postgresql://hds:s3cr3tpw@127.0.0.1:1/hds?sslmode=bogus", "sslmode"),
    ("postgresql://hds:s3cr3tpw@127.0.0.1:1/hds?connect_timeout=soon", "connect_timeout"),
    ("postgresql://hds:s3cr3tpw@127.0.0.1:99999/hds", "99999"),
  ])
  func badParameterValueIsInvalidURL(url: String, named: String) {
    let error = storeError { () throws(StoreError) in
      _ = try PostgresConnection(url: url)
    }
    guard case .invalid(let message) = error else {
      Issue.record("expected .invalid, got \(String(describing: error))")
      return
    }
    #expect(message.contains("is invalid: invalid "), "\(message)")
    #expect(message.contains(named), "\(message)")
    #expect(!message.contains("s3cr3tpw"), "\(message)")
  }

  @Test func urlProblemNamesTheParseError() {
    #expect(PostgresStore.urlProblem("postgresql://hds:pw@127.0.0.1:5432/hds") == nil)
    let problem = PostgresStore.urlProblem("postgresql://hds:s3cr3tpw@h/hds?nosuch=1")
    #expect(problem?.contains("invalid URI query parameter: \"nosuch\"") == true)
    #expect(problem?.contains("s3cr3tpw") == false)
    let scheme = PostgresStore.urlProblem("mysql://hds:s3cr3tpw@h/hds")
    #expect(scheme?.contains("does not start with postgresql://") == true)
    #expect(scheme?.contains("s3cr3tpw") == false)
  }
}

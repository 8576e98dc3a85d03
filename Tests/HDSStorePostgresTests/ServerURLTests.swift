import Testing

/// The one test that fails when no test server is configured. Every suite that needs the
/// server is skipped then, so the run fails with this single message instead of passing.
@Suite("PostgreSQL test server")
struct ServerURLTests {
  @Test func serverURLIsSet() {
    #expect(TestServer.isConfigured, Comment(rawValue: TestServer.missingMessage))
  }
}

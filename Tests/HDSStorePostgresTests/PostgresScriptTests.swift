import Foundation
import HDSCore
import Testing

@testable import HDSStorePostgres

#if canImport(Glibc)
  import Glibc
#endif

/// `.ci/postgres` itself: starting over after a killed run, a taken port, and leaving a
/// directory it did not set up alone.
@Suite("Test server script", .enabled(if: TestServer.isConfigured))
struct PostgresScriptTests {
  @Test func startAfterKilledServer() throws {
    let server = try PrivateServer()
    defer { server.stop() }
    let killed = try server.postmasterProcessID()
    #expect(kill(killed, SIGKILL) == 0)
    for _ in 0..<100 where kill(killed, 0) == 0 {
      usleep(50_000)
    }

    try server.startAgain()

    let connection = try PostgresConnection(url: server.url)
    #expect(try connection.integer("SELECT 1", context: "checking the new server") == 1)
    #expect(try server.postmasterProcessID() != killed)
  }

  /// The shared test server already listens on its port.
  @Test func takenPortMovesOn() throws {
    let takenPort = try #require(TestServer.components(of: TestServer.requiredURL()).port)

    let server = try PrivateServer(port: takenPort)
    defer { server.stop() }

    let port = try #require(TestServer.components(of: server.url).port)
    #expect(port != takenPort)
    let connection = try PostgresConnection(url: server.url)
    #expect(try connection.integer("SELECT 1", context: "checking the new server") == 1)
  }

  @Test func foreignDirectoryIsLeftAlone() throws {
    let temporary = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
    let directory = (temporary as NSString).appendingPathComponent(
      "hds-foreign-" + UUID().uuidString)
    let keptFile = (directory as NSString).appendingPathComponent("notes.txt")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try "catatan".write(toFile: keptFile, atomically: true, encoding: .utf8)

    for command in ["start", "stop"] {
      #expect(throws: TestSetupError.self, "\(command) on a foreign directory") {
        _ = try PrivateServer.script(command, directory)
      }
      #expect(FileManager.default.fileExists(atPath: keptFile), "after \(command)")
    }
  }
}

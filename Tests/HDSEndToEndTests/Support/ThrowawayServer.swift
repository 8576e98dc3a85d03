import Foundation

/// A PostgreSQL server of one test's own, run by `.ci/postgres` on 127.0.0.1 with a
/// throwaway data directory, for tests that restart or crash their server.
final class ThrowawayServer {
  /// The path of `.ci/postgres`, found from this file's place in the repository.
  private static let script = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(".ci/postgres")

  /// The server's directory. Its prefix lets `.ci/postgres sweep` remove the server when
  /// the test process is killed.
  let directory = (NSTemporaryDirectory() as NSString).appendingPathComponent(
    "hds-test-postgres." + UUID().uuidString)
  /// The URL of the server's test database, with its password.
  private(set) var url = ""

  /// Starts the server.
  init() throws {
    url = try run("start")
  }

  /// Runs `.ci/postgres COMMAND` on this server (restart, crash, resume, stop) and
  /// returns what it prints.
  @discardableResult
  func run(_ command: String) throws -> String {
    var environment = ProcessInfo.processInfo.environment
    environment["HDS_POSTGRES_OWNER"] = String(getpid())
    let result = try ChildProcess.run(
      URL(fileURLWithPath: "/bin/bash"), [Self.script.path, command, directory],
      environment: environment)
    guard result.status == 0 else {
      throw EndToEndError.commandFailed(
        command: ".ci/postgres \(command)", status: result.status,
        errorOutput: result.errorOutput)
    }
    return result.output.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Stops the server and removes its directory.
  func stop() {
    _ = try? run("stop")
  }
}

// The PostgreSQL server the tests connect to, a schema of its own for each test, and
// servers of their own for the tests that restart one.

import Foundation
import HDSCore
import Testing

@testable import HDSStorePostgres

#if canImport(Glibc)
  import Glibc
#endif

/// The server in HDS_TEST_POSTGRES_URL, which `bash .ci/test` starts and sets.
enum TestServer {
  static let variable = "HDS_TEST_POSTGRES_URL"

  static let url: String? = {
    guard let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty else {
      return nil
    }
    return value
  }()

  static var isConfigured: Bool { url != nil }

  static let missingMessage =
    "\(variable) is not set, so the PostgreSQL tests cannot run. Run them with"
    + " bash .ci/test --filter HDSStorePostgresTests, which starts a throwaway server, or set"
    + " \(variable) to postgresql://USER:PASSWORD@127.0.0.1:PORT/DATABASE of a server where"
    + " USER may create schemas"

  /// Returns the URL, or throws `missingMessage`.
  static func requiredURL() throws -> String {
    guard let url else { throw TestSetupError(missingMessage) }
    return url
  }

  /// Returns `url` with its password replaced by `password`.
  static func url(_ url: String, password: String) throws -> String {
    var components = try components(of: url)
    components.password = password
    guard let changed = components.string else { throw TestSetupError("cannot rebuild \(url)") }
    return changed
  }

  /// Returns `url` pointed at `port` on 127.0.0.1.
  static func url(_ url: String, port: Int) throws -> String {
    var components = try components(of: url)
    components.host = "127.0.0.1"
    components.port = port
    guard let changed = components.string else { throw TestSetupError("cannot rebuild \(url)") }
    return changed
  }

  static func components(of url: String) throws -> URLComponents {
    guard let components = URLComponents(string: url) else {
      throw TestSetupError("\(variable) is not a URL that Foundation can parse")
    }
    return components
  }
}

/// A failure to set up a test, such as a missing server.
struct TestSetupError: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) {
    self.description = description
  }
}

/// A schema of its own for one test, on the test server, so that tests can run in
/// parallel on one database. Every connection from `connect()` has it as its
/// search_path, also after `reset()`, because the URL carries the setting.
///
/// Tests call `drop()` in a `defer`, which drops the schema and everything in it.
final class TestSchema {
  let name: String
  /// The server's URL with `options=-csearch_path=NAME`.
  let url: String
  private let serverURL: String

  init() throws {
    serverURL = try TestServer.requiredURL()
    name = "test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
    // libpq rejects a second "=" in a query parameter, so the one inside the value is
    // percent-encoded.
    let separator = serverURL.contains("?") ? "&" : "?"
    url = serverURL + separator + "options=-csearch_path%3D" + name

    let admin = try PostgresConnection(url: serverURL)
    try admin.execute("CREATE SCHEMA \(name)", context: "creating the test schema \(name)")
  }

  func connect() throws -> PostgresConnection {
    try PostgresConnection(url: url)
  }

  func drop() {
    guard let admin = try? PostgresConnection(url: serverURL) else { return }
    try? admin.execute("DROP SCHEMA \(name) CASCADE", context: "dropping the test schema \(name)")
  }
}

/// A PostgreSQL server of its own for one test, started by `.ci/postgres` in a new
/// directory, for a test that restarts or stops it. Tests call `stop()` in a `defer`.
final class PrivateServer {
  let directory: String
  private(set) var url: String

  /// Starts a server; `port` is the first port it tries (HDS_POSTGRES_PORT).
  init(port: Int? = nil) throws {
    let temporary = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
    // The prefix lets `.ci/postgres sweep` remove the server if this test process is
    // killed before `stop()`.
    directory = (temporary as NSString).appendingPathComponent(
      "hds-test-postgres." + UUID().uuidString)
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    url = try Self.script("start", directory, port: port)
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Runs `.ci/postgres start` again on the same directory, as after a killed run.
  func startAgain() throws {
    url = try Self.script("start", directory).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Stops the server and keeps its cluster, as an outage does (`.ci/postgres pause`).
  func pause() throws {
    _ = try Self.script("pause", directory)
  }

  /// Starts the paused server again on its port, with its data and passwords.
  func resume() throws {
    _ = try Self.script("resume", directory)
  }

  /// Returns the process id of the postmaster, from the first line of its pid file.
  func postmasterProcessID() throws -> pid_t {
    let pidFile = (directory as NSString).appendingPathComponent("data/postmaster.pid")
    let contents = try String(contentsOfFile: pidFile, encoding: .utf8)
    guard let first = contents.split(separator: "\n").first, let pid = pid_t(first) else {
      throw TestSetupError("\(pidFile) has no process id")
    }
    return pid
  }

  func restart() throws {
    _ = try Self.script("restart", directory)
  }

  func stop() {
    _ = try? Self.script("stop", directory)
  }

  /// The path of `.ci/postgres`, found from this file's place in the repository.
  private static let scriptPath = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(".ci/postgres").path

  /// Runs `.ci/postgres COMMAND DIRECTORY` and returns its standard output.
  ///
  /// Foundation's `Process` is not used: the test threads block SIGCHLD, so with Swift
  /// 6.3 on Linux `waitUntilExit()` never returned once the script had finished.
  /// posix_spawn with an empty signal mask and waitpid do not depend on the signal.
  static func script(_ command: String, _ directory: String, port: Int? = nil) throws -> String {
    let output = directory + ".out"
    let errors = directory + ".err"
    defer {
      unlink(output)
      unlink(errors)
    }
    var environment = ProcessInfo.processInfo.environment
    environment["HDS_POSTGRES_OWNER"] = String(getpid())
    environment["HDS_POSTGRES_PORT"] = port.map(String.init)
    let status = try spawnAndWait(
      "/bin/bash", [scriptPath, command, directory],
      environment: environment.map { "\($0.key)=\($0.value)" }, output: output, errors: errors)
    guard status == 0 else {
      let message = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
      throw TestSetupError(".ci/postgres \(command) failed with status \(status): \(message)")
    }
    return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
  }

  /// Runs `path` with standard input from /dev/null and its output in the files
  /// `output` and `errors`, and returns its exit status (128 plus the signal number when
  /// a signal ended it).
  private static func spawnAndWait(
    _ path: String, _ arguments: [String], environment: [String], output: String,
    errors: String
  ) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    // The server that the script starts outlives it, and must not keep another test's
    // descriptor open, such as a socket without close-on-exec.
    let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for descriptor in descriptors.compactMap({ Int32($0) }) where descriptor > 2 {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    var defaults = sigset_t()
    sigfillset(&defaults)
    sigdelset(&defaults, SIGKILL)
    sigdelset(&defaults, SIGSTOP)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var argv = ([path] + arguments).map { strdup($0) } + [nil]
    var envp = environment.map { strdup($0) } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, path, &actions, &attributes, &argv, &envp)
    guard spawned == 0 else {
      throw TestSetupError("posix_spawn \(path) failed: " + String(cString: strerror(spawned)))
    }

    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else {
        throw TestSetupError("waitpid failed: " + String(cString: strerror(errno)))
      }
    }
    // The low 7 bits are the signal that ended the process, 0 for a normal exit.
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }
}

/// Returns the error `body` threw, or nil when it returned.
func storeError(_ body: () throws(StoreError) -> Void) -> StoreError? {
  do throws(StoreError) {
    try body()
    return nil
  } catch {
    return error
  }
}

/// Returns a TCP port on 127.0.0.1 that nothing listens on: one the kernel just handed
/// out for a socket that is closed again. Another program could take it in between,
/// which is unlikely within one test.
func closedPort() throws -> Int {
  let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
  guard descriptor >= 0 else { throw TestSetupError("socket() failed") }
  defer { close(descriptor) }
  var address = sockaddr_in()
  address.sin_family = sa_family_t(AF_INET)
  address.sin_addr.s_addr = inet_addr("127.0.0.1")
  address.sin_port = 0
  var length = socklen_t(MemoryLayout<sockaddr_in>.size)
  let bound = withUnsafeMutablePointer(to: &address) { pointer in
    pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { address in
      bind(descriptor, address, length) == 0 && getsockname(descriptor, address, &length) == 0
    }
  }
  guard bound else { throw TestSetupError("bind() on 127.0.0.1 failed") }
  return Int(UInt16(bigEndian: address.sin_port))
}

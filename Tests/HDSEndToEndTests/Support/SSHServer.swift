import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// OpenSSH's sshd for one test, on 127.0.0.1 and a free high port, with a configuration,
/// host key, pid file and authorized_keys of its own. It takes key logins only, for one
/// account, and runs the forced command whatever the client asks for.
///
/// sshd runs in the foreground (`-D`) and logs to standard error (`-e`), which `log`
/// returns. Tests call `stop()` in a `defer`, so it ends even when a check fails.
final class SSHServer {
  /// Where the forced command is configured.
  enum Forcing {
    /// `restrict,pty,command="…"` before the key in authorized_keys.
    case authorizedKeys
    /// A plain key, and a `Match Group` block in sshd_config with `ForceCommand`.
    case matchBlock
  }

  let account: SSHAccount
  let port: Int
  /// The directory of the server's files and the client's key.
  let directory: String
  let clientKey: String
  let knownHosts: String
  private let sshClient: URL
  private let process: BackgroundProcess
  private var isRunning = true

  /// Writes the files, starts sshd and waits until it listens.
  init(account: SSHAccount, forcedCommand: String, forcing: Forcing = .authorizedKeys)
    async throws
  {
    let sshd = try SystemProgram.find("sshd", package: "openssh-server")
    sshClient = try SystemProgram.find("ssh", package: "openssh-client")
    let keygen = try SystemProgram.find("ssh-keygen", package: "openssh-client")
    self.account = account
    // Under root, sshd's privilege separation needs this empty directory, which the
    // Debian package's service unit and init script make when they start sshd.
    if geteuid() == 0 {
      mkdir("/run/sshd", 0o755)
    } else {
      try Self.requireTerminalGroup()
    }

    let (directory, strictModes) = try Self.makeDirectory()
    self.directory = directory
    clientKey = directory + "/client_ed25519"
    knownHosts = directory + "/known_hosts"
    let hostKey = directory + "/host_ed25519"
    do {
      for (key, comment) in [(hostKey, "hds-e2e host"), (clientKey, "hds-e2e client")] {
        try Self.generateKey(key, comment: comment, with: keygen)
      }
      let match = try Self.authorize(
        clientKey + ".pub", in: directory, forcedCommand: forcedCommand, forcing: forcing,
        group: account.group)
      (port, process) = try await Self.start(sshd, directory: directory, account: account) {
        port in
        Self.configuration(
          directory: directory, port: port, user: account.user, strictModes: strictModes)
          + match
      }
    } catch {
      try? FileManager.default.removeItem(atPath: directory)
      throw error
    }

    do {
      let hostPublic = try String(contentsOfFile: hostKey + ".pub", encoding: .utf8)
      let keyFields = hostPublic.split(separator: " ").prefix(2).joined(separator: " ")
      try Self.writeFile(knownHosts, "[127.0.0.1]:\(port) \(keyFields)\n")
    } catch {
      stop()
      throw error
    }
  }

  deinit {
    stop()
  }

  /// Returns the sh command line that logs in with a terminal (`ssh -tt`) and the test key,
  /// checking the host key against this server's known_hosts. `remoteCommand` is what the
  /// client asks the server to run, which the forced command replaces.
  func clientCommandLine(remoteCommand: [String] = []) -> String {
    let words = [
      sshClient.path, "-tt", "-F", "/dev/null", "-i", clientKey, "-p", String(port),
      "-o", "IdentitiesOnly=yes", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes",
      "-o", "UserKnownHostsFile=" + knownHosts, account.user + "@127.0.0.1",
    ]
    return Shell.commandLine(words + remoteCommand)
  }

  /// sshd's log so far.
  var log: String { process.errorOutput }

  /// Returns the running processes called `name` that sshd's sessions started.
  func sessionProcesses(named name: String) -> [ProcessEntry] {
    ProcessTree.descendants(of: process.pid).filter { $0.name == name && $0.isRunning }
  }

  /// Stops sshd and the sessions it still runs with SIGTERM, and deletes the directory.
  /// Calling it again does nothing.
  func stop() {
    guard isRunning else { return }
    isRunning = false
    let sessions = ProcessTree.descendants(of: process.pid).filter(\.isRunning)
    _ = Glibc.kill(process.pid, SIGTERM)
    _ = try? process.wait()
    for session in sessions { _ = Glibc.kill(session.pid, SIGTERM) }
    try? FileManager.default.removeItem(atPath: directory)
  }

  // MARK: Start

  private static func generateKey(_ path: String, comment: String, with keygen: URL) throws {
    let result = try ChildProcess.run(
      keygen, ["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f", path])
    guard result.status == 0 else {
      throw SSHTestError.serverFailed("ssh-keygen for \(path): \(result.errorOutput)")
    }
  }

  /// Writes authorized_keys with the client's key and returns the Match block that
  /// sshd_config needs for `forcing`, empty for the key option.
  private static func authorize(
    _ publicKeyPath: String, in directory: String, forcedCommand: String, forcing: Forcing,
    group: String
  ) throws -> String {
    let publicKey = try String(contentsOfFile: publicKeyPath, encoding: .utf8)
    let path = directory + "/authorized_keys"
    switch forcing {
    case .authorizedKeys:
      // Inside command="…" sshd reads \" as a quote; the user's shell then runs the text.
      let quoted = forcedCommand.replacingOccurrences(of: "\"", with: "\\\"")
      try writeFile(path, "restrict,pty,command=\"\(quoted)\" \(publicKey)")
      return ""
    case .matchBlock:
      try writeFile(path, publicKey)
      return matchBlock(group: group, command: forcedCommand)
    }
  }

  /// Starts sshd on a free port and waits for its "Server listening" line. Another process
  /// can take the port between the check and sshd's bind, so a failed start is tried
  /// again on a new port, three times in all.
  private static func start(
    _ sshd: URL, directory: String, account: SSHAccount, configuration: (Int) -> String
  ) async throws -> (Int, BackgroundProcess) {
    var failures: [String] = []
    for attempt in 1...3 {
      let port = try freePort()
      let configurationPath = directory + "/sshd_config"
      try writeFile(configurationPath, configuration(port))
      let process = try BackgroundProcess(
        sshd, ["-D", "-e", "-f", configurationPath],
        outputPath: directory + "/sshd-\(attempt).out")
      let listening = "Server listening on 127.0.0.1 port \(port)."
      let deadline = Date().addingTimeInterval(10)
      while process.isRunning, !process.errorOutput.contains(listening), Date() < deadline {
        do {
          try await Task.sleep(for: .milliseconds(50))
        } catch {
          // A cancelled test must not leave sshd running.
          process.kill()
          _ = try? process.wait()
          throw error
        }
      }
      if process.errorOutput.contains(listening) { return (port, process) }
      failures.append("port \(port): " + process.errorOutput)
      process.kill()
      _ = try? process.wait()
    }
    throw SSHTestError.serverFailed(failures.joined(separator: "\n"))
  }

  private static func configuration(
    directory: String, port: Int, user: String, strictModes: Bool
  ) -> String {
    """
    ListenAddress 127.0.0.1
    Port \(port)
    HostKey \(directory)/host_ed25519
    PidFile \(directory)/sshd.pid
    AuthorizedKeysFile \(directory)/authorized_keys
    AllowUsers \(user)
    AuthenticationMethods publickey
    PubkeyAuthentication yes
    PasswordAuthentication no
    KbdInteractiveAuthentication no
    UsePAM no
    PermitRootLogin no
    PermitUserEnvironment no
    StrictModes \(strictModes ? "yes" : "no")
    AllowAgentForwarding no
    AllowTcpForwarding no
    X11Forwarding no
    ClientAliveInterval 1
    ClientAliveCountMax 2
    PrintMotd no
    PrintLastLog no
    LogLevel VERBOSE

    """
  }

  /// Returns the block the README gives for forcing the command on every member of a
  /// group, whatever key they log in with.
  private static func matchBlock(group: String, command: String) -> String {
    """
    Match Group \(group)
        ForceCommand \(command)
        AllowTcpForwarding no
        AllowAgentForwarding no
        X11Forwarding no
        PermitTunnel no
        PermitUserRC no

    """
  }

  /// Returns a port on 127.0.0.1 that no socket is bound to, chosen by the kernel.
  private static func freePort() throws -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else {
      throw SSHTestError.serverFailed("socket failed: " + String(cString: strerror(errno)))
    }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let result = withUnsafeMutablePointer(to: &address) { pointer in
      pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
        bind(descriptor, generic, length) == 0 ? getsockname(descriptor, generic, &length) : -1
      }
    }
    guard result == 0 else {
      throw SSHTestError.serverFailed(
        "binding a socket to 127.0.0.1 failed: " + String(cString: strerror(errno)))
    }
    return Int(UInt16(bigEndian: address.sin_port))
  }

  /// Fails, naming the cause, when new pseudo-terminals do not get the group tty.
  ///
  /// sshd gives the session's terminal to the user and the group tty, and OpenSSH 9.2
  /// ends the session when that chown fails. It fails for a non-root sshd unless the
  /// kernel made the terminal so already, which devpts does when mounted with the gid of
  /// tty. Some containers mount it without.
  // NOTE: the fallback for a non-root user was run only where this check fails (a
  // container whose devpts has no gid option), so its login path past this check is
  // untested.
  private static func requireTerminalGroup() throws {
    guard let tty = getgrnam("tty"),
      let mounts = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8)
    else { return }
    let expected = tty.pointee.gr_gid
    // Each line: device, mount point, type, options separated by commas, dump, pass.
    var current: [Substring]?
    for line in mounts.split(separator: "\n") {
      let fields = line.split(separator: " ")
      if fields.count >= 4, fields[1] == "/dev/pts", fields[2] == "devpts" {
        current = fields[3].split(separator: ",")
      }
    }
    guard let current, !current.contains("gid=\(expected)") else { return }
    throw SSHTestError.setup(
      "/dev/pts is mounted without gid=\(expected) (options \(current.joined(separator: ","))),"
        + " so a non-root sshd cannot give the session its terminal and ends it; run the"
        + " tests as root, or mount devpts with gid=\(expected)")
  }

  // MARK: Files

  /// Makes the directory for the server's files.
  ///
  /// With StrictModes, sshd reads authorized_keys only when the file and every directory
  /// above it belong to root or the user and no group or other user may write them, so
  /// /tmp (mode 1777) will not do. The directory goes under the first of /run, the home
  /// directory and the temp directory that passes. When none does, StrictModes is turned
  /// off and the test prints a note.
  private static func makeDirectory() throws -> (path: String, strictModes: Bool) {
    let name = "hds-e2e-sshd-" + UUID().uuidString.prefix(8).lowercased()
    let temporary = FileManager.default.temporaryDirectory.path
    let candidates = ["/run", NSHomeDirectory(), temporary]
    let parent = candidates.first { access($0, W_OK) == 0 && isSafeForStrictModes($0) }
    if parent == nil {
      print(
        "SSH tests: none of \(candidates.joined(separator: ", ")) passes sshd's StrictModes"
          + " check, so the test server runs with StrictModes no")
    }
    let path = (parent ?? temporary) + "/" + name
    guard mkdir(path, 0o755) == 0 else {
      throw SSHTestError.serverFailed(
        "mkdir \(path) failed: " + String(cString: strerror(errno)))
    }
    // mkdir applies the umask; the account must be able to read authorized_keys.
    chmod(path, 0o755)
    return (path, parent != nil)
  }

  /// Returns whether `path` and each directory above it belong to root or this user and
  /// are not writable by group or others, the rule sshd's StrictModes applies.
  private static func isSafeForStrictModes(_ path: String) -> Bool {
    guard let resolved = realpath(path, nil) else { return false }
    var current = String(cString: resolved)
    free(resolved)
    while true {
      var info = stat()
      guard stat(current, &info) == 0 else { return false }
      let owner = info.st_uid == 0 || info.st_uid == geteuid()
      if !owner || info.st_mode & 0o022 != 0 { return false }
      if current == "/" { return true }
      current = (current as NSString).deletingLastPathComponent
    }
  }

  /// Writes `text` with mode 0644, owned by the user running the tests; sshd reads
  /// authorized_keys as the account that logs in.
  private static func writeFile(_ path: String, _ text: String) throws {
    try text.write(toFile: path, atomically: false, encoding: .utf8)
    chmod(path, 0o644)
  }
}

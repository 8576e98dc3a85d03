import Foundation
import HDSStoreSQLite
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The dashboard as a Dinas Dukcapil viewer sees it: through OpenSSH's sshd on 127.0.0.1,
/// logged in with a key whose authorized_keys line forces `hds --read-only`.
///
/// Run as root, the viewer is another Unix user who reads the store through the data
/// directory's group, with the modes the README gives (directory 2750, store files 0640).
/// The suite is serialized because its tests share that account.
@Suite("Dashboard over SSH", .serialized, .timeLimit(.minutes(1)))
struct SSHSessionTests {
  @Test("viewer sees the queue and masked NIKs")
  func viewerScreen() async throws {
    let login = try await ViewerLogin(term: "screen-256color")
    defer { login.close() }

    let text = try await login.firstScreen()
    let screen = ScreenText(text)
    #expect(screen.lines[0].contains("[BACA SAJA · pemantau]"), "\(text)")
    #expect(screen.queueRows().count >= 5, "\(text)")

    try login.session.sendKeys("Enter")
    let detail = try await login.session.waitFor("Rincian HDS-")
    let nik = try #require(detail.split(separator: "\n").first { $0.contains("│ NIK") })
    #expect(nik.contains("3507••••••••"), "\(nik)")
    #expect(nik.filter(\.isNumber).count == 8, "a masked NIK keeps 4 + 4 digits: \(nik)")

    // The dashboard runs as the account that logged in, with the client's TERM and the
    // forced command's LANG.
    let processes = login.server.sessionProcesses(named: "hds")
    #expect(processes.count == 1, "\(processes)")
    if let hds = processes.first {
      var info = stat()
      #expect(stat("/proc/\(hds.pid)", &info) == 0)
      #expect(info.st_uid == getpwnam(login.account.user)?.pointee.pw_uid)
      #expect(ProcessTree.environmentValue("TERM", of: hds.pid) == "screen-256color")
      #expect(ProcessTree.environmentValue("LANG", of: hds.pid) == "C.UTF-8")
    }
  }

  @Test("write keys are refused and the store is unchanged")
  func writeRefused() async throws {
    let login = try await ViewerLogin()
    defer { login.close() }
    try await login.firstScreen()
    let eventsBefore = try login.eventCount()
    let filesBefore = try login.fileListing()

    // Any next key clears the message, so each write key must bring it back.
    for key in ["d", "x", "a", "o", "f"] {
      try login.session.sendKeys(key)
      try await login.session.waitFor("Mode baca saja")
      try login.session.sendKeys("j")
      try await login.session.waitUntil("the message cleared") { !$0.contains("Mode baca saja") }
    }
    try login.session.sendKeys("Enter")
    try await login.session.waitFor("Rincian HDS-")
    try login.session.sendKeys("d")
    try await login.session.waitFor("Mode baca saja")

    try login.session.sendKeys("Escape", "q")
    let after = try await login.session.waitFor("ssh exited with status")
    #expect(after.contains("ssh exited with status 0"), "\(after)")
    // hds's restore of the terminal reached the client's terminal through SSH.
    #expect(try login.session.display("#{alternate_on}") == "0")
    #expect(try login.fileListing() == filesBefore)
    #expect(try login.eventCount() == eventsBefore)
  }

  @Test("operator's import shows within one refresh")
  func operatorChange() async throws {
    let login = try await ViewerLogin()
    defer { login.close() }
    let first = ScreenText(try await login.firstScreen())
    let queued = try #require(first.count(after: "Antrean ("), "\(first.text)")
    let ready = try #require(first.count(after: "Siap ", inLine: 1), "\(first.text)")

    // A printed document without a request becomes a new ready request in the queue.
    let list = login.directory.path("print-list.csv")
    try "NIK;nama;dokumen;tanggal cetak\n3507314107910001;Warga Lewat SSH;KTP-el;\(yesterday())\n"
      .write(toFile: list, atomically: true, encoding: .utf8)
    let imported = try ChildProcess.run(
      try HDSBinary.url(), ["import", "print-list", list, "--data", login.data])
    #expect(imported.status == 0, "\(imported.errorOutput)")

    // One refresh interval, plus slack for the SSH round trip and tmux.
    let changed = ScreenText(
      try await login.session.waitUntil(
        "Antrean (\(queued + 1)) and Siap \(ready + 1)",
        timeout: .seconds(Dashboard.refreshSeconds + 1.5)
      ) { text in
        let screen = ScreenText(text)
        return screen.count(after: "Antrean (") == queued + 1
          && screen.count(after: "Siap ", inLine: 1) == ready + 1
      })
    #expect(changed.lines[0].contains("[BACA SAJA · pemantau]"), "\(changed.text)")
  }

  @Test("forced command ignores the client's command")
  func forcedCommand() async throws {
    let hds = try HDSBinary.url().path
    let list = "/nonexistent/print-list.csv"
    let login = try await ViewerLogin(remoteCommand: [hds, "import", "print-list", list])
    defer { login.close() }
    let eventsBefore = try login.eventCount()
    let filesBefore = try login.fileListing()

    let text = try await login.firstScreen()
    #expect(text.contains("[BACA SAJA · pemantau]"), "\(text)")
    #expect(!text.contains(list), "\(text)")
    try login.session.sendKeys("q")
    let after = try await login.session.waitFor("ssh exited with status")
    #expect(after.contains("ssh exited with status 0"), "\(after)")
    #expect(try login.fileListing() == filesBefore)
    #expect(try login.eventCount() == eventsBefore)
    #expect(login.server.log.contains("forced-command"), "\(login.server.log)")
  }

  @Test("Match block forces the command too")
  func matchBlock() async throws {
    let hds = try HDSBinary.url().path
    let login = try await ViewerLogin(
      forcing: .matchBlock, remoteCommand: [hds, "demo", "--replace"])
    defer { login.close() }
    let eventsBefore = try login.eventCount()

    let text = try await login.firstScreen()
    #expect(text.contains("[BACA SAJA · pemantau]"), "\(text)")
    #expect(login.server.log.contains("forced-command (config)"), "\(login.server.log)")
    try login.session.sendKeys("q")
    try await login.session.waitFor("ssh exited with status 0")
    #expect(try login.eventCount() == eventsBefore)
  }

  @Test("resize follows the client window")
  func resize() async throws {
    let login = try await ViewerLogin()
    defer { login.close() }
    let narrow = try await login.firstScreen()
    // At 80 columns the role's tag leaves room for the date and clock, not the weekday
    // ("Jumat, 4 Desember 2026"), which comes back on the wide screen.
    let narrowHeader = String(narrow.split(separator: "\n").first ?? "")
    #expect(narrowHeader.contains("WIB"), "\(narrow)")
    #expect(!narrowHeader.contains(", "), "\(narrow)")

    // tmux gives the ssh client SIGWINCH; ssh sends the new size, and sshd resizes the
    // pseudo-terminal, which gives hds SIGWINCH.
    try login.session.resize(cols: 200, rows: 50)
    let wide = ScreenText(
      try await login.session.waitUntil("the 200x50 layout") { text in
        let heading = text.split(separator: "\n").first { $0.contains("│ Nomor") } ?? ""
        return heading.contains("Dusun") && text.split(separator: "\n")[0].contains(", ")
      })
    #expect(wide.queueRows().count > 20, "\(wide.text)")

    try login.session.resize(cols: 80, rows: 24)
    try await login.session.waitUntil("the 80x24 layout again") { text in
      let heading = text.split(separator: "\n").first { $0.contains("│ Nomor") } ?? ""
      return !heading.contains("Dusun") && !text.split(separator: "\n")[0].contains(", ")
    }
  }

  @Test("dropped link ends hds and writes nothing")
  func droppedLink() async throws {
    let login = try await ViewerLogin()
    defer { login.close() }
    try await login.firstScreen()
    let eventsBefore = try login.eventCount()
    let filesBefore = try login.fileListing()
    let hds = try #require(login.server.sessionProcesses(named: "hds").first)
    let panePID = try #require(pid_t(try login.session.display("#{pane_pid}")))
    let client = try #require(
      ProcessTree.descendants(of: panePID).first { $0.name == "ssh" && $0.isRunning })

    // A stopped client sends no reply to sshd's keepalive messages, as over a dead link,
    // so sshd gives up after ClientAliveInterval × ClientAliveCountMax (1 s × 2) and hangs
    // up hds's terminal.
    kill(client.pid, SIGSTOP)
    defer { kill(client.pid, SIGCONT) }
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(10)
    while ProcessTree.isRunning(hds.pid), clock.now < deadline {
      try await Task.sleep(for: .milliseconds(100))
    }
    #expect(!ProcessTree.isRunning(hds.pid), "hds still runs 10 s after the link died")
    #expect(login.server.log.contains("Timeout, client not responding"), "\(login.server.log)")

    kill(client.pid, SIGCONT)
    let after = try await login.session.waitFor("ssh exited with status")
    #expect(after.contains("ssh exited with status 255"), "\(after)")
    #expect(try login.fileListing() == filesBefore)
    #expect(try login.eventCount() == eventsBefore)
  }

  private func yesterday() -> String {
    let parts = Calendar(identifier: .gregorian).dateComponents(
      [.year, .month, .day], from: Date().addingTimeInterval(-86_400))
    return String(format: "%02d/%02d/%04d", parts.day ?? 1, parts.month ?? 1, parts.year ?? 2026)
  }
}

/// A viewer logged in over SSH to a demo store: the store, sshd and the tmux pane running
/// the ssh client. `close()` stops all three.
private final class ViewerLogin {
  let directory: TestDirectory
  let data: String
  let account: SSHAccount
  let server: SSHServer
  let session: TmuxSession

  /// Makes a demo store readable by the account's group, starts sshd with the forced
  /// command set by `forcing` and logs in at 80×24 with `term`, asking the server to run
  /// `remoteCommand`.
  init(
    term: String = "xterm-256color", forcing: SSHServer.Forcing = .authorizedKeys,
    remoteCommand: [String] = []
  ) async throws {
    directory = try TestDirectory()
    do {
      data = try DemoStore.create(in: directory)
      // The viewer then finds the store as the last operator to quit leaves it: SQLite
      // deletes the -wal and -shm files at the last close unless hds keeps them.
      _ = try SQLiteStore.open(dataDirectory: data, readOnly: false)
      account = try SSHAccount.prepare()
      try Self.share(data, in: directory, with: account)
      let hds = try HDSBinary.url().path
      let forced =
        "env LANG=C.UTF-8 "
        + Shell.commandLine([
          hds, "--read-only", "--data", data, "--refresh", String(Dashboard.refreshSeconds),
        ])
      server = try await SSHServer(account: account, forcedCommand: forced, forcing: forcing)
    } catch {
      directory.remove()
      throw error
    }
    do {
      let command = [
        server.clientCommandLine(remoteCommand: remoteCommand),
        "echo \"ssh exited with status $?\"",
        "exec sleep 3600",
      ]
      session = try TmuxSession(
        cols: 80, rows: 24, command: command.joined(separator: "\n"),
        environment: ["TERM": term, "LANG": "C.UTF-8"], directory: directory)
    } catch {
      server.stop()
      directory.remove()
      throw error
    }
  }

  /// Waits for the dashboard's queue after the login. A login under load (key exchange,
  /// sshd's session, then hds opening the store) takes longer than a key's frame, so it
  /// gets 30 s where a key gets 10.
  @discardableResult
  func firstScreen() async throws -> String {
    try await session.waitFor("│ HDS-", timeout: .seconds(30))
  }

  func close() {
    session.kill()
    server.stop()
    directory.remove()
  }

  /// Gives the data directory and its files to the account's group as the README's
  /// "Deployment over SSH" section does: directory 2750, roles.conf 0640, the user
  /// running the tests an operator and the group viewers. The store files keep the
  /// mode hds gave them, which must be 0640.
  private static func share(_ data: String, in directory: TestDirectory, with account: SSHAccount)
    throws
  {
    // The viewer must be able to pass through the test directory to reach the data.
    chmod(directory.url.path, 0o755)
    let operatorName = String(cString: getpwuid(geteuid()).pointee.pw_name)
    let roles = data + "/roles.conf"
    try "operator user:\(operatorName)\nviewer group:\(account.group)\n".write(
      toFile: roles, atomically: true, encoding: .utf8)
    chmod(roles, 0o640)

    for name in try FileManager.default.contentsOfDirectory(atPath: data) {
      guard chown(data + "/" + name, geteuid(), account.groupID) == 0 else {
        throw SSHTestError.setup("chown of \(data)/\(name) failed")
      }
    }
    guard chown(data, geteuid(), account.groupID) == 0, chmod(data, 0o2750) == 0 else {
      throw SSHTestError.setup("chown or chmod of \(data) failed")
    }

    for name in ["hds.sqlite", "hds.sqlite-wal", "hds.sqlite-shm"] {
      var info = stat()
      // A missing file is left for the viewer's hds to report on the screen.
      guard stat(data + "/" + name, &info) == 0 else { continue }
      let mode = info.st_mode & 0o777
      guard mode == 0o640 else {
        throw SSHTestError.setup(
          "hds made \(name) with mode \(String(mode, radix: 8)); the README promises 0640")
      }
    }
  }

  /// Returns each file in the data directory with its size and modification time. A
  /// viewer's session must leave them exactly as they were.
  ///
  /// The -shm file counts only for the dedicated account. A reader who may write it
  /// records its read marks there: the current user in the fallback, and the test itself
  /// when it counts events, so `eventCount()` comes before the first listing and after
  /// the last.
  func fileListing() throws -> [String: String] {
    var files: [String: String] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: data) {
      if name.hasSuffix("-shm") && !account.isDedicated { continue }
      var info = stat()
      guard stat(data + "/" + name, &info) == 0 else { continue }
      files[name] = "\(info.st_size) bytes, mtime \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
    return files
  }

  /// Returns the number of request events in the store.
  func eventCount() throws -> Int {
    try SQLiteStore.open(dataDirectory: data, readOnly: true).eventCount()
  }
}

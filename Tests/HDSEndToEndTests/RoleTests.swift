import Foundation
import Testing

/// Roles from the data directory's roles.conf, in the real dashboard.
@Suite("Roles", .timeLimit(.minutes(1)))
struct RoleTests {
  private func writeRoles(_ text: String, in data: String) throws {
    try text.write(toFile: data + "/roles.conf", atomically: true, encoding: .utf8)
    chmod(data + "/roles.conf", 0o644)
  }

  /// Opens the first queue row's detail and returns the screen.
  private func openDetail(_ session: TmuxSession) async throws -> String {
    try await session.waitFor("│ HDS-")
    try session.sendKeys("Enter")
    return try await session.waitFor("Rincian HDS-")
  }

  @Test("a viewer reads with masked numbers and cannot write")
  func viewer() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let user = String(cString: getpwuid(geteuid()).pointee.pw_name)
    try writeRoles("# Dukcapil\nviewer user:\(user)\n", in: data)
    let session = try Dashboard.start(data: data, in: directory)
    defer { session.kill() }

    let detail = try await openDetail(session)
    #expect(detail.contains("[BACA SAJA · pemantau]"), "\(detail)")
    let nik = try #require(detail.split(separator: "\n").first { $0.contains("│ NIK") })
    #expect(nik.contains("••••••••"), "\(nik)")
    let digits = nik.filter(\.isNumber)
    #expect(digits.count == 8, "a masked NIK keeps 4 + 4 digits: \(nik)")
    try session.sendKeys("d")
    try await session.waitFor("Mode baca saja")
  }

  @Test("--read-only lowers an operator to viewer")
  func readOnlyOption() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let session = try Dashboard.start(data: data, in: directory, arguments: ["--read-only"])
    defer { session.kill() }

    let detail = try await openDetail(session)
    #expect(detail.contains("[BACA SAJA · pemantau]"), "\(detail)")
    #expect(detail.contains("••••••••"), "\(detail)")
  }

  @Test("a user no line names gets the least role")
  func unknownUser() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    try writeRoles("operator user:someone-else\n", in: data)
    let session = try Dashboard.start(data: data, in: directory)
    defer { session.kill() }

    // A courier linked to no courier record gets no requests and a message with the reason.
    try await session.waitFor("belum ditautkan ke kurir")
    // The header's totals come with the first snapshot, so the queue is loaded by then.
    let text = try await session.waitFor("Siap ")
    #expect(text.contains("[BACA SAJA · kurir]"), "\(text)")
    #expect(text.contains("Antrean (0)"), "\(text)")
    #expect(text.contains("Akun ini belum ditautkan ke kurir"), "\(text)")
    #expect(!text.contains("│ HDS-"), "\(text)")
  }

  @Test("an operator line keeps every action")
  func operatorLine() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let user = String(cString: getpwuid(geteuid()).pointee.pw_name)
    try writeRoles("operator user:\(user)\n", in: data)
    let session = try Dashboard.start(data: data, in: directory)
    defer { session.kill() }

    let detail = try await openDetail(session)
    #expect(!detail.contains("BACA SAJA"), "\(detail)")
    #expect(!detail.contains("••••"), "\(detail)")
  }

  @Test("a supervisor assigns a complaint in the dashboard and changes no request")
  func supervisor() async throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let user = String(cString: getpwuid(geteuid()).pointee.pw_name)
    try writeRoles("supervisor user:\(user)\n", in: data)
    let session = try Dashboard.start(data: data, in: directory, cols: 100, rows: 30)
    defer { session.kill() }

    let queue = try await session.waitFor("│ HDS-")
    #expect(queue.contains("[pengawas]"), "\(queue)")
    try session.sendKeys("d")
    try await session.waitFor("Peran pengawas tidak boleh mengubah permohonan.")

    try session.sendKeys("Tab", "Tab", "Tab")
    try await session.waitFor("F saring")
    // The bar offers a only when the selected complaint may be assigned.
    var screen = try session.capture()
    for _ in 0..<12 where !screen.contains("a tugaskan") {
      try session.sendKeys("j")
      try await Task.sleep(for: .milliseconds(150))
      screen = try session.capture()
    }
    #expect(screen.contains("a tugaskan"), "no complaint to assign: \(screen)")
    try session.sendKeys("a")
    try await session.waitFor("Tugaskan: aduan #")
    try session.sendLiteral("Rina")
    try session.sendKeys("Enter")
    try await session.waitFor("ditugaskan ke Rina")

    let trail = try ChildProcess.run(
      try HDSBinary.url(), ["audit", "--subject", "complaint", "--limit", "1", "--data", data])
    let entry = trail.output.split(separator: "\n").dropFirst().first ?? ""
    #expect(entry.contains("supervisor"), "\(trail.output)")
    #expect(entry.contains("assign"), "\(trail.output)")
    #expect(entry.contains("staff=Rina"), "\(trail.output)")
  }

  @Test("roles.conf writable by anyone or invalid is refused")
  func refusedFiles() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let hds = try HDSBinary.url()

    try writeRoles("viewer group:dukcapil\n", in: data)
    chmod(data + "/roles.conf", 0o666)
    let open = try ChildProcess.run(hds, ["--data", data])
    #expect(open.status == 1)
    #expect(open.errorOutput.contains("may be written by other users"), "\(open.errorOutput)")

    try writeRoles("viewer group:dukcapil\nadmin user:siti\n", in: data)
    let invalid = try ChildProcess.run(hds, ["--data", data])
    #expect(invalid.status == 1)
    #expect(invalid.errorOutput.contains("line 2 (admin user:siti): unknown role admin"))

    // A group may not write it either, and a command open to every role reads it too.
    try writeRoles("viewer group:dukcapil\n", in: data)
    chmod(data + "/roles.conf", 0o664)
    let summary = try ChildProcess.run(hds, ["summary", "--data", data])
    #expect(summary.status == 1)
    #expect(summary.errorOutput.contains("chmod go-w"), "\(summary.errorOutput)")
  }
}

/// Roles in the command-line tools.
@Suite("Roles on the command line", .timeLimit(.minutes(1)))
struct RoleCommandTests {
  @Test("viewer commands and masked exports")
  func viewerCommands() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let user = String(cString: getpwuid(geteuid()).pointee.pw_name)
    try "viewer user:\(user)\n".write(
      toFile: data + "/roles.conf", atomically: true, encoding: .utf8)
    let hds = try HDSBinary.url()

    for arguments in [["summary"], ["report", "--year", "2026"], ["settings"]] {
      let result = try ChildProcess.run(hds, arguments + ["--data", data])
      #expect(result.status == 0, "\(arguments): \(result.errorOutput)")
    }
    let refused: [[String]] = [
      ["settings", "--max-attempts", "3"], ["backup", directory.path("copy.sqlite")],
      ["import", "print-list", "/dev/null"],
    ]
    for arguments in refused {
      let result = try ChildProcess.run(hds, arguments + ["--data", data])
      #expect(result.status != 0, "\(arguments)")
      #expect(result.errorOutput.contains("you have the viewer role"), "\(result.errorOutput)")
    }
    #expect(!FileManager.default.fileExists(atPath: directory.path("copy.sqlite")))

    // The courier list shortens couriers' phones for a viewer, as the dashboard does.
    let couriers = try ChildProcess.run(hds, ["courier", "list", "--data", data])
    #expect(couriers.status == 0, "\(couriers.errorOutput)")
    #expect(couriers.output.contains("•••"), "\(couriers.output)")
    #expect(!couriers.output.contains("+62 8"), "\(couriers.output)")
  }

  @Test("a courier prints their own run sheet, masked, and no other")
  func courierRunSheet() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let user = String(cString: getpwuid(geteuid()).pointee.pw_name)
    let hds = try HDSBinary.url()
    func run(_ arguments: [String]) throws -> ProcessOutput {
      try ChildProcess.run(hds, arguments + ["--data", data])
    }
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.timeZone = TimeZone(identifier: "Asia/Jakarta")
    let today = formatter.string(from: Date())

    let linked = try run(["courier", "edit", "1", "--login", user])
    #expect(linked.status == 0, "\(linked.errorOutput)")
    #expect(linked.output.contains("logs in as \(user)"), "\(linked.output)")
    try "courier user:\(user)\n".write(
      toFile: data + "/roles.conf", atomically: true, encoding: .utf8)

    let own = try run(["runsheet", "--date", today])
    #expect(own.status == 0, "\(own.errorOutput)")
    let courierLine = try #require(
      own.output.split(separator: "\n").first { $0.hasPrefix("Kurir") })
    let listed = try run(["courier", "list"])
    let first = try #require(
      listed.output.split(separator: "\n").dropFirst().first { $0.hasPrefix(" 1 ") })
    let name = first.split(separator: " ").dropFirst().prefix(2).joined(separator: " ")
    #expect(courierLine.contains(name), "\(courierLine) vs \(first)")
    #expect(own.output.contains("•••"), "phones are shortened: \(own.output)")

    let other = try run(["runsheet", "--date", today, "--courier", "2"])
    #expect(other.status == 1)
    #expect(other.errorOutput.contains("only their own run sheet"), "\(other.errorOutput)")
    let exports = try run(["export", "recipients", "--from", today])
    #expect(exports.status != 0, "a courier exports nothing else")
  }
}

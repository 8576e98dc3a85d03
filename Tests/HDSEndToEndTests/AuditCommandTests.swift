import Foundation
import Testing

/// `hds audit` and the export records, with the real binary.
@Suite("Audit on the command line", .timeLimit(.minutes(1)))
struct AuditCommandTests {
  private let user = String(cString: getpwuid(geteuid()).pointee.pw_name)

  private func run(_ arguments: [String], data: String) throws -> ProcessOutput {
    try ChildProcess.run(try HDSBinary.url(), arguments + ["--data", data])
  }

  private func courierWithStops(_ data: String) throws -> String {
    let list = try run(["courier", "list"], data: data)
    // The demo gives every courier a route today; the first row's id is enough.
    let row = try #require(
      list.output.split(separator: "\n").dropFirst().first, "\(list.output)")
    return String(row.split(separator: " ")[0])
  }

  /// Today in WIB, the day the demo's routes are for.
  private var today: String {
    let formatter = DateFormatter()
    formatter.dateFormat = "yyyy-MM-dd"
    formatter.timeZone = TimeZone(identifier: "Asia/Jakarta")
    return formatter.string(from: Date())
  }

  @Test("changes list with user and role; exports with full numbers are recorded")
  func operatorTrail() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let courier = try courierWithStops(data)

    let changed = try run(["settings", "--max-attempts", "3"], data: data)
    #expect(changed.status == 0, "\(changed.errorOutput)")
    let file = directory.path("penerima.csv")
    let exported = try run(
      ["export", "recipients", "--from", "2026-01-01", "--to", "2026-12-31", "--output", file],
      data: data)
    #expect(exported.status == 0, "\(exported.errorOutput)")
    let sheet = try run(["runsheet", "--courier", courier, "--date", today], data: data)
    #expect(sheet.status == 0, "\(sheet.errorOutput)")

    let trail = try run(["audit", "--limit", "3"], data: data)
    #expect(trail.status == 0, "\(trail.errorOutput)")
    // Columns are as wide as their widest value; one space between words is enough here.
    let lines = trail.output.split(separator: "\n").map {
      $0.split(separator: " ").joined(separator: " ")
    }
    #expect(lines.first?.hasPrefix("Time (WIB)") == true, "\(trail.output)")
    #expect(lines[1].contains("\(user) operator export runsheet"), "\(trail.output)")
    #expect(lines[2].contains("export recipients full"), "\(trail.output)")
    #expect(lines[2].contains("file=\(file)"), "\(trail.output)")
    #expect(lines[3].contains("setting max_attempts"), "\(trail.output)")
    #expect(lines[3].contains("old=2 new=3"), "\(trail.output)")
    #expect(trail.output.contains("Older entries follow"), "\(trail.output)")

    let exports = try run(["audit", "--exports", "--format", "csv"], data: data)
    let records = exports.output.split(separator: "\r\n")
    #expect(records.first == "time,user,role,subject,reference,action,detail", "\(exports.output)")
    #expect(records.count == 3, "a header and two exports: \(exports.output)")

    let nobody = try run(["audit", "--user", "nobody-here"], data: data)
    #expect(nobody.output == "No audit entries match.\n")
  }

  @Test("a viewer's run sheet shortens phones, and is not recorded")
  func viewerExports() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let courier = try courierWithStops(data)
    let full = try run(["runsheet", "--courier", courier, "--date", today], data: data)
    #expect(full.output.contains("+62 8"), "an operator sees grouped phones: \(full.output)")

    try "viewer user:\(user)\n".write(
      toFile: data + "/roles.conf", atomically: true, encoding: .utf8)
    let masked = try run(["runsheet", "--courier", courier, "--date", today], data: data)
    #expect(masked.status == 0, "\(masked.errorOutput)")
    #expect(!masked.output.contains("+62 8"), "\(masked.output)")
    #expect(masked.output.contains("•••"), "\(masked.output)")

    let trail = try run(["audit", "--exports"], data: data)
    #expect(trail.status == 0, "\(trail.errorOutput)")
    let rows = trail.output.split(separator: "\n").dropFirst()
    #expect(rows.count == 1, "only the operator's run sheet: \(trail.output)")
    #expect(rows.first?.contains("operator") == true)
  }

  @Test("bad options name the value and what is expected")
  func badOptions() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let cases: [([String], String)] = [
      (["audit", "--role", "boss"], "invalid value boss for --role"),
      (["audit", "--subject", "request,x"], "invalid value x for --subject"),
      (["audit", "--limit", "0"], "a number of entries from 1 to 100000"),
      (["audit", "--from", "2026-12-05", "--to", "2026-12-01"], "a day on or after --from"),
      (["audit", "--format", "json"], "text or csv"),
      (["summary", "--user", "x"], "only apply to hds audit"),
    ]
    for (arguments, message) in cases {
      let result = try run(arguments, data: data)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.errorOutput.contains(message), "\(arguments): \(result.errorOutput)")
    }
  }
}

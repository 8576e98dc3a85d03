import Foundation
import Testing

/// The hds command outside the dashboard: exit statuses and messages.
@Suite("Command line")
struct CommandLineTests {
  @Test("--help exits 0 naming the commands")
  func helpNamesCommands() throws {
    let result = try ChildProcess.run(try HDSBinary.url(), ["--help"])
    #expect(result.status == 0)
    #expect(result.output.contains("hds demo"), "\(result.output)")
    #expect(result.output.contains("hds summary"), "\(result.output)")
    #expect(result.errorOutput.isEmpty, "\(result.errorOutput)")
  }

  @Test("unknown command exits 2")
  func unknownCommand() throws {
    let result = try ChildProcess.run(try HDSBinary.url(), ["nosuch"])
    #expect(result.status == 2)
    #expect(result.errorOutput.contains("unknown command nosuch"), "\(result.errorOutput)")
    #expect(result.output.isEmpty, "\(result.output)")
  }

  @Test("summary on an empty directory")
  func summaryWithoutStore() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }

    let result = try ChildProcess.run(
      try HDSBinary.url(), ["summary", "--data", directory.url.path])
    #expect(result.status == 1)
    #expect(result.errorOutput.contains("hds demo"), "\(result.errorOutput)")
    #expect(result.output.isEmpty, "\(result.output)")
    let left = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
    #expect(left.isEmpty, "summary created files: \(left)")
  }

  @Test("settings change the attempt limit")
  func attemptLimit() throws {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let data = try DemoStore.create(in: directory)
    let hds = try HDSBinary.url()

    let shown = try ChildProcess.run(hds, ["settings", "--data", data])
    #expect(shown.status == 0)
    #expect(shown.output == "max-attempts: 2\n", "\(shown.output)")

    let changed = try ChildProcess.run(hds, ["settings", "--data", data, "--max-attempts", "3"])
    #expect(changed.status == 0)
    #expect(changed.output == "max-attempts: 3\n", "\(changed.output)")

    let rejected = try ChildProcess.run(hds, ["settings", "--data", data, "--max-attempts", "0"])
    #expect(rejected.status == 2)
    #expect(
      rejected.errorOutput.contains("invalid value 0 for --max-attempts"), "\(rejected.errorOutput)"
    )
    let kept = try ChildProcess.run(hds, ["settings", "--data", data])
    #expect(kept.output == "max-attempts: 3\n", "\(kept.output)")
  }
}

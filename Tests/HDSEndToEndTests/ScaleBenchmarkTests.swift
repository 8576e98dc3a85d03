import Foundation
import Testing

/// `hds-bench scale` drives the real dashboard in a pseudo-terminal. A short run on a small
/// store must measure every figure and show the plan of each pane read it lists.
@Suite("Scale benchmark", .timeLimit(.minutes(5)))
struct ScaleBenchmarkTests {
  /// Runs an executable beside `hds` to completion off Swift Testing's thread pool.
  func run(_ name: String, _ arguments: [String]) async throws -> ProcessOutput {
    let executable = try HDSBinary.url().deletingLastPathComponent().appendingPathComponent(name)
    guard FileManager.default.isExecutableFile(atPath: executable.path) else {
      throw EndToEndError.binaryMissing(tried: [executable.path])
    }
    let result = await withCheckedContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(returning: Result { try ChildProcess.run(executable, arguments) })
      }
    }
    return try result.get()
  }

  @Test("a short run measures the dashboard, the store's reads and an import")
  func shortRun() async throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("hds-e2e-scale-" + UUID().uuidString).path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let generated = try await run(
      "hds-bench", ["generate", "--data", directory, "--requests", "1500", "--seed", "3"])
    #expect(generated.status == 0, "\(generated.errorOutput)")
    let list = directory + "/print-list.csv"
    let written = try await run(
      "hds-bench", ["print-list", "--data", directory, "--out", list, "--rows", "300"])
    #expect(written.status == 0, "\(written.errorOutput)")

    let bench = try await run(
      "hds-bench",
      [
        "scale", "--data", directory, "--print-list", list, "--starts", "2", "--changes", "2",
        "--idle", "3", "--refresh", "0.5", "--size", "100x30",
      ])
    #expect(bench.status == 0, "\(bench.errorOutput)")
    let output = bench.output
    for measure in [
      "first complete frame", "navigation", "paging (PgDn",
      "paging the lists of delivered and of every request",
      "`/` search in the pending queue", "`/` search in the list of every request",
      "filter and sort", "the live summary (m)", "refresh after another process's change",
      "idle CPU over 3 s", "idle tick, CPU", "idle tick, the store check", "bytes written",
      "peak memory", "import of a 300-row print list", "sqlite3 `.import` (CSV, `;`)",
    ] {
      #expect(output.contains(measure), "\(measure)\n\(output)")
    }
    // Every key measure has a count and a median in milliseconds.
    let keyRows = output.split(separator: "\n").filter { $0.hasPrefix("| key to frame") }
    #expect(keyRows.count == 7)
    for row in keyRows { #expect(row.contains("median ") && row.contains(" ms"), "\(row)") }
    #expect(output.contains("(1500 requests), measured on a copy"))
    // The plans section lists the queue's page query with the index it reads.
    #expect(output.contains("### queue: pending, page 1, by age"))
    #expect(output.contains("USING INDEX request_pending_by_age"))
    #expect(output.contains("| summary | summary figures |"))
  }

  @Test("Ctrl-C cleans up dashboard and copy")
  func interrupted() async throws {
    let directory = FileManager.default.temporaryDirectory
      .appendingPathComponent("hds-e2e-scale-" + UUID().uuidString).path
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let generated = try await run(
      "hds-bench", ["generate", "--data", directory, "--requests", "500", "--seed", "4"])
    #expect(generated.status == 0, "\(generated.errorOutput)")
    let executable = try HDSBinary.url().deletingLastPathComponent()
      .appendingPathComponent("hds-bench")

    let bench = try BackgroundProcess(
      executable, ["scale", "--data", directory, "--idle", "30", "--refresh", "0.5"],
      outputPath: directory + "/bench.out")
    let copy = NSTemporaryDirectory() + "hds-bench-scale-\(bench.pid)"
    // The idle phase leaves the dashboard running for 30 s, so it is found well before.
    var dashboard: ProcessEntry?
    let deadline = Date(timeIntervalSinceNow: 60)
    while dashboard == nil && Date() < deadline && bench.isRunning {
      dashboard = ProcessTree.descendants(of: bench.pid).first { $0.name == "hds" && $0.isRunning }
      try await Task.sleep(nanoseconds: 100_000_000)
    }
    let found = try #require(dashboard, "no dashboard below hds-bench")
    #expect(FileManager.default.fileExists(atPath: copy))

    kill(bench.pid, SIGINT)
    let status = try bench.wait()

    let errors = (try? String(contentsOfFile: directory + "/bench.out.err", encoding: .utf8)) ?? ""
    #expect(status == 128 + SIGINT, "\(errors)")
    #expect(!ProcessTree.isRunning(found.pid))
    #expect(!FileManager.default.fileExists(atPath: copy))
  }

  @Test(
    "invalid sizes are rejected",
    arguments: ["80x24x", "80xax24", "x80x24", "80", "71x24", "80x19"])
  func invalidSize(_ size: String) async throws {
    let result = try await run("hds-bench", ["scale", "--data", "/nonexistent", "--size", size])
    #expect(result.status != 0)
    #expect(result.errorOutput.contains("--size \(size) is invalid"), "\(result.errorOutput)")
  }
}

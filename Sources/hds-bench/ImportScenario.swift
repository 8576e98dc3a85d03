import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// `hds import print-list` of one file into the big store, and the sqlite3 tool's raw
/// `.import` of the same file into an empty table, each timed from process start to
/// exit.
struct ImportScenario {
  let options: ScaleOptions
  let work: WorkCopy
  let list: String

  func run() throws -> [ResultRow] {
    guard let text = try? String(contentsOfFile: list, encoding: .utf8) else {
      throw BenchError.failed("cannot read the print list \(list)")
    }
    let dataRows = max(0, text.split(whereSeparator: \.isNewline).count - 1)

    let hds = try timedRun(
      options.hdsPath, ["import", "print-list", list, "--data", work.directory])
    guard hds.status == 0 else {
      throw BenchError.failed("hds import print-list failed (exit \(hds.status)): \(hds.output)")
    }
    let rawStore = work.directory + "/raw-import.sqlite"
    // The print list is separated by semicolons, so the tool is set to CSV with that
    // separator before the import, as a person loading the file would set it.
    let sqlite = try timedRun(
      options.sqlite3Path,
      [rawStore, "-cmd", ".mode csv", "-cmd", ".separator ;", ".import \(list) print_list"])
    guard sqlite.status == 0 else {
      throw BenchError.failed("sqlite3 .import failed (exit \(sqlite.status)): \(sqlite.output)")
    }
    let rate = Double(dataRows) / hds.seconds
    let ratio = hds.seconds / sqlite.seconds
    return [
      ResultRow(
        measure: "import of a \(dataRows)-row print list (`hds import print-list`)",
        samples: 1,
        figures: "\(fixed(hds.seconds, 2)) s, \(Int(rate)) rows/s, peak memory"
          + " \(fixed(Double(hds.peakBytes) / 1_048_576, 1)) MB",
        target: "≥ 100,000 rows/s", met: rate >= 100_000),
      ResultRow(
        measure: "the same file with sqlite3 `.import` (CSV, `;`) into an empty table",
        samples: 1,
        figures: "\(fixed(sqlite.seconds, 2)) s, \(Int(Double(dataRows) / sqlite.seconds)) rows/s;"
          + " hds takes \(fixed(ratio, 2))× as long",
        target: "hds ≤ 2×", met: ratio <= 2),
    ]
  }
}

/// The result of a finished child process: exit status, wall seconds, peak memory and
/// output.
struct FinishedRun {
  let status: Int32
  let seconds: Double
  let peakBytes: Int
  let output: String
}

/// Runs `executable` with its output in a file, and times it from spawn to exit.
func timedRun(_ executable: String, _ arguments: [String]) throws -> FinishedRun {
  let outputPath = NSTemporaryDirectory() + "hds-bench-output-\(getpid())"
  defer { unlink(outputPath) }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  posix_spawn_file_actions_adddup2(&actions, 1, 2)
  let argv = ([executable] + arguments).map { strdup($0) } + [nil]
  defer { for pointer in argv { free(pointer) } }
  var child: pid_t = 0
  let start = monotonicNow()
  let code = posix_spawn(&child, executable, &actions, nil, argv, environ)
  guard code == 0 else {
    throw BenchError.failed("cannot start \(executable): \(String(cString: strerror(code)))")
  }
  var status: Int32 = 0
  var usage = rusage()
  while wait4(child, &status, 0, &usage) < 0 && errno == EINTR {}
  let seconds = Double(monotonicNow() - start) / 1e9
  let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
  // WIFEXITED and WEXITSTATUS are macros Swift does not import.
  let exited = status & 0x7f == 0
  return FinishedRun(
    status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f), seconds: seconds,
    peakBytes: Int(usage.ru_maxrss) * 1024, output: output)
}

import Foundation

/// The `hds-stress` executable, which `swift build` puts beside `hds`, and the lines it
/// writes.
enum StressDriver {
  static func url() throws -> URL {
    let url = try HDSBinary.url().deletingLastPathComponent().appendingPathComponent("hds-stress")
    guard FileManager.default.isExecutableFile(atPath: url.path) else {
      throw EndToEndError.binaryMissing(tried: [url.path])
    }
    return url
  }

  /// Runs `hds-stress seed` to completion.
  static func seed(data: String, requests: Int, sent: Bool = false, store: String? = nil)
    throws
  {
    let result = try ChildProcess.run(
      try url(),
      ["seed", "--data", data, "--requests", String(requests)] + (sent ? ["--sent"] : [])
        + (store.map { ["--store", $0] } ?? []))
    guard result.status == 0 else {
      throw EndToEndError.commandFailed(
        command: "hds-stress seed", status: result.status, errorOutput: result.errorOutput)
    }
  }

  /// Starts `hds-stress act` in the background.
  static func act(
    data: String, requests: Int, actions: Int, seed: UInt64, user: String, outputPath: String,
    store: String? = nil
  ) throws -> BackgroundProcess {
    try BackgroundProcess(
      try url(),
      [
        "act", "--data", data, "--requests", String(requests), "--actions", String(actions),
        "--seed", String(seed), "--user", user,
      ] + (store.map { ["--store", $0] } ?? []),
      outputPath: outputPath)
  }

  /// An action the driver reported after its commit: "done REQUEST_ID VERSION ACTION".
  struct Reported: Hashable {
    let requestID: Int64
    let version: Int
    let action: String
  }

  /// Returns the reported actions in `output`. A last line without its newline was cut by
  /// a kill, so it does not count as reported.
  static func reported(in output: String) -> [Reported] {
    var lines = output.split(separator: "\n", omittingEmptySubsequences: false)
    lines.removeLast()  // What follows the last newline: empty, or a cut line.
    return lines.compactMap { line in
      let fields = line.split(separator: " ")
      guard fields.count == 4, fields[0] == "done", let id = Int64(fields[1]),
        let version = Int(fields[2])
      else { return nil }
      return Reported(requestID: id, version: version, action: String(fields[3]))
    }
  }

  /// Returns the fields of the summary line ("summary user=… attempted=…"), or nil when
  /// the output has none.
  static func summary(in output: String) -> [String: String]? {
    guard let line = output.split(separator: "\n").last(where: { $0.hasPrefix("summary ") })
    else { return nil }
    var fields: [String: String] = [:]
    for pair in line.split(separator: " ").dropFirst() {
      let parts = pair.split(separator: "=", maxSplits: 1)
      if parts.count == 2 { fields[String(parts[0])] = String(parts[1]) }
    }
    return fields
  }

  /// Returns a whole number from the environment variable `name`, or `fallback` when it
  /// is not set; the long runs in docs/stress.md set these.
  static func setting(_ name: String, default fallback: Int) -> Int {
    ProcessInfo.processInfo.environment[name].flatMap { Int($0) } ?? fallback
  }
}

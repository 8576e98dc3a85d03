import Foundation

/// The `hds-fuzz` executable, which `swift build` puts beside `hds`, and its summary lines.
enum FuzzDriver {
  static func url() throws -> URL {
    let url = try HDSBinary.url().deletingLastPathComponent().appendingPathComponent("hds-fuzz")
    guard FileManager.default.isExecutableFile(atPath: url.path) else {
      throw EndToEndError.binaryMissing(tried: [url.path])
    }
    return url
  }

  /// Runs `hds-fuzz` with `arguments` to completion.
  ///
  /// The wait happens on a Dispatch thread, because a fuzz run takes tens of seconds and
  /// a blocked thread of Swift Testing's pool, which has one thread per processor, would
  /// stall the other tests until their time limits ran out.
  static func run(_ arguments: [String]) async throws -> ProcessOutput {
    let executable = try url()
    let result = await withCheckedContinuation { continuation in
      DispatchQueue.global().async {
        continuation.resume(returning: Result { try ChildProcess.run(executable, arguments) })
      }
    }
    return try result.get()
  }

  /// Returns the `name=value` counts of the output line that starts with `prefix`, such as
  /// "imports: 150 cases in 14.2 s, accepted=3 rejected=140 failures=0".
  static func counts(in output: String, line prefix: String) -> [String: Int]? {
    guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix(prefix) })
    else { return nil }
    var counts: [String: Int] = [:]
    for word in line.split(separator: " ") {
      let parts = word.split(separator: "=", maxSplits: 1)
      if parts.count == 2, let value = Int(parts[1]) { counts[String(parts[0])] = value }
    }
    return counts
  }
}

import Foundation

/// Prints the command line and the machine, so that a pasted table shows where it ran.
func printHeader() {
  let command = CommandLine.arguments.map { $0.contains(" ") ? "'\($0)'" : $0 }
  print("command: \(command.joined(separator: " "))")
  let processors = ProcessInfo.processInfo.activeProcessorCount
  print("machine: \(processors) processors (nproc), CPU \(cpuModel() ?? "unknown")")
  print("")
}

/// Returns the first "model name" of /proc/cpuinfo, or nil where there is none.
private func cpuModel() -> String? {
  guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else {
    return nil
  }
  for line in text.split(separator: "\n") where line.hasPrefix("model name") {
    if let colon = line.firstIndex(of: ":") {
      return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
  }
  return nil
}

/// Returns the seconds `work` took by the monotonic clock, with its result.
func measure<T>(_ work: () throws -> T) rethrows -> (T, Double) {
  let clock = ContinuousClock()
  let start = clock.now
  let result = try work()
  let elapsed = start.duration(to: clock.now).components
  return (result, Double(elapsed.seconds) + Double(elapsed.attoseconds) * 1e-18)
}

/// Formats `value` with `digits` decimals.
func fixed(_ value: Double, _ digits: Int) -> String {
  String(format: "%.\(digits)f", value)
}

/// Pads `text` on the left to `width` characters.
func padded(_ text: String, _ width: Int) -> String {
  String(repeating: " ", count: max(0, width - text.count)) + text
}

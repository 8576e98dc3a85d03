import Foundation

/// Stores filled by `hds demo`, and the totals `hds summary` prints for them.
enum DemoStore {
  /// Runs `hds demo --data DIR` with DIR a new directory inside `directory`, and returns DIR.
  static func create(in directory: TestDirectory) throws -> String {
    let data = directory.path("data")
    let result = try ChildProcess.run(try HDSBinary.url(), ["demo", "--data", data])
    guard result.status == 0 else {
      throw EndToEndError.commandFailed(
        command: "hds demo --data \(data)", status: result.status, errorOutput: result.errorOutput)
    }
    return data
  }

  /// Runs `hds summary --data DIR` and returns its "label: value" lines as a dictionary,
  /// with the heading line left out.
  static func summary(data: String) throws -> [String: Int] {
    let result = try ChildProcess.run(try HDSBinary.url(), ["summary", "--data", data])
    guard result.status == 0 else {
      throw EndToEndError.commandFailed(
        command: "hds summary --data \(data)", status: result.status,
        errorOutput: result.errorOutput)
    }
    var values: [String: Int] = [:]
    for line in result.output.split(separator: "\n") {
      guard let colon = line.lastIndex(of: ":") else { continue }
      // Indonesian numbers group thousands with a dot: 1.234.
      let digits = line[line.index(after: colon)...].filter { $0 != "." && $0 != " " }
      if let value = Int(digits) { values[String(line[..<colon])] = value }
    }
    return values
  }
}

import Foundation
import HDSCore

/// The binary phase: each case runs the real `hds import` on one demo store, which
/// accepted imports change as the run goes on.
///
/// A case passes when hds exits 0 or 1 within the timeout, never by a signal, and writes
/// no Swift trap or stack trace. A rejected import (exit 1) must print a message, and it
/// and a dry run must leave the store's digest as it was. An accepted import must leave a
/// store that passes `PRAGMA integrity_check`.
struct ImportFuzz {
  let run: FuzzRun
  let hds: String
  let kind: FuzzOptions.Kind
  let timeout: Double

  static let phase: UInt64 = 2
  /// Inputs stay below 1 MiB here, because each case starts a process that reads its file.
  static let maxBytes = 1 << 20

  /// Texts that only a crash of the Swift runtime writes to standard error.
  static let crashMarkers = [
    "Fatal error", "Stack dump", "Current stack trace", "Backtrace", "💣", "Illegal instruction",
    "Segmentation fault",
  ]

  private enum Mode: String {
    case plain
    case dryRun = "dry-run"
    case skipInvalid = "skip-invalid"
  }

  enum ImportKind: String {
    case printList = "print-list"
    case survey
  }

  /// Creates the demo store and the valid files; the parsers' phase reuses the files.
  static func prepare(run: FuzzRun, hds: String, timeout: Double) throws(FuzzError)
    -> (store: String, today: CalendarDay, printLists: [[UInt8]], surveys: [[UInt8]])
  {
    let store = run.path("store")
    try? FileManager.default.removeItem(atPath: store)
    let result = try Subprocess.run(
      hds, ["demo", "--data", store], timeout: max(timeout, 120), scratch: run.path("demo"))
    guard result.ending == .exited(0) else {
      throw .setup("hds demo --data \(store) failed (\(result.ending)): \(result.errorOutput)")
    }
    let file = (store as NSString).appendingPathComponent("hds.sqlite")
    let today = CalendarDay(containing: Date())
    let printList = try ValidFiles.printList(store: file, today: today)
    var surveys = [try ValidFiles.survey(store: file, today: today)]
    if let example = ValidFiles.surveyExample() { surveys.append(example) }
    return (store, today, [printList], surveys)
  }

  func runCases(
    _ count: Int, onlyCase: Int?, store: String, printLists: [[UInt8]], surveys: [[UInt8]],
    today: CalendarDay
  ) throws(FuzzError) {
    let storeFile = (store as NSString).appendingPathComponent("hds.sqlite")
    var digest = try StoreDigest.read(path: storeFile)
    var outcomes: [String: Int] = [:]
    let started = Date()
    let numbers = onlyCase.map { [$0] } ?? Array(0..<count)
    let failuresBefore = run.failures
    for number in numbers {
      let importKind: ImportKind =
        switch kind {
        case .printList: .printList
        case .survey: .survey
        case .all: number % 2 == 0 ? .printList : .survey
        }
      var random = run.generator(phase: Self.phase, case: number)
      let target: ParserFuzz.Target = importKind == .printList ? .printList : .survey
      // Only the print list keeps a valid variant valid for the whole run. A survey row
      // that an earlier mutated file stored with other answers makes the valid file's
      // row for that request invalid.
      var generator = InputGenerator(
        random: random, bases: importKind == .printList ? printLists : surveys,
        format: ParserFuzz.format(target, today: today), maxBytes: Self.maxBytes)
      if importKind == .printList { generator.freshNIK = InputGenerator.freshNIK(number) }
      let (input, strategy, isValid) = generator.drawInput()
      let mustAccept = isValid && importKind == .printList
      random = generator.random
      let roll = Int.random(in: 0..<100, using: &random)
      var mode = Mode.plain
      if roll >= 70 { mode = roll < 85 ? .dryRun : .skipInvalid }

      let inputFile = run.path("input.csv")
      guard FileManager.default.createFile(atPath: inputFile, contents: Data(input)) else {
        throw .setup("cannot write \(inputFile)")
      }
      if onlyCase != nil {
        report(
          "case \(number): \(importKind.rawValue) \(mode.rawValue), \(strategy) -> \(inputFile)")
      }
      var arguments = ["import", importKind.rawValue, inputFile, "--data", store]
      if mode == .dryRun { arguments.append("--dry-run") }
      if mode == .skipInvalid { arguments += ["--skip-invalid", run.path("rejects.csv")] }

      let result = try Subprocess.run(hds, arguments, timeout: timeout, scratch: run.path("hds"))
      var outcome = try judge(result, mode: mode, storeFile: storeFile, before: digest)
      if mustAccept, case .success(("rejected", _)) = outcome {
        outcome = .failure(Verdict(message: "a valid file was rejected:\n\(result.errorOutput)"))
      }
      let label = "import-\(importKind.rawValue)"
      switch outcome {
      case .failure(let verdict):
        run.fail(
          label, case: number,
          reproduce: "hds-fuzz import --kind \(kind.rawValue) --seed \(run.seed) --case \(number)"
            + " --parser-cases 0 (a fresh demo store; an earlier accepted import may matter,"
            + " then run --cases \(number + 1))",
          "hds \(arguments.dropLast(2).joined(separator: " ")): \(verdict.message)"
            + " (input: \(strategy))",
          input: input)
        digest = try StoreDigest.read(path: storeFile)
      case .success(let (name, after)):
        outcomes[name, default: 0] += 1
        digest = after
      }
    }
    let seconds = Date().timeIntervalSince(started)
    let counts = outcomes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    report(
      "imports: \(numbers.count) cases in \(String(format: "%.1f", seconds)) s, "
        + counts.joined(separator: " ") + " failures=\(run.failures - failuresBefore)")
  }

  private struct Verdict: Error {
    let message: String
  }

  /// Returns the outcome's name and the store's digest after it, or what was wrong.
  private func judge(
    _ result: ProcessResult, mode: Mode, storeFile: String, before: StoreDigest
  ) throws(FuzzError) -> Result<(String, StoreDigest), Verdict> {
    let errorOutput = result.errorOutput
    if let marker = Self.crashMarkers.first(where: { errorOutput.contains($0) }) {
      return .failure(Verdict(message: "standard error shows \"\(marker)\":\n\(errorOutput)"))
    }
    let status: Int32
    switch result.ending {
    case .timedOut:
      return .failure(Verdict(message: "no exit within \(timeout) s (a hang)"))
    case .signalled(let signal):
      return .failure(Verdict(message: "ended by signal \(signal):\n\(errorOutput)"))
    case .exited(let code):
      status = code
    }
    let after = try StoreDigest.read(path: storeFile)
    let changes = before.differences(to: after).joined(separator: "; ")
    switch status {
    case 0 where mode == .dryRun:
      guard changes.isEmpty else {
        return .failure(Verdict(message: "a dry run changed the store: \(changes)"))
      }
      return .success(("dry-run", after))
    case 0:
      let integrity = try StoreReader(path: storeFile).integrityCheck()
      guard integrity == "ok" else {
        return .failure(Verdict(message: "integrity_check after the import: \(integrity)"))
      }
      return .success((changes.isEmpty ? "accepted-unchanged" : "accepted", after))
    case 1:
      guard errorOutput.hasPrefix("hds: "), errorOutput.count > 10 else {
        return .failure(
          Verdict(message: "exit 1 without a message: \(errorOutput.debugDescription)"))
      }
      guard changes.isEmpty else {
        return .failure(
          Verdict(message: "the rejected import changed the store: \(changes)\n\(errorOutput)"))
      }
      return .success(("rejected", after))
    default:
      return .failure(Verdict(message: "exit status \(status), expected 0 or 1:\n\(errorOutput)"))
    }
  }
}

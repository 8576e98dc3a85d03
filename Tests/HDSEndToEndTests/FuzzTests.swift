// The short fuzz runs of CI: hds-fuzz on the importers and on the dashboard's key loop,
// with fixed seeds. docs/fuzzing.md gives the method and the long runs, which the
// HDS_FUZZ_* variables below select.

import Foundation
import Testing

@Suite("Fuzz", .timeLimit(.minutes(5)))
struct FuzzTests {
  static let seed = StressDriver.setting("HDS_FUZZ_SEED", default: 1)

  @Test("importers survive fuzzed files")
  func importers() async throws {
    let cases = StressDriver.setting("HDS_FUZZ_CASES", default: 100)
    let parserCases = StressDriver.setting("HDS_FUZZ_PARSER_CASES", default: 1_000)
    let result = try await FuzzDriver.run([
      "import", "--cases", String(cases), "--parser-cases", String(parserCases), "--seed",
      String(Self.seed),
    ])
    print(result.output)
    #expect(result.status == 0, "hds-fuzz import failed:\n\(result.errorOutput)")

    let parsers = try #require(FuzzDriver.counts(in: result.output, line: "parsers: "))
    #expect(parsers["failures"] == 0, "\(parsers)")
    #expect(parsers["accepted", default: 0] > 0, "no input passed a parser: \(parsers)")
    #expect(parsers["round-trip", default: 0] > 0, "no CSV round trip ran: \(parsers)")
    let imports = try #require(FuzzDriver.counts(in: result.output, line: "imports: "))
    #expect(imports["failures"] == 0, "\(imports)")
    let accepted = imports["accepted", default: 0] + imports["accepted-unchanged", default: 0]
    #expect(accepted > 0, "no import was accepted: \(imports)")
    #expect(imports["rejected", default: 0] > 0, "no import was rejected: \(imports)")
  }

  @Test("key loop survives random keys")
  func keysAsOperator() async throws {
    try await expectKeysPass(
      readOnly: false, keys: StressDriver.setting("HDS_FUZZ_KEYS", default: 2_000))
  }

  @Test("read-only key loop changes nothing")
  func keysReadOnly() async throws {
    let keys = StressDriver.setting("HDS_FUZZ_READ_ONLY_KEYS", default: 1_000)
    try await expectKeysPass(readOnly: true, keys: keys)
  }

  // MARK: The import checks themselves

  /// A stand-in for hds that makes a small demo store and breaks one rule on `import`,
  /// so each check of the import phase is seen to fail.
  @Test(
    "import checks catch a broken hds", .serialized,
    arguments: [
      (
        "changes",
        "hds courier add --name Palsu --phone 0812-3456-7890 --home-desa Slorok"
          + " --capacity 5 --data \"$data\" >/dev/null; echo 'hds: rejected' >&2; exit 1",
        "the rejected import changed the store: courier: rows 6 → 7"
      ),
      ("hang", "exec sleep 30", "no exit within 2.0 s (a hang)"),
      ("signal", "kill -SEGV $$", "ended by signal 11"),
      ("trap", "echo 'Fatal error: Unexpectedly found nil' >&2; exit 1", "shows \"Fatal error\""),
      ("silent", "exit 1", "exit 1 without a message"),
      ("status", "echo 'hds: odd' >&2; exit 3", "exit status 3, expected 0 or 1"),
    ])
  func importChecksCatchBrokenHDS(name: String, behaviour: String, expected: String)
    async throws
  {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let hds = try HDSBinary.url().path
    let script = directory.path("hds-\(name)")
    let text = """
      #!/bin/sh
      hds() { \(Shell.quote(hds)) "$@"; }
      if [ "$1" = demo ]; then exec \(Shell.quote(hds)) "$@" --requests 40; fi
      data=$(echo "$@" | sed 's/.*--data \\([^ ]*\\).*/\\1/')
      \(behaviour)

      """
    try text.write(toFile: script, atomically: true, encoding: .utf8)
    #expect(chmod(script, 0o755) == 0)

    let result = try await FuzzDriver.run([
      "import", "--cases", "2", "--parser-cases", "0", "--binary", script, "--timeout", "2",
      "--work", directory.path("work"),
    ])
    #expect(result.status == 1, "\(name): \(result.output)\n\(result.errorOutput)")
    #expect(result.errorOutput.contains("FAIL import-"), "\(name): \(result.errorOutput)")
    #expect(result.errorOutput.contains(expected), "\(name): \(result.errorOutput)")
    #expect(result.errorOutput.contains("  input: "), "\(name): \(result.errorOutput)")
  }

  /// A stand-in for the dashboard that hangs or exits on its own, so the key phase's
  /// checks are seen to fail.
  @Test(
    "key checks catch a broken dashboard", .serialized,
    arguments: [
      ("hang", "exec sleep 30", "start: hds drew no header at 80x24 within 2.0 s"),
      ("exit", "printf ' HDS stand-in'; sleep 1; exit 0", "although no q was sent"),
    ])
  func keyChecksCatchBrokenDashboard(name: String, behaviour: String, expected: String)
    async throws
  {
    let directory = try TestDirectory()
    defer { directory.remove() }
    let hds = try HDSBinary.url().path
    let script = directory.path("hds-\(name)")
    let text = """
      #!/bin/sh
      if [ "$1" = demo ]; then exec \(Shell.quote(hds)) "$@" --requests 40; fi
      \(behaviour)

      """
    try text.write(toFile: script, atomically: true, encoding: .utf8)
    #expect(chmod(script, 0o755) == 0)

    let result = try await FuzzDriver.run([
      "keys", "--keys", "200", "--binary", script, "--timeout", "2", "--work",
      directory.path("work"),
    ])
    #expect(result.status == 1, "\(name): \(result.output)\n\(result.errorOutput)")
    #expect(result.errorOutput.contains("FAIL keys"), "\(name): \(result.errorOutput)")
    #expect(result.errorOutput.contains(expected), "\(name): \(result.errorOutput)")
  }

  private func expectKeysPass(readOnly: Bool, keys: Int) async throws {
    let result = try await FuzzDriver.run(
      ["keys", "--keys", String(keys), "--seed", String(Self.seed)]
        + (readOnly ? ["--read-only"] : []))
    print(result.output)
    #expect(result.status == 0, "hds-fuzz keys failed:\n\(result.errorOutput)")
    let counts = try #require(FuzzDriver.counts(in: result.output, line: "keys: "))
    #expect(counts["failures"] == 0, "\(counts)")
    #expect(result.output.contains("keys: \(keys) keys in "), "\(result.output)")
  }
}

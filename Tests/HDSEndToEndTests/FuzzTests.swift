// The short fuzz runs of CI: hds-fuzz on the importers and on the dashboard's key loop,
// with fixed seeds. docs/fuzzing.md gives the method and the long runs, which the
// HDS_FUZZ_* variables below select.

import Foundation
import Testing

@Suite("Fuzz", .timeLimit(.minutes(5)))
struct FuzzTests {
  static let seed = StressDriver.setting("HDS_FUZZ_SEED", default: 1)

  @Test("importers survive fuzzed files")
  func importers() throws {
    let cases = StressDriver.setting("HDS_FUZZ_CASES", default: 150)
    let parserCases = StressDriver.setting("HDS_FUZZ_PARSER_CASES", default: 1_500)
    let result = try FuzzDriver.run([
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
    #expect(imports["accepted", default: 0] > 0, "no import changed the store: \(imports)")
    #expect(imports["rejected", default: 0] > 0, "no import was rejected: \(imports)")
  }

  @Test("key loop survives random keys")
  func keysAsOperator() throws {
    try expectKeysPass(readOnly: false, keys: StressDriver.setting("HDS_FUZZ_KEYS", default: 2_000))
  }

  @Test("read-only key loop changes nothing")
  func keysReadOnly() throws {
    let keys = StressDriver.setting("HDS_FUZZ_READ_ONLY_KEYS", default: 1_000)
    try expectKeysPass(readOnly: true, keys: keys)
  }

  private func expectKeysPass(readOnly: Bool, keys: Int) throws {
    let result = try FuzzDriver.run(
      ["keys", "--keys", String(keys), "--seed", String(Self.seed)]
        + (readOnly ? ["--read-only"] : []))
    print(result.output)
    #expect(result.status == 0, "hds-fuzz keys failed:\n\(result.errorOutput)")
    let counts = try #require(FuzzDriver.counts(in: result.output, line: "keys: "))
    #expect(counts["failures"] == 0, "\(counts)")
    #expect(result.output.contains("keys: \(keys) keys in "), "\(result.output)")
  }
}

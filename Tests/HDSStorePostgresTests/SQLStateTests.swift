import HDSCore
import Testing

@testable import HDSStorePostgres

@Suite("SQLSTATE")
struct SQLStateTests {
  @Test func parsesValidCodes() {
    #expect(SQLState("23505")?.code == "23505")
    #expect(SQLState("40P01")?.errorClass == "40")
  }

  @Test(arguments: ["", "2350", "235050", "40p01", "23 05", "2350é"])
  func rejectsInvalidCodes(code: String) {
    #expect(SQLState(code) == nil)
  }

  /// The values PostgreSQL's MAKE_SQLSTATE gives: six bits per character, '0' is 0, the
  /// first character lowest.
  @Test func packsAsPostgreSQLDoes() {
    #expect(SQLState("00000")?.packed == 0)
    #expect(SQLState("10000")?.packed == 1)
    #expect(SQLState("01000")?.packed == 1 << 6)
    #expect(SQLState("0000A")?.packed == 17 << 24)
    #expect(SQLState.uniqueViolation.packed == 2 | 3 << 6 | 5 << 12 | 0 << 18 | 5 << 24)
  }

  @Test(arguments: ["23505", "40001", "40P01", "08006", "57P01", "XX001", "ZZZZZ", "00000"])
  func unpacksPackedCode(code: String) throws {
    let state = try #require(SQLState(code))
    #expect(SQLState(packed: state.packed) == state)
  }

  @Test(arguments: [Int32(-1), 1 << 30, 63])
  func rejectsPackedNonCodes(packed: Int32) {
    #expect(SQLState(packed: packed) == nil)
  }

  @Test func classifiesProblems() {
    func failure(_ code: String, lost: Bool = false) -> StorageFailure? {
      PostgresProblem(sqlState: SQLState(code), connectionLost: lost)?.failure
    }
    #expect(failure("08006") == .cannotOpen)
    #expect(failure("08001") == .cannotOpen)
    #expect(failure("57P01") == .cannotOpen)
    #expect(failure("40001") == .locked)
    #expect(failure("40P01") == .locked)
    #expect(failure("55P03") == .locked)
    #expect(failure("53100") == .diskFull)
    #expect(failure("XX001") == .damaged)
    #expect(failure("25006") == .notWritable)
    #expect(failure("58030") == .inputOutput)
    #expect(failure("23505") == nil)
    #expect(failure("42601") == nil)
    #expect(failure("23505", lost: true) == .cannotOpen)
    #expect(PostgresProblem(sqlState: nil, connectionLost: false) == nil)
  }
}

import Testing

@testable import HDSCore

@Suite("KKNumber")
struct KKNumberTests {
  @Test("16 digits accepted")
  func valid() throws {
    let kk = try KKNumber("3507312301150003")

    #expect(kk.digits == "3507312301150003")
    #expect(kk.description == "3507312301150003")
  }

  @Test(
    "separators ignored",
    arguments: ["3507 3123 0115 0003", "3507.3123.0115.0003", "3507-3123-0115-0003"])
  func separators(text: String) throws {
    #expect(try KKNumber(text).digits == "3507312301150003")
  }

  @Test("a stored number is read with length and digits checked only")
  func noRegionRules() throws {
    // A resident added from a print list keeps the placeholder of 16 zeros until corrected.
    #expect(try KKNumber("0000000000000000").digits == "0000000000000000")
  }

  @Test(
    "entered number needs region codes",
    arguments: [
      ("0000000000000000", NIKError.RegionPart.province), ("3500312301150003", .kabupaten),
      ("3507002301150003", .kecamatan),
    ])
  func enteredZeroRegion(text: String, part: NIKError.RegionPart) {
    #expect(throws: KKNumberError.zeroRegion(text, part)) { try KKNumber(entered: text) }
    #expect(KKNumberError.zeroRegion(text, part).description.contains("\(part.rawValue) code 00"))
  }

  @Test("entered number keeps other checks")
  func enteredOtherChecks() throws {
    #expect(try KKNumber(entered: "3507 3123 0115 0003").digits == "3507312301150003")
    #expect(throws: KKNumberError.wrongLength("35073", digits: 5)) {
      try KKNumber(entered: "35073")
    }
  }

  @Test(
    "wrong length rejected",
    arguments: [("350731230115000", 15), ("35073123011500031", 17), ("", 0)])
  func wrongLength(text: String, digits: Int) {
    #expect(throws: KKNumberError.wrongLength(text, digits: digits)) { try KKNumber(text) }
  }

  @Test(
    "non-digits rejected",
    arguments: ["35073123O1150003", "3507/3123/0115/0003", "３５０７３１２３０１１５０００３"])
  func nonDigits(text: String) {
    #expect(throws: KKNumberError.notDigits(text)) { try KKNumber(text) }
  }

  @Test("masked form")
  func masked() throws {
    #expect(try KKNumber("3507312301150003").masked == "3507••••••••0003")
  }

  @Test("error message shows the text")
  func errorMessage() {
    let error = KKNumberError.wrongLength("350731230115000", digits: 15)

    #expect(error.description.contains("350731230115000"))
    #expect(error.description.contains("16"))
  }
}

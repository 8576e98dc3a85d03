import Testing

@testable import HDSCore

@Suite("PhoneNumber")
struct PhoneNumberTests {
  // MARK: - Normalising

  @Test(
    "mobile forms normalise",
    arguments: [
      "081234567890", "6281234567890", "+6281234567890", "+62 812 3456 7890",
      "62 812 3456 7890", "0812-3456-7890", "0812.3456.7890", "0812 3456 7890",
      "(0812) 3456-7890", "+62 (812) 3456-7890", "+62-812-3456-7890",
    ])
  func mobile(text: String) throws {
    #expect(try PhoneNumber(text).e164 == "+6281234567890")
  }

  @Test("fixed line normalises")
  func fixedLine() throws {
    #expect(try PhoneNumber("(0341) 123456").e164 == "+62341123456")
  }

  @Test("description is E.164")
  func description() throws {
    #expect(try PhoneNumber("0812-3456-7890").description == "+6281234567890")
  }

  @Test("shortest and longest accepted", arguments: ["034112345", "0812345678901"])
  func lengthBounds(text: String) throws {
    #expect(try PhoneNumber(text).e164 == "+62" + text.dropFirst())
  }

  // MARK: - Rejecting

  @Test("too short rejected", arguments: [("03411234", 7), ("+62812", 3), ("0", 0)])
  func tooShort(text: String, digits: Int) {
    #expect(throws: PhoneNumberError.wrongLength(text, digits: digits)) {
      try PhoneNumber(text)
    }
  }

  @Test("too long rejected", arguments: [("08123456789012", 13), ("+62 8123 4567 89012", 13)])
  func tooLong(text: String, digits: Int) {
    #expect(throws: PhoneNumberError.wrongLength(text, digits: digits)) {
      try PhoneNumber(text)
    }
  }

  @Test("zero after 62 rejected")
  func zeroAfterCountryCode() {
    #expect(throws: PhoneNumberError.zeroAfterCountryCode("+62 0812 3456 7890")) {
      try PhoneNumber("+62 0812 3456 7890")
    }
  }

  @Test("missing prefix rejected", arguments: ["81234567890", "+1 415 555 0100"])
  func missingPrefix(text: String) {
    #expect(throws: PhoneNumberError.missingPrefix(text)) { try PhoneNumber(text) }
  }

  @Test(
    "non-digits rejected",
    arguments: ["0812abc4567", "0812/3456/7890", "", "+", "０８１２３４５６７８９０"])
  func nonDigits(text: String) {
    #expect(throws: PhoneNumberError.notDigits(text)) { try PhoneNumber(text) }
  }

  @Test("error message shows the text")
  func errorMessage() {
    let error = PhoneNumberError.missingPrefix("81234567890")

    #expect(error.description.contains("81234567890"))
    #expect(error.description.contains("+62"))
  }

  // MARK: - Display forms

  @Test("grouped form")
  func grouped() throws {
    #expect(try PhoneNumber("081234567890").grouped == "+62 812-3456-7890")
  }

  @Test("grouped short mobile")
  func groupedShort() throws {
    #expect(try PhoneNumber("08123456789").grouped == "+62 812-3456-789")
  }

  @Test("shortened form")
  func shortened() throws {
    let phone = try PhoneNumber("081234567890")

    #expect(phone.shortened == "+62812•••••890")
    #expect(phone.shortened.count == phone.e164.count)
  }

  @Test("shortened shortest number")
  func shortenedShortest() throws {
    #expect(try PhoneNumber("034112345").shortened == "+62341••345")
  }
}

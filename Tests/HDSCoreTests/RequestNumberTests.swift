import Testing

@testable import HDSCore

@Suite("RequestNumber")
struct RequestNumberTests {
  @Test("format pads to 6 digits")
  func format() {
    #expect(RequestNumber(year: 2026, serial: 123).description == "HDS-2026-000123")
    #expect(RequestNumber(year: 2026, serial: 1).description == "HDS-2026-000001")
    #expect(RequestNumber(year: 2026, serial: 999_999).description == "HDS-2026-999999")
  }

  @Test("format grows past 6 digits")
  func formatLong() {
    #expect(RequestNumber(year: 2026, serial: 1_234_567).description == "HDS-2026-1234567")
  }

  @Test(
    "parses with or without zeros",
    arguments: [
      "HDS-2026-000123", "HDS-2026-123", "HDS-2026-0123", "hds-2026-000123",
      "Hds-2026-123",
    ])
  func parse(text: String) throws {
    let number = try #require(RequestNumber(text))

    #expect(number == RequestNumber(year: 2026, serial: 123))
  }

  @Test("parses its own format")
  func roundTrip() {
    let number = RequestNumber(year: 2027, serial: 45)

    #expect(RequestNumber(number.description) == number)
  }

  @Test(
    "junk rejected",
    arguments: [
      "", "HDS", "HDS-2026", "HDS-2026-", "HDS-26-123", "HDS-02026-123", "XYZ-2026-123",
      "HDS-2026-abc", "HDS-2026-0", "HDS-2026-000000", "HDS 2026 123", "HDS-2026-12 3",
      "HDS--2026-123", "HDS-2026--123", "HDS-2026-123-", "-HDS-2026-123", "HDS-2026-+123",
      "HDS-2026--1", "HDS-+026-123", "HDS-2026-123-4",
    ])
  func junk(text: String) {
    #expect(RequestNumber(text) == nil)
  }

  @Test("ordered by year then serial")
  func ordering() {
    let numbers = [
      RequestNumber(year: 2027, serial: 1), RequestNumber(year: 2026, serial: 10),
      RequestNumber(year: 2026, serial: 9), RequestNumber(year: 2026, serial: 999_999),
    ]

    #expect(
      numbers.sorted() == [
        RequestNumber(year: 2026, serial: 9), RequestNumber(year: 2026, serial: 10),
        RequestNumber(year: 2026, serial: 999_999), RequestNumber(year: 2027, serial: 1),
      ])
  }

  @Test("serial order not text order")
  func numericOrder() {
    #expect(RequestNumber(year: 2026, serial: 9) < RequestNumber(year: 2026, serial: 10))
    #expect(!(RequestNumber(year: 2026, serial: 10) < RequestNumber(year: 2026, serial: 10)))
  }
}

import Testing

@testable import HDSCore

@Suite("NIK")
struct NIKTests {
  // MARK: - Published test values

  @Test("man born 17-08-1945")
  func publishedMan() throws {
    let result = try NIK.validate("3171011708450001")

    #expect(result.nik.digits == "3171011708450001")
    #expect(result.sex == .male)
    #expect(result.nik.sex == .male)
    #expect(result.possibleBirthDates.first == CalendarDay(year: 1945, month: 8, day: 17))
    // 3171 is Jakarta, outside the regions this office knows: a warning, not a rejection.
    #expect(result.warnings == [.unknownRegion("317101")])
  }

  @Test("woman born 17-08-1945")
  func publishedWoman() throws {
    let result = try NIK.validate("3171015708450001")

    #expect(result.sex == .female)
    #expect(result.nik.sex == .female)
    #expect(result.possibleBirthDates.first == CalendarDay(year: 1945, month: 8, day: 17))
  }

  @Test("29-02-2000 is valid")
  func leapDay2000() throws {
    let result = try NIK.validate("3171012902001234")

    // 1900 is not a leap year, so 2000 is the only reading.
    #expect(result.possibleBirthDates == [CalendarDay(year: 2000, month: 2, day: 29)])
  }

  @Test("30-02 is rejected")
  func impossibleDate() {
    #expect(
      throws: NIKError.impossibleDate("3171013002001234", day: 30, month: 2, yearDigits: 0)
    ) {
      try NIK("3171013002001234")
    }
  }

  @Test("14 digits rejected")
  func tooShort() {
    #expect(throws: NIKError.wrongLength("31710117084500", digits: 14)) {
      try NIK("31710117084500")
    }
  }

  @Test("17 digits rejected")
  func tooLong() {
    #expect(throws: NIKError.wrongLength("31710117084500011", digits: 17)) {
      try NIK("31710117084500011")
    }
  }

  @Test("empty text rejected")
  func empty() {
    #expect(throws: NIKError.wrongLength("", digits: 0)) { try NIK("") }
  }

  // MARK: - Characters

  @Test(
    "separators ignored",
    arguments: [
      "3171 0117 0845 0001", "3171.0117.0845.0001", "3171-0117-0845-0001",
      " 31.71.01-170845 0001 ",
    ])
  func separators(text: String) throws {
    #expect(try NIK(text).digits == "3171011708450001")
  }

  @Test(
    "non-digits rejected",
    arguments: [
      "3171O11708450001",  // capital O for zero
      "317101170845000l",  // small L for one
      "3171/0117/0845/0001",
      "٣١٧١٠١١٧٠٨٤٥٠٠٠١",  // Arabic-Indic digits
      "３１７１０１１７０８４５０００１",  // fullwidth digits
    ])
  func nonDigits(text: String) {
    #expect(throws: NIKError.notDigits(text)) { try NIK(text) }
  }

  // MARK: - Region and serial

  @Test(
    "zero region code rejected",
    arguments: [
      ("0071011708450001", NIKError.RegionPart.province),
      ("3100011708450001", .kabupaten),
      ("3171001708450001", .kecamatan),
    ])
  func zeroRegion(text: String, part: NIKError.RegionPart) {
    #expect(throws: NIKError.zeroRegion(text, part)) { try NIK(text) }
  }

  @Test("serial 0000 rejected")
  func zeroSerial() {
    #expect(throws: NIKError.zeroSerial("3171011708450000")) { try NIK("3171011708450000") }
  }

  @Test("serial 0001 accepted")
  func firstSerial() throws {
    #expect(try NIK("3507311708450001").digits == "3507311708450001")
  }

  @Test("unknown region only warns")
  func unknownRegion() throws {
    // Province 99 is not a real province, but it is not 00, so only a warning follows.
    let result = try NIK.validate("9999991708450001")

    #expect(result.nik.regionCode == "999999")
    #expect(result.warnings == [.unknownRegion("999999")])
  }

  @Test("Kromengan region known")
  func kromenganRegion() throws {
    let result = try NIK.validate("3507311708450012")

    #expect(result.nik.regionCode == "350731")
    #expect(result.warnings.isEmpty)
  }

  @Test("custom known regions")
  func customRegions() throws {
    let known = try NIK.validate("9999991708450001", knownRegions: ["999999"])
    let unknown = try NIK.validate("3507311708450012", knownRegions: ["999999"])

    #expect(known.warnings.isEmpty)
    #expect(unknown.warnings == [.unknownRegion("350731")])
  }

  @Test("unknown region message")
  func unknownRegionMessage() {
    #expect(NIKWarning.unknownRegion("999999").description.contains("999999"))
  }

  // MARK: - Birth date

  @Test("both centuries when both valid")
  func bothCenturies() throws {
    let result = try NIK.validate("3507310101100001")

    #expect(
      result.possibleBirthDates == [
        CalendarDay(year: 1910, month: 1, day: 1), CalendarDay(year: 2010, month: 1, day: 1),
      ])
  }

  @Test("29-02-00 gives only 2000")
  func leapCentury() throws {
    let result = try NIK.validate("3507312902000001")

    #expect(result.possibleBirthDates == [CalendarDay(year: 2000, month: 2, day: 29)])
  }

  @Test("29-02-04 gives both centuries")
  func leapBothCenturies() throws {
    let result = try NIK.validate("3507312902040001")

    #expect(
      result.possibleBirthDates == [
        CalendarDay(year: 1904, month: 2, day: 29), CalendarDay(year: 2004, month: 2, day: 29),
      ])
  }

  @Test("29-02-01 rejected")
  func noLeapEither() {
    #expect(
      throws: NIKError.impossibleDate("3507312902010001", day: 29, month: 2, yearDigits: 1)
    ) {
      try NIK("3507312902010001")
    }
  }

  @Test("woman's day 31 accepted")
  func womanLastDay() throws {
    let result = try NIK.validate("3507317101800001")

    #expect(result.sex == .female)
    #expect(result.possibleBirthDates.contains(CalendarDay(year: 1980, month: 1, day: 31)))
  }

  @Test("woman's day 1 accepted")
  func womanFirstDay() throws {
    let result = try NIK.validate("3507314101800001")

    #expect(result.sex == .female)
    #expect(result.possibleBirthDates.contains(CalendarDay(year: 1980, month: 1, day: 1)))
  }

  @Test(
    "impossible day or month rejected",
    arguments: [
      ("3507310001800001", 0, 1),  // day 00
      ("3507313201800001", 32, 1),  // day 32
      ("3507314001800001", 40, 1),  // 40 is neither a man's day nor a woman's day
      ("3507317201800001", 32, 1),  // woman's day 32
      ("3507311500800001", 15, 0),  // month 00
      ("3507311513800001", 15, 13),  // month 13
      ("3507313104800001", 31, 4),  // 31 April
    ])
  func impossibleDayOrMonth(text: String, day: Int, month: Int) {
    #expect(
      throws: NIKError.impossibleDate(text, day: day, month: month, yearDigits: 80)
    ) {
      try NIK(text)
    }
  }

  // MARK: - Display forms

  @Test("masked form")
  func masked() throws {
    let nik = try NIK("3507311708450012")

    #expect(nik.masked == "3507••••••••0012")
    #expect(nik.masked.count == 16)
  }

  @Test("log form hides digits")
  func logForm() throws {
    let nik = try NIK("3507311708450012")

    #expect(!nik.logForm.contains(nik.digits))
    #expect(!nik.logForm.contains(nik.regionCode))
    #expect(nik.logForm.filter(\.isNumber).count <= 4)
  }

  @Test("description is the digits")
  func description() throws {
    #expect(try NIK("3507-3117-0845-0012").description == "3507311708450012")
  }

  @Test("error message shows the text")
  func errorMessage() {
    let error = NIKError.wrongLength("31710117084500", digits: 14)

    #expect(error.description.contains("31710117084500"))
    #expect(error.description.contains("14"))
    #expect(error.description.contains("16"))
  }
}

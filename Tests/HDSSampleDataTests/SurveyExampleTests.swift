import Foundation
import HDSCore
import Testing

@Suite("Survey example file")
struct SurveyExampleTests {
  @Test("example parses without problems")
  func parses() throws {
    // This file is Tests/HDSSampleDataTests/SurveyExampleTests.swift, three levels below
    // the package root.
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("sample-data/survey-example.csv")
    let table = try CSVReader.read(Array(try Data(contentsOf: file)))
    let list = try SurveyListParser.parse(table, today: CalendarDay(year: 2026, month: 12, day: 4))

    #expect(list.rejects.isEmpty, "\(list.rejects.flatMap(\.problems))")
    #expect(list.rows.count == 4)
    #expect(list.rows.allSatisfy { $0.response[.complaintHandling] == nil || $0.line == 3 })
    #expect(table.records.dropFirst().allSatisfy { $0.fields.last?.contains("synthetic") == true })
  }
}

import Foundation
import HDSCore
import Testing

@Suite("Print-list example")
struct PrintListExampleTests {
  @Test("example parses without problems")
  func parses() throws {
    // This file is Tests/HDSSampleDataTests/PrintListExampleTests.swift, three levels below
    // the package root.
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("sample-data/print-list-example.csv")
    let table = try CSVReader.read(Array(try Data(contentsOf: file)))
    let list = try PrintListParser.parse(table, today: CalendarDay(year: 2026, month: 12, day: 5))

    #expect(list.rejects.isEmpty, "\(list.rejects.flatMap(\.problems))")
    #expect(list.warnings.isEmpty, "\(list.warnings)")
    #expect(list.rows.count == 6)
    #expect(Set(list.rows.map(\.document)).count == 5, "the example shows five kinds")
    #expect(list.rows.allSatisfy { $0.desaCode != nil })
    #expect(table.records.dropFirst().allSatisfy { $0.fields.last?.contains("synthetic") == true })
  }
}

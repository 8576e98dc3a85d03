import Foundation
import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

@Suite("Summary screen")
struct SummaryScreenRenderTests {
  private func summaryState(_ fixture: SampleFixture, unicode: Bool = true) throws
    -> DashboardState
  {
    var state = try fixture.state()
    state.view = .summary
    state.unicode = unicode
    let day = CalendarDay(containing: SampleFixture.now)
    state.snapshot?.summary = try SummaryFigures.load(
      from: fixture.store, day: day, targets: ServiceTargets(), calendar: state.calendar)
    return state
  }

  private func text(_ screen: Screen) -> String {
    (0..<screen.rows).map { screen.text(row: $0) }.joined(separator: "\n")
  }

  @Test("every size draws every tile", arguments: [(72, 20), (80, 24), (100, 30), (200, 60)])
  func sizes(cols: Int, rows: Int) throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let state = try summaryState(fixture)

    let screen = Renderer.render(state, rows: rows, cols: cols)
    let all = text(screen)
    for label in ["Diantar hari ini", "Diantar Desember", "Menunggu diantar", "Aduan terbuka"] {
      #expect(all.contains(label), "\(cols)x\(rows) lacks \(label):\n\(all)")
    }
    for desa in Kromengan.kecamatan.desa {
      #expect(all.contains(desa.name), "\(cols)x\(rows) lacks \(desa.name):\n\(all)")
    }
    #expect(all.contains(" █ diantar"), "\(cols)x\(rows) lacks the bars' legend:\n\(all)")
    #expect(all.contains(" █/░ "), "\(cols)x\(rows) lacks the counts' heading:\n\(all)")
    #expect(screen.text(row: rows - 1).contains("keluar"))
  }

  @Test("summary without desa geography", arguments: [(80, 24), (200, 60)])
  func withoutGeography(cols: Int, rows: Int) throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try summaryState(fixture)
    state.kecamatan = KabupatenMalang.kecamatan(KecamatanCode(number: 13)!)

    let all = text(Renderer.render(state, rows: rows, cols: cols))

    #expect(all.contains("Desa Kecamatan Kepanjen belum ada"), "\(all)")
    #expect(all.contains("Menunggu diantar"), "\(all)")
    #expect(!all.contains("Jatikerto"), "\(all)")
  }

  @Test("figures equal the store's")
  func figures() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let state = try summaryState(fixture)
    let summary = try #require(state.snapshot?.summary)
    let day = CalendarDay(containing: SampleFixture.now)

    let month = try fixture.store.serviceFigures(
      for: ReportPeriod.month(12, of: 2026).through(day), targets: ServiceTargets(),
      calendar: state.calendar)
    #expect(summary.month == month)
    #expect(summary.today.delivered == state.snapshot?.totals.deliveredOnDay)
    #expect(summary.pending.pending == state.snapshot?.totals.pending)
    // Friday 4 December: the working day before is Thursday 3 December.
    #expect(summary.previousWorkingDay == CalendarDay(year: 2026, month: 12, day: 3))
    #expect(summary.trend.count == SummaryFigures.trendDays)
  }

  @Test("the previous month spans the same days")
  func sameDays() {
    let march = ReportPeriod.month(3, of: 2027)
    let soFar = march.through(CalendarDay(year: 2027, month: 3, day: 31))
    let february = SummaryFigures.sameDays(as: soFar, in: march.previous)
    #expect(february.first == CalendarDay(year: 2027, month: 2, day: 1))
    #expect(february.last == CalendarDay(year: 2027, month: 2, day: 28))
    let early = SummaryFigures.sameDays(
      as: march.through(CalendarDay(year: 2027, month: 3, day: 4)), in: march.previous)
    #expect(early.last == CalendarDay(year: 2027, month: 2, day: 4))
  }

  @Test("ASCII screens have no block characters")
  func ascii() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    let state = try summaryState(fixture, unicode: false)
    let all = text(Renderer.render(state, rows: 24, cols: 80))
    for block in ["█", "▀", "▄", "░", "▁", "▜"] {
      #expect(!all.contains(block), "\(block) in ASCII mode:\n\(all)")
    }
    #expect(all.contains("|_|") || all.contains(" _|"))
  }

  @Test("big digits keep their shape")
  func bigDigits() throws {
    let rows = try #require(BigText.rows("10,5%", unicode: true))
    #expect(rows.count == 3)
    #expect(Set(rows.map { TextWidth.columns($0) }).count == 1)
    #expect(BigText.width("1.234", unicode: false) == 3 * 4 + 1 + 4)
    #expect(BigText.rows("12a", unicode: true) == nil)
  }

  @Test("chart columns scale to the maximum")
  func chartColumns() {
    let rows = Chart.columns([0, 4, 8, nil], height: 2, maximum: 8, unicode: true)
    #expect(rows == ["  █ ", " ██·"])
    let ascii = Chart.columns([1, 8], height: 1, maximum: 8, unicode: false)
    #expect(ascii == [".#"])
    #expect(Chart.bar(first: 2, second: 1, total: 4, width: 8, unicode: false) == "####--  ")
    #expect(Chart.bar(first: 1, second: 0, total: 1000, width: 5, unicode: true) == "█    ")
  }
}

import Foundation
import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard
@testable import HDSStoreSQLite

/// The survey form on a request's detail, its keys and its checks, and the summary lines.
@Suite("Survey form")
struct SurveyFormTests {
  private let layout = Layout(rows: 24, cols: 80)

  /// Returns the detail of a delivered request of the sample store, with or without a response.
  private func deliveredDetail(_ fixture: SampleFixture, surveyed: Bool) throws -> RequestDetail {
    let page = try fixture.store.queue(
      QueueQuery(states: [.delivered]), offset: 0, limit: 200)
    for row in page.rows {
      let detail = try fixture.store.requestDetail(id: row.id)
      if (detail.survey != nil) == surveyed { return detail }
    }
    throw StoreError.invalid("no delivered request with surveyed = \(surveyed)")
  }

  /// Opens the survey form on `detail` with v and returns it.
  private func openForm(_ detail: RequestDetail, state: inout DashboardState) throws -> Form {
    state.overlays = [.request(detail)]
    #expect(KeyHandler.handle(.character("v"), state: &state, layout: layout).isEmpty)
    guard case .form(let form)? = state.overlays.last else {
      throw StoreError.invalid("no form opened: \(String(describing: state.message))")
    }
    return form
  }

  private func type(_ keys: [Key], state: inout DashboardState) -> [Effect] {
    keys.flatMap { KeyHandler.handle($0, state: &state, layout: layout) }
  }

  private func digits(_ text: String) -> [Key] { text.map { .character($0) } }

  // MARK: Opening

  @Test("v opens form with today's date")
  func opensForm() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let detail = try deliveredDetail(fixture, surveyed: false)

    let form = try openForm(detail, state: &state)
    #expect(form.title == "Survei kepuasan \(detail.request.number)")
    #expect(form[.answeredOn]?.text == "04-12-2026")
    #expect(form.fields.count == 10)
    #expect(form[.answer(.requirements)]?.label == "U1 Persyaratan")
    #expect(form[.answer(.complaintHandling)]?.label == "U9 Penanganan pengaduan")
    #expect(form.fields[form.focus].name == .answer(.requirements))
  }

  @Test("English labels name elements")
  func englishLabels() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state(language: .english)
    let form = try openForm(try deliveredDetail(fixture, surveyed: false), state: &state)

    #expect(
      form.fields.dropFirst().map(\.label) == [
        "U1 Requirements", "U2 Procedure", "U3 Service time", "U4 Cost/fee",
        "U5 Service product", "U6 Staff competence", "U7 Staff conduct", "U8 Facilities",
        "U9 Complaint handling",
      ])
  }

  @Test("request not delivered gets no form")
  func notDelivered() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let ready = try #require(state.snapshot?.queue.rows.first { $0.state == .ready })
    state.overlays = [.request(try fixture.store.requestDetail(id: ready.id))]

    _ = KeyHandler.handle(.character("v"), state: &state, layout: layout)
    #expect(state.overlays.count == 1)
    #expect(state.message?.isError == true)
    #expect(
      state.message?.text
        == "\(ready.number) berstatus Siap; survei hanya dicatat setelah dokumen diserahkan.")
  }

  @Test("read-only gets no form")
  func readOnly() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    state.readOnly = true
    state.overlays = [.request(try deliveredDetail(fixture, surveyed: false))]

    _ = KeyHandler.handle(.character("v"), state: &state, layout: layout)
    #expect(state.overlays.count == 1)
    #expect(state.message?.text == state.catalog[.errorReadOnly])
  }

  @Test("stored response fills a replace form")
  func replaceForm() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let detail = try deliveredDetail(fixture, surveyed: true)
    let stored = try #require(detail.survey)

    let form = try openForm(detail, state: &state)
    #expect(form.title == "Ganti survei \(detail.request.number)")
    #expect(form[.answeredOn]?.text == DetailText.dayMonthYear(stored.answeredOn))
    for element in SurveyElement.allCases {
      #expect(form[.answer(element)]?.text == stored.response[element].map(String.init) ?? "")
    }
    let effects = type([.enter], state: &state)
    guard case .recordSurvey(let response, _, let replacing)? = effects.first else {
      Issue.record("no survey effect: \(effects)")
      return
    }
    #expect(replacing)
    #expect(response.response == stored.response)
  }

  // MARK: Keys and checks

  @Test("digits answer and move on")
  func digitsMoveOn() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let detail = try deliveredDetail(fixture, surveyed: false)
    _ = try openForm(detail, state: &state)

    // 4, 3, blank, 4, 4, a letter that is ignored, 3, 3, 2, 9 ignored, 4.
    let keys =
      digits("43-44") + [.character("x")] + digits("332") + [.character("9")]
      + digits("4")
    #expect(type(keys, state: &state).isEmpty)
    guard case .form(let form)? = state.overlays.last else {
      Issue.record("form closed")
      return
    }
    #expect(
      form.fields.dropFirst().map(\.text) == ["4", "3", "", "4", "4", "3", "3", "2", "4"])
    #expect(form.fields[form.focus].name == .answer(.complaintHandling))

    let effects = type([.enter], state: &state)
    let expected = NewSurveyResponse(
      requestID: detail.request.id, answeredOn: CalendarDay(year: 2026, month: 12, day: 4),
      response: try SurveyResponse([4, 3, nil, 4, 4, 3, 3, 2, 4]), source: .form)
    #expect(effects == [.recordSurvey(expected, RequestRef(detail.request), replacing: false)])
    #expect(state.overlays.count == 1)
  }

  @Test("backspace clears an answer")
  func backspaceClears() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    _ = try openForm(try deliveredDetail(fixture, surveyed: false), state: &state)

    _ = type(digits("4") + [.up, .backspace], state: &state)
    guard case .form(let form)? = state.overlays.last else { return }
    #expect(form[.answer(.requirements)]?.text == "")
    #expect(form.fields[form.focus].name == .answer(.requirements))
  }

  @Test("no answers rejected in form")
  func noAnswers() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    _ = try openForm(try deliveredDetail(fixture, surveyed: false), state: &state)

    #expect(type([.enter], state: &state).isEmpty)
    guard case .form(let form)? = state.overlays.last else {
      Issue.record("form closed")
      return
    }
    #expect(form.error == "Isi setidaknya satu jawaban.")
  }

  @Test("answered dates checked in form")
  func dateChecks() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    let detail = try deliveredDetail(fixture, surveyed: false)
    let delivered = CalendarDay(containing: try #require(detail.request.deliveredAt))
    let tomorrow = CalendarDay(containing: Date()).adding(days: 1)
    let cases: [(String, String)] = [
      ("31-02-2026", "Isian \"Tanggal isi\": tulis tanggal sebagai DD-MM-YYYY"),
      (DetailText.dayMonthYear(tomorrow), "Isian \"Tanggal isi\": setelah hari ini"),
      (
        DetailText.dayMonthYear(delivered.adding(days: -1)),
        "Isian \"Tanggal isi\": sebelum tanggal penyerahan, \(state.catalog.date(delivered))"
      ),
    ]
    for (date, message) in cases {
      var form = try openForm(detail, state: &state)
      form.fields[1].value = .text("4")
      form.fields[0].value = .text(date)
      state.overlays[state.overlays.count - 1] = .form(form)

      #expect(type([.enter], state: &state).isEmpty, "\(date)")
      guard case .form(let shown)? = state.overlays.last else {
        Issue.record("form closed for \(date)")
        continue
      }
      #expect(shown.error == message, "\(date)")
    }
  }

  @Test("answer hints read the scale")
  func hints() throws {
    let fixture = try SampleFixture()
    defer { fixture.remove() }
    var state = try fixture.state()
    var form = try openForm(try deliveredDetail(fixture, surveyed: false), state: &state)
    let today = CalendarDay(year: 2026, month: 12, day: 4)
    let catalog = state.catalog

    form.fields[1].value = .text("4")
    form.fields[2].value = .text("1")
    form.fields[3].value = .text("7")
    #expect(form.hint(for: 0, catalog: catalog, today: today)?.text == "✓ Jumat, 4 Desember 2026")
    #expect(form.hint(for: 1, catalog: catalog, today: today)?.text == "✓ Sangat baik")
    #expect(form.hint(for: 2, catalog: catalog, today: today)?.text == "✓ Tidak baik")
    #expect(form.hint(for: 3, catalog: catalog, today: today)?.isError == true)
    #expect(form.hint(for: 4, catalog: catalog, today: today) == nil)
  }

  // MARK: Summary lines

  /// A month's result of `respondents` who answered every element whose sum is not 0.
  private func satisfaction(respondents: Int, population: Int, sums: [Int]) throws
    -> PeriodSatisfaction
  {
    let elements = zip(SurveyElement.allCases, sums).map { element, sum in
      ElementScore(element: element, answerSum: sum, answerCount: sum == 0 ? 0 : respondents)
    }
    return PeriodSatisfaction(
      period: .month(12, of: 2026),
      index: SatisfactionIndex(respondents: respondents, elements: elements),
      population: population)
  }

  @Test("summary line and too-small warning")
  func summaryShort() throws {
    // Five respondents with the element sums that give 81.67, out of 1,000 served.
    let result = try satisfaction(
      respondents: 5, population: 1_000, sums: [16, 17, 14, 20, 16, 17, 18, 14, 15])

    #expect(
      SurveySummaryText.lines(result, catalog: Catalog(.indonesian)) == [
        SurveySummaryText.Line(
          text: "IKM 81,67 B (Baik) · 5 responden · perlu 278", isWarning: false),
        SurveySummaryText.Line(
          text: "Sampel belum cukup: kurang 273 responden dari 278 yang diperlukan untuk"
            + " 1.000 penduduk terlayani.", isWarning: true),
      ])
    #expect(
      SurveySummaryText.lines(result, catalog: Catalog(.english)).first?.text
        == "IKM 81.67 B (Good) · 5 respondents · 278 needed")
  }

  @Test("summary without warning when enough")
  func summaryEnough() throws {
    let result = try satisfaction(
      respondents: 5, population: 5, sums: [16, 17, 14, 20, 16, 17, 18, 14, 15])

    #expect(SurveySummaryText.lines(result, catalog: Catalog(.indonesian)).count == 1)
  }

  @Test("summary names unanswered elements")
  func summaryUnanswered() throws {
    let result = try satisfaction(
      respondents: 2, population: 2, sums: [8, 8, 8, 8, 8, 8, 8, 8, 0])

    let lines = SurveySummaryText.lines(result, catalog: Catalog(.indonesian))
    #expect(lines.first?.text == "IKM belum dapat dihitung · 2 responden · perlu 2")
    #expect(
      lines.dropFirst().first
        == SurveySummaryText.Line(
          text: "Belum ada jawaban untuk U9, jadi IKM belum dapat dihitung.", isWarning: true))
  }
}

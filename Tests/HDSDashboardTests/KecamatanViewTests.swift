import Foundation
import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

@Suite("Kecamatan view")
struct KecamatanViewTests {
  private func text(_ screen: Screen) -> String {
    (0..<screen.rows).map { screen.text(row: $0) }.joined(separator: "\n")
  }

  private static let kepanjen = KecamatanCode(number: 13)!

  private static let figures = KabupatenFigures(
    day: CalendarDay(year: 2026, month: 12, day: 4),
    kecamatan: [
      KecamatanFigures(
        code: kepanjen, schema: "kepanjen", pending: 12, overdue: 4, deliveredOnDay: 3,
        openComplaints: 1),
      KecamatanFigures(
        code: .kromengan, schema: "kromengan", pending: 85, overdue: 23, deliveredOnDay: 16,
        openComplaints: 7),
    ],
    pending: 97, overdue: 27, deliveredOnDay: 19, openComplaints: 8)

  @Test("texts in both languages", arguments: Language.allCases)
  func catalogTexts(language: Language) {
    let catalog = Catalog(language)
    let keys: [MessageKey] = [
      .kecamatanListTitle, .kecamatanSwitched, .kecamatanUnknown, .kecamatanNotOffered,
      .mapNoGeography, .formNoGeography, .helpKecamatan, .kabupatenName, .summaryKecamatan,
    ]
    for key in keys {
      #expect(!catalog[key].isEmpty, "\(key.rawValue)")
    }
    #expect(catalog.format(.mapNoGeography, "Kepanjen").contains("Kepanjen"))
    #expect(catalog.format(.kecamatanSwitched, "Kepanjen", "35.07.13").contains("35.07.13"))
    let expected = language == .indonesian ? "Kecamatan di Kabupaten Malang" : "Kecamatan of"
    #expect(catalog.format(.kecamatanListTitle, "Malang").hasPrefix(expected))
  }

  @Test("a kecamatan without geography shows a message in the map pane")
  func mapWithoutGeography() throws {
    let fixture = try SampleFixture(requests: 20)
    defer { fixture.remove() }
    var state = try fixture.state()
    state.kecamatan = KabupatenMalang.kecamatan(Self.kepanjen)
    for (cols, rows) in [(80, 24), (200, 50)] {
      let screen = text(Renderer.render(state, rows: rows, cols: cols))
      #expect(screen.contains("HDS · Kecamatan Kepanjen"))
      #expect(screen.contains("Desa Kecamatan Kepanjen"))
      #expect(!screen.contains("Jatikerto"))
      state.map.view = .table
    }
    state.focus = .queue
    _ = KeyHandler.handle(.character("i"), state: &state, layout: Layout(rows: 24, cols: 80))
    #expect(state.overlays.isEmpty)
    #expect(state.message?.text.contains("Kepanjen") == true)
  }

  @Test("the viewer's list shows every kecamatan and the kabupaten")
  func kecamatanList() throws {
    let fixture = try SampleFixture(requests: 20)
    defer { fixture.remove() }
    var state = try fixture.state(language: .english)
    state.readOnly = true
    state.role = .viewer
    state.switchesKecamatan = true
    state.snapshot?.kabupaten = Self.figures
    let layout = Layout(rows: 24, cols: 80)
    _ = KeyHandler.handle(.character("K"), state: &state, layout: layout)
    let screen = text(Renderer.render(state, rows: 24, cols: 80))
    #expect(screen.contains("Kecamatan of Kabupaten Malang"))
    #expect(screen.contains("35.07.13  Kepanjen"))
    #expect(screen.contains("•35.07.31  Kromengan"))
    #expect(screen.contains("Kabupaten Malang"))
    #expect(screen.contains("97"))
    #expect(screen.contains("2 of 33 kecamatan summed"), "\(screen)")
    // The list opens at the kecamatan on screen; up and Enter switch to Kepanjen.
    _ = KeyHandler.handle(.up, state: &state, layout: layout)
    let effects = KeyHandler.handle(.enter, state: &state, layout: layout)
    #expect(effects == [.switchKecamatan(Self.kepanjen)])
    #expect(state.overlays.isEmpty)
  }

  /// Figures of every kecamatan of the kabupaten: kecamatan N has 10 × N pending, N of
  /// them overdue, N mod 4 delivered today and N mod 3 open complaints.
  private static let wholeKabupaten: KabupatenFigures = {
    let kecamatan = KabupatenMalang.codes.map { code in
      KecamatanFigures(
        code: code, schema: "kecamatan_\(code.number)", pending: 10 * code.number,
        overdue: code.number, deliveredOnDay: code.number % 4, openComplaints: code.number % 3)
    }
    return KabupatenFigures(
      day: figures.day, kecamatan: kecamatan, pending: kecamatan.map(\.pending).reduce(0, +),
      overdue: kecamatan.map(\.overdue).reduce(0, +),
      deliveredOnDay: kecamatan.map(\.deliveredOnDay).reduce(0, +),
      openComplaints: kecamatan.map(\.openComplaints).reduce(0, +))
  }()

  /// Returns the numbers on `line`, read with the thousands separators of both languages
  /// removed. A code such as 35.07.04 reads as one number before the figures.
  private static func numbers(_ line: String) -> [Int] {
    line.split(whereSeparator: { $0 == " " || $0 == "│" || $0 == "|" })
      .compactMap { Int($0.filter { $0 != "." && $0 != "," }) }
  }

  @Test("the list shows overdue requests at 80x24", arguments: Language.allCases)
  func overdueColumn(language: Language) throws {
    let fixture = try SampleFixture(requests: 20)
    defer { fixture.remove() }
    var state = try fixture.state(language: language)
    state.readOnly = true
    state.role = .viewer
    state.switchesKecamatan = true
    state.snapshot?.kabupaten = Self.wholeKabupaten
    let catalog = Catalog(language)
    let layout = Layout(rows: 24, cols: 80)
    _ = KeyHandler.handle(.character("K"), state: &state, layout: layout)
    // Home selects Donomulyo, so that the top of the list, with Sumbermanjing Wetan, the
    // longest name, is in view.
    _ = KeyHandler.handle(.home, state: &state, layout: layout)
    let screen = Renderer.render(state, rows: 24, cols: 80)
    let lines = (0..<24).map { screen.text(row: $0) }

    let header = try #require(
      lines.first { $0.contains(catalog[.kecamatanColumnOverdue]) }, "\(lines)")
    let pendingAt = try #require(header.range(of: catalog[.kecamatanColumnPending]))
    let overdueAt = try #require(header.range(of: catalog[.kecamatanColumnOverdue]))
    let deliveredAt = try #require(header.range(of: catalog[.kecamatanColumnDelivered]))
    #expect(pendingAt.upperBound <= overdueAt.lowerBound, "\(header)")
    #expect(overdueAt.upperBound <= deliveredAt.lowerBound, "\(header)")

    let wetan = try #require(lines.first { $0.contains("35.07.04") }, "\(lines)")
    #expect(wetan.contains("35.07.04  Sumbermanjing Wetan "), "\(wetan)")
    #expect(Self.numbers(wetan).suffix(4) == [40, 4, 0, 1], "\(wetan)")
    let bantur = try #require(lines.first { $0.contains("35.07.03  Bantur") }, "\(lines)")
    #expect(Self.numbers(bantur).suffix(4) == [30, 3, 3, 0], "\(bantur)")

    // The kabupaten's totals take the last row inside the frame, above the bottom border
    // that names how many kecamatan are summed.
    let summed = catalog.format(.kecamatanListSummed, 33, 33)
    let border = try #require(lines.firstIndex { $0.contains(summed) }, "\(lines)")
    let totals = lines[border - 1]
    #expect(totals.contains("35.07     Kabupaten Malang "), "\(totals)")
    #expect(Self.numbers(totals).suffix(4) == [5_610, 561, 49, 33], "\(totals)")
    for line in lines {
      #expect(TextWidth.columns(line) <= 80, "\(line)")
    }
  }

  @Test("a store at another version shows it and cannot be opened")
  func otherVersion() throws {
    let fixture = try SampleFixture(requests: 20)
    defer { fixture.remove() }
    var state = try fixture.state(language: .english)
    state.readOnly = true
    state.role = .viewer
    state.switchesKecamatan = true
    var figures = Self.figures.kecamatan
    figures[0] = KecamatanFigures(
      code: Self.kepanjen, schema: "kepanjen", pending: 0, overdue: 0, deliveredOnDay: 0,
      openComplaints: 0, otherVersion: 5)
    state.snapshot?.kabupaten = KabupatenFigures(
      day: Self.figures.day, kecamatan: figures, pending: 85, overdue: 23, deliveredOnDay: 16,
      openComplaints: 7)
    let layout = Layout(rows: 24, cols: 80)
    _ = KeyHandler.handle(.character("K"), state: &state, layout: layout)
    let screen = text(Renderer.render(state, rows: 24, cols: 80))
    #expect(screen.contains("35.07.13  Kepanjen"))
    #expect(screen.contains("schema version 5, not readable"), "\(screen)")
    #expect(screen.contains("1 of 33 kecamatan summed"), "\(screen)")

    _ = KeyHandler.handle(.up, state: &state, layout: layout)
    let effects = KeyHandler.handle(.enter, state: &state, layout: layout)
    #expect(effects.isEmpty)
    #expect(state.message?.isError == true)
    #expect(
      state.message?.text.contains("schema version 5") == true,
      "\(String(describing: state.message))")

    let command = KeyHandler.kecamatanCommand("kepanjen", state: &state)
    guard case .success(let commandEffects) = command else {
      Issue.record("expected the command to run, got \(command)")
      return
    }
    #expect(commandEffects.isEmpty)
  }

  @Test("a code claimed twice is shown and refused")
  func conflictShown() throws {
    let fixture = try SampleFixture(requests: 20)
    defer { fixture.remove() }
    var state = try fixture.state(language: .english)
    state.readOnly = true
    state.role = .viewer
    state.switchesKecamatan = true
    let pakis = try KecamatanCode(parsing: "35.07.18")
    state.snapshot?.kabupaten = KabupatenFigures(
      day: Self.figures.day, kecamatan: Self.figures.kecamatan, pending: 97, overdue: 27,
      deliveredOnDay: 19, openComplaints: 8,
      conflicts: [KecamatanConflict(code: pakis, schemas: ["dup", "pakis"])])
    let layout = Layout(rows: 24, cols: 80)
    _ = KeyHandler.handle(.character("K"), state: &state, layout: layout)
    let screen = text(Renderer.render(state, rows: 24, cols: 80))
    #expect(
      screen.contains("35.07.18  Pakis: code claimed by more than one schema (dup, pakis)"),
      "\(screen)")
    #expect(screen.contains("35.07.13  Kepanjen"))

    state.overlays.removeAll()
    let command = KeyHandler.kecamatanCommand("pakis", state: &state)
    guard case .failure(let message) = command else {
      Issue.record("expected a refusal, got \(command)")
      return
    }
    #expect(message.text.contains("Code 35.07.18 (Pakis) is claimed by more than one schema"))
  }

  @Test("K in an office session")
  func keyOutsideViewer() throws {
    let fixture = try SampleFixture(requests: 20)
    defer { fixture.remove() }
    var state = try fixture.state()
    let layout = Layout(rows: 24, cols: 80)

    for pane in PaneID.allCases {
      state.focus = pane
      state.message = nil
      let effects = KeyHandler.handle(.character("K"), state: &state, layout: layout)

      #expect(effects.isEmpty)
      #expect(state.overlays.isEmpty)
      #expect(state.message?.isError == true, "\(pane)")
      #expect(state.message?.text.contains("Dukcapil") == true, "\(pane)")
    }
  }

  @Test("the command switches by name or code, and only for the viewer")
  func command() throws {
    let fixture = try SampleFixture(requests: 20)
    defer { fixture.remove() }
    var state = try fixture.state()
    state.snapshot?.kabupaten = Self.figures
    #expect(KeyHandler.run("kecamatan kepanjen", state: &state).isEmpty)
    #expect(state.prompt?.error?.contains("Dukcapil") == true)

    state.prompt = nil
    state.switchesKecamatan = true
    #expect(
      KeyHandler.run("kecamatan Kepanjen", state: &state) == [.switchKecamatan(Self.kepanjen)])
    #expect(
      KeyHandler.run("kecamatan 35.07.13", state: &state) == [.switchKecamatan(Self.kepanjen)])
    #expect(KeyHandler.run("kecamatan Dau", state: &state).isEmpty)
    #expect(state.prompt?.error?.contains("Dau") == true)
    var prompt = CommandPrompt()
    prompt.text = "kecamatan kep"
    KeyHandler.complete(&prompt, state: state)
    #expect(prompt.text == "kecamatan kepanjen")
  }
}

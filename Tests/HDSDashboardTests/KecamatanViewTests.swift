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

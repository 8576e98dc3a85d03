import HDSCore
import HDSTerminal
import Testing

@testable import HDSDashboard

/// The `:` command line: completion, each command, and the messages of mistakes.
@Suite("Command prompt")
struct CommandPromptTests {
  private let layout = Layout(rows: 30, cols: 100)

  private func type(_ text: String, _ state: inout DashboardState) -> [Effect] {
    var effects: [Effect] = []
    for character in text {
      effects += KeyHandler.handle(
        character == "\t" ? .tab : .character(character), state: &state, layout: layout)
    }
    return effects
  }

  @Test("Tab completes commands and arguments, and lists several fits")
  func completion() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var state = try fixture.state()
    _ = type(":", &state)
    #expect(state.prompt == CommandPrompt())
    _ = type("b\t", &state)
    #expect(state.prompt?.text == "b", "buka, bahasa and bantuan fit")
    #expect(state.prompt?.choices == ["buka", "bahasa", "bantuan"])
    _ = type("u\t", &state)
    #expect(state.prompt?.text == "buka ")
    for _ in 0..<5 { _ = KeyHandler.handle(.backspace, state: &state, layout: layout) }
    _ = type("desa ja\t", &state)
    #expect(state.prompt?.text == "desa ja")
    #expect(state.prompt?.choices == ["jatikerto", "jambuwer"])
    _ = type("m\t", &state)
    #expect(state.prompt?.text == "desa jambuwer")
    let bar = Renderer.render(state, rows: 30, cols: 100).text.split(separator: "\n").last ?? ""
    #expect(bar.hasPrefix(":desa jambuwer"), "\(bar)")
  }

  @Test("commands filter, sort, switch language and open a request by number")
  func commands() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var state = try fixture.state()
    let jambuwer = try #require(state.kecamatan.desa.first { $0.name == "Jambuwer" })

    var effects = type(":desa Jambuwer", &state)
    effects = KeyHandler.handle(.enter, state: &state, layout: layout)
    #expect(state.prompt == nil)
    #expect(state.query.desaCode == jambuwer.code)
    #expect(effects == [.setQuery(state.query)])

    _ = type(":urut dokumen", &state)
    _ = KeyHandler.handle(.enter, state: &state, layout: layout)
    #expect(state.query.sort == .document)
    _ = type(":desa semua", &state)
    _ = KeyHandler.handle(.enter, state: &state, layout: layout)
    #expect(state.query.desaCode == nil)

    _ = type(":language en", &state)
    _ = KeyHandler.handle(.enter, state: &state, layout: layout)
    #expect(state.catalog.language == .english)

    _ = type(":open HDS-2026-000007", &state)
    effects = KeyHandler.handle(.enter, state: &state, layout: layout)
    #expect(effects == [.openRequestNumber(RequestNumber(year: 2026, serial: 7))])

    // A serial alone is this year's, 2026 in the fixture.
    _ = type(":open 145", &state)
    effects = KeyHandler.handle(.enter, state: &state, layout: layout)
    #expect(effects == [.openRequestNumber(RequestNumber(year: 2026, serial: 145))])
    for wrong in ["0", "1234567", "14a"] {
      _ = type(":open \(wrong)", &state)
      effects = KeyHandler.handle(.enter, state: &state, layout: layout)
      #expect(effects.isEmpty, "\(wrong)")
      #expect(state.prompt?.error?.contains("or 123 for this year") == true, "\(wrong)")
      _ = KeyHandler.handle(.escape, state: &state, layout: layout)
    }
  }

  @Test("a mistake keeps the line open with the reason; Esc closes it")
  func mistakes() throws {
    let fixture = try SampleFixture(requests: 30)
    defer { fixture.remove() }
    var state = try fixture.state()
    let cases: [(String, String)] = [
      (":pindah", "Perintah \"pindah\" tidak dikenal."),
      (":buka 12x", "\"12x\" bukan nomor permohonan"),
      (":desa Malang", "Tidak ada desa \"Malang\""),
      (":urut tinggi", "Urutan \"tinggi\" tidak dikenal"),
      (":bahasa jawa", "Bahasa \"jawa\" tidak ada"),
    ]
    for (line, message) in cases {
      _ = type(line, &state)
      #expect(KeyHandler.handle(.enter, state: &state, layout: layout).isEmpty)
      #expect(state.prompt?.text == String(line.dropFirst()))
      #expect(
        state.prompt?.error?.hasPrefix(message) == true, "\(String(describing: state.prompt))")
      _ = KeyHandler.handle(.escape, state: &state, layout: layout)
      #expect(state.prompt == nil)
    }
    #expect(state.query == QueueQuery.pending, "no mistake changed the queue")
  }
}

import Testing

@testable import HDSTerminal

@Suite("Palette")
struct PaletteTests {
  @Test("default dark palette uses 8-colour-safe values")
  func defaultDarkIsSafe() {
    for style in Style.allCases {
      let appearance = Palette.defaultDark[style]
      #expect((-1...7).contains(appearance.foreground.number), "\(style) foreground")
      #expect((-1...7).contains(appearance.background.number), "\(style) background")
    }
  }

  @Test("default dark palette has an entry per style")
  func defaultDarkIsComplete() {
    #expect(Palette.defaultDark[.selected].background == .cyan)
    #expect(Palette.defaultDark[.danger].foreground == .red)
    #expect(Palette.defaultDark[.normal] == .plain)
  }

  @Test("monochrome palette uses attributes only")
  func monochrome() {
    for style in Style.allCases {
      #expect(Palette.monochrome[style].foreground == .terminalDefault, "\(style)")
      #expect(Palette.monochrome[style].background == .terminalDefault, "\(style)")
    }
    #expect(Palette.monochrome[.selected].attributes == .reverse)
    #expect(Palette.monochrome[.focusedBorder].attributes.contains(.bold))
    #expect(Palette.monochrome[.focusedTitle].attributes.contains(.bold))
    #expect(Palette.monochrome[.warning].attributes.contains(.bold))
    #expect(Palette.monochrome[.danger].attributes.contains(.bold))
    #expect(Palette.monochrome[.dim].attributes == .dim)
  }

  @Test("missing style gets the fallback")
  func fallback() {
    var palette = Palette([.title: Appearance(foreground: .green)], fallback: .plain)
    #expect(palette[.title].foreground == .green)
    #expect(palette[.border] == .plain)
    palette[.border] = Appearance(foreground: .indexed(208))
    #expect(palette[.border].foreground.number == 208)
  }
}

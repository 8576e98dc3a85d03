import Foundation
import Testing

@testable import HDSTerminal

@Suite("Theme files")
struct ThemeTests {
  /// The repository's themes/ folder, found from this file's path.
  private static let folder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes")

  @Test("each shipped theme equals its file in themes/ and has no problems")
  func shipped() throws {
    #expect(Theme.shipped.map(\.name) == ["dark", "light", "high-contrast", "monochrome"])
    for (name, text) in Theme.shipped {
      let file = Self.folder.appendingPathComponent(name + ".theme")
      let onDisk = try String(contentsOf: file, encoding: .utf8)
      #expect(onDisk == text, "themes/\(name).theme differs from ShippedThemes.swift")
      let theme = Theme(name: name, parsing: text, file: name + ".theme", base: .monochrome)
      #expect(theme.problems.isEmpty, "\(theme.problems)")
      // Every element is named, so no look comes from the base palette.
      for style in Style.allCases {
        #expect(text.contains("\n" + Theme.elementName(style) + " "), "\(name): \(style)")
      }
    }
  }

  @Test("dark and monochrome are the built-in palettes")
  func builtIn() throws {
    let text = Dictionary(uniqueKeysWithValues: Theme.shipped.map { ($0.name, $0.text) })
    let dark = Theme(name: "dark", parsing: text["dark"]!, file: "dark.theme", base: .monochrome)
    #expect(dark.palette == Palette.defaultDark)
    let mono = Theme(
      name: "monochrome", parsing: text["monochrome"]!, file: "monochrome.theme")
    #expect(mono.palette == Palette.monochrome)
  }

  @Test("colour forms and attributes")
  func values() throws {
    let theme = Theme(
      name: "t",
      parsing: """
        # a comment line
        header = #1E90ff default bold,underline   # a trailing comment
        title = bright-cyan 236
        border = DEFAULT Blue none
        selected = 0 255 reverse dim
        """, file: "t.theme")
    #expect(theme.problems.isEmpty, "\(theme.problems)")
    #expect(
      theme.palette[.header]
        == Appearance(
          foreground: .rgb(0x1E, 0x90, 0xFF), background: .terminalDefault,
          attributes: [.bold, .underline]))
    #expect(
      theme.palette[.title] == Appearance(foreground: .indexed(14), background: .indexed(236)))
    #expect(theme.palette[.border] == Appearance(foreground: .terminalDefault, background: .blue))
    #expect(
      theme.palette[.selected]
        == Appearance(
          foreground: .indexed(0), background: .indexed(255), attributes: [.reverse, .dim]))
    #expect(theme.palette[.dim] == Palette.defaultDark[.dim], "unnamed elements keep the base")
  }

  @Test("each bad line is named with its line and reason, and its element keeps the default")
  func badLines() throws {
    let text = """
      header = black cyan bold
      headr = black cyan
      title = bluu default
      border = 300 default
      selected = #12345 default
      warning = yellow default blink
      danger red default
      success = green
      header = white red
      accent = magenta default bold
      """
    let theme = Theme(name: "bad", parsing: text, file: "/home/siti/.config/hds/themes/bad.theme")
    let reasons = theme.problems.map { "\($0.line): \($0.reason)" }
    #expect(theme.problems.map(\.line) == [2, 3, 4, 5, 6, 7, 8, 9], "\(reasons)")
    #expect(
      reasons[0].hasPrefix("2: unknown element \"headr\"; the elements are normal, dim, header"))
    #expect(reasons[1].hasPrefix("3: unknown colour \"bluu\"; use black, red"))
    #expect(reasons[2] == "4: colour 300 is not in the palette; use an index from 0 to 255")
    #expect(reasons[3].hasPrefix("5: colour \"#12345\" is not #rrggbb"))
    #expect(reasons[4].hasPrefix("6: unknown attribute \"blink\""))
    #expect(reasons[5].hasPrefix("7: expected \"element = foreground background"))
    #expect(reasons[6].hasPrefix("8: \"green\" needs a foreground and a background colour"))
    #expect(reasons[7] == "9: header is set on line 1 already; this line is ignored")
    #expect(
      theme.problems[0].description.hasPrefix(
        "/home/siti/.config/hds/themes/bad.theme line 2: unknown element"))

    for style in [Style.title, .border, .selected, .warning, .success] {
      #expect(theme.palette[style] == Palette.defaultDark[style], "\(style)")
    }
    #expect(
      theme.palette[.header] == Appearance(foreground: .black, background: .cyan, attributes: .bold)
    )
    #expect(theme.palette[.accent] == Appearance(foreground: .magenta, attributes: .bold))
  }

  @Test("element names are the styles in kebab case")
  func elementNames() {
    #expect(Theme.elementName(.focusedTitle) == "focused-title")
    #expect(Theme.elementName(.selectedUnfocused) == "selected-unfocused")
    #expect(Theme.elementName(.normal) == "normal")
  }
}

@Suite("Colour depth")
struct ColorDepthTests {
  @Test("the depth follows terminfo's colour count")
  func depths() {
    #expect(ColorDepth(colors: 16_777_216) == .direct)
    #expect(ColorDepth(colors: 256) == .colors256)
    #expect(ColorDepth(colors: 88) == .colors16)
    #expect(ColorDepth(colors: 16) == .colors16)
    #expect(ColorDepth(colors: 8) == .colors8)
    #expect(ColorDepth(colors: 0) == .none)
    #expect(ColorDepth(colors: -1) == .none)
  }

  @Test("a 24-bit colour degrades to the nearest colour of each depth")
  func rgbFallback() {
    let red = TerminalColor.rgb(255, 0, 0)
    #expect(ColorDepth.direct.number(red) == 0xFF0000)
    #expect(ColorDepth.colors256.number(red) == 196)
    #expect(ColorDepth.colors16.number(red) == 9)
    #expect(ColorDepth.colors8.number(red) == 1)
    #expect(ColorDepth.none.number(red) == nil)

    let grey = TerminalColor.rgb(128, 128, 128)
    #expect(ColorDepth.colors256.number(grey) == 244)
    #expect(ColorDepth.colors16.number(grey) == 8)
    #expect(ColorDepth.colors8.number(grey) == 7, "grey is white on 8 colours")
    #expect(ColorDepth.colors8.number(.rgb(0, 0x5F, 0)) == 2, "dark green stays green")
    #expect(ColorDepth.colors8.number(.rgb(0, 0x5F, 0x87)) == 6)
    #expect(ColorDepth.colors8.number(.rgb(30, 30, 30)) == 0)

    let navy = TerminalColor.rgb(0, 0, 128)
    #expect(ColorDepth.colors256.number(navy) == 18)
    #expect(ColorDepth.colors8.number(navy) == 4)
  }

  @Test("palette indices and named colours degrade too; the default stays the default")
  func indexedFallback() {
    #expect(ColorDepth.colors256.number(.indexed(208)) == 208)
    #expect(ColorDepth.colors16.number(.indexed(208)) == 3, "orange is nearest yellow")
    #expect(ColorDepth.colors8.number(.indexed(208)) == 3)
    #expect(ColorDepth.colors8.number(.indexed(15)) == 7, "bright white is white")
    #expect(ColorDepth.direct.number(.indexed(196)) == 0xFF0000)
    #expect(ColorDepth.direct.number(.cyan) == 6)
    for depth in ColorDepth.allCases {
      #expect(depth.number(.terminalDefault) == -1)
    }
  }
}

import Testing

@testable import HDSTerminal

@Suite("GlyphFallback")
struct GlyphFallbackTests {
  @Test(
    "box drawing maps to VT100 line letters",
    arguments: [
      ("─", Character("q")), ("│", "x"), ("┌", "l"), ("┐", "k"), ("└", "m"), ("┘", "j"),
      ("├", "t"), ("┤", "u"), ("┬", "w"), ("┴", "v"), ("┼", "n"), ("═", "q"), ("╭", "l"),
    ])
  func lineDrawing(glyph: String, letter: Character) {
    #expect(GlyphFallback.glyph(for: glyph) == .lineDrawing(letter))
  }

  @Test(
    "symbols map to ASCII look-alikes",
    arguments: [
      ("…", "~"), ("•", "*"), ("→", ">"), ("←", "<"), ("▲", "^"), ("▼", "v"), ("█", "#"),
      ("░", "."), ("▒", "+"), ("▓", "@"), ("≤", "<"), ("▌", "#"), ("✓", "v"), ("—", "-"),
      ("ß", "s"), ("±", "~"),
    ])
  func symbols(glyph: String, replacement: String) {
    #expect(GlyphFallback.glyph(for: glyph) == .ascii(replacement.utf8.first ?? 0))
  }

  @Test("letters with diacritics lose them")
  func diacritics() {
    #expect(GlyphFallback.glyph(for: "\u{E9}") == .ascii(UInt8(ascii: "e")))
    #expect(GlyphFallback.glyph(for: "e\u{301}") == .ascii(UInt8(ascii: "e")))
    #expect(GlyphFallback.glyph(for: "Ñ") == .ascii(UInt8(ascii: "N")))
    #expect(GlyphFallback.glyph(for: "ü") == .ascii(UInt8(ascii: "u")))
  }

  @Test("other characters become a question mark")
  func unknown() {
    #expect(GlyphFallback.glyph(for: "日") == .ascii(UInt8(ascii: "?")))
    #expect(GlyphFallback.glyph(for: "😀") == .ascii(UInt8(ascii: "?")))
    #expect(GlyphFallback.glyph(for: "€") == .ascii(UInt8(ascii: "?")))
  }

  @Test("ASCII stays and control characters become blanks")
  func ascii() {
    #expect(GlyphFallback.glyph(for: "K") == .ascii(UInt8(ascii: "K")))
    #expect(GlyphFallback.glyph(for: "~") == .ascii(UInt8(ascii: "~")))
    #expect(GlyphFallback.glyph(for: "\t") == .ascii(UInt8(ascii: " ")))
    #expect(GlyphFallback.glyph(for: "") == .ascii(UInt8(ascii: " ")))
  }
}

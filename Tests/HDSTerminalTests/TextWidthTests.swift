import Testing

@testable import HDSTerminal

@Suite("TextWidth")
struct TextWidthTests {
  // MARK: - Columns

  @Test(
    "clipWords ends on a whole word",
    arguments: [
      ("n berikut  N sebelumnya  Esc hapus", 40, "n berikut  N sebelumnya  Esc hapus"),
      ("n berikut  N sebelumnya  Esc hapus", 30, "n berikut  N sebelumnya  Esc…"),
      ("n berikut  N sebelumnya  Esc hapus", 12, "n berikut…"),
      ("Ditugaskan", 6, "Ditug…"),
      ("Ditugaskan", 0, ""),
    ])
  func clipWords(text: String, width: Int, expected: String) {
    #expect(TextWidth.clipWords(text, to: width) == expected)
    #expect(TextWidth.columns(TextWidth.clipWords(text, to: width)) <= width)
  }

  @Test("ASCII letter takes one column")
  func asciiWidth() {
    #expect(TextWidth.columns("a") == 1)
    #expect(TextWidth.columns("Kromengan") == 9)
  }

  @Test("é composed and decomposed take one column")
  func accentedWidth() {
    #expect(TextWidth.columns("\u{E9}") == 1)
    #expect(TextWidth.columns("e\u{301}") == 1)
    #expect(TextWidth.columns("Jatikert\u{E9}") == TextWidth.columns("Jatikerte\u{301}"))
  }

  @Test("CJK character takes two columns")
  func cjkWidth() {
    #expect(TextWidth.columns("日") == 2)
    #expect(TextWidth.columns("日本") == 4)
    #expect(TextWidth.columns("한") == 2)
  }

  @Test("emoji takes two columns")
  func emojiWidth() {
    #expect(TextWidth.columns("😀") == 2)
    #expect(TextWidth.columns("\u{2764}\u{FE0F}") == 2)
  }

  @Test("lone combining mark takes no column")
  func combiningWidth() {
    #expect(TextWidth.columns(of: Character("\u{301}")) == 0)
    #expect(TextWidth.columns(of: Character("\u{200B}")) == 0)
  }

  // MARK: - Clip and fit

  @Test("clip with ellipsis keeps the width")
  func clipKeepsWidth() {
    let clipped = TextWidth.clip("Kromengan — Jatikerto", to: 10)
    #expect(clipped == "Kromengan…")
    #expect(TextWidth.columns(clipped) == 10)
  }

  @Test("clip never splits a wide character")
  func clipWide() {
    let clipped = TextWidth.clip("日本語テキスト", to: 6)
    #expect(clipped == "日本…")
    #expect(TextWidth.columns(clipped) == 5)
  }

  @Test("clip leaves short text alone")
  func clipShort() {
    #expect(TextWidth.clip("Desa", to: 10) == "Desa")
    #expect(TextWidth.clip("Desa", to: 0) == "")
  }

  @Test("fit pads to the width")
  func fitPads() {
    #expect(TextWidth.fit("NIK", to: 6) == "NIK   ")
    #expect(TextWidth.fit("NIK", to: 6, alignRight: true) == "   NIK")
    #expect(TextWidth.columns(TextWidth.fit("日本", to: 7)) == 7)
  }

  @Test("fit clips long text to the width")
  func fitClips() {
    let fitted = TextWidth.fit("Kecamatan Kromengan", to: 8)
    #expect(fitted == "Kecamat…")
    #expect(TextWidth.columns(fitted) == 8)
  }
}

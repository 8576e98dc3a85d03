// The texts of the keys for themes, in both languages.

extension MessageKey {
  static let themesIndonesian: [MessageKey: String] = [
    .themeProblems:
      "Tema {0}: baris {1} salah dan diabaikan; alasannya di hds.log dan setelah keluar."
  ]

  static let themesEnglish: [MessageKey: String] = [
    .themeProblems:
      "Theme {0}: line {1} has a mistake and is ignored; the reasons are in hds.log and shown at exit."
  ]
}

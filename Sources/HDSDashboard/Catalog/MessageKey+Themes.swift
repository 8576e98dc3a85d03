// The texts of the keys for themes, in both languages.

extension MessageKey {
  static let themesIndonesian: [MessageKey: String] = [
    .themeProblems:
      "Tema {0}: baris {1} tidak terbaca, elemennya memakai tampilan bawaan (rincian di hds.log)."
  ]

  static let themesEnglish: [MessageKey: String] = [
    .themeProblems:
      "Theme {0}: line {1} not read; those elements keep the default look (details in hds.log)."
  ]
}

// The texts of the complaint workflow keys, in both languages.

extension MessageKey {
  static let complaintsIndonesian: [MessageKey: String] = [:]

  static let complaintsEnglish: [MessageKey: String] = [:]
}

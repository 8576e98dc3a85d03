// The texts of the village map keys, in both languages.

extension MessageKey {
  static let mapIndonesian: [MessageKey: String] = [:]

  static let mapEnglish: [MessageKey: String] = [:]
}

// The texts of the live summary and report keys, in both languages.

extension MessageKey {
  static let summaryIndonesian: [MessageKey: String] = [:]

  static let summaryEnglish: [MessageKey: String] = [:]
}

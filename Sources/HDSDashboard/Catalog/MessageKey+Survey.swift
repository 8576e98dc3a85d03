// The texts of the satisfaction survey keys, in both languages.

extension MessageKey {
  static let surveyIndonesian: [MessageKey: String] = [:]

  static let surveyEnglish: [MessageKey: String] = [:]
}

/// The language of the user interface: Bahasa Indonesia unless English is asked for.
public enum Language: String, Sendable, CaseIterable {
  case indonesian = "id"
  case english = "en"

  /// Picks the language from `--lang` when given, else from the locale variables in
  /// POSIX order (LC_ALL, LC_MESSAGES, LANG): English when the first one set starts
  /// with "en", Indonesian otherwise.
  public static func resolve(option: String?, environment: [String: String]) -> Language? {
    if let option {
      return Language(rawValue: option.lowercased())
    }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      if let value = environment[name], !value.isEmpty {
        return value.lowercased().hasPrefix("en") ? .english : .indonesian
      }
    }
    return .indonesian
  }
}

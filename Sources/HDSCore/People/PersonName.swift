import Foundation

/// Comparison of names as people and spreadsheets write them.
public enum PersonName {
  /// Returns whether `first` and `second` name the same person as written: equal when case,
  /// diacritics, apostrophes and the spaces and punctuation between words are ignored.
  /// "BUDI  SANTOSO" and "Budi Santoso" are the same, and "M. Yusuf" and "M Yusuf" too.
  /// "Joko Y" and "Joko Yulianto" differ, because an initial is not the whole word.
  public static func isSame(_ first: String, _ second: String) -> Bool {
    words(first) == words(second)
  }

  /// Returns the name's words folded to lowercase without diacritics, for comparison.
  static func words(_ name: String) -> [String] {
    let folded = name.folding(options: .diacriticInsensitive, locale: nil).lowercased()
    let joined = folded.filter { $0 != "'" && $0 != "\u{2019}" && $0 != "`" }
    return joined.split { !$0.isLetter && !$0.isNumber }.map(String.init)
  }
}

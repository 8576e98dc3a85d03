import Foundation
import HDSTerminal

/// The theme the dashboard draws with: `--theme`, else HDS_THEME, else dark; and whether
/// to draw colours at all (`--no-color` and NO_COLOR turn them off).
enum ThemeChoice {
  static let defaultName = "dark"

  /// Returns the user's own theme folder: $XDG_CONFIG_HOME/hds/themes, else
  /// ~/.config/hds/themes.
  static func userFolder(_ environment: [String: String]) -> String {
    if let xdg = environment["XDG_CONFIG_HOME"], xdg.hasPrefix("/") { return xdg + "/hds/themes" }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.config/hds/themes"
  }

  /// Returns the chosen theme, or fails naming the value and what to give instead.
  static func theme(option: String?, environment: [String: String]) -> Theme {
    let fromEnvironment = environment["HDS_THEME"].flatMap { $0.isEmpty ? nil : $0 }
    let value = option ?? fromEnvironment ?? defaultName
    var source = "default"
    if fromEnvironment != nil { source = "HDS_THEME" }
    if option != nil { source = "--theme" }
    if value.contains("/") || value.hasSuffix(".theme") {
      return Theme(name: value, parsing: read(value, source: source), file: value)
    }
    let own = userFolder(environment) + "/" + value + ".theme"
    if FileManager.default.fileExists(atPath: own) {
      return Theme(name: value, parsing: read(own, source: source), file: own)
    }
    if let shipped = Theme.shipped.first(where: { $0.name == value }) {
      return Theme(name: value, parsing: shipped.text, file: "themes/\(value).theme")
    }
    fail(
      "\(source) names no theme \"\(value)\"; use one of "
        + Theme.shipped.map(\.name).joined(separator: ", ")
        + ", a file of your own in \(userFolder(environment))/, or a path to a .theme file",
      code: 2)
  }

  /// Returns whether colours are on: not with --no-color, nor with NO_COLOR set and not
  /// empty.
  static func usesColor(noColorOption: Bool, environment: [String: String]) -> Bool {
    !noColorOption && (environment["NO_COLOR"] ?? "").isEmpty
  }

  private static func read(_ path: String, source: String) -> String {
    guard let data = FileManager.default.contents(atPath: path) else {
      let reason =
        FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file"
      fail("cannot read the theme file \(path) (\(source)): \(reason)", code: 2)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      fail("the theme file \(path) is not UTF-8 text; save it as UTF-8", code: 2)
    }
    return text
  }
}

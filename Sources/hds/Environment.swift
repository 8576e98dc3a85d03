import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// What the program reads from its surroundings: the data directory and the OS user.
enum Environment {
  /// The data directory: `--data`, else HDS_DATA, else $XDG_DATA_HOME/hds, else
  /// ~/.local/share/hds, as the XDG base directory specification defaults it.
  static func dataDirectory(option: String?, environment: [String: String]) -> String {
    if let option, !option.isEmpty { return absolute(option) }
    if let value = environment["HDS_DATA"], !value.isEmpty { return absolute(value) }
    if let xdg = environment["XDG_DATA_HOME"], xdg.hasPrefix("/") { return xdg + "/hds" }
    let home = environment["HOME"] ?? NSHomeDirectory()
    return home + "/.local/share/hds"
  }

  /// The PostgreSQL store: `--store`, else HDS_STORE; nil for the SQLite store in the data
  /// directory. An HDS_STORE that is not a postgresql:// URL is a mistake to report, so it
  /// is returned as it is for `Commands.openStore` to reject.
  static func storeURL(option: String?, environment: [String: String]) -> String? {
    if let option, !option.isEmpty { return option }
    if let value = environment["HDS_STORE"], !value.isEmpty { return value }
    return nil
  }

  /// Whether `text` is a PostgreSQL connection URL, as libpq reads them.
  static func isServerURL(_ text: String) -> Bool {
    text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
  }

  private static func absolute(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    return FileManager.default.currentDirectoryPath + "/" + path
  }

  /// The login name of the effective user, recorded on every event.
  static func userName() -> String {
    if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name {
      return String(cString: name)
    }
    return "uid\(geteuid())"
  }
}

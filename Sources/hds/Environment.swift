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

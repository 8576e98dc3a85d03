import Foundation
import HDSCore

#if canImport(Glibc)
  import Glibc
#endif

/// The role of the user running hds, from the data directory's `roles.conf`.
///
/// Without the file, the owner of the data directory is an operator, so that the person
/// who made a store can work it, and every other user has `Role.least`. A roles.conf that
/// any user may write is refused, because anyone could then give themselves any role.
enum AccessRole {
  static let fileName = "roles.conf"

  /// Returns the role of the effective user, lowered by `--read-only`; fails with the
  /// file's path and the fix when roles.conf cannot be used.
  static func resolve(directory: String, readOnly: Bool) -> Role {
    let role = roleBeforeReadOnly(directory: directory)
    return readOnly ? role.readOnly : role
  }

  /// Returns the effective user with their role, as every event records them.
  static func actor(directory: String, readOnly: Bool) -> Actor {
    Actor(user: Environment.userName(), role: resolve(directory: directory, readOnly: readOnly))
  }

  private static func roleBeforeReadOnly(directory: String) -> Role {
    let path = directory + "/" + fileName
    var info = stat()
    guard stat(path, &info) == 0 else {
      var directoryInfo = stat()
      let owner = stat(directory, &directoryInfo) == 0 ? directoryInfo.st_uid : nil
      // A directory not made yet will be the user's own.
      return owner == nil || owner == geteuid() ? .operator : Role.least
    }
    if info.st_mode & (S_IWOTH | S_IWGRP) != 0 {
      fail(
        "\(path) may be written by other users, who could give themselves any role; make it"
          + " writable by its owner only (chmod go-w)")
    }
    guard let data = FileManager.default.contents(atPath: path),
      let text = String(data: data, encoding: .utf8)
    else {
      fail("cannot read \(path) as UTF-8 text; check its permissions and encoding")
    }
    do {
      let config = try RoleConfig(parsing: text)
      return config.role(ofUser: Environment.userName(), groups: Environment.groupNames())
    } catch {
      fail("\(path): \(error); the format is in the README, section Roles")
    }
  }
}

extension Environment {
  /// Returns the names of the effective user's groups, the primary group included.
  static func groupNames() -> [String] {
    let count = getgroups(0, nil)
    var ids = [gid_t](repeating: 0, count: Int(max(count, 0)))
    let filled = getgroups(count, &ids)
    var names: [String] = []
    for id in [getegid()] + ids.prefix(Int(max(filled, 0))) {
      if let entry = getgrgid(id), let name = entry.pointee.gr_name {
        names.append(String(cString: name))
      }
    }
    return names
  }
}

extension Arguments.Command {
  /// The roles that may run the command; nil when every role may.
  ///
  /// Writes are the operator's, settings also the supervisor's. A backup contains every
  /// personal number in full, so it is for the roles that see them. A viewer's exports
  /// have numbers masked, and a courier gets only their own run sheet.
  var allowedRoles: Set<Role>? {
    switch self {
    case .demo, .importPrintList, .importSurvey, .courierAdd, .courierEdit,
      .courierDeactivate, .courierActivate, .restore, .migrateStore:
      return [.operator]
    case .backup, .regionImport:
      return [.operator, .supervisor]
    case .exportRecipients, .exportEvents:
      return [.operator, .supervisor, .viewer]
    case .runsheet:
      // A courier gets their own run sheet only; the command checks which.
      return [.operator, .supervisor, .viewer, .courier]
    case .audit:
      return [.operator, .supervisor, .viewer]
    case .dashboard, .summary, .survey, .export, .settings, .courier, .courierList, .report,
      .region, .regionExport:
      return nil
    }
  }
}

extension AccessRole {
  /// Fails, naming the role and who may, when the user's role may not run `command`.
  /// `settings` checks for itself, because printing them is open to every role.
  static func require(_ command: Arguments.Command, directory: String, readOnly: Bool) {
    // Read even when every role may run the command, so that a roles.conf that cannot be
    // used is reported by whichever command runs first.
    let role = resolve(directory: directory, readOnly: readOnly)
    guard let allowed = command.allowedRoles else { return }
    require(allowed, for: command, role: role, directory: directory)
  }

  /// Fails, naming the role and who may, when the user's role is not one of `allowed`.
  static func require(
    _ allowed: Set<Role>, for command: Arguments.Command, directory: String, readOnly: Bool
  ) {
    require(
      allowed, for: command, role: resolve(directory: directory, readOnly: readOnly),
      directory: directory)
  }

  private static func require(
    _ allowed: Set<Role>, for command: Arguments.Command, role: Role, directory: String
  ) {
    guard !allowed.contains(role) else { return }
    let names = Role.allCases.filter { allowed.contains($0) }.map(\.rawValue)
    let list =
      names.count > 1
      ? names.dropLast().joined(separator: ", ") + " or " + names[names.count - 1]
      : names.joined()
    fail(
      "hds \(command.rawValue) is for the \(list) role; you have the"
        + " \(role.rawValue) role (\(fileName) in \(directory), or --read-only)")
  }
}

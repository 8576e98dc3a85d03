import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The Unix account a test logs in as over SSH, and the group that may read the store.
///
/// Run as root, the tests use a dedicated system user in a group of its own, made on
/// first use and kept for later runs. The viewer then reads the store as another user
/// through its group, as a Dinas Dukcapil account does. Run as another user, sshd can only
/// let that user log in, so the tests log in as the current user and print a note.
struct SSHAccount {
  static let dedicatedUser = "hds-e2e-viewer"
  static let dedicatedGroup = "hds-e2e"

  let user: String
  let group: String
  let groupID: gid_t
  /// Whether `user` is the dedicated viewer account rather than the user running the tests.
  let isDedicated: Bool

  /// Returns the dedicated account when running as root, creating the user and group when
  /// they are missing; otherwise the current user and their primary group.
  static func prepare() throws -> SSHAccount {
    guard geteuid() == 0 else {
      let user = String(cString: getpwuid(geteuid()).pointee.pw_name)
      let group = getgrgid(getegid()).map { String(cString: $0.pointee.gr_name) } ?? "\(getegid())"
      print(
        "SSH tests: not running as root, so no viewer account can be made; they log in as"
          + " \(user), the current user, and do not check reads by another user")
      return SSHAccount(user: user, group: group, groupID: getegid(), isDedicated: false)
    }

    if getgrnam(dedicatedGroup) == nil {
      try runTool(
        "groupadd", ["--system", dedicatedGroup], unlessNow: { getgrnam(dedicatedGroup) != nil })
    }
    guard let groupEntry = getgrnam(dedicatedGroup) else {
      throw SSHTestError.setup("group \(dedicatedGroup) is missing after groupadd")
    }
    let groupID = groupEntry.pointee.gr_gid

    if getpwnam(dedicatedUser) == nil {
      // /nonexistent is Debian's home for system users that have none.
      try runTool(
        "useradd",
        [
          "--system", "--gid", dedicatedGroup, "--no-create-home", "--home-dir", "/nonexistent",
          "--shell", "/bin/sh", dedicatedUser,
        ], unlessNow: { getpwnam(dedicatedUser) != nil })
    }
    // useradd leaves the password field "!", a locked account, and sshd without PAM
    // refuses every login to a locked account, keys included. "*" matches no password
    // but does not lock.
    try runTool("usermod", ["--password", "*", "--gid", dedicatedGroup, dedicatedUser])
    return SSHAccount(
      user: dedicatedUser, group: dedicatedGroup, groupID: groupID, isDedicated: true)
  }

  /// Runs a tool from the shadow suite. A failure counts as done when `unlessNow` returns
  /// true, because another test run may have made the same user or group in the meantime.
  private static func runTool(
    _ name: String, _ arguments: [String], unlessNow exists: () -> Bool = { false }
  ) throws {
    let tool = try SystemProgram.find(name, package: "passwd")
    let result = try ChildProcess.run(tool, arguments)
    guard result.status == 0 || exists() else {
      throw SSHTestError.setup(
        "\(name) \(arguments.joined(separator: " ")) exited with status \(result.status):"
          + " \(result.errorOutput)")
    }
  }
}

/// Programs the SSH tests need, searched on PATH and in the sbin directories, which a
/// non-root PATH often lacks.
enum SystemProgram {
  static func find(_ name: String, package: String) throws -> URL {
    if let found = ChildProcess.findOnPath(name) { return found }
    for directory in ["/usr/sbin", "/sbin", "/usr/bin", "/bin"] {
      let candidate = URL(fileURLWithPath: directory).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    throw SSHTestError.programMissing(name: name, package: package)
  }
}

/// A failure to set up the SSH tests, as opposed to a failed expectation about hds.
enum SSHTestError: Error, CustomStringConvertible {
  case programMissing(name: String, package: String)
  case setup(String)
  case serverFailed(String)

  var description: String {
    switch self {
    case .programMissing(let name, let package):
      return "\(name) was not found on PATH or in /usr/sbin; the SSH tests need the Debian"
        + " package \(package): run bash .ci/setup, which installs it"
    case .setup(let detail):
      return "setting up the SSH test failed: \(detail)"
    case .serverFailed(let detail):
      return "sshd did not start: \(detail)"
    }
  }
}

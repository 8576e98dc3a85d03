import Foundation

/// The data directory's `roles.conf`: which Unix users and groups have which role.
///
/// One rule a line, `ROLE user:NAME` or `ROLE group:NAME`, with ROLE one of operator,
/// supervisor, viewer, courier. `#` starts a comment; blank lines are ignored. A user's
/// own line wins over their groups' lines; among several groups the role that may do most
/// applies, because each line is a grant. A user no line names gets `Role.least`.
public struct RoleConfig: Sendable, Equatable {
  public struct Rule: Sendable, Equatable {
    public enum Subject: Sendable, Equatable {
      case user(String)
      case group(String)
    }

    public let role: Role
    public let subject: Subject
    public let line: Int
  }

  public let rules: [Rule]

  /// Parses the file's text; throws at the first invalid line, naming it and the fix.
  public init(parsing text: String) throws(RoleConfigError) {
    var rules: [Rule] = []
    var seen: [Rule.Subject: Int] = [:]
    for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = index + 1
      let content = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
      let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
      if words.isEmpty { continue }
      guard words.count == 2 else {
        throw .invalidLine(
          line: line, text: String(raw), reason: "expected ROLE user:NAME or ROLE group:NAME")
      }
      guard let role = Role(rawValue: String(words[0])) else {
        throw .invalidLine(
          line: line, text: String(raw),
          reason: "unknown role \(words[0]); use operator, supervisor, viewer or courier")
      }
      let target = words[1]
      let subject: Rule.Subject
      if target.hasPrefix("user:"), target.count > 5 {
        subject = .user(String(target.dropFirst(5)))
      } else if target.hasPrefix("group:"), target.count > 6 {
        subject = .group(String(target.dropFirst(6)))
      } else {
        throw .invalidLine(
          line: line, text: String(raw),
          reason: "\(target) names no user or group; write user:NAME or group:NAME")
      }
      if let earlier = seen[subject] {
        throw .invalidLine(
          line: line, text: String(raw),
          reason: "\(target) has a role on line \(earlier) already; keep one line for it")
      }
      seen[subject] = line
      rules.append(Rule(role: role, subject: subject, line: line))
    }
    self.rules = rules
  }

  /// Returns the role of `user`, a member of `groups`.
  public func role(ofUser user: String, groups: [String]) -> Role {
    if let own = rules.first(where: { $0.subject == .user(user) }) { return own.role }
    let granted = rules.filter { rule in
      if case .group(let name) = rule.subject { return groups.contains(name) }
      return false
    }
    return granted.map(\.role).max() ?? Role.least
  }
}

extension RoleConfig.Rule.Subject: Hashable {}

/// The reason `roles.conf` cannot be used. The message names the line and the fix.
public enum RoleConfigError: Error, Sendable, Equatable, CustomStringConvertible {
  case invalidLine(line: Int, text: String, reason: String)

  public var description: String {
    switch self {
    case .invalidLine(let line, let text, let reason):
      return "line \(line) (\(text.trimmingCharacters(in: .whitespaces))): \(reason)"
    }
  }
}

/// Where the dashboard records what it did: start, stop, each write with its request
/// and user, every error it caught. Lines must never hold a full NIK or phone number.
public protocol ActivityLog: Sendable {
  func record(_ line: String)
}

/// A log that drops every line, for tests.
public struct DiscardingLog: ActivityLog {
  public init() {}
  public func record(_ line: String) {}
}

import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A process as /proc/PID/stat describes it.
struct ProcessEntry: Equatable {
  let pid: pid_t
  let parent: pid_t
  /// The executable's name, at most 15 bytes (the kernel's TASK_COMM_LEN less one).
  let name: String
  /// The state letter: R running, S sleeping, Z exited but not yet reaped, and so on.
  let state: Character

  /// Whether the process still runs, as opposed to an exited process waiting to be reaped.
  var isRunning: Bool { state != "Z" && state != "X" }
}

/// The processes below one process, read from /proc, to find what an sshd session runs.
enum ProcessTree {
  /// Returns every process that `root` started, directly or through its children.
  static func descendants(of root: pid_t) -> [ProcessEntry] {
    let all = entries()
    var found: [ProcessEntry] = []
    var parents: Set<pid_t> = [root]
    // Each pass adds the children of the processes found so far, until none is new.
    while true {
      let next = all.filter { parents.contains($0.parent) && !found.contains($0) }
      if next.isEmpty { return found }
      found += next
      parents.formUnion(next.map(\.pid))
    }
  }

  /// Returns whether `pid` exists and has not exited. An exited child that its parent has
  /// not reaped yet counts as exited.
  static func isRunning(_ pid: pid_t) -> Bool {
    guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else {
      return false
    }
    return parse(String(decoding: data, as: UTF8.self), pid: pid)?.isRunning ?? false
  }

  /// Returns the value of `name` in the environment `pid` started with, or nil when the
  /// variable is not set or /proc/PID/environ cannot be read (another user's process,
  /// unless this one is root).
  static func environmentValue(_ name: String, of pid: pid_t) -> String? {
    guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else {
      return nil
    }
    let prefix = Array((name + "=").utf8)
    for entry in data.split(separator: 0) where entry.starts(with: prefix) {
      return String(decoding: entry.dropFirst(prefix.count), as: UTF8.self)
    }
    return nil
  }

  private static func entries() -> [ProcessEntry] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return names.compactMap { name in
      guard let pid = pid_t(name),
        let data = FileManager.default.contents(atPath: "/proc/\(name)/stat")
      else { return nil }
      return parse(String(decoding: data, as: UTF8.self), pid: pid)
    }
  }

  /// Parses "PID (NAME) STATE PPID …". NAME may contain spaces and parentheses, so it ends
  /// at the last ")".
  private static func parse(_ stat: String, pid: pid_t) -> ProcessEntry? {
    guard let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else {
      return nil
    }
    let name = String(stat[stat.index(after: open)..<close])
    let fields = stat[stat.index(after: close)...].split(separator: " ")
    guard fields.count >= 2, let state = fields[0].first, let parent = pid_t(fields[1]) else {
      return nil
    }
    return ProcessEntry(pid: pid, parent: parent, name: name, state: state)
  }
}

import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The ending, output and run time of a child process.
struct ProcessResult {
  enum Ending: Equatable {
    case exited(Int32)
    case signalled(Int32)
    /// The process ran past the timeout and was killed with SIGKILL.
    case timedOut
  }

  let ending: Ending
  let output: String
  let errorOutput: String
  let seconds: Double
}

/// Runs programs with posix_spawn, output in files, and a timeout.
///
/// Foundation's `Process` is not used because the tmux server that `tmux new-session`
/// forks inherits the descriptor `Process` watches, so waiting for the tmux client never
/// ends (seen with tmux 3.3a and Swift 6.3 on Linux).
enum Subprocess {
  /// Runs `path` with `arguments` and waits for it to exit, at most `timeout` seconds.
  /// Standard input is /dev/null, no other descriptor is inherited, and every signal
  /// starts unblocked with its default action.
  static func run(
    _ path: String, _ arguments: [String], environment: [String: String]? = nil,
    timeout: Double, scratch: String
  ) throws(FuzzError) -> ProcessResult {
    let outputPath = scratch + ".out"
    let errorPath = scratch + ".err"
    defer {
      unlink(outputPath)
      unlink(errorPath)
    }
    let started = Date()
    let pid = try spawn(
      path, arguments: arguments,
      environment: environment ?? ProcessInfo.processInfo.environment,
      outputPath: outputPath, errorPath: errorPath)
    let ending = waitForExit(pid, timeout: timeout)
    return ProcessResult(
      ending: ending,
      output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
      errorOutput: readLossy(errorPath),
      seconds: Date().timeIntervalSince(started))
  }

  /// Returns the file's text with invalid UTF-8 replaced, so that a message with a
  /// broken byte is still checked.
  private static func readLossy(_ path: String) -> String {
    guard let data = FileManager.default.contents(atPath: path) else { return "" }
    return String(decoding: data, as: UTF8.self)
  }

  private static func spawn(
    _ path: String, arguments: [String], environment: [String: String], outputPath: String,
    errorPath: String
  ) throws(FuzzError) -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for descriptor in names.compactMap({ Int32($0) }) where descriptor > 2 {
      posix_spawn_file_actions_addclose(&actions, descriptor)
    }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var unblocked = sigset_t()
    sigemptyset(&unblocked)
    posix_spawnattr_setsigmask(&attributes, &unblocked)
    var defaults = sigset_t()
    sigfillset(&defaults)
    sigdelset(&defaults, SIGKILL)
    sigdelset(&defaults, SIGSTOP)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    var argv = ([path] + arguments).map { strdup($0) } + [nil]
    var envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, path, &actions, &attributes, &argv, &envp)
    guard result == 0 else {
      throw .setup("cannot start \(path): \(String(cString: strerror(result)))")
    }
    return pid
  }

  /// Polls every millisecond, because a blocking waitpid cannot time out.
  private static func waitForExit(_ pid: pid_t, timeout: Double) -> ProcessResult.Ending {
    let deadline = Date().addingTimeInterval(timeout)
    var status: Int32 = 0
    while true {
      let result = waitpid(pid, &status, WNOHANG)
      if result == pid { break }
      if result == -1 && errno != EINTR { return .exited(-1) }
      if Date() >= deadline {
        kill(pid, SIGKILL)
        _ = waitpid(pid, &status, 0)
        return .timedOut
      }
      usleep(1_000)
    }
    // The low 7 bits are the signal that ended the process, 0 for a normal exit.
    let signal = status & 0x7f
    return signal == 0 ? .exited((status >> 8) & 0xff) : .signalled(signal)
  }
}

import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The exit status and output of a finished child process.
struct ProcessOutput {
  /// The exit status, or 128 plus the signal number when a signal ended the process.
  let status: Int32
  let output: String
  let errorOutput: String
}

/// Runs programs to completion, as a shell would start them.
///
/// Foundation's `Process` is not used, for two reasons seen with tmux 3.3a and Swift 6.3
/// on Linux. The tmux server that `tmux new-session` forks inherits the socket `Process`
/// watches for the child's exit, so `waitUntilExit()` never returns. And the child
/// inherits the signal mask of the test thread, where SIGTERM and SIGCHLD are blocked,
/// so the tmux server could neither be stopped nor notice its panes exit.
enum ChildProcess {
  /// Runs `executable` with `arguments` and waits for it to exit. Standard input is
  /// /dev/null, no other descriptor is inherited, and every signal starts unblocked with
  /// its default action.
  static func run(
    _ executable: URL, _ arguments: [String],
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> ProcessOutput {
    let base = FileManager.default.temporaryDirectory
      .appendingPathComponent("hds-e2e-process-" + UUID().uuidString).path
    let outputPath = base + ".out"
    let errorPath = base + ".err"
    defer {
      unlink(outputPath)
      unlink(errorPath)
    }

    let pid = try spawn(
      executable.path, arguments: [executable.path] + arguments,
      environment: environment.map { "\($0.key)=\($0.value)" },
      outputPath: outputPath, errorPath: errorPath)
    let status = try waitForExit(pid, command: executable.path)

    return ProcessOutput(
      status: status,
      output: (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "",
      errorOutput: (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "")
  }

  /// Returns the first executable file called `name` in the directories of PATH.
  static func findOnPath(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for directory in path.split(separator: ":") {
      let candidate = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
      if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    }
    return nil
  }

  static func spawn(
    _ path: String, arguments: [String], environment: [String], outputPath: String,
    errorPath: String
  ) throws -> pid_t {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, errorPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    // glibc's posix_spawn_file_actions_addclosefrom_np is not visible to Swift, so each
    // descriptor open now is closed by name. One opened by another thread in between
    // without close-on-exec could still leak into the child.
    for descriptor in openDescriptors() where descriptor > 2 {
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

    var argv = arguments.map { strdup($0) } + [nil]
    var envp = environment.map { strdup($0) } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, path, &actions, &attributes, &argv, &envp)
    guard result == 0 else {
      throw EndToEndError.commandFailed(
        command: path, status: -1,
        errorOutput: "posix_spawn failed: " + String(cString: strerror(result)))
    }
    return pid
  }

  /// Returns the descriptors open in this process, from /proc/self/fd.
  private static func openDescriptors() -> [Int32] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    return names.compactMap { Int32($0) }
  }

  static func waitForExit(_ pid: pid_t, command: String) throws -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 {
      guard errno == EINTR else {
        throw EndToEndError.commandFailed(
          command: command, status: -1,
          errorOutput: "waitpid failed: " + String(cString: strerror(errno)))
      }
    }
    // The low 7 bits are the signal that ended the process, 0 for a normal exit.
    let signal = status & 0x7f
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal
  }
}

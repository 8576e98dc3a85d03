import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A child process that runs while the test goes on, with its output in files, so that
/// the test can kill it at a moment of its choice.
final class BackgroundProcess {
  let pid: pid_t
  let command: String
  private let outputPath: String
  private let errorPath: String

  /// Starts `executable` as `ChildProcess.run` does, without waiting for it.
  init(_ executable: URL, _ arguments: [String], outputPath: String) throws {
    command = ([executable.lastPathComponent] + arguments).joined(separator: " ")
    self.outputPath = outputPath
    errorPath = outputPath + ".err"
    pid = try ChildProcess.spawn(
      executable.path, arguments: [executable.path] + arguments,
      environment: ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" },
      outputPath: outputPath, errorPath: errorPath)
  }

  /// Sends SIGKILL, which the process can neither catch nor delay.
  func kill() {
    _ = Glibc.kill(pid, SIGKILL)
  }

  /// Whether the process has not exited yet. It reaps nothing, so `wait()` still works.
  var isRunning: Bool {
    var info = siginfo_t()
    let result = waitid(P_PID, id_t(pid), &info, WEXITED | WNOHANG | WNOWAIT)
    return result == 0 && info._sifields._sigchld.si_pid == 0
  }

  /// Waits for the exit and returns the status: the exit code, or 128 plus the signal.
  func wait() throws -> Int32 {
    try ChildProcess.waitForExit(pid, command: command)
  }

  /// The standard output written so far.
  var output: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }

  var errorOutput: String { (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "" }
}

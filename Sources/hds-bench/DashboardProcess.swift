import Foundation

#if canImport(Glibc)
  import Glibc
#endif

// Glibc declares these only under _XOPEN_SOURCE, which Swift's Glibc module does not set.
@_silgen_name("posix_openpt") private func posixOpenPT(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func grantPT(_ descriptor: Int32) -> Int32
@_silgen_name("unlockpt") private func unlockPT(_ descriptor: Int32) -> Int32
@_silgen_name("ptsname_r")
private func ptsNameR(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ size: Int)
  -> Int32

/// One line of the dashboard's frame trace (see `FrameTrace` in HDSDashboard).
struct TraceFrame {
  /// When the frame was drawn, in nanoseconds of the monotonic clock.
  let drawnAt: UInt64
  let keys: Int
  let pending: Int
  let snapshots: Int
  /// When the shown snapshot's load began.
  let loadStartedAt: UInt64
  let isComplete: Bool

  init?(_ line: Substring) {
    let words = line.split(separator: " ")
    guard words.count == 7, words[0] == "frame", let drawnAt = UInt64(words[1]) else {
      return nil
    }
    var fields: [Substring: Substring] = [:]
    for word in words.dropFirst(2) {
      guard let equals = word.firstIndex(of: "=") else { return nil }
      fields[word[..<equals]] = word[word.index(after: equals)...]
    }
    guard let keys = fields["keys"].flatMap({ Int($0) }),
      let pending = fields["pending"].flatMap({ Int($0) }),
      let snapshots = fields["snapshots"].flatMap({ Int($0) }),
      let load = fields["load"].flatMap({ UInt64($0) }),
      let complete = fields["complete"]
    else { return nil }
    self.drawnAt = drawnAt
    self.keys = keys
    self.pending = pending
    self.snapshots = snapshots
    self.loadStartedAt = load
    self.isComplete = complete == "1"
  }
}

/// Returns the monotonic clock in nanoseconds, the clock the frame trace uses.
func monotonicNow() -> UInt64 {
  var time = timespec()
  clock_gettime(CLOCK_MONOTONIC, &time)
  return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Returns the CPU time this thread has used, in nanoseconds.
func threadCPUNow() -> UInt64 {
  var time = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
  return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// The real `hds dashboard` on a pseudo-terminal of its own, with its frame trace on a
/// pipe. A reader thread drains the terminal, counting its bytes, and collects the
/// trace, so the dashboard never waits for the benchmark.
final class DashboardProcess: @unchecked Sendable {
  let pid: pid_t
  /// When the process was started, on the monotonic clock.
  let startedAt: UInt64
  private let master: Int32
  private let traceInput: Int32
  private let condition = NSCondition()
  // Guarded by `condition`.
  private var frames: [TraceFrame] = []
  private var terminalBytes = 0
  /// The terminal's last bytes, for the message when the dashboard fails.
  private var terminalTail: [UInt8] = []
  private var traceBytes = 0
  private var isFinished = false

  init(executable: String, arguments: [String], environment: [String: String], rows: Int, cols: Int)
    throws(BenchError)
  {
    let master = posixOpenPT(O_RDWR | O_NOCTTY)
    guard master >= 0, grantPT(master) == 0, unlockPT(master) == 0 else {
      throw .failed("cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
    }
    var name = [CChar](repeating: 0, count: 256)
    guard ptsNameR(master, &name, name.count) == 0 else {
      throw .failed("cannot name the pseudo-terminal: \(String(cString: strerror(errno)))")
    }
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(cols), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    let terminal = open(name, O_RDWR | O_NOCTTY)
    var pipeEnds: [Int32] = [0, 0]
    guard terminal >= 0, pipe(&pipeEnds) == 0 else {
      throw .failed("cannot open the terminal side: \(String(cString: strerror(errno)))")
    }
    // Every descriptor of the benchmark closes on exec; the child gets only its copies on
    // 0, 1, 2 and 3. Moving them above 9 keeps dup2 from landing on one of them.
    let high = [master, terminal, pipeEnds[0], pipeEnds[1]].map { fcntl($0, F_DUPFD_CLOEXEC, 10) }
    for descriptor in [master, terminal, pipeEnds[0], pipeEnds[1]] { close(descriptor) }
    self.master = high[0]
    traceInput = high[2]

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for target in [Int32(0), 1, 2] { posix_spawn_file_actions_adddup2(&actions, high[1], target) }
    posix_spawn_file_actions_adddup2(&actions, high[3], 3)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    // POSIX_SPAWN_SETSID (glibc): the dashboard leads a session of its own, as in a
    // terminal window, so the benchmark's signals do not reach it.
    // POSIX_SPAWN_SETSIGDEF and POSIX_SPAWN_SETSIGMASK: every signal starts with its
    // default action and unblocked, whatever this process blocks or ignores.
    var signals = sigset_t()
    sigemptyset(&signals)
    for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD, SIGWINCH] {
      sigaddset(&signals, number)
    }
    posix_spawnattr_setsigdefault(&attributes, &signals)
    sigemptyset(&signals)
    posix_spawnattr_setsigmask(&attributes, &signals)
    posix_spawnattr_setflags(&attributes, Int16(0x80 | 0x04 | 0x08))

    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv { free(pointer) }
      for pointer in envp { free(pointer) }
    }
    var child: pid_t = 0
    startedAt = monotonicNow()
    let code = posix_spawn(&child, executable, &actions, &attributes, argv, envp)
    close(high[1])
    close(high[3])
    guard code == 0 else {
      throw .failed("cannot start \(executable): \(String(cString: strerror(code)))")
    }
    pid = child
    Interruption.shared.add(child: child)
    let reader = Thread { [unowned self] in self.readUntilExit() }
    reader.name = "hds-bench reader"
    reader.start()
  }

  deinit {
    close(master)
    close(traceInput)
  }

  // MARK: Reading

  private func readUntilExit() {
    var buffer = [UInt8](repeating: 0, count: 65_536)
    var pendingLine: [UInt8] = []
    var descriptors = [
      pollfd(fd: master, events: Int16(POLLIN), revents: 0),
      pollfd(fd: traceInput, events: Int16(POLLIN), revents: 0),
    ]
    var open = [true, true]
    while open[0] || open[1] {
      for index in descriptors.indices {
        descriptors[index].fd = open[index] ? descriptors[index].fd : -1
        descriptors[index].revents = 0
      }
      guard poll(&descriptors, 2, 1_000) >= 0 || errno == EINTR else { break }
      for index in descriptors.indices where open[index] && descriptors[index].revents != 0 {
        let count = read(descriptors[index].fd, &buffer, buffer.count)
        if count <= 0 {
          if count < 0 && errno == EINTR { continue }
          open[index] = false
          continue
        }
        condition.lock()
        if index == 0 {
          terminalBytes += count
          terminalTail += buffer[0..<count]
          if terminalTail.count > 4_096 { terminalTail.removeFirst(terminalTail.count - 2_048) }
        } else {
          traceBytes += count
          pendingLine += buffer[0..<count]
          while let newline = pendingLine.firstIndex(of: UInt8(ascii: "\n")) {
            let line = String(decoding: pendingLine[..<newline], as: UTF8.self)
            pendingLine.removeSubrange(...newline)
            if let frame = TraceFrame(line[...]) { frames.append(frame) }
          }
        }
        condition.broadcast()
        condition.unlock()
      }
    }
    condition.lock()
    isFinished = true
    condition.broadcast()
    condition.unlock()
  }

  // MARK: Driving

  /// Writes `keys` to the terminal and returns when, on the monotonic clock.
  @discardableResult
  func send(_ keys: String) -> UInt64 {
    let bytes = Array(keys.utf8)
    let sentAt = monotonicNow()
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes {
        write(master, $0.baseAddress! + written, bytes.count - written)
      }
      if result > 0 { written += result } else if errno != EINTR { break }
    }
    return sentAt
  }

  /// The number of frames traced so far.
  var frameCount: Int {
    condition.lock()
    defer { condition.unlock() }
    return frames.count
  }

  /// The last frame traced, if any.
  var lastFrame: TraceFrame? {
    condition.lock()
    defer { condition.unlock() }
    return frames.last
  }

  /// Waits for the first frame from index `from` on that `accepts`, or nil after
  /// `timeout` seconds or when the process ended.
  func waitForFrame(from: Int = 0, timeout: Double, _ accepts: (TraceFrame) -> Bool)
    -> TraceFrame?
  {
    let deadline = Date(timeIntervalSinceNow: timeout)
    condition.lock()
    defer { condition.unlock() }
    var index = from
    while true {
      while index < frames.count {
        if accepts(frames[index]) { return frames[index] }
        index += 1
      }
      if isFinished || !condition.wait(until: deadline) { return nil }
    }
  }

  /// The last bytes the dashboard wrote to its terminal, escape sequences shown as `^[`.
  var recentOutput: String {
    condition.lock()
    defer { condition.unlock() }
    return String(decoding: terminalTail.suffix(600), as: UTF8.self)
      .replacingOccurrences(of: "\u{1B}", with: "^[")
  }

  /// Bytes the dashboard wrote to its terminal and to the trace so far.
  var bytesWritten: (terminal: Int, trace: Int) {
    condition.lock()
    defer { condition.unlock() }
    return (terminalBytes, traceBytes)
  }

  /// Ends the dashboard with q, or SIGKILL when it does not exit within 5 seconds, and
  /// returns its peak resident memory in bytes as the kernel counted it.
  @discardableResult
  func stop() -> Int? {
    let peak = ProcessFigures.peakResidentBytes(of: pid)
    send("q")
    let deadline = Date(timeIntervalSinceNow: 5)
    var status: Int32 = 0
    while waitpid(pid, &status, WNOHANG) == 0 {
      if Date() > deadline {
        kill(pid, SIGKILL)
        waitpid(pid, &status, 0)
        break
      }
      usleep(10_000)
    }
    Interruption.shared.remove(child: pid)
    return peak
  }
}

/// Figures of a running process from /proc.
enum ProcessFigures {
  /// User plus system CPU time in seconds, from /proc/PID/stat.
  static func cpuSeconds(of pid: pid_t) -> Double? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
      let close = text.lastIndex(of: ")")
    else { return nil }
    // Fields after the command name: state is field 3, utime 14 and stime 15.
    let fields = text[text.index(after: close)...].split(separator: " ")
    guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else {
      return nil
    }
    return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
  }

  /// Bytes the process passed to write calls (wchar) and bytes it caused to be written
  /// to storage (write_bytes), from /proc/PID/io.
  static func writes(of pid: pid_t) -> (calls: Int, storage: Int)? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8) else {
      return nil
    }
    var values: [String: Int] = [:]
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: ":")
      if parts.count == 2 {
        values[String(parts[0])] = Int(parts[1].trimmingCharacters(in: .whitespaces))
      }
    }
    guard let calls = values["wchar"], let storage = values["write_bytes"] else { return nil }
    return (calls, storage)
  }

  /// Returns the peak resident set (VmHWM) in bytes, from /proc/PID/status.
  static func peakResidentBytes(of pid: pid_t) -> Int? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else {
      return nil
    }
    for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
      let digits = line.filter(\.isNumber)
      return Int(digits).map { $0 * 1024 }
    }
    return nil
  }
}

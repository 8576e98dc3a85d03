import Foundation
import HDSCore
import HDSStoreSQLite

#if canImport(Glibc)
  import Glibc
#endif

/// Runs `hds-bench scale`: measures the dashboard, the store's reads and the import on a
/// big store against their targets. docs/benchmarks-scale.md gives the method.
func runScaleBenchmark(_ options: ScaleOptions) throws {
  Interruption.shared.install()
  let work = try WorkCopy(of: options.dataDirectory)
  defer { work.remove() }
  let store = try SQLiteStore(path: work.storePath)
  let requests = try store.totals(on: CalendarDay(containing: Date())).byState.values.reduce(
    0, +)
  print("store: \(options.dataDirectory) (\(requests) requests), measured on a copy")
  print("")

  var rows: [ResultRow] = []
  if options.dashboard {
    progress("the dashboard in a pseudo-terminal")
    rows += try DashboardScenario(options: options, work: work, store: store).run()
  }
  // The store's reads come before the import, which adds its rows to the store.
  progress("each pane's reads in this process")
  let queries = try QueryReport(store: store).text()
  if let list = options.printList {
    progress("the import of \(list)")
    rows += try ImportScenario(options: options, work: work, list: list).run()
  }
  if !rows.isEmpty {
    print(ResultRow.header())
    for row in rows { print(row.line) }
    print("")
  }
  print(queries, terminator: "")
}

/// Says on stderr what the benchmark measures now, since a run takes minutes.
func progress(_ step: String) {
  FileHandle.standardError.write(Data("hds-bench: measuring \(step)\n".utf8))
}

/// A copy of the data directory in a temporary directory, removed at the end.
struct WorkCopy {
  let directory: String
  var storePath: String { directory + "/" + SQLiteStore.fileName }

  init(of source: String) throws {
    let original = source + "/" + SQLiteStore.fileName
    guard FileManager.default.fileExists(atPath: original) else {
      throw BenchError.failed("no store at \(original); make one with `hds-bench generate`")
    }
    directory = NSTemporaryDirectory() + "hds-bench-scale-\(getpid())"
    Interruption.shared.add(directory: directory)
    try? FileManager.default.removeItem(atPath: directory)
    try FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    for suffix in ["", "-wal", "-shm"]
    where FileManager.default.fileExists(atPath: original + suffix) {
      try FileManager.default.copyItem(atPath: original + suffix, toPath: storePath + suffix)
    }
  }

  func remove() {
    try? FileManager.default.removeItem(atPath: directory)
    Interruption.shared.remove(directory: directory)
  }
}

/// The real dashboard in a pseudo-terminal: start, keys, another process's changes and
/// idle time.
struct DashboardScenario {
  let options: ScaleOptions
  let work: WorkCopy
  let store: SQLiteStore

  private var environment: [String: String] {
    var environment: [String: String] = [:]
    for name in ["HOME", "PATH", "USER", "LOGNAME", "TZ"] {
      if let value = ProcessInfo.processInfo.environment[name] { environment[name] = value }
    }
    environment["TERM"] = "xterm-256color"
    environment["LANG"] = "C.UTF-8"
    environment["HDS_FRAME_TRACE_FD"] = "3"
    return environment
  }

  private func start() throws -> DashboardProcess {
    try DashboardProcess(
      executable: options.hdsPath,
      arguments: [
        "--data", work.directory, "--refresh", String(options.refreshSeconds),
      ],
      environment: environment, rows: options.rows, cols: options.cols)
  }

  /// Waits for the first frame that shows data and has nothing left to load.
  private func firstFrame(of process: DashboardProcess) throws -> TraceFrame {
    guard
      let frame = process.waitForFrame(timeout: 30, { $0.isComplete && $0.pending == 0 })
    else {
      throw BenchError.failed(
        "the dashboard drew no complete frame within 30 s; its terminal last showed: "
          + process.recentOutput)
    }
    return frame
  }

  func run() throws -> [ResultRow] {
    var starts = Samples("first frame")
    for _ in 0..<options.startRuns {
      let process = try start()
      let frame = try firstFrame(of: process)
      starts.add(from: process.startedAt, to: frame.drawnAt)
      process.stop()
    }

    let process = try start()
    _ = try firstFrame(of: process)
    var keys = KeyDriver(process: process)
    usleep(500_000)

    var navigation = Samples("navigation")
    for _ in 0..<200 { navigation.add(try keys.press(Key.down), label: "↓") }
    for _ in 0..<100 { navigation.add(try keys.press(Key.up), label: "↑") }

    var paging = Samples("paging")
    for _ in 0..<40 { paging.add(try keys.press(Key.pageDown), label: "PgDn") }
    for _ in 0..<20 { paging.add(try keys.press(Key.pageUp), label: "PgUp") }
    for _ in 0..<5 {
      paging.add(try keys.press(Key.end), label: "End")
      paging.add(try keys.press(Key.home), label: "Home")
    }

    var search = Samples("search")
    for term in try searchTerms() {
      try keys.settle(Key.slash)
      for character in term {
        search.add(try keys.press(String(character)), label: "/\(term)")
      }
      try keys.settle(Key.escape)
    }

    // The filter form: status is the first field; Right steps through pending, received,
    // in process, ready, assigned, out for delivery, delivered, returned, cancelled, all.
    var filter = Samples("filter")
    var deepPaging = Samples("paging, every request")
    var deepSearch = Samples("search, every request")
    for steps in [6, 9] {
      try keys.settle("F")
      for _ in 0..<steps { filter.add(try keys.press(Key.right), label: "→") }
      filter.add(try keys.press(Key.enter), label: "Enter")
      for _ in 0..<20 { deepPaging.add(try keys.press(Key.pageDown), label: "PgDn") }
      for _ in 0..<3 {
        deepPaging.add(try keys.press(Key.end), label: "End")
        for _ in 0..<5 { deepPaging.add(try keys.press(Key.pageUp), label: "PgUp") }
        deepPaging.add(try keys.press(Key.home), label: "Home")
      }
      if steps == 9 {
        for term in try searchTerms() {
          try keys.settle(Key.slash)
          for character in term {
            deepSearch.add(try keys.press(String(character)), label: "/\(term)")
          }
          try keys.settle(Key.escape)
        }
      }
      try keys.settle(Key.escape)
    }
    for _ in 0..<8 { filter.add(try keys.press("S"), label: "S") }

    // The camat's live summary: its load groups a month's deliveries, which also raises
    // the peak memory measured below.
    var summary = Samples("summary")
    for _ in 0..<3 {
      summary.add(try keys.press("m"), label: "m")
      try keys.settle(Key.escape)
    }

    let (refresh, latency) = try changes(seen: process)
    let idle = try idleFigures(of: process)
    let peak = process.stop()

    var rows = [
      ResultRow(
        measure: "first complete frame (process start to frame)", samples: starts.count,
        figures: "median \(milliseconds(starts.median)), max \(milliseconds(starts.maximum))",
        target: "≤ 150 ms", met: starts.maximum <= 150),
      keyRow("key to frame: navigation (↓ ↑)", navigation, target: 5),
      keyRow("key to frame: paging (PgDn PgUp End Home)", paging, target: 5),
      keyRow(
        "key to frame: paging the lists of delivered and of every request", deepPaging,
        target: 5),
      keyRow("key to frame: `/` search in the pending queue, each keystroke", search, target: 30),
      keyRow("key to frame: `/` search in the list of every request", deepSearch, target: 30),
      keyRow("key to frame: filter and sort, each keystroke", filter, target: 30),
      keyRow("key to frame: the live summary (m)", summary, target: nil),
      ResultRow(
        measure: "refresh after another process's change (tick to frame)",
        samples: refresh.count,
        figures: "median \(milliseconds(refresh.median)), max \(milliseconds(refresh.maximum))",
        target: "≤ 20 ms", met: refresh.count == 0 ? nil : refresh.maximum <= 20),
      ResultRow(
        measure: "change committed to frame (includes the wait for the next tick)",
        samples: latency.count,
        figures: "median \(milliseconds(latency.median)), max \(milliseconds(latency.maximum))",
        target: "", met: nil),
    ]
    rows += idle
    if let peak {
      let megabytes = Double(peak) / 1_048_576
      rows.append(
        ResultRow(
          measure: "peak memory of the dashboard (VmHWM)", samples: 1,
          figures: fixed(megabytes, 1) + " MB", target: "≤ 50 MB", met: megabytes <= 50))
    }
    return rows
  }

  /// Returns the row of `samples`. Without a `target`, its target and met columns are empty.
  private func keyRow(_ measure: String, _ samples: Samples, target: Double?) -> ResultRow {
    let slowest = samples.slowest(2).map { "\($0.label) \(milliseconds($0.value))" }
    return ResultRow(
      measure: measure, samples: samples.count,
      figures: "median \(milliseconds(samples.median)), p99 \(milliseconds(samples.p99)),"
        + " max \(milliseconds(samples.maximum)); slowest \(slowest.joined(separator: ", "))",
      target: target.map { "≤ \(Int($0)) ms p99" } ?? "", met: target.map { samples.p99 <= $0 })
  }

  /// Returns terms an operator types: part of a name in the queue, a NIK prefix, a
  /// request number, and a name that matches no resident.
  private func searchTerms() throws -> [String] {
    let page = try store.queue(.pending, offset: 0, limit: 200)
    guard let last = page.rows.last else { return ["zzqx"] }
    let words = last.residentName.split(separator: " ")
    let name = String(words.last ?? "sari").lowercased()
    return [
      String(name.prefix(6)), String(last.nik.digits.prefix(8)), last.number.description,
      "zzqx",
    ]
  }

  /// Changes requests from this process, as another operator would, and waits for the
  /// dashboard to show each. Returns the tick's cost (load start to frame) and the time
  /// from commit to frame.
  private func changes(seen process: DashboardProcess) throws -> (Samples, Samples) {
    var refresh = Samples("refresh")
    var latency = Samples("change to frame")
    let candidates = try store.queue(
      QueueQuery(states: [.inProcess]), offset: 0, limit: options.changes
    ).rows
    for row in candidates {
      let before = process.lastFrame?.snapshots ?? 0
      let from = process.frameCount
      _ = try store.apply(
        .markReady, to: row.id, expectedVersion: row.version, by: .operator("hds-bench"),
        at: Date())
      let committed = monotonicNow()
      guard
        let frame = process.waitForFrame(
          from: from, timeout: options.refreshSeconds * 3 + 5,
          { $0.snapshots > before && $0.pending == 0 })
      else {
        throw BenchError.failed("the dashboard did not show a change within its refresh")
      }
      refresh.add(from: frame.loadStartedAt, to: frame.drawnAt)
      latency.add(from: committed, to: frame.drawnAt)
    }
    return (refresh, latency)
  }

  /// CPU, terminal bytes and other writes of the dashboard over `idleSeconds` untouched.
  private func idleFigures(of process: DashboardProcess) throws -> [ResultRow] {
    guard options.idleSeconds > 0 else { return [] }
    usleep(UInt32(min(options.refreshSeconds * 1.5, 4) * 1_000_000))
    let files = StoreFiles(work.storePath)
    let cpuBefore = ProcessFigures.cpuSeconds(of: process.pid) ?? 0
    let ioBefore = ProcessFigures.writes(of: process.pid)
    let bytesBefore = process.bytesWritten
    let framesBefore = process.frameCount
    usleep(UInt32(options.idleSeconds * 1_000_000))
    let cpu = (ProcessFigures.cpuSeconds(of: process.pid) ?? 0) - cpuBefore
    let ioAfter = ProcessFigures.writes(of: process.pid)
    let bytes = process.bytesWritten
    let frames = process.frameCount - framesBefore
    let terminal = bytes.terminal - bytesBefore.terminal
    let trace = bytes.trace - bytesBefore.trace
    let ticks = max(1, Int(options.idleSeconds / options.refreshSeconds))
    let percent = cpu / options.idleSeconds * 100
    let perTick = cpu / Double(ticks) * 1000

    var other = "unknown (no /proc/PID/io)"
    var otherWrites = 0
    if let ioBefore, let ioAfter {
      otherWrites = ioAfter.calls - ioBefore.calls - terminal - trace
      let storage = ioAfter.storage - ioBefore.storage
      other = "\(otherWrites) bytes by write calls, \(storage) bytes to storage"
      otherWrites += storage
    }
    let unchanged = files == StoreFiles(work.storePath)
    let tickFigures = try TokenCost(store: store).measure()
    return [
      ResultRow(
        measure: "idle CPU over \(Int(options.idleSeconds)) s, refresh \(options.refreshSeconds) s",
        samples: 1,
        figures: "\(fixed(cpu * 1000, 0)) ms of CPU, \(fixed(percent, 3))%", target: "≤ 0.1%",
        met: percent <= 0.1),
      ResultRow(
        measure: "idle tick, CPU (whole process, idle CPU ÷ \(ticks) ticks)", samples: ticks,
        figures: "mean \(milliseconds(perTick))", target: "≤ 1 ms", met: perTick <= 1),
      ResultRow(
        measure: "idle tick, the store check alone (in this process)", samples: tickFigures.count,
        figures: "CPU mean \(milliseconds(tickFigures.mean)), p99 \(milliseconds(tickFigures.p99))",
        target: "≤ 1 ms", met: tickFigures.p99 <= 1),
      ResultRow(
        measure: "idle: bytes written besides the header clock", samples: frames,
        figures:
          "\(terminal) terminal bytes in \(frames) frames (the clock's minute), \(other),"
          + " store files \(unchanged ? "unchanged" : "changed")",
        target: "0 bytes", met: otherWrites == 0 && unchanged && terminal <= frames * 200),
    ]
  }
}

/// Size and modification time of the store's files, to show that idle time wrote none.
struct StoreFiles: Equatable {
  let figures: [String]

  init(_ path: String) {
    figures = ["", "-wal", "-shm"].map { suffix in
      var info = stat()
      guard stat(path + suffix, &info) == 0 else { return "\(suffix): none" }
      return "\(suffix): \(info.st_size) \(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)"
    }
  }
}

/// The CPU cost of the change check a refresh tick makes when nothing changed.
struct TokenCost {
  let store: SQLiteStore

  func measure() throws -> Samples {
    var samples = Samples("token")
    for _ in 0..<2_000 {
      let start = threadCPUNow()
      _ = try store.changeToken()
      _ = CalendarDay(containing: Date())
      samples.add(from: start, to: threadCPUNow())
    }
    return samples
  }
}

/// Key sequences as xterm sends them once a program has switched on keypad mode (smkx),
/// which are the sequences the xterm-256color terminfo entry names.
enum Key {
  static let down = "\u{1B}OB"
  static let up = "\u{1B}OA"
  static let right = "\u{1B}OC"
  static let pageDown = "\u{1B}[6~"
  static let pageUp = "\u{1B}[5~"
  static let home = "\u{1B}OH"
  static let end = "\u{1B}OF"
  static let enter = "\r"
  static let escape = "\u{1B}"
  static let slash = "/"
}

/// Sends one key at a time and waits for the frame that finishes handling it.
struct KeyDriver {
  let process: DashboardProcess
  private var sent: Int

  init(process: DashboardProcess) {
    self.process = process
    sent = process.lastFrame?.keys ?? 0
  }

  /// Presses `key` and returns milliseconds from sending it to the frame that shows its
  /// result with nothing left to load.
  mutating func press(_ key: String) throws -> Double {
    let from = process.frameCount
    sent += 1
    let target = sent
    let sentAt = process.send(key)
    guard
      let frame = process.waitForFrame(
        from: from, timeout: 30, { $0.keys >= target && $0.pending == 0 })
    else {
      throw BenchError.failed("no frame for key \(key.debugDescription) within 30 s")
    }
    // A sequence the terminal description does not name reaches the dashboard as several
    // keys (Esc, then each character), which would measure the wrong work.
    guard frame.keys == target else {
      throw BenchError.failed(
        "the dashboard read \(frame.keys - target + 1) keys for \(key.debugDescription);"
          + " send the sequence that TERM's terminfo entry names")
    }
    return frame.drawnAt >= sentAt ? Double(frame.drawnAt - sentAt) / 1e6 : 0
  }

  /// Presses `key` without counting it, for keys that open or close a mode. Esc waits
  /// out the terminal's escape delay first, as a person's Esc does.
  mutating func settle(_ key: String) throws {
    _ = try press(key)
    if key == Key.escape { usleep(50_000) }
  }
}

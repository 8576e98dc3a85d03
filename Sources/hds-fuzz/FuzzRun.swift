import Foundation
import HDSSampleData

#if canImport(Glibc)
  import Glibc
#endif

/// The seed, the work directory and the failure count that the phases of one run share.
final class FuzzRun {
  let seed: UInt64
  let workDirectory: String
  /// Whether the work directory was made by this run, and so is removed after a clean run.
  let ownsWorkDirectory: Bool
  private(set) var failures = 0

  init(seed: UInt64, workDirectory: String?) throws(FuzzError) {
    self.seed = seed
    let path =
      workDirectory
      ?? (NSTemporaryDirectory() as NSString).appendingPathComponent(
        "hds-fuzz-\(seed)-\(getpid())")
    do {
      try FileManager.default.createDirectory(
        atPath: path, withIntermediateDirectories: true)
    } catch {
      throw .setup("cannot create the work directory \(path): \(error)")
    }
    self.workDirectory = path
    ownsWorkDirectory = workDirectory == nil
  }

  func path(_ name: String) -> String {
    (workDirectory as NSString).appendingPathComponent(name)
  }

  /// Returns the generator of one case. It depends only on the run's seed, the phase and
  /// the case number, so `--case N` draws the same input without the cases before it.
  func generator(phase: UInt64, case number: Int) -> SeededGenerator {
    var mixer = SeededGenerator(seed: seed ^ (phase &* 0xA076_1D64_78BD_642F))
    let base = mixer.next()
    var generator = SeededGenerator(seed: base ^ (UInt64(number) &* 0xD6E8_FEB8_6659_FD93))
    _ = generator.next()
    return generator
  }

  /// Prints a failure with what reproduces it, and writes `input` beside the message.
  func fail(
    _ label: String, case number: Int, reproduce: String, _ message: String, input: [UInt8]?
  ) {
    failures += 1
    var text = "FAIL \(label) seed=\(seed) case=\(number): \(message)\n  reproduce: \(reproduce)\n"
    if let input {
      let file = path("failure-\(label)-seed\(seed)-case\(number).bin")
      if FileManager.default.createFile(atPath: file, contents: Data(input)) {
        text += "  input: \(file)\n"
      } else {
        text += "  input: could not be written to \(file)\n"
      }
    }
    FileHandle.standardError.write(Data(text.utf8))
  }

  /// Removes the work directory when this run made it and found nothing, and otherwise
  /// prints its path, because it contains the failing inputs.
  func finish() {
    if failures == 0 && ownsWorkDirectory {
      try? FileManager.default.removeItem(atPath: workDirectory)
    } else {
      report("work directory kept: \(workDirectory)")
    }
  }
}

/// Prints a line and flushes standard output, so that a log file shows progress while
/// the run goes on.
func report(_ line: String) {
  print(line)
  fflush(nil)
}

/// The message a crash or a hang inside this process prints from its signal handler,
/// which may call only async-signal-safe functions, so the text is ready before each case.
enum CrashNote {
  private static let capacity = 1_024
  nonisolated(unsafe) private static let buffer = UnsafeMutablePointer<UInt8>.allocate(
    capacity: capacity)
  nonisolated(unsafe) private static var length = 0

  /// Catches the signals of a Swift trap, a memory fault and the alarm of a hang.
  static func install() {
    for number in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE, SIGALRM] {
      signal(number) { received in
        _ = write(2, CrashNote.buffer, CrashNote.length)
        if received == SIGALRM { _exit(1) }
        signal(received, SIG_DFL)
        raise(received)
      }
    }
  }

  /// Sets the text the handler prints and restarts the hang alarm at `seconds`.
  static func set(_ text: String, hangSeconds seconds: UInt32) {
    let bytes = Array(text.utf8.prefix(capacity))
    bytes.withUnsafeBufferPointer { source in
      buffer.update(from: source.baseAddress!, count: bytes.count)
    }
    length = bytes.count
    alarm(seconds)
  }

  static func clear() {
    length = 0
    alarm(0)
  }
}

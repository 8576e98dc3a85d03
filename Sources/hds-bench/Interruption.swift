import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The cleanup of an interrupted `hds-bench scale`: the dashboards it started, which lead
/// sessions of their own so that Ctrl-C does not reach them, and its copy of the store.
///
/// On SIGINT, SIGTERM or SIGHUP the handler kills those children, removes those
/// directories and exits with 128 plus the signal's number, as a shell reports it.
final class Interruption: @unchecked Sendable {
  static let shared = Interruption()

  private let lock = NSLock()
  private var children: Set<pid_t> = []
  private var directories: Set<String> = []
  private var sources: [any DispatchSourceSignal] = []
  private var isStopping = false

  private init() {}

  /// Starts handling the signals. Later calls do nothing.
  func install() {
    lock.lock()
    defer { lock.unlock() }
    guard sources.isEmpty else { return }
    for number in [SIGINT, SIGTERM, SIGHUP] {
      // Dispatch receives the signal only once its default action is off.
      signal(number, SIG_IGN)
      let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
      source.setEventHandler { [unowned self] in self.stop(after: number) }
      source.resume()
      sources.append(source)
    }
  }

  func add(child pid: pid_t) { update { $0.children.insert(pid) } }
  func remove(child pid: pid_t) { update { $0.children.remove(pid) } }
  func add(directory path: String) { update { $0.directories.insert(path) } }
  func remove(directory path: String) { update { $0.directories.remove(path) } }

  private func update(_ change: (Interruption) -> Void) {
    lock.lock()
    defer { lock.unlock() }
    change(self)
  }

  /// Waits for the exit when a signal is being handled, so that an error the main thread
  /// hit because its dashboard was killed does not exit first with another status.
  func waitIfStopping() {
    lock.lock()
    let stopping = isStopping
    lock.unlock()
    guard stopping else { return }
    while true { pause() }
  }

  private func stop(after number: Int32) {
    lock.lock()
    isStopping = true
    let children = self.children
    let directories = self.directories
    lock.unlock()
    for pid in children {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    for path in directories { try? FileManager.default.removeItem(atPath: path) }
    FileHandle.standardError.write(
      Data("hds-bench: interrupted; stopped the dashboard and removed the copy\n".utf8))
    exit(128 + number)
  }
}

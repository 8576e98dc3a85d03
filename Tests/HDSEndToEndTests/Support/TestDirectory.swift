import Foundation

/// A fresh directory under the system temp directory for one test: its data directory,
/// tmux configuration, scripts and output files.
///
/// Tests call `remove()` in a `defer`, because Swift may release an object right after
/// its last use, which could delete the files while a dashboard still has them open.
final class TestDirectory {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("hds-e2e-" + UUID().uuidString)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  /// Returns the path of `name` inside the directory.
  func path(_ name: String) -> String {
    url.appendingPathComponent(name).path
  }

  func remove() {
    try? FileManager.default.removeItem(at: url)
  }
}

import Foundation

/// A directory under the system's temporary directory, removed with the object.
final class TemporaryDirectory {
  let path: String

  init() throws {
    path = (NSTemporaryDirectory() as NSString).appendingPathComponent(
      "hds-postgres-tests-" + UUID().uuidString)
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  deinit {
    try? FileManager.default.removeItem(atPath: path)
  }

  var storePath: String { (path as NSString).appendingPathComponent("hds.sqlite") }
}

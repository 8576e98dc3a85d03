import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Where an export goes: standard output, or a file created with mode 0600 because
/// exports contain personal data.
final class OutputFile {
  private let handle: FileHandle
  /// The file's path, or nil for standard output.
  let path: String?

  /// Opens `path`, replacing an existing file, or standard output when `path` is nil.
  init(path: String?) throws(ExportError) {
    self.path = path
    guard let path else {
      handle = FileHandle.standardOutput
      return
    }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
    handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
  }

  func write(_ text: String) throws(ExportError) {
    do {
      try handle.write(contentsOf: Data(text.utf8))
    } catch {
      throw .cannotWrite(path: path ?? "standard output", reason: error.localizedDescription)
    }
  }
}

/// A failure to read an input file or write an export.
enum ExportError: Error, CustomStringConvertible {
  case cannotRead(path: String, reason: String)
  case cannotWrite(path: String, reason: String)

  var description: String {
    switch self {
    case .cannotRead(let path, let reason):
      return "cannot read \(path): \(reason); check the path and its permissions"
    case .cannotWrite(let path, let reason):
      return "cannot write \(path): \(reason); check the directory and its free space"
    }
  }
}

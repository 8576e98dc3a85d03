import Foundation
import HDSDashboard

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
  ///
  /// An existing file is set to mode 0600 before it is emptied, because a file made
  /// earlier by another program (a shell redirect, say) may be readable by others. For a
  /// file whose mode cannot be set, such as another user's, this throws `.cannotRestrict`
  /// and leaves the file as it was.
  init(path: String?) throws(ExportError) {
    self.path = path
    guard let path else {
      handle = FileHandle.standardOutput
      return
    }
    let descriptor = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
    guard descriptor >= 0 else {
      throw .cannotWrite(path: path, reason: String(cString: strerror(errno)))
    }
    // Only a regular file: a device or pipe such as /dev/null keeps its mode.
    var status = stat()
    if fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG {
      guard fchmod(descriptor, 0o600) == 0 else {
        let reason = String(cString: strerror(errno))
        close(descriptor)
        throw .cannotRestrict(path: path, reason: reason)
      }
      guard ftruncate(descriptor, 0) == 0 else {
        let reason = String(cString: strerror(errno))
        close(descriptor)
        throw .cannotWrite(path: path, reason: reason)
      }
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
  /// An existing output file whose mode could not be set to 0600.
  case cannotRestrict(path: String, reason: String)

  var description: String {
    switch self {
    case .cannotRead(let path, let reason):
      return "cannot read \(path): \(reason); check the path and its permissions"
    case .cannotWrite(let path, let reason):
      return "cannot write \(path): \(reason); check the directory and its free space"
    case .cannotRestrict(let path, let reason):
      return
        "cannot set \(path) to mode 0600 (\(reason)), so it was left unchanged: an export"
        + " contains personal data, so only its owner may read it; remove the file or choose"
        + " another path"
    }
  }
}

extension Commands {
  /// Writes `note` to standard error when an export went to the file `path`, because the
  /// user sees nothing else of it there. Output to standard output is its own confirmation.
  static func confirmWritten(_ note: String, path: String?) {
    guard let path, path != "-" else { return }
    FileHandle.standardError.write(Data((note + "\n").utf8))
  }
}

extension Commands {
  /// Exits with status 2 when `--skip-invalid` names the file being imported, because the
  /// rejects file would replace it and the office would lose the list. The message is in
  /// the catalog's language.
  static func requireDistinctRejectsFile(_ rejects: String?, input: String, catalog: Catalog) {
    guard let rejects, rejects != "-" else { return }
    var inputStatus = stat()
    var rejectsStatus = stat()
    let sameFile =
      stat(input, &inputStatus) == 0 && stat(rejects, &rejectsStatus) == 0
      && inputStatus.st_dev == rejectsStatus.st_dev && inputStatus.st_ino == rejectsStatus.st_ino
    guard sameFile else { return }
    fail(catalog.format(.importRejectsIsInput, rejects, rejectsName(for: input)), code: 2)
  }

  /// Returns a name for the rejects file of `input`: its name with "-rejects" before the
  /// extension.
  private static func rejectsName(for input: String) -> String {
    let url = URL(fileURLWithPath: input)
    let base = url.deletingPathExtension().lastPathComponent
    let suffix = url.pathExtension.isEmpty ? "" : "." + url.pathExtension
    return base + "-rejects" + suffix
  }
}

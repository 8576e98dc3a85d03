// The office's road-distances.csv, kept in its data directory: beside hds.sqlite, or
// for a store on a server, in the data directory of the hds process.

import Foundation
import HDSCore

extension SQLStore {
  /// The path of `road-distances.csv` in the office's data directory.
  public var roadDistancePath: String {
    (officeDirectory as NSString).appendingPathComponent(RoadDistanceTable.fileName)
  }

  /// Reads the file at `roadDistancePath` on every call, so an edit applies to the next
  /// plan or run sheet without a restart.
  public func roadDistanceText() throws(StoreError) -> String? {
    let path = roadDistancePath
    guard FileManager.default.fileExists(atPath: path) else { return nil }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw .invalid("\(path) cannot be read; check that it is a file the hds user may read")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw .invalid("\(path) is not UTF-8 text; save it as CSV UTF-8")
    }
    return text
  }
}

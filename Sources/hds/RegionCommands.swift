import Foundation
import HDSCore
import HDSStoreSQL

/// `hds region`, `hds region import FILE` and `hds region export`: the desa, dusun, RW
/// and RT of the store's kecamatan (docs/region-format.md).
extension Commands {
  /// Prints the kecamatan and the size of its geography, and where it comes from.
  static func region(_ arguments: Arguments, directory: String) -> Never {
    let store = openExistingStore(directory: directory, readOnly: true)
    do {
      let kecamatan = try store.kecamatan()
      let stored = try store.regionText()
      print(regionSummary(kecamatan, stored: stored))
    } catch {
      fail(error.description)
    }
    exit(0)
  }

  /// Checks FILE as a region file of the store's kecamatan and stores it with its event.
  static func regionImport(_ arguments: Arguments, directory: String) -> Never {
    // Parsing made sure that the command has its file.
    let file = arguments.inputFile ?? ""
    guard let data = FileManager.default.contents(atPath: file) else {
      fail(ExportError.cannotRead(path: file, reason: "no such readable file").description)
    }
    let store = openExistingStore(directory: directory, readOnly: false)
    let actor = AccessRole.actor(directory: directory, readOnly: arguments.readOnly)
    do {
      let result = try store.importRegion(Array(data), by: actor, at: Date())
      let kecamatan = try store.kecamatan()
      if result.changed {
        FileLog(directory: directory).record(
          "region import \(file) for \(kecamatan.code): \(result.previousDigest ?? "none") ->"
            + " \(result.digest) user=\(actor.user) role=\(actor.role.rawValue)")
        print("Imported the region of Kecamatan \(kecamatan.name) from \(file).")
      } else {
        print("The store has this region file already; nothing changed.")
      }
      print(regionSummary(kecamatan, stored: try store.regionText()))
    } catch {
      fail("\(file): \(error.description)")
    }
    exit(0)
  }

  /// Writes the stored region file as imported, or the built-in Kromengan as a region
  /// file, to --output or standard output.
  static func regionExport(_ arguments: Arguments, directory: String) -> Never {
    let store = openExistingStore(directory: directory, readOnly: true)
    do {
      let kecamatan = try store.kecamatan()
      let text: String
      if let stored = try store.regionText() {
        text = stored
      } else if kecamatan.hasGeography {
        text = RegionFile.render(kecamatan)
      } else {
        fail(
          "the store of Kecamatan \(kecamatan.name) (\(kecamatan.code)) has no region to"
            + " export; import one with hds region import FILE (docs/region-format.md)")
      }
      try OutputFile(path: arguments.outputFile).write(text)
    } catch let error as StoreError {
      fail(error.description)
    } catch {
      fail("\(error)")
    }
    exit(0)
  }

  private static func regionSummary(_ kecamatan: Kecamatan, stored: String?) -> String {
    let dusun = kecamatan.desa.flatMap(\.dusun)
    let rukunWarga = dusun.flatMap(\.rukunWarga)
    let source: String
    if let stored {
      source = "imported region file, SHA-256 \(SHA256.hexDigest(Array(stored.utf8)))"
    } else if kecamatan.hasGeography {
      source = "built into the program"
    } else {
      source = "none; import the region file with hds region import FILE"
    }
    return """
      kecamatan: \(kecamatan.code) \(kecamatan.name)
      source: \(source)
      desa: \(kecamatan.desa.count)
      dusun: \(dusun.count)
      rw: \(rukunWarga.count)
      rt: \(rukunWarga.reduce(0) { $0 + $1.rukunTetangga.count })
      residents: \(kecamatan.residents)
      office: \(Commands.degrees(kecamatan.office))
      """
  }
}

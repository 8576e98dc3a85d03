// The store's kecamatan geography: the imported region file of its kecamatan code, else
// the built-in Kromengan for 35.07.31, else the kecamatan without desa. The office
// position comes from the `office` setting when one is set.

import Foundation
import HDSCore

/// The outcome of `importRegion`, for the command's report.
public struct RegionImport: Sendable, Equatable {
  /// The digest of the region the store had before, nil when it had none.
  public let previousDigest: String?
  /// The SHA-256 digest of the imported file, in hex.
  public let digest: String
  /// Whether the store changed: false when it had this very file already.
  public let changed: Bool
}

extension SQLStore {
  /// Returns the kecamatan whose office keeps this store, with its desa geography. Reads
  /// the code and the region in one snapshot, so the two always match.
  public func kecamatan() throws(StoreError) -> Kecamatan {
    try read { (connection) throws(StoreError) -> Kecamatan in
      try readKecamatan(connection)
    }
  }

  /// Returns the text of the region file stored for the store's kecamatan code, or nil
  /// when none was imported.
  public func regionText() throws(StoreError) -> String? {
    try read { (connection) throws(StoreError) -> String? in
      let code = try readKecamatanCode(connection)
      return try storedRegion(connection, code: code)?.text
    }
  }

  /// Checks `bytes` as a region file of the store's kecamatan and stores it in one
  /// transaction, with a `setting_event` row (key `region`) naming the old and new digest.
  ///
  /// Throws `.invalid` listing every problem of the file, with the line and the fix;
  /// nothing is written then. Importing the file the store has already changes nothing.
  public func importRegion(_ bytes: [UInt8], by actor: Actor, at time: Date) throws(StoreError)
    -> RegionImport
  {
    try actor.require(.settings)
    let digest = SHA256.hexDigest(bytes)
    return try write { (connection) throws(StoreError) -> RegionImport in
      let code = try readKecamatanCode(connection)
      do throws(RegionFileError) {
        _ = try RegionFile.parse(bytes, for: code)
      } catch {
        throw .invalid(
          "the region file cannot be imported into the store of kecamatan \(code)"
            + " \(code.name):\n\(error.description)")
      }
      guard let text = String(validating: bytes, as: UTF8.self) else {
        throw .invalid("the region file is not UTF-8 text; save it as UTF-8 and import it again")
      }
      let previous = try storedRegion(connection, code: code)?.digest
      guard previous != digest else {
        return RegionImport(previousDigest: previous, digest: digest, changed: false)
      }
      try connection.run(
        """
        INSERT INTO region (kecamatan_code, file_text, digest) VALUES (?1, ?2, ?3)
        ON CONFLICT (kecamatan_code) DO UPDATE
          SET file_text = excluded.file_text, digest = excluded.digest
        """, [.text(code.description), .text(text), .text(digest)],
        context: "storing the region of kecamatan \(code)")
      try recordSettingEvent(
        connection, key: "region", old: previous, new: digest, by: actor, at: time)
      return RegionImport(previousDigest: previous, digest: digest, changed: true)
    }
  }

  /// Stores the position of the kantor kecamatan, from which routes start and distances
  /// are measured, with a `setting_event` row naming the old and new value.
  ///
  /// Throws `.invalid` for a position outside Indonesia.
  public func setOffice(_ office: Coordinate, by actor: Actor, at time: Date) throws(StoreError) {
    try actor.require(.settings)
    guard RegionFile.latitudeRange.contains(office.latitude),
      RegionFile.longitudeRange.contains(office.longitude)
    else {
      throw .invalid(
        "office position \(office.latitude),\(office.longitude) lies outside Indonesia; give"
          + " LATITUDE,LONGITUDE in decimal degrees, south negative, such as -8.12131,112.49034")
    }
    try storeSetting(
      "office", "\(office.latitude),\(office.longitude)", by: actor, at: time)
  }

  /// Reads the code, the stored region and the `office` setting in the current
  /// transaction.
  func readKecamatan(_ connection: any SQLConnection) throws(StoreError) -> Kecamatan {
    let code = try readKecamatanCode(connection)
    var kecamatan = KabupatenMalang.kecamatan(code)
    if let stored = try storedRegion(connection, code: code) {
      kecamatan = try regionCache.kecamatan(digest: stored.digest, code: code) {
        () throws(StoreError) -> Kecamatan in
        do throws(RegionFileError) {
          return try RegionFile.parse(Array(stored.text.utf8), for: code)
        } catch {
          throw .incompatible(
            path: path,
            reason: "the stored region of kecamatan \(code) cannot be read:"
              + " \(error.description); import a corrected file with hds region import")
        }
      }
      // Kromengan keeps the built-in estimate of its office position, so importing its own
      // geography as a file changes no route.
      if code == .kromengan { kecamatan = kecamatan.moved(to: Kromengan.estimatedOffice) }
    }
    if let office = try readOffice(connection) { kecamatan = kecamatan.moved(to: office) }
    return kecamatan
  }

  /// Reads the `office` setting, "LATITUDE,LONGITUDE"; nil when none is set.
  private func readOffice(_ connection: any SQLConnection) throws(StoreError) -> Coordinate? {
    guard let text = try storedSetting("office", connection) else { return nil }
    let parts = text.split(separator: ",").compactMap { Double($0) }
    guard parts.count == 2 else {
      throw .incompatible(
        path: path,
        reason: "setting office is '\(text)'; set it again with hds settings --office LAT,LON")
    }
    return Coordinate(latitude: parts[0], longitude: parts[1])
  }

  private func storedRegion(_ connection: any SQLConnection, code: KecamatanCode)
    throws(StoreError) -> (text: String, digest: String)?
  {
    try connection.firstRow(
      "SELECT file_text, digest FROM region WHERE kecamatan_code = ?1",
      [.text(code.description)], context: "reading the region of kecamatan \(code)"
    ) { ($0.text(0), $0.text(1)) }
  }
}

/// The parsed region of the last digest read, so that reading the kecamatan on every
/// refresh or write parses the file only when it changed.
///
/// `@unchecked Sendable` because `lock` guards every access to `entry`.
final class RegionCache: @unchecked Sendable {
  private let lock = NSLock()
  private var entry: (digest: String, code: KecamatanCode, kecamatan: Kecamatan)?

  /// Returns the cached kecamatan of `digest` and `code`, or parses it with `parse`.
  func kecamatan(
    digest: String, code: KecamatanCode, parse: () throws(StoreError) -> Kecamatan
  ) throws(StoreError) -> Kecamatan {
    lock.lock()
    defer { lock.unlock() }
    if let entry, entry.digest == digest, entry.code == code { return entry.kecamatan }
    let kecamatan = try parse()
    entry = (digest, code, kecamatan)
    return kecamatan
  }
}

extension Kecamatan {
  /// Returns the kecamatan with its office at `office`.
  func moved(to office: Coordinate) -> Kecamatan {
    Kecamatan(
      code: code, name: name, kabupaten: kabupaten, postalCode: postalCode, office: office,
      desa: desa)
  }
}

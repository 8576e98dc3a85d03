import Foundation

/// A place a courier rides from or to: the kantor kecamatan, a dusun's point or a desa's
/// centroid, with the name that `road-distances.csv` uses for it.
public struct RoadPoint: Sendable, Hashable, CustomStringConvertible {
  /// The name of the office in `road-distances.csv`.
  public static let officeName = "Kantor"

  /// "Kantor", "Jatikerto/Cupak" for a dusun, or "Jatikerto" for a desa's centroid, spelt
  /// as in the gazetteer.
  public let name: String
  public let location: Coordinate

  public init(name: String, location: Coordinate) {
    self.name = name
    self.location = location
  }

  public var description: String { name }

  /// Returns the kantor kecamatan.
  public static func office(of kecamatan: Kecamatan) -> RoadPoint {
    RoadPoint(name: officeName, location: kecamatan.office)
  }

  /// Returns the point a courier rides to for `address`: its dusun's point when the desa
  /// has a dusun of that name in any case, else the desa's centroid, and nil for a desa
  /// outside `kecamatan`. Dusun points are estimates.
  public init?(address: Address, in kecamatan: Kecamatan) {
    guard let desa = kecamatan.desa(code: address.desaCode) else { return nil }
    let dusunName = address.dusun.trimmingCharacters(in: .whitespaces)
    if let dusun = desa.dusun.first(where: { Self.sameName($0.name, dusunName) }) {
      self.init(name: desa.name + "/" + dusun.name, location: dusun.location)
    } else {
      self.init(name: desa.name, location: desa.centroid)
    }
  }

  /// Looks up a point by the name `road-distances.csv` gives it: "Kantor", "Desa/Dusun" or
  /// "Desa", in any case and with spaces around the parts ignored. Returns nil for a name
  /// the gazetteer does not have.
  public init?(named text: String, in kecamatan: Kecamatan) {
    let parts = text.split(separator: "/", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespaces)
    }
    if parts.count == 1, Self.sameName(parts[0], Self.officeName) {
      self = .office(of: kecamatan)
      return
    }
    guard parts.count <= 2,
      let desa = kecamatan.desa.first(where: { Self.sameName($0.name, parts[0]) })
    else { return nil }
    guard parts.count == 2 else {
      self.init(name: desa.name, location: desa.centroid)
      return
    }
    guard let dusun = desa.dusun.first(where: { Self.sameName($0.name, parts[1]) }) else {
      return nil
    }
    self.init(name: desa.name + "/" + dusun.name, location: dusun.location)
  }

  static func sameName(_ first: String, _ second: String) -> Bool {
    first.caseInsensitiveCompare(second) == .orderedSame
  }
}

import Foundation

/// A point on the WGS 84 ellipsoid in decimal degrees (south latitudes are negative).
public struct Coordinate: Sendable, Hashable, Codable {
  public var latitude: Double
  public var longitude: Double

  public init(latitude: Double, longitude: Double) {
    self.latitude = latitude
    self.longitude = longitude
  }

  /// Returns the great-circle distance to `other` in kilometres (haversine, mean Earth
  /// radius 6,371 km). Straight line only: road distance is longer.
  public func distance(to other: Coordinate) -> Double {
    let radius = 6_371.0
    let lat1 = latitude * .pi / 180
    let lat2 = other.latitude * .pi / 180
    let dLat = lat2 - lat1
    let dLon = (other.longitude - longitude) * .pi / 180
    let a = sin(dLat / 2) * sin(dLat / 2) + cos(lat1) * cos(lat2) * sin(dLon / 2) * sin(dLon / 2)
    return 2 * radius * asin(min(1, sqrt(a)))
  }
}

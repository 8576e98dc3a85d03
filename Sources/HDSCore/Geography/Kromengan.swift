import Foundation

/// The gazetteer of Kecamatan Kromengan, Kabupaten Malang.
///
/// Sources: desa codes from Kepmendagri 300.2.2-2138/2025 (unchanged since 2018);
/// population and families from the 2017 year-end civil register; centroids from the
/// public Kemendagri-based boundary polygons (the `wilayah_boundaries` data set).
/// Official counts are 17 dusun, 51 RW and 234 RT.
///
/// NOTE: the register does not add up everywhere. Karangrejo's 2,859 men and 2,969
/// women make 5,828, not its published 5,826 residents, and the desa rows add up to
/// 14,355 families against a published total of 13,905. Both are kept as published;
/// `residents` is the published figure, not men + women.
///
/// NOTE: published dusun names add up to 20, not 17, and some are weakly sourced; the
/// names kept here are those published, plus placeholders marked `isEstimate`. Only
/// Jambuwer's (12 RW, 44 RT) and Slorok's (7 RW, 29 RT) counts are published. The other
/// desa's RW and RT counts are estimates that keep the official totals and Jambuwer the
/// largest, as are the split among dusun, RT numbering across the desa, and every dusun
/// location.
public enum Kromengan {
  /// Estimated position of the kantor kecamatan, 0.2 km from the kecamatan centroid
  /// in Karangrejo; its exact position was not found.
  public static let estimatedOffice = Coordinate(latitude: -8.12131, longitude: 112.49034)

  public static let kecamatan = Kecamatan(
    code: "35.07.31", name: "Kromengan", kabupaten: "Malang", postalCode: "65165",
    office: estimatedOffice,
    desa: [
      desa(
        "35.07.31.2001", "Slorok", -8.14609, 112.52665, men: 2_735, women: 2_843, residents: 5_578,
        families: 1_538, rw: 7, rt: 29, dusun: [("Slorok", true)]),
      desa(
        "35.07.31.2002", "Jatikerto", -8.13395, 112.53659, men: 4_821, women: 4_713,
        residents: 9_534,
        families: 2_691, rw: 9, rt: 43, dusun: [("Cupak", false), ("Bedali", false)]),
      desa(
        "35.07.31.2003", "Ngadirejo", -8.13369, 112.51073, men: 2_430, women: 2_418,
        residents: 4_848,
        families: 1_877, rw: 5, rt: 28,
        dusun: [("Krajan", false), ("Dadapan", false), ("Dusun III", true), ("Dusun IV", true)]),
      desa(
        "35.07.31.2004", "Kromengan", -8.13567, 112.48694, men: 3_859, women: 3_869,
        residents: 7_728,
        families: 2_514, rw: 8, rt: 40,
        dusun: [("Krajan", false), ("Ringinanom", false), ("Balokan", false)]),
      desa(
        "35.07.31.2005", "Peniwen", -8.11583, 112.47040, men: 1_599, women: 1_715, residents: 3_314,
        families: 1_191, rw: 5, rt: 17,
        dusun: [("Kertorejo", false), ("Ringinpitu", false), ("Purwosari", false)]),
      desa(
        "35.07.31.2006", "Jambuwer", -8.10167, 112.46025, men: 2_504, women: 2_653,
        residents: 5_157,
        families: 2_619, rw: 12, rt: 44,
        dusun: [
          ("Krajan", false), ("Bulupogog", false), ("Cakruan", false), ("Rekesan", false),
          ("Glagaharum", false),
        ]),
      desa(
        "35.07.31.2007", "Karangrejo", -8.11276, 112.48632, men: 2_859, women: 2_969,
        residents: 5_826,
        families: 1_925, rw: 5, rt: 33, dusun: [("Krantil", false), ("Dusun II", true)]),
    ])

  /// Builds a desa, spreading `rw` RW over the dusun and `rt` RT over the RW as evenly
  /// as the counts allow, and placing the dusun on a 0.6 km circle round the centroid.
  private static func desa(
    _ code: String, _ name: String, _ latitude: Double, _ longitude: Double,
    men: Int, women: Int, residents: Int, families: Int, rw: Int, rt: Int,
    dusun names: [(String, Bool)]
  ) -> Desa {
    let centroid = Coordinate(latitude: latitude, longitude: longitude)
    let rwPerDusun = split(rw, into: names.count)
    let rtPerRW = split(rt, into: rw)
    var nextRW = 1
    var nextRT = 1
    var dusun: [Dusun] = []

    for (index, (dusunName, isEstimate)) in names.enumerated() {
      var rukunWarga: [RukunWarga] = []
      for _ in 0..<rwPerDusun[index] {
        let count = rtPerRW[nextRW - 1]
        rukunWarga.append(RukunWarga(number: nextRW, rukunTetangga: Array(nextRT..<nextRT + count)))
        nextRW += 1
        nextRT += count
      }
      let location = names.count == 1 ? centroid : offset(centroid, index: index, of: names.count)
      dusun.append(
        Dusun(name: dusunName, location: location, isEstimate: isEstimate, rukunWarga: rukunWarga))
    }
    return Desa(
      code: code, name: name, centroid: centroid, men: men, women: women, residents: residents,
      families: families, dusun: dusun)
  }

  private static func split(_ total: Int, into parts: Int) -> [Int] {
    (0..<parts).map { total / parts + ($0 < total % parts ? 1 : 0) }
  }

  private static func offset(_ centre: Coordinate, index: Int, of count: Int) -> Coordinate {
    let radiusKm = 0.6
    let angle = 2 * Double.pi * Double(index) / Double(count)
    let kmPerDegreeLatitude = 110.6
    let kmPerDegreeLongitude = 111.3 * cos(centre.latitude * .pi / 180)
    return Coordinate(
      latitude: centre.latitude + radiusKm * sin(angle) / kmPerDegreeLatitude,
      longitude: centre.longitude + radiusKm * cos(angle) / kmPerDegreeLongitude)
  }
}

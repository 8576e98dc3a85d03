/// The nine elements (unsur) of the satisfaction survey that Peraturan Menteri PANRB
/// 14/2017 sets, U1 to U9.
public enum SurveyElement: Int, Sendable, CaseIterable, Codable, Comparable {
  /// U1, the requirements (persyaratan).
  case requirements = 1
  /// U2, the procedure (sistem, mekanisme dan prosedur).
  case procedure
  /// U3, the service time (waktu penyelesaian).
  case serviceTime
  /// U4, the cost (biaya/tarif). The delivery service is free, which residents answer 4.
  case cost
  /// U5, whether the product matches the service standard (produk spesifikasi jenis
  /// pelayanan).
  case productSpecification
  /// U6, staff competence (kompetensi pelaksana).
  case staffCompetence
  /// U7, staff conduct (perilaku pelaksana).
  case staffConduct
  /// U8, the facilities (sarana dan prasarana).
  case facilities
  /// U9, the handling of complaints, suggestions and feedback (penanganan pengaduan,
  /// saran dan masukan).
  case complaintHandling

  /// "U1" to "U9".
  public var code: String { "U\(rawValue)" }

  public static func < (lhs: SurveyElement, rhs: SurveyElement) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

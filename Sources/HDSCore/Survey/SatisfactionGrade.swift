/// The service-quality grade (mutu pelayanan) of an IKM or of one element's NRR, with
/// the bounds of Peraturan Menteri PANRB 14/2017.
public enum SatisfactionGrade: String, Sendable, CaseIterable, Codable, Comparable {
  case a = "A"
  case b = "B"
  case c = "C"
  case d = "D"

  /// Grades an IKM given in hundredths (8831 for 88.31): A from 88.31, B from 76.61,
  /// C from 65.00, else D.
  public init(ikmHundredths hundredths: Int) {
    switch hundredths {
    case 8831...: self = .a
    case 7661...: self = .b
    case 6500...: self = .c
    default: self = .d
    }
  }

  /// Grades an element's NRR, `answerSum ÷ answerCount` on the 1–4 scale: A from 3.5324,
  /// B from 3.0644, C from 2.60, else D. The comparison is exact, with no rounding of
  /// the NRR. `answerCount` must be positive.
  public init(nrrSum answerSum: Int, count answerCount: Int) {
    // NRR ≥ bound ⇔ sum × 10,000 ≥ bound × 10,000 × count, all in integers.
    let scaledSum = answerSum * 10_000
    if scaledSum >= 35_324 * answerCount {
      self = .a
    } else if scaledSum >= 30_644 * answerCount {
      self = .b
    } else if scaledSum >= 26_000 * answerCount {
      self = .c
    } else {
      self = .d
    }
  }

  /// The regulation's Indonesian name: Sangat baik, Baik, Kurang baik or Tidak baik.
  public var officialName: String {
    switch self {
    case .a: return "Sangat baik"
    case .b: return "Baik"
    case .c: return "Kurang baik"
    case .d: return "Tidak baik"
    }
  }

  /// A before B: the better grade is the smaller.
  public static func < (lhs: SatisfactionGrade, rhs: SatisfactionGrade) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

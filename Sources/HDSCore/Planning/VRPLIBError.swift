/// A reason VRPLIB instance or solution text could not be read.
public enum VRPLIBError: Error, Equatable, CustomStringConvertible {
  case missing(String)
  case unsupported(String, String)
  case invalidNumber(line: Int, text: String)
  case invalidValue(section: String, text: String)
  case unexpectedLine(line: Int, text: String)
  case wrongCount(section: String, found: Int, expected: Int)
  case invalidMatrix(String)

  public var description: String {
    switch self {
    case .missing(let key):
      return "\(key) is missing; a CVRP instance needs it"
    case .unsupported(let key, let value):
      return "\(key) \(value) is not supported"
    case .invalidNumber(let line, let text):
      return "line \(line): \"\(text)\" is not a number"
    case .invalidValue(let section, let text):
      return "\(section): \(text) is invalid"
    case .unexpectedLine(let line, let text):
      return "line \(line): \"\(text)\" is neither a header field nor inside a section"
    case .wrongCount(let section, let found, let expected):
      return "\(section) has \(found) entries; the instance needs \(expected)"
    case .invalidMatrix(let reason):
      return "invalid edge weights: \(reason)"
    }
  }
}

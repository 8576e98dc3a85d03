/// A line of `road-distances.csv` that breaks the format. Line numbers start at 1.
public enum RoadDistanceProblem: Error, Sendable, Equatable, CustomStringConvertible {
  /// The text has no header line.
  case empty
  /// The bytes cannot be read as CSV.
  case invalidCSV(CSVError)
  case invalidHeader(line: Int, value: String)
  case wrongFieldCount(line: Int, count: Int)
  /// A point whose desa part is neither a desa of the gazetteer nor Kantor; `desa` lists
  /// the desa names.
  case unknownDesa(line: Int, name: String, desa: [String])
  /// A point whose desa is right but whose dusun that desa does not have; `known` lists
  /// the names of that desa's points.
  case unknownDusun(line: Int, name: String, known: [String])
  case samePoint(line: Int, name: String)
  case notANumber(line: Int, value: String)
  case negative(line: Int, value: String)
  /// The same direction given twice, possibly with the names spelt differently.
  case duplicatePair(line: Int, from: String, to: String, firstLine: Int)

  public var description: String {
    switch self {
    case .empty:
      return "the file is empty; its first line must be the header from;to;km"
    case .invalidCSV(let error):
      return error.description
    case .invalidHeader(let line, let value):
      return "line \(line): header is \"\(value)\"; the first line must be from;to;km"
        + " (or from,to,km)"
    case .wrongFieldCount(let line, let count):
      return "line \(line) has \(count) fields; write 3, from;to;km, such as"
        + " Jatikerto/Cupak;Kantor;4.2"
    case .unknownDesa(let line, let name, let desa):
      return "line \(line): point \"\(name)\" is not in the gazetteer; write Kantor, or a"
        + " desa (\(desa.joined(separator: ", "))) alone or as Desa/Dusun"
    case .unknownDusun(let line, let name, let known):
      return "line \(line): point \"\(name)\" is not in the gazetteer; write one of"
        + " \(known.joined(separator: ", "))"
    case .samePoint(let line, let name):
      return "line \(line): from and to are both \(name); give the distance between two"
        + " different points"
    case .notANumber(let line, let value):
      return "line \(line): km \"\(value)\" is not a number; write kilometres such as 4.2"
        + " or 4,2"
    case .negative(let line, let value):
      return "line \(line): km \(value) is negative; write the road distance in kilometres,"
        + " 0 or more"
    case .duplicatePair(let line, let from, let to, let firstLine):
      return "line \(line): \(from) to \(to) is already given on line \(firstLine); keep one"
        + " of the two lines"
    }
  }
}

/// The invalid lines of a `road-distances.csv`, in line order. None of the file is used.
public struct RoadDistanceTableError: Error, Sendable, Equatable, CustomStringConvertible {
  /// At least one problem.
  public let problems: [RoadDistanceProblem]

  public init(problems: [RoadDistanceProblem]) {
    self.problems = problems
  }

  /// Every problem, one a line.
  public var description: String {
    problems.map(\.description).joined(separator: "\n")
  }
}

/// A solution in the VRPLIB `.sol` format: lines "Route #1: 21 31 19" and "Cost 784".
///
/// Customers are numbered as in CVRPLIB's `.sol` files, with the depot as 0, so with
/// the depot as the instance's first node a customer's number is its node index here.
public struct VRPLIBSolution: Sendable, Equatable {
  public let routes: [[Int]]
  /// Cost stated in the file, or nil when it has no Cost line.
  public let cost: Double?

  /// Parses the text of a `.sol` file.
  public init(parsing text: String) throws(VRPLIBError) {
    var routes: [[Int]] = []
    var cost: Double?
    for (index, rawLine) in text.split(whereSeparator: \.isNewline).enumerated() {
      let line = rawLine.trimmingCharacters(in: .whitespaces)
      if line.lowercased().hasPrefix("route") {
        guard let colon = line.firstIndex(of: ":") else {
          throw .unexpectedLine(line: index + 1, text: line)
        }
        var stops: [Int] = []
        for token in line[line.index(after: colon)...].split(whereSeparator: \.isWhitespace) {
          guard let stop = Int(token), stop > 0 else {
            throw .invalidNumber(line: index + 1, text: String(token))
          }
          stops.append(stop)
        }
        routes.append(stops)
      } else if line.lowercased().hasPrefix("cost") {
        let text = line.dropFirst(4).trimmingCharacters(in: .whitespaces)
        guard let value = Double(text) else {
          throw .invalidNumber(line: index + 1, text: text)
        }
        cost = value
      }
    }
    guard !routes.isEmpty else { throw .missing("Route") }
    self.routes = routes
    self.cost = cost
  }
}

/// Measured durations of one kind, in milliseconds.
struct Samples {
  let name: String
  private(set) var values: [Double] = []
  /// The label of each value, such as the key pressed, or an empty text when none was
  /// given.
  private(set) var labels: [String] = []

  init(_ name: String) {
    self.name = name
  }

  mutating func add(_ milliseconds: Double, label: String = "") {
    values.append(milliseconds)
    labels.append(label)
  }

  /// Returns the labels of the `count` largest values with the values, largest first.
  func slowest(_ count: Int) -> [(label: String, value: Double)] {
    Array(zip(labels, values).sorted { $0.1 > $1.1 }.prefix(count)).map { ($0.0, $0.1) }
  }

  /// Adds the time from `start` to `end`, both in nanoseconds of the monotonic clock.
  mutating func add(from start: UInt64, to end: UInt64) {
    values.append(end >= start ? Double(end - start) / 1e6 : 0)
    labels.append("")
  }

  var count: Int { values.count }

  /// Returns the value at fraction `q` of the sorted values by nearest rank (0.99 for
  /// p99).
  func quantile(_ q: Double) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let rank = Int((q * Double(sorted.count)).rounded(.up))
    return sorted[max(0, min(sorted.count - 1, rank - 1))]
  }

  var median: Double { quantile(0.5) }
  var p99: Double { quantile(0.99) }
  var maximum: Double { values.max() ?? .nan }
  var mean: Double { values.isEmpty ? .nan : values.reduce(0, +) / Double(values.count) }
}

/// A row of the result table: a measure, its figures and its target.
struct ResultRow {
  let measure: String
  let samples: Int
  let figures: String
  let target: String
  /// Nil when the measure has no target.
  let met: Bool?

  static func header() -> String {
    """
    | Measure | n | Result | Target | Met |
    |---|---|---|---|---|
    """
  }

  var line: String {
    let verdict = met.map { $0 ? "yes" : "**no**" } ?? ""
    return "| \(measure) | \(samples) | \(figures) | \(target) | \(verdict) |"
  }
}

/// Formats milliseconds for the tables: two decimals under 10 ms, one above.
func milliseconds(_ value: Double) -> String {
  guard value.isFinite else { return "–" }
  return value < 10 ? fixed(value, 2) + " ms" : fixed(value, 1) + " ms"
}

import HDSSampleData

/// The generator's one stream of pseudo-random numbers. Every draw happens in a fixed
/// order, so the same seed and arguments give the same rows.
struct RandomSource {
  private var generator: SeededGenerator

  init(seed: UInt64) {
    generator = SeededGenerator(seed: seed)
  }

  /// Returns a uniform value in [0, 1).
  mutating func unit() -> Double {
    Double(generator.next() >> 11) * 0x1.0p-53
  }

  /// Returns a uniform integer in `range`.
  mutating func int(_ range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(generator.next() % UInt64(range.count))
  }

  mutating func chance(_ probability: Double) -> Bool {
    unit() < probability
  }

  mutating func element<T>(_ values: [T]) -> T {
    values[int(0...values.count - 1)]
  }

  /// Picks an index by integer weights.
  mutating func weighted(_ weights: [Int]) -> Int {
    var roll = int(0...weights.reduce(0, +) - 1)
    for (index, weight) in weights.enumerated() {
      if roll < weight { return index }
      roll -= weight
    }
    return weights.count - 1
  }
}

/// The SplitMix64 pseudo-random generator (Steele, Lea and Flood, 2014), so that a run
/// with the same seed makes the same choices on every platform and Swift version.
struct SplitMix64: RandomNumberGenerator {
  private var state: UInt64

  init(seed: UInt64) {
    state = seed
  }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// Returns a uniform integer in `0..<bound`; `bound` must be positive.
  mutating func below(_ bound: Int) -> Int {
    Int((next() >> 11) % UInt64(bound))
  }

  /// Returns a uniform value in [0, 1).
  mutating func unit() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }
}

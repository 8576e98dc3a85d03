// The kabupaten the benchmark store covers: the 33 kecamatan of Kabupaten Malang by
// their Kemendagri codes 35.07.01 to 35.07.33. Only Kromengan (35.07.31) is real, with its
// 7 desa and their 2017 register figures from HDSCore. Every other desa, its population
// and its dusun are synthetic and named so ("Desa Sintetis 07-12"), because this program
// has no source for them.

import HDSCore
import HDSSampleData

/// One desa of the benchmark geography.
public struct BenchDesa: Sendable, Equatable {
  /// Kemendagri-style code "35.07.KK.20NN"; real only in Kromengan.
  public let code: String
  public let name: String
  /// The kecamatan's two-digit number, 1 to 33.
  public let kecamatanNumber: Int
  /// Registered residents: Kromengan's 2017 figures, elsewhere a synthetic number.
  public let population: Int
  public let dusun: [BenchDusun]
  public let isSynthetic: Bool
}

/// A dusun with the RW numbers and RT numbers that addresses in it use.
public struct BenchDusun: Sendable, Equatable {
  public let name: String
  /// RW number and its RT numbers, as `RukunWarga` stores them.
  public let rukunWarga: [(rw: Int, rt: [Int])]

  public static func == (lhs: BenchDusun, rhs: BenchDusun) -> Bool {
    lhs.name == rhs.name && lhs.rukunWarga.map(\.rw) == rhs.rukunWarga.map(\.rw)
      && lhs.rukunWarga.map(\.rt) == rhs.rukunWarga.map(\.rt)
  }
}

/// The desa of all 33 kecamatan, in code order.
public struct BenchGeography: Sendable {
  public let desa: [BenchDesa]

  /// Kromengan's number in the Kemendagri list of Kabupaten Malang (35.07.31).
  public static let kromenganNumber = KecamatanCode.kromengan.number
  public static let kecamatanCount = KabupatenMalang.codes.count

  /// Builds the geography. It does not depend on the generator's seed, so stores made
  /// with different seeds share their desa codes and populations.
  public init() {
    var random = SeededGenerator(seed: 0x3507_0000)
    var result: [BenchDesa] = []
    for number in 1...Self.kecamatanCount {
      if number == Self.kromenganNumber {
        result += Self.kromengan()
        continue
      }
      let count = Int.random(in: 8...20, using: &random)
      for index in 1...count {
        result.append(Self.syntheticDesa(kecamatan: number, index: index, using: &random))
      }
    }
    desa = result
  }

  /// "35.07.KK".
  public static func kecamatanCode(_ number: Int) -> String {
    KecamatanCode(number: number)?.description ?? "35.07." + twoDigits(number)
  }

  private static func kromengan() -> [BenchDesa] {
    Kromengan.kecamatan.desa.map { desa in
      BenchDesa(
        code: desa.code, name: desa.name, kecamatanNumber: kromenganNumber,
        population: desa.residents,
        dusun: desa.dusun.map { dusun in
          BenchDusun(
            name: dusun.name, rukunWarga: dusun.rukunWarga.map { ($0.number, $0.rukunTetangga) })
        },
        isSynthetic: false)
    }
  }

  /// Returns a synthetic desa of 2,000 to 10,000 residents with 1 to 4 dusun, 2 to 4 RW per dusun
  /// and 3 to 6 RT per RW, RT numbered across the desa as Kromengan's are.
  private static func syntheticDesa(
    kecamatan: Int, index: Int, using random: inout SeededGenerator
  ) -> BenchDesa {
    let label = twoDigits(kecamatan) + "-" + twoDigits(index)
    var dusun: [BenchDusun] = []
    var nextRW = 1
    var nextRT = 1
    for dusunIndex in 1...Int.random(in: 1...4, using: &random) {
      var rukunWarga: [(rw: Int, rt: [Int])] = []
      for _ in 0..<Int.random(in: 2...4, using: &random) {
        let rtCount = Int.random(in: 3...6, using: &random)
        rukunWarga.append((nextRW, Array(nextRT..<nextRT + rtCount)))
        nextRW += 1
        nextRT += rtCount
      }
      dusun.append(
        BenchDusun(name: "Dusun Sintetis \(label)-\(dusunIndex)", rukunWarga: rukunWarga))
    }
    return BenchDesa(
      code: kecamatanCode(kecamatan) + ".20" + twoDigits(index),
      name: "Desa Sintetis " + label, kecamatanNumber: kecamatan,
      population: Int.random(in: 2_000...10_000, using: &random), dusun: dusun,
      isSynthetic: true)
  }
}

func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }

func fourDigits(_ value: Int) -> String {
  let text = String(value)
  return String(repeating: "0", count: max(0, 4 - text.count)) + text
}

/// A column of a Dukcapil print list, recognised by its header in Indonesian or English.
public enum PrintListColumn: String, Sendable, CaseIterable {
  case nik
  case name
  case document
  case printedOn
  case requestNumber
  case desa

  public var isRequired: Bool {
    switch self {
    case .nik, .name, .document, .printedOn: return true
    case .requestNumber, .desa: return false
    }
  }

  /// The header names this column accepts, in the normalised form of `normalise(_:)`:
  /// lowercase, with every run of characters other than letters and digits as one space.
  public var acceptedNames: [String] {
    switch self {
    case .nik: return ["nik", "no nik", "nomor nik", "nomor induk kependudukan"]
    case .name:
      return ["nama", "name", "nama lengkap", "full name", "nama penduduk", "resident name"]
    case .document:
      return ["dokumen", "jenis dokumen", "document", "document kind", "document type", "jenis"]
    case .printedOn:
      return ["tanggal cetak", "tgl cetak", "print date", "printed on", "date printed", "printed"]
    case .requestNumber:
      return ["nomor permohonan", "no permohonan", "request number", "request no"]
    case .desa: return ["desa", "desa kelurahan", "kelurahan", "village"]
    }
  }

  /// Returns the column a header cell names, or nil for a column HDS does not read.
  public static func matching(_ header: String) -> PrintListColumn? {
    let key = normalise(header)
    return allCases.first { $0.acceptedNames.contains(key) }
  }

  /// Lowercases `header` and turns each run of characters other than letters and digits
  /// into one space, so "Tgl. Cetak", "TGL CETAK" and "tgl_cetak" compare equal.
  public static func normalise(_ header: String) -> String {
    if header.utf8.allSatisfy({ $0 < 0x80 }) { return normaliseASCII(header) }
    var words: [String] = []
    var word = ""
    for character in header.lowercased() {
      if character.isLetter || character.isNumber {
        word.append(character)
      } else if !word.isEmpty {
        words.append(word)
        word = ""
      }
    }
    if !word.isEmpty { words.append(word) }
    return words.joined(separator: " ")
  }

  /// `normalise(_:)` for ASCII text, whose letters and digits are A–Z, a–z and 0–9; it
  /// works on bytes, because print lists call it for a cell of every row.
  private static func normaliseASCII(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    var pendingSpace = false
    for byte in text.utf8 {
      let lowered = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
      if (0x61...0x7A).contains(lowered) || (0x30...0x39).contains(lowered) {
        if pendingSpace { bytes.append(0x20) }
        pendingSpace = false
        bytes.append(lowered)
      } else if !bytes.isEmpty {
        pendingSpace = true
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

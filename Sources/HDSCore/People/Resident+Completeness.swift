// The completeness rule of a resident's record, which a courier needs before taking a
// document there. The print-list import and address and KK corrections both apply it.

extension Resident {
  /// Returns whether a courier can be sent to the resident: the KK number is one that a
  /// person entered, not the placeholder of a print-list resident, and the address is
  /// complete in `kecamatan`.
  public func isComplete(in kecamatan: Kecamatan) -> Bool {
    kk.isEntered && address.isComplete(in: kecamatan)
  }
}

extension Address {
  /// Returns whether the address reaches an RT: a desa of `kecamatan`, a dusun, and RW
  /// and RT numbers from 1. A resident added from a print list has none of these.
  public func isComplete(in kecamatan: Kecamatan) -> Bool {
    kecamatan.desa(code: desaCode) != nil && !dusun.isEmpty && rw > 0 && rt > 0
  }
}

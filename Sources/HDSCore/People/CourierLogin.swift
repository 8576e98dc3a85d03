/// The Unix user a courier logs in as, which lets the courier role read that courier's
/// own run sheets.
public enum CourierLogin {
  /// Whether `name` is a portable Unix user name: a lower-case letter or `_`, then
  /// lower-case letters, digits, `.`, `_` or `-`, at most 32 characters (useradd's rule).
  public static func isValid(_ name: String) -> Bool {
    guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 32 else {
      return false
    }
    func allowed(_ scalar: Unicode.Scalar) -> Bool {
      ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
        || "._-".unicodeScalars.contains(scalar)
    }
    return (("a"..."z").contains(first) || first == "_") && name.unicodeScalars.allSatisfy(allowed)
  }
}

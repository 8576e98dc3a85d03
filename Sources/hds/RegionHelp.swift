/// The help of `hds region`.
enum RegionHelp {
  static let all = summary + "\n\n" + importFile + "\n\n" + export

  static let summary = """
    Usage: hds region [--data DIR]

    Prints the store's kecamatan and its geography: where it comes from (an imported
    region file with its SHA-256 digest, or the built-in Kromengan), and the number of
    desa, dusun, RW, RT and residents, and the office position.
    """

  static let importFile = """
    Usage: hds region import FILE [--data DIR]

    Checks FILE as the region file of the store's kecamatan (the kecamatan code of hds
    settings) and stores it, as one transaction with its event row. A file with any
    problem changes nothing, and every problem is listed with its line and the fix.
    For the operator and supervisor roles. The format is in docs/region-format.md;
    sample-data/region-kromengan.csv is Kromengan's.
    """

  static let export = """
    Usage: hds region export [--data DIR] [--output FILE]

    Writes the stored region file as it was imported, or for Kromengan without one the
    built-in geography in the same format.

      --output FILE   write to FILE (mode 0600) instead of standard output
    """
}

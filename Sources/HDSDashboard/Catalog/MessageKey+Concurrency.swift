// The texts of the keys for writes that another user overtook, in both languages.

extension MessageKey {
  static let concurrencyIndonesian: [MessageKey: String] = [
    .errorCourierConflict:
      "Data kurir {0} baru saja diubah pengguna lain. Buka lagi sebelum mengubahnya."
  ]

  static let concurrencyEnglish: [MessageKey: String] = [
    .errorCourierConflict:
      "Courier {0} was just changed by another user. Open it again before editing."
  ]
}

// The texts of a lost connection to the store's server, in both languages. {0} is the
// time the connection was lost, {1} the time of the data on screen.

extension MessageKey {
  static let serverIndonesian: [MessageKey: String] = [
    .serverLostBanner:
      "Tidak tersambung ke server sejak {0}. Data di layar dari {1}; perubahan ditolak sampai tersambung lagi.",
    .serverLostShort: "Server terputus sejak {0} · data {1} · perubahan ditolak",
    .serverBack: "Tersambung lagi ke server; data sudah terbaru.",
    .serverChangeRefused:
      "Tidak tersambung ke server: perubahan ditolak, tidak ada yang tersimpan. Ulangi setelah tersambung lagi.",
    .serverOutcomeUnknown:
      "Sambungan ke server putus saat menyimpan; belum pasti perubahan tersimpan. Lihat datanya lagi sebelum mengulang.",
    .serverNotWritable:
      "Peran basis data ini tidak boleh mengubah data di server; tidak ada yang tersimpan. Buka dengan --read-only, atau minta hak tulis.",
  ]

  static let serverEnglish: [MessageKey: String] = [
    .serverLostBanner:
      "No connection to the server since {0}. Data on screen from {1}; changes are refused until it is back.",
    .serverLostShort: "Server lost since {0} · data of {1} · changes refused",
    .serverBack: "Connected to the server again; the data is current.",
    .serverChangeRefused:
      "No connection to the server: the change was refused and nothing was saved. Do it again once it is back.",
    .serverOutcomeUnknown:
      "The connection broke while saving; the change may or may not be saved. Look at the data again before repeating it.",
    .serverNotWritable:
      "This database role may not change the server's data; nothing was saved. Open hds with --read-only, or ask for write access.",
  ]
}

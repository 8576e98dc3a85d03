// The texts of the kecamatan codes and of Dukcapil's view of the kabupaten, in both
// languages. {0} is a kecamatan's or kabupaten's name, {1} a kecamatan code.

extension MessageKey {
  static let kabupatenIndonesian: [MessageKey: String] = [
    .kabupatenName: "Kabupaten {0}",
    .summaryKecamatan: "Kecamatan",
    .kecamatanListTitle: "Kecamatan di Kabupaten {0}",
    .kecamatanColumnCode: "Kode",
    .kecamatanColumnName: "Kecamatan",
    .kecamatanColumnPending: "Belum antar",
    .kecamatanColumnDelivered: "Srh hari ini",
    .kecamatanColumnComplaints: "Aduan",
    .kecamatanListEmpty: "Belum ada data kecamatan yang terbaca; tunggu pembaruan berikut.",
    .kecamatanSwitching: "Membuka Kecamatan {0} ({1})…",
    .kecamatanSwitched: "Menampilkan Kecamatan {0} ({1}).",
    .kecamatanUnknown:
      "Tidak ada data kecamatan \"{0}\" di basis data ini. Tekan Tab untuk daftar kecamatan.",
    .kecamatanNotOffered:
      "Pindah kecamatan hanya untuk pemantau Dukcapil (hds --read-only) pada basis data PostgreSQL.",
    .mapNoGeography:
      "Desa Kecamatan {0} belum ada di program, jadi peta dan tabel desa tidak ditampilkan. Impor berkas wilayahnya dengan hds region import BERKAS. Antrean, kurir dan aduan tetap lengkap.",
    .formNoGeography:
      "Desa Kecamatan {0} belum ada di program, jadi alamat dan rute tidak bisa dipilih di sini. Impor berkas wilayahnya dengan hds region import BERKAS.",
    .helpKecamatan: "pindah kecamatan: daftar dengan total kabupaten",
    .hintKecamatan: "kecamatan",
    .hintSwitch: "pindah",
  ]

  static let kabupatenEnglish: [MessageKey: String] = [
    .kabupatenName: "Kabupaten {0}",
    .summaryKecamatan: "Kecamatan",
    .kecamatanListTitle: "Kecamatan of Kabupaten {0}",
    .kecamatanColumnCode: "Code",
    .kecamatanColumnName: "Kecamatan",
    .kecamatanColumnPending: "Pending",
    .kecamatanColumnDelivered: "Dlv today",
    .kecamatanColumnComplaints: "Complaints",
    .kecamatanListEmpty: "No kecamatan figures read yet; wait for the next refresh.",
    .kecamatanSwitching: "Opening Kecamatan {0} ({1})…",
    .kecamatanSwitched: "Showing Kecamatan {0} ({1}).",
    .kecamatanUnknown:
      "This database has no store of kecamatan \"{0}\". Press Tab for the list of kecamatan.",
    .kecamatanNotOffered:
      "Switching kecamatan is for Dukcapil's viewer (hds --read-only) on a PostgreSQL database.",
    .mapNoGeography:
      "The program has no desa of Kecamatan {0} yet, so the desa map and table are not shown. Import its region file with hds region import FILE. The queue, couriers and complaints are complete.",
    .formNoGeography:
      "The program has no desa of Kecamatan {0} yet, so addresses and routes cannot be picked here. Import its region file with hds region import FILE.",
    .helpKecamatan: "switch kecamatan: the list with the kabupaten's totals",
    .hintKecamatan: "kecamatan",
    .hintSwitch: "switch",
  ]
}

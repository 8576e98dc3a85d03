// The texts of the kecamatan codes and of Dukcapil's view of the kabupaten, in both
// languages. {0} is a kecamatan's or kabupaten's name, {1} a kecamatan code or, in the
// texts of another schema version, that version.

extension MessageKey {
  static let kabupatenIndonesian: [MessageKey: String] = [
    .kabupatenName: "Kabupaten {0}",
    .summaryKecamatan: "Kecamatan",
    .kecamatanListTitle: "Kecamatan di Kabupaten {0}",
    .kecamatanListSummed: "{0} dari {1} kecamatan terjumlah",
    .kecamatanColumnCode: "Kode",
    .kecamatanColumnName: "Kecamatan",
    .kecamatanColumnPending: "Belum antar",
    .kecamatanColumnOverdue: "Lewat target",
    .kecamatanColumnDelivered: "Srh hari ini",
    .kecamatanColumnComplaints: "Aduan",
    .kecamatanListEmpty: "Belum ada data kecamatan yang terbaca; tunggu pembaruan berikut.",
    .kecamatanSwitching: "Membuka Kecamatan {0} ({1})…",
    .kecamatanSwitched: "Menampilkan Kecamatan {0} ({1}).",
    .kecamatanUnknown:
      "Tidak ada data kecamatan \"{0}\" di basis data ini. Tekan Tab untuk daftar kecamatan.",
    .kecamatanNotOffered:
      "Pindah kecamatan hanya untuk pemantau Dukcapil (hds --read-only) pada basis data PostgreSQL.",
    .kecamatanOtherVersion:
      "Data Kecamatan {0} memakai versi skema {1}, berbeda dengan program ini; buka dengan versi HDS yang dipakai kantornya.",
    .kecamatanOtherVersionRow: "versi skema {1}, tidak terbaca",
    .kecamatanConflictRow: "{0}  {1}: kode dipakai lebih dari satu skema ({2})",
    .kecamatanConflict:
      "Kode {0} ({1}) dipakai lebih dari satu skema ({2}); kantornya perlu membetulkan kode dengan hds settings --kecamatan.",
    .kecamatanSwitchFailed: "Gagal pindah ke Kecamatan {0}: {1}",
    .kecamatanSwitchOffline: "server terputus; pilih lagi setelah tersambung.",
    .kecamatanSwitchUnreadable:
      "datanya tidak ada di basis data ini atau tidak boleh dibaca peran ini.",
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
    .kecamatanListSummed: "{0} of {1} kecamatan summed",
    .kecamatanColumnCode: "Code",
    .kecamatanColumnName: "Kecamatan",
    .kecamatanColumnPending: "Pending",
    .kecamatanColumnOverdue: "Overdue",
    .kecamatanColumnDelivered: "Dlv today",
    .kecamatanColumnComplaints: "Complaints",
    .kecamatanListEmpty: "No kecamatan figures read yet; wait for the next refresh.",
    .kecamatanSwitching: "Opening Kecamatan {0} ({1})…",
    .kecamatanSwitched: "Showing Kecamatan {0} ({1}).",
    .kecamatanUnknown:
      "This database has no store of kecamatan \"{0}\". Press Tab for the list of kecamatan.",
    .kecamatanNotOffered:
      "Switching kecamatan is for Dukcapil's viewer (hds --read-only) on a PostgreSQL database.",
    .kecamatanOtherVersion:
      "Kecamatan {0}'s store has schema version {1}, which this program cannot read; open it with the HDS version its office runs.",
    .kecamatanOtherVersionRow: "schema version {1}, not readable",
    .kecamatanConflictRow: "{0}  {1}: code claimed by more than one schema ({2})",
    .kecamatanConflict:
      "Code {0} ({1}) is claimed by more than one schema ({2}); its offices must set the right code with hds settings --kecamatan.",
    .kecamatanSwitchFailed: "Switching to Kecamatan {0} failed: {1}",
    .kecamatanSwitchOffline: "the server is out of reach; choose again once it is back.",
    .kecamatanSwitchUnreadable: "this database has no store of it that this role may read.",
    .mapNoGeography:
      "The program has no desa of Kecamatan {0} yet, so the desa map and table are not shown. Import its region file with hds region import FILE. The queue, couriers and complaints are complete.",
    .formNoGeography:
      "The program has no desa of Kecamatan {0} yet, so addresses and routes cannot be picked here. Import its region file with hds region import FILE.",
    .helpKecamatan: "switch kecamatan: the list with the kabupaten's totals",
    .hintKecamatan: "kecamatan",
    .hintSwitch: "switch",
  ]
}

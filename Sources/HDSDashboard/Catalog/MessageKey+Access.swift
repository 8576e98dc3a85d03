// The texts of the keys for what a role may not do, and of the notes of exports written
// to a file, in both languages.

extension MessageKey {
  static let accessIndonesian: [MessageKey: String] = [
    .errorRoleMayNot: "Peran {0} tidak boleh {1}. Minta pengguna berperan {2}.",
    .changeRequest: "mengubah permohonan",
    .changeImport: "mengimpor daftar",
    .changeCourier: "mengubah data kurir",
    .changeComplaint: "menangani aduan selain menugaskannya",
    .changeComplaintAssignment: "menugaskan pengaduan",
    .changeSurvey: "mencatat survei",
    .changeSettings: "mengubah pengaturan",
    .courierNotLinked:
      "Akun {0} belum ditautkan ke kurir (hds courier edit NAMA --login {0}).",
    .complaintsNotForCourier: "Aduan khusus petugas kantor.",
    .runSheetNotForRole:
      "Peran {0} tidak menulis surat jalan ke folder kantor; cetak dengan hds runsheet.",
    .queueNotLinked: "Akun ini belum ditautkan ke kurir, jadi tidak ada rute untuk ditampilkan.",
    .writtenRecipients: "Daftar penerima {0}: {1} penyerahan, ditulis ke {2}",
    .writtenRunSheet: "Surat jalan {0}, {1}: {2} titik, ditulis ke {3}",
    .writtenReport: "Laporan {0} ditulis ke {1}",
  ]

  static let accessEnglish: [MessageKey: String] = [
    .errorRoleMayNot: "The {0} role may not {1}. Ask a user with the {2} role.",
    .changeRequest: "change requests",
    .changeImport: "import lists",
    .changeCourier: "change courier records",
    .changeComplaint: "handle complaints other than assigning them",
    .changeComplaintAssignment: "assign complaints",
    .changeSurvey: "record survey answers",
    .changeSettings: "change settings",
    .courierNotLinked:
      "Account {0} is not linked to a courier (hds courier edit NAME --login {0}).",
    .complaintsNotForCourier: "For office staff only.",
    .runSheetNotForRole:
      "The {0} role does not write run sheets to the office folder; print with hds runsheet.",
    .queueNotLinked: "This account is linked to no courier, so there is no route to show.",
    .writtenRecipients: "Recipient list {0}: {1} deliveries, written to {2}",
    .writtenRunSheet: "Run sheet of {0} for {1}: {2} stops, written to {3}",
    .writtenReport: "Report for {0} written to {1}",
  ]
}

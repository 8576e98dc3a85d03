// The texts of the print-list and survey imports' reports and of their own command
// errors, in both languages. The messages about rows and file contents are in
// ImportTextIndonesian.swift and ImportTextEnglish.swift.

extension MessageKey {
  static let importIndonesian: [MessageKey: String] = [
    .importLine: "baris {0}: {1}",
    .importDone: "Impor {0} selesai:",
    .importDryRun: "Uji coba impor {0}: tidak ada yang disimpan. Bila diimpor, hasilnya:",
    .importRowsRead: "baris dibaca",
    .importMarkedReady: "ditandai siap",
    .importCreatedComplete: "dibuat, siap ditugaskan",
    .importCreated: "dibuat, perlu dilengkapi",
    .importRecorded: "survei dicatat",
    .importUnchanged: "tidak berubah",
    .importSkipped: "dilewati",
    .importDuplicates: "duplikat diabaikan",
    .importInvalid: "tidak valid",
    .importRejectsWritten: "Baris tidak valid dan duplikat ditulis ke {0}: {1}",
    .importRejectsDryRun: "Baris tidak valid dan duplikat yang akan ditulis ke {0}: {1}",
    .importSectionSkipped: "Dilewati:",
    .importSectionDuplicates: "Duplikat:",
    .importSectionInvalid: "Tidak valid:",
    .importSectionWarnings: "Peringatan:",
    .importCompleteCreated:
      "Lengkapi alamat dan No. KK permohonan yang dibuat; di antrean permohonan itu bertanda perlu dilengkapi.",
    .importCompleteWouldCreate:
      "Permohonan yang akan dibuat perlu dilengkapi alamat dan No. KK-nya setelah impor.",
    .importRejectedOne: "{0} berisi 1 baris tidak valid, jadi tidak ada yang diimpor:",
    .importRejectedMany: "{0} berisi {1} baris tidak valid, jadi tidak ada yang diimpor:",
    .importRejectedFix:
      "Perbaiki baris tersebut lalu impor berkas itu lagi, atau tambahkan --skip-invalid BERKAS untuk mengimpor baris yang valid dan menulis baris yang tidak valid ke BERKAS.",
    .importNothingImported: "tidak ada yang diimpor",
    .importSurveyRejectsFailed:
      "impor itu sendiri sudah menyimpan {0} survei, jadi jalankan lagi dengan --skip-invalid untuk menulis berkasnya",
    .importCannotRead: "{0} tidak dapat dibaca: {1}; periksa lokasi berkas dan izin aksesnya",
    .importNoSuchFile: "berkas tidak ada",
    .importPermissionDenied: "izin ditolak",
    .importRejectsIsInput:
      "--skip-invalid {0} menunjuk berkas yang sedang diimpor, yang akan tertimpa oleh baris yang tidak valid; pilih berkas lain untuk baris itu, misalnya {1}",
  ]

  static let importEnglish: [MessageKey: String] = [
    .importLine: "line {0}: {1}",
    .importDone: "Imported {0}:",
    .importDryRun: "Dry run of {0}: nothing was written. The import would do this:",
    .importRowsRead: "rows read",
    .importMarkedReady: "marked ready",
    .importCreatedComplete: "created, ready to assign",
    .importCreated: "created, to be completed",
    .importRecorded: "responses recorded",
    .importUnchanged: "unchanged",
    .importSkipped: "skipped",
    .importDuplicates: "duplicates ignored",
    .importInvalid: "invalid",
    .importRejectsWritten: "Invalid and duplicate rows written to {0}: {1}",
    .importRejectsDryRun: "Invalid and duplicate rows would be written to {0}: {1}",
    .importSectionSkipped: "Skipped:",
    .importSectionDuplicates: "Duplicates:",
    .importSectionInvalid: "Invalid:",
    .importSectionWarnings: "Warnings:",
    .importCompleteCreated:
      "Complete the address and KK of the created requests: they are flagged in the queue.",
    .importCompleteWouldCreate:
      "The requests it would create will need their address and KK completed after the import.",
    .importRejectedOne: "{0} has 1 invalid row, so nothing was imported:",
    .importRejectedMany: "{0} has {1} invalid rows, so nothing was imported:",
    .importRejectedFix:
      "Correct these rows and import the file again, or add --skip-invalid FILE to import the valid rows and write the invalid ones to FILE.",
    .importNothingImported: "nothing was imported",
    .importSurveyRejectsFailed:
      "the import itself stored {0} responses, so run it again with --skip-invalid to write the file",
    .importCannotRead: "cannot read {0}: {1}; check the path and its permissions",
    .importNoSuchFile: "no such file",
    .importPermissionDenied: "permission denied",
    .importRejectsIsInput:
      "--skip-invalid {0} names the file being imported, which the invalid rows would replace; choose another file for them, such as {1}",
  ]
}

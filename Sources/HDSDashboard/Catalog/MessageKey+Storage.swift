// The texts of the store file failure keys, in both languages. {0} is the file name.
// The full message, with SQLite's error, goes to hds.log and to `hds summary`.

extension MessageKey {
  static let storageIndonesian: [MessageKey: String] = [
    .errorStorageDamaged:
      "Berkas {0} rusak. Tutup semua hds, lalu pulihkan cadangan: hds restore.",
    .errorStorageDiskFull: "Disk tempat {0} penuh; perubahan tidak disimpan. Kosongkan disk.",
    .errorStorageFileSizeLimit: "Batas ukuran berkas tercapai pada {0}; perubahan tidak disimpan.",
    .errorStorageNotWritable:
      "Pengguna ini tidak boleh menulis {0} atau foldernya. Minta izin tulis.",
    .errorStorageCannotOpen: "Berkas data {0} tidak dapat dibuka. Periksa folder dan izinnya.",
    .errorStorageInputOutput: "Gagal membaca atau menulis {0} (kesalahan disk). Periksa disk.",
    .errorStorageLocked: "{0} sedang dikunci proses lain. Coba lagi sebentar lagi.",
  ]

  static let storageEnglish: [MessageKey: String] = [
    .errorStorageDamaged:
      "{0} is damaged. Close every hds, then restore a backup: hds restore.",
    .errorStorageDiskFull: "The disk holding {0} is full; nothing was saved. Free some space.",
    .errorStorageFileSizeLimit: "The file-size limit stopped a write to {0}; nothing was saved.",
    .errorStorageNotWritable:
      "This user may not write {0} or its directory. Ask for write access.",
    .errorStorageCannotOpen: "The data file {0} cannot be opened. Check its directory and access.",
    .errorStorageInputOutput: "Reading or writing {0} failed (disk error). Check the disk.",
    .errorStorageLocked: "{0} is locked by another process. Try again in a moment.",
  ]
}

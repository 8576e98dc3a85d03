/// Name parts for synthetic residents and couriers: common Javanese and Indonesian given
/// names, combined at random, so no record describes a real person.
enum SyntheticNames {
  static let male = [
    "Agus", "Bambang", "Budi", "Dwi", "Eko", "Hadi", "Joko", "Slamet", "Sugeng", "Suparman",
    "Wahyu", "Yudi", "Teguh", "Rudi", "Heru", "Imam", "Arif", "Fajar", "Rizky", "Andi",
    "Sutrisno", "Mujiono", "Khoirul", "Nur Cahyo", "Bagus",
  ]
  static let female = [
    "Siti", "Sri", "Dewi", "Endang", "Lestari", "Ratna", "Wulan", "Nur", "Puji", "Rina",
    "Yuli", "Tutik", "Sumiati", "Indah", "Ayu", "Fitri", "Anisa", "Wahyuni", "Sulastri",
    "Dian", "Kartini", "Mariyam",
  ]
  static let family = [
    "Santoso", "Wibowo", "Setiawan", "Prasetyo", "Hidayat", "Purnomo", "Susanto", "Rahayu",
    "Handayani", "Kurniawan", "Saputra", "Wijaya", "Nugroho", "Utomo", "Maulana", "Hartono",
    "Suryani", "Ningsih", "Wati", "Pratama", "Hariyanto", "Fauzi", "Yulianto", "Astuti",
  ]
  static let relations = ["istri", "suami", "anak", "ayah", "ibu", "kakak", "adik"]
  static let streets = [
    "Jl. Raya", "Jl. Masjid", "Jl. Sekolah", "Jl. Mawar", "Jl. Melati", "Jl. Kawi",
    "Jl. Pasar", "Gg. Kenanga", "Gg. Anggrek", "Jl. Balai Desa",
  ]
}

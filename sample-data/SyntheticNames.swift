/// Name parts for synthetic residents and couriers: common Javanese and Indonesian given
/// names, combined at random, so no record describes a real person.
public enum SyntheticNames {
  public static let male = [
    "Agus", "Bambang", "Budi", "Dwi", "Eko", "Hadi", "Joko", "Slamet", "Sugeng", "Suparman",
    "Wahyu", "Yudi", "Teguh", "Rudi", "Heru", "Imam", "Arif", "Fajar", "Rizky", "Andi",
    "Sutrisno", "Mujiono", "Khoirul", "Nur Cahyo", "Bagus",
  ]
  public static let female = [
    "Siti", "Sri", "Dewi", "Endang", "Lestari", "Ratna", "Wulan", "Nur", "Puji", "Rina",
    "Yuli", "Tutik", "Sumiati", "Indah", "Ayu", "Fitri", "Anisa", "Wahyuni", "Sulastri",
    "Dian", "Kartini", "Mariyam",
  ]
  public static let family = [
    "Santoso", "Wibowo", "Setiawan", "Prasetyo", "Hidayat", "Purnomo", "Susanto", "Rahayu",
    "Handayani", "Kurniawan", "Saputra", "Wijaya", "Nugroho", "Utomo", "Maulana", "Hartono",
    "Suryani", "Ningsih", "Wati", "Pratama", "Hariyanto", "Fauzi", "Yulianto", "Astuti",
  ]
  public static let relations = ["istri", "suami", "anak", "ayah", "ibu", "kakak", "adik"]
  public static let streets = [
    "Jl. Raya", "Jl. Masjid", "Jl. Sekolah", "Jl. Mawar", "Jl. Melati", "Jl. Kawi",
    "Jl. Pasar", "Gg. Kenanga", "Gg. Anggrek", "Jl. Balai Desa",
  ]
}

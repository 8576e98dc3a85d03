import HDSCore
import Testing

@testable import HDSDashboard

@Suite("Message catalog")
struct CatalogTests {
  @Test("every key has both languages")
  func everyKeyTranslated() {
    for key in MessageKey.allCases {
      #expect(MessageKey.indonesian[key] != nil, "no Indonesian text for \(key.rawValue)")
      #expect(MessageKey.english[key] != nil, "no English text for \(key.rawValue)")
    }
  }

  @Test("placeholders match between languages")
  func placeholdersMatch() {
    for key in MessageKey.allCases {
      let indonesian = placeholders(in: MessageKey.indonesian[key] ?? "")
      let english = placeholders(in: MessageKey.english[key] ?? "")
      #expect(indonesian == english, "placeholders differ for \(key.rawValue)")
    }
  }

  @Test("every enum case has a label")
  func enumLabels() {
    let catalog = Catalog(.indonesian)
    for state in RequestState.allCases { #expect(!catalog.state(state).contains(".")) }
    for reason in FailureReason.allCases { #expect(!catalog.reason(reason).contains(".")) }
    for kind in RequestAction.Kind.allCases { #expect(!catalog.action(kind).contains(".")) }
    for state in ComplaintState.allCases {
      #expect(!catalog.complaintState(state).contains("."))
    }
    for role in Role.allCases { #expect(MessageKey(rawValue: "role." + role.rawValue) != nil) }
    for change in Change.allCases {
      #expect(MessageKey(rawValue: "change." + change.rawValue) != nil, "\(change)")
    }
  }

  @Test("dates and numbers as each language writes them")
  func datesAndNumbers() {
    let day = CalendarDay(year: 2026, month: 12, day: 4)
    #expect(Catalog(.indonesian).date(day) == "4 Desember 2026")
    #expect(Catalog(.english).date(day) == "4 December 2026")
    #expect(Catalog(.indonesian).weekday(day) == "Jumat")
    #expect(Catalog(.indonesian).number(41_985) == "41.985")
    #expect(Catalog(.english).number(1_000_000) == "1,000,000")
    #expect(Catalog(.english).number(-12) == "-12")
  }

  @Test("language from option and locale")
  func languageResolution() {
    #expect(Language.resolve(option: nil, environment: [:]) == .indonesian)
    #expect(Language.resolve(option: nil, environment: ["LANG": "en_US.UTF-8"]) == .english)
    #expect(
      Language.resolve(option: nil, environment: ["LC_ALL": "id_ID.UTF-8", "LANG": "en_US"])
        == .indonesian)
    #expect(Language.resolve(option: "en", environment: ["LANG": "id_ID"]) == .english)
    #expect(Language.resolve(option: "fr", environment: [:]) == nil)
  }

  private func placeholders(in text: String) -> Set<String> {
    var found = Set<String>()
    var index = text.startIndex
    while let open = text[index...].firstIndex(of: "{"),
      let close = text[open...].firstIndex(of: "}")
    {
      found.insert(String(text[open...close]))
      index = text.index(after: close)
    }
    return found
  }
}

import HDSCore

/// What a correction form corrects, in the order of its choice field.
enum CorrectionTarget: Int, CaseIterable {
  case recipient, address, name, phone, kk
}

extension Form {
  /// The document kind chosen in an intake form, nil in other forms.
  var selectedDocument: DocumentKind? {
    guard case .intake = purpose, let field = self[.document] else { return nil }
    return DocumentKind.allCases[field.choice]
  }

  /// What a correction form corrects.
  var correcting: CorrectionTarget {
    CorrectionTarget(rawValue: self[.correctWhat]?.choice ?? 0) ?? .recipient
  }

  /// The desa, dusun, RW and RT chosen in the address fields.
  func chosenAddress(in kecamatan: Kecamatan) -> Address? {
    guard let desaField = self[.desa], kecamatan.desa.indices.contains(desaField.choice) else {
      return nil
    }
    let desa = kecamatan.desa[desaField.choice]
    let dusun = desa.dusun[min(self[.dusun]?.choice ?? 0, desa.dusun.count - 1)]
    let rw = dusun.rukunWarga[min(self[.rw]?.choice ?? 0, dusun.rukunWarga.count - 1)]
    let rt = rw.rukunTetangga[min(self[.rt]?.choice ?? 0, rw.rukunTetangga.count - 1)]
    let street = (self[.street]?.text ?? "").trimmingCharacters(in: .whitespaces)
    return Address(desaCode: desa.code, dusun: dusun.name, rw: rw.number, rt: rt, street: street)
  }

  /// Rebuilds the choices that depend on others: dusun from desa, RW from dusun, RT from
  /// RW, and an intake's requirement checklist from its document kind. Kept choices stay
  /// chosen where they still exist.
  mutating func refreshDependents() {
    let kecamatan: Kecamatan
    switch purpose {
    case .intake(let value), .correct(_, let value): kecamatan = value
    default: return
    }
    guard let desaIndex = self[.desa]?.choice, kecamatan.desa.indices.contains(desaIndex) else {
      return
    }
    let desa = kecamatan.desa[desaIndex]
    let dusunIndex = setOptions(.dusun, desa.dusun.map(\.name))
    let dusun = desa.dusun[dusunIndex]
    let rwIndex = setOptions(.rw, dusun.rukunWarga.map { Self.threeDigits($0.number) })
    setOptions(.rt, dusun.rukunWarga[rwIndex].rukunTetangga.map(Self.threeDigits))
    if case .intake = purpose { refreshRequirements() }
  }

  /// Replaces the options of a choice field, keeping the index when it is still valid.
  @discardableResult
  private mutating func setOptions(_ name: FormField.Name, _ options: [String]) -> Int {
    guard let index = index(of: name) else { return 0 }
    let chosen = min(fields[index].choice, max(0, options.count - 1))
    fields[index].value = .choice(options, chosen)
    return chosen
  }

  /// Puts one switch per requirement of the chosen document before the note, keeping the
  /// switches of requirements that stay.
  private mutating func refreshRequirements() {
    guard let document = selectedDocument else { return }
    let catalog = Catalog(language)
    var ticked: [Requirement: Bool] = [:]
    for field in fields {
      if case .requirement(let item) = field.name { ticked[item] = field.isOn }
    }
    let focusedName = fields[focus].name
    fields.removeAll {
      if case .requirement = $0.name { return true }
      return false
    }
    let position = index(of: .note) ?? fields.count
    let switches = document.requirements.map { item in
      FormField(
        name: .requirement(item), label: catalog.requirement(item),
        value: .toggle(ticked[item] ?? false), isRequired: false)
    }
    fields.insert(contentsOf: switches, at: position)
    focus = index(of: focusedName) ?? min(focus, fields.count - 1)
  }

  static func threeDigits(_ value: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, 3 - text.count)) + text
  }
}

import HDSCore

/// The village map pane's view settings: map or table, the figure that shades the map,
/// and whether the pane fills the screen.
public struct MapState: Sendable, Equatable {
  public enum View: Sendable, Equatable {
    case map
    case table
  }

  /// The figure that shades each desa on the map.
  public enum Shading: Sendable, Equatable {
    /// Pending requests per 1,000 residents of the 2017 register.
    case pendingPerThousand
    /// Pending requests past their service-time target.
    case overdue
  }

  public var view = View.map
  public var shading = Shading.pendingPerThousand

  public init() {}
}

extension DashboardState {
  /// The desa the queue and courier panes are filtered to, if any.
  var desaFilter: Desa? {
    query.desaCode.flatMap { kecamatan.desa(code: $0) }
  }

  /// The rows the courier pane lists: every active courier, or with a desa filter only
  /// those with a stop in that desa today. Their counts stay the courier's whole day, so
  /// that the operator judges each courier's load when adding stops there.
  var courierRows: [CourierDayRow] {
    guard let snapshot else { return [] }
    if let scope = courierScope { return snapshot.courierBoard.filter { $0.courierID == scope } }
    guard let code = query.desaCode else { return snapshot.courierBoard }
    let couriers = snapshot.couriersByDesa[code] ?? []
    return snapshot.courierBoard.filter { couriers.contains($0.courierID) }
  }

  /// Returns the figures of the desa at `index` in gazetteer order, zero when it has none.
  func figures(ofDesaAt index: Int) -> DesaFigures {
    let code = kecamatan.desa[index].code
    return snapshot?.desaFigures[code] ?? .zero(code)
  }
}

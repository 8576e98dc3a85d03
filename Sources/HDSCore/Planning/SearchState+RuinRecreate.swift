/// Ruin and recreate after Christiaens and Vanden Berghe, "Slack induction by string
/// removals for vehicle routing problems" (Transportation Science 54(2), 2020): remove
/// strings of consecutive customers from routes near a random seed customer, then
/// reinsert every unassigned customer at its cheapest feasible position.
extension SearchState {
  /// Average number of customers one ruin step removes.
  static let averageRemoved = 10.0
  /// Maximum length of a string removed from one route.
  static let maxStringLength = 10.0
  /// Chance that recreate skips a position during the search, which varies the rebuilt
  /// plans.
  static let blinkRate = 0.01

  /// Removes strings from routes near a random customer. Removed customers join
  /// `unassigned`.
  mutating func ruin(neighbourhood: Neighbourhood, random: inout SplitMix64) {
    let assigned = nodeCount - 1 - unassigned.count
    let usedRoutes = routes.count { !$0.isEmpty }
    guard assigned > 0, usedRoutes > 0 else { return }

    let averageRouteSize = Double(assigned) / Double(usedRoutes)
    let stringLimit = min(Self.maxStringLength, averageRouteSize)
    let stringCountLimit = 4 * Self.averageRemoved / (1 + stringLimit) - 1
    let stringCount = Int(1 + random.unit() * stringCountLimit)

    var seed = random.below(nodeCount)
    while routeOf[seed] < 0 { seed = random.below(nodeCount) }

    var ruined: [Int] = []
    for customer in [seed] + neighbourhood.adjacency[seed] {
      guard ruined.count < stringCount else { break }
      let route = routeOf[customer]
      guard route >= 0, !ruined.contains(route) else { continue }

      let size = routes[route].count
      let lengthLimit = min(Double(size), stringLimit)
      let length = min(size, Int(1 + random.unit() * lengthLimit))
      let at = position[customer]
      let lowest = max(0, at - length + 1)
      let highest = min(at, size - length)
      let start = lowest + random.below(highest - lowest + 1)
      removeString(from: route, start: start, length: length)
      ruined.append(route)
    }
  }

  private mutating func removeString(from route: Int, start: Int, length: Int) {
    var stops = routes[route]
    let removed = stops[start..<(start + length)]
    noteChanged(
      start > 0 ? stops[start - 1] : depot,
      start + length < stops.count ? stops[start + length] : depot)
    for node in removed {
      markUnrouted(node)
      unassigned.append(node)
    }
    stops.removeSubrange(start..<(start + length))
    setRoute(route, to: stops)
  }

  /// Inserts each unassigned customer at its cheapest feasible position, in one of the
  /// orders the SISR paper draws from. Customers that fit nowhere stay unassigned.
  mutating func recreate(blinkRate: Double, random: inout SplitMix64) {
    var order = unassigned
    order.shuffle(using: &random)
    let draw = random.below(11)
    if draw < 4 {
      // Random order, as shuffled.
    } else if draw < 8 {
      order.sort { demand[$0] > demand[$1] }
    } else if draw < 10 {
      order.sort { cost(depot, $0) > cost(depot, $1) }
    } else {
      order.sort { cost(depot, $0) < cost(depot, $1) }
    }
    if hasPriorities {
      // Urgent customers take the room first, so that a lack of capacity leaves out the
      // others. Within each priority the drawn order stays.
      let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
      order.sort { (-priority[$0], rank[$0]!) < (-priority[$1], rank[$1]!) }
    }

    insert(order, blinkRate: blinkRate, random: &random)
  }

  /// Inserts `customers`, which must be unassigned, one by one in this order at their
  /// cheapest feasible positions.
  mutating func insert(_ customers: [Int], blinkRate: Double, random: inout SplitMix64) {
    unassigned.removeAll { customers.contains($0) }
    for customer in customers
    where !insertAtCheapest(customer, blinkRate: blinkRate, random: &random) {
      unassigned.append(customer)
    }
  }

  /// Inserts `customer` where it adds the least cost, or returns false when no route
  /// has room for it.
  ///
  /// Complexity: O(number of routed customers + number of vehicles).
  private mutating func insertAtCheapest(
    _ customer: Int, blinkRate: Double, random: inout SplitMix64
  ) -> Bool {
    var bestDelta = Double.infinity
    var bestRoute = -1
    var bestIndex = 0
    var triedEmptyCapacity: [Int] = []
    for route in routes.indices {
      guard load[route] + demand[customer] <= capacity[route], mayRide(customer, on: route)
      else { continue }
      if routes[route].isEmpty {
        // Empty routes of equal capacity are interchangeable; price one of them.
        if triedEmptyCapacity.contains(capacity[route]) && pinned[customer] < 0 { continue }
        triedEmptyCapacity.append(capacity[route])
      }

      var before = depot
      var after = routes[route].first ?? depot
      var index = 0
      while true {
        if (!hasPriorities || (mayFollow(before, customer) && mayFollow(customer, after)))
          && (blinkRate == 0 || random.unit() >= blinkRate)
        {
          let delta = cost(before, customer) + cost(customer, after) - cost(before, after)
          if delta < bestDelta {
            bestDelta = delta
            bestRoute = route
            bestIndex = index
          }
        }
        if after == depot { break }
        before = after
        after = next[after]
        index += 1
      }
    }
    guard bestRoute >= 0 else { return false }

    var stops = routes[bestRoute]
    stops.insert(customer, at: bestIndex)
    setRoute(bestRoute, to: stops)
    noteChanged(previous[customer], customer, next[customer])
    return true
  }
}

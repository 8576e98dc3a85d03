/// Local search over granular neighbourhoods: each customer is paired only with its
/// nearest neighbours, and the first improving move found is applied.
///
/// Moves: relocating a string of 1 to 3 customers (or-opt, also reversed) within or
/// between routes, and swapping two customers of different routes. Also 2-opt within
/// a route, 2-opt* between routes (which can merge two routes), and moving a customer
/// to an empty route. Every move keeps capacity, pins and the priority order.
extension SearchState {
  /// Improvement below this is treated as none, so rounding cannot make moves cycle.
  static let improvementThreshold = 1e-9

  /// Applies improving moves until no customer in the work list has one.
  ///
  /// The work list starts as `changedNodes`. After each move, the nodes whose previous
  /// or next node changed join it again, the classic don't-look bits. A customer whose
  /// route only changed load elsewhere is not looked at again.
  mutating func improve(neighbourhood: Neighbourhood, random: inout SplitMix64) {
    var pending: [Int] = []
    var isPending = Array(repeating: false, count: nodeCount)
    func enqueueChanged(_ state: inout SearchState) {
      for node in state.changedNodes where !isPending[node] {
        isPending[node] = true
        pending.append(node)
      }
      state.changedNodes.removeAll(keepingCapacity: true)
    }
    enqueueChanged(&self)
    pending.shuffle(using: &random)

    while let u = pending.popLast() {
      isPending[u] = false
      guard routeOf[u] >= 0 else { continue }
      if applyFirstImprovingMove(for: u, neighbours: neighbourhood.nearest[u]) {
        enqueueChanged(&self)
      }
    }
  }

  /// Applies the first improving move that places `u` next to one of `neighbours`, and
  /// returns whether it found one.
  private mutating func applyFirstImprovingMove(for u: Int, neighbours: [Int]) -> Bool {
    let routeU = routeOf[u]
    for v in neighbours {
      let routeV = routeOf[v]
      guard routeV >= 0 else { continue }
      if applyStringRelocation(u: u, v: v, routeU: routeU, routeV: routeV) { return true }
      if routeU != routeV {
        if applySwap(u: u, v: v, routeU: routeU, routeV: routeV)
          || applyTailExchange(u: u, v: v, routeU: routeU, routeV: routeV)
        {
          return true
        }
      } else if applyReversal(u: u, v: v, route: routeU) {
        return true
      }
    }
    return applyMoveToEmptyRoute(u: u, routeU: routeU)
  }

  // MARK: - Relocating strings (relocate and or-opt)

  /// Tries strings of 1 to 3 customers that start or end at `u`, moved so that `u`
  /// lands next to `v`, on either side.
  private mutating func applyStringRelocation(
    u: Int, v: Int, routeU: Int, routeV: Int
  ) -> Bool {
    for length in 1...3 {
      // The string that starts at u.
      var last = u
      var complete = true
      for _ in 1..<length {
        last = next[last]
        if last == depot {
          complete = false
          break
        }
      }
      if complete {
        let reversedBefore = length > 1
        if tryString(u, last, length, reversed: false, after: v, routeU, routeV)
          || tryString(u, last, length, reversed: reversedBefore, before: v, routeU, routeV)
        {
          return true
        }
      }
      guard length > 1 else { continue }

      // The string that ends at u.
      var first = u
      complete = true
      for _ in 1..<length {
        first = previous[first]
        if first == depot {
          complete = false
          break
        }
      }
      if complete,
        tryString(first, u, length, reversed: true, after: v, routeU, routeV)
          || tryString(first, u, length, reversed: false, before: v, routeU, routeV)
      {
        return true
      }
    }
    return false
  }

  private mutating func tryString(
    _ first: Int, _ last: Int, _ length: Int, reversed: Bool, after v: Int,
    _ routeU: Int, _ routeV: Int
  ) -> Bool {
    tryString(first, last, length, reversed, between: v, next[v], routeU, routeV)
  }

  private mutating func tryString(
    _ first: Int, _ last: Int, _ length: Int, reversed: Bool, before v: Int,
    _ routeU: Int, _ routeV: Int
  ) -> Bool {
    tryString(first, last, length, reversed, between: previous[v], v, routeU, routeV)
  }

  /// Moves the string `first...last` of `routeU` between the adjacent nodes `x` and
  /// `y` of `routeV` if that is feasible and improves the cost.
  private mutating func tryString(
    _ first: Int, _ last: Int, _ length: Int, _ reversed: Bool, between x: Int, _ y: Int,
    _ routeU: Int, _ routeV: Int
  ) -> Bool {
    let firstPosition = position[first]
    let lastPosition = position[last]
    if routeU == routeV {
      if x != depot && position[x] >= firstPosition && position[x] <= lastPosition {
        return false
      }
      if y != depot && position[y] >= firstPosition && position[y] <= lastPosition {
        return false
      }
    } else {
      let stringLoad = prefixLoad[last] - prefixLoad[first] + demand[first]
      guard load[routeV] + stringLoad <= capacity[routeV] else { return false }
      var node = first
      for _ in 0..<length {
        guard mayRide(node, on: routeV) else { return false }
        node = next[node]
      }
    }
    if hasPriorities {
      if reversed {
        guard priority[first] == priority[last], mayFollow(x, last), mayFollow(first, y) else {
          return false
        }
      } else {
        guard mayFollow(x, first), mayFollow(last, y) else { return false }
      }
    }

    let before = previous[first]
    let after = next[last]
    var delta = cost(before, after) - cost(before, first) - cost(last, after) - cost(x, y)
    if reversed {
      let forwardInside = forwardCost[last] - forwardCost[first]
      let backwardInside = backwardCost[last] - backwardCost[first]
      delta += cost(x, last) + cost(first, y) + backwardInside - forwardInside
    } else {
      delta += cost(x, first) + cost(last, y)
    }
    guard delta < -Self.improvementThreshold else { return false }

    noteChanged(before, after, first, last, x, y)
    var source = routes[routeU]
    var moved = Array(source[firstPosition...lastPosition])
    if reversed { moved.reverse() }
    source.removeSubrange(firstPosition...lastPosition)
    if routeU == routeV {
      var insertAt = 0
      if x != depot {
        insertAt = position[x] + 1 - (position[x] > lastPosition ? length : 0)
      }
      source.insert(contentsOf: moved, at: insertAt)
      setRoute(routeU, to: source)
    } else {
      var target = routes[routeV]
      target.insert(contentsOf: moved, at: x == depot ? 0 : position[x] + 1)
      setRoute(routeU, to: source)
      setRoute(routeV, to: target)
    }
    return true
  }

  // MARK: - Swap

  /// Exchanges `u` and `v`, which are on different routes.
  private mutating func applySwap(u: Int, v: Int, routeU: Int, routeV: Int) -> Bool {
    guard mayRide(u, on: routeV), mayRide(v, on: routeU) else { return false }
    guard load[routeU] - demand[u] + demand[v] <= capacity[routeU],
      load[routeV] - demand[v] + demand[u] <= capacity[routeV]
    else { return false }
    let beforeU = previous[u]
    let afterU = next[u]
    let beforeV = previous[v]
    let afterV = next[v]
    if hasPriorities {
      guard mayFollow(beforeU, v), mayFollow(v, afterU), mayFollow(beforeV, u),
        mayFollow(u, afterV)
      else { return false }
    }
    let removed = cost(beforeU, u) + cost(u, afterU) + cost(beforeV, v) + cost(v, afterV)
    let added = cost(beforeU, v) + cost(v, afterU) + cost(beforeV, u) + cost(u, afterV)
    guard added - removed < -Self.improvementThreshold else { return false }

    noteChanged(beforeU, afterU, beforeV, afterV, u, v)
    var stopsU = routes[routeU]
    var stopsV = routes[routeV]
    stopsU[position[u]] = v
    stopsV[position[v]] = u
    setRoute(routeU, to: stopsU)
    setRoute(routeV, to: stopsV)
    return true
  }

  // MARK: - 2-opt* between routes

  /// Exchanges the tails of two routes so that `u` is followed by `v`, or `v` by `u`.
  private mutating func applyTailExchange(u: Int, v: Int, routeU: Int, routeV: Int) -> Bool {
    // u then v: routeU keeps its head up to u and takes routeV's tail from v.
    if lastPinnedPosition[routeV] < position[v], lastPinnedPosition[routeU] <= position[u] {
      let beforeV = previous[v]
      let afterU = next[u]
      let loadU = prefixLoad[u] + load[routeV] - prefixLoad[v] + demand[v]
      let loadV = prefixLoad[v] - demand[v] + load[routeU] - prefixLoad[u]
      let feasible =
        loadU <= capacity[routeU] && loadV <= capacity[routeV]
        && (!hasPriorities || (mayFollow(u, v) && mayFollow(beforeV, afterU)))
      let delta = cost(u, v) + cost(beforeV, afterU) - cost(u, afterU) - cost(beforeV, v)
      if feasible && delta < -Self.improvementThreshold {
        noteChanged(u, v, beforeV, afterU)
        exchangeTails(routeU, keeping: position[u] + 1, routeV, keeping: position[v])
        return true
      }
    }

    // v then u: routeV keeps its head up to v and takes routeU's tail from u.
    if lastPinnedPosition[routeU] < position[u], lastPinnedPosition[routeV] <= position[v] {
      let beforeU = previous[u]
      let afterV = next[v]
      let loadU = prefixLoad[u] - demand[u] + load[routeV] - prefixLoad[v]
      let loadV = prefixLoad[v] + load[routeU] - prefixLoad[u] + demand[u]
      let feasible =
        loadU <= capacity[routeU] && loadV <= capacity[routeV]
        && (!hasPriorities || (mayFollow(v, u) && mayFollow(beforeU, afterV)))
      let delta = cost(v, u) + cost(beforeU, afterV) - cost(beforeU, u) - cost(v, afterV)
      if feasible && delta < -Self.improvementThreshold {
        noteChanged(u, v, beforeU, afterV)
        exchangeTails(routeU, keeping: position[u], routeV, keeping: position[v] + 1)
        return true
      }
    }
    return false
  }

  /// Gives each route the other's stops from position `keepU` (or `keepV`) on.
  private mutating func exchangeTails(
    _ routeU: Int, keeping keepU: Int, _ routeV: Int, keeping keepV: Int
  ) {
    let stopsU = routes[routeU]
    let stopsV = routes[routeV]
    setRoute(routeU, to: Array(stopsU[..<keepU]) + stopsV[keepV...])
    setRoute(routeV, to: Array(stopsV[..<keepV]) + stopsU[keepU...])
  }

  // MARK: - 2-opt within a route

  /// Reverses the stretch of `route` between `u` and `v` so that they become adjacent.
  private mutating func applyReversal(u: Int, v: Int, route: Int) -> Bool {
    // Reversing first...last joins `outer` to `last` and `first` to `beyond`.
    let first: Int
    let last: Int
    if position[u] < position[v] {
      first = next[u]
      last = v
    } else {
      first = v
      last = previous[u]
    }
    guard first != last, position[first] < position[last] else { return false }
    if hasPriorities && priority[first] != priority[last] { return false }

    let outer = previous[first]
    let beyond = next[last]
    let forwardInside = forwardCost[last] - forwardCost[first]
    let backwardInside = backwardCost[last] - backwardCost[first]
    let delta =
      cost(outer, last) + cost(first, beyond) - cost(outer, first) - cost(last, beyond)
      + backwardInside - forwardInside
    guard delta < -Self.improvementThreshold else { return false }

    noteChanged(outer, first, last, beyond)
    var stops = routes[route]
    stops[position[first]...position[last]].reverse()
    setRoute(route, to: stops)
    return true
  }

  // MARK: - Opening a route

  /// Moves `u` alone to an unused vehicle when that is cheaper.
  private mutating func applyMoveToEmptyRoute(u: Int, routeU: Int) -> Bool {
    guard routes[routeU].count > 1, pinned[u] < 0 else { return false }
    let before = previous[u]
    let after = next[u]
    let delta =
      cost(depot, u) + cost(u, depot) + cost(before, after) - cost(before, u) - cost(u, after)
    guard delta < -Self.improvementThreshold else { return false }
    guard
      let empty = routes.indices.first(where: {
        routes[$0].isEmpty && capacity[$0] >= demand[u]
      })
    else { return false }

    noteChanged(before, after, u)
    var stops = routes[routeU]
    stops.remove(at: position[u])
    setRoute(routeU, to: stops)
    setRoute(empty, to: [u])
    return true
  }
}

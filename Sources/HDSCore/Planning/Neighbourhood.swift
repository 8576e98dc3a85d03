/// Customers ordered by closeness to each customer, for granular local search and for
/// choosing which strings the ruin step removes.
struct Neighbourhood: Sendable {
  /// `nearest[u]` contains the customers closest to `u`, at most `neighbourCount` of them.
  let nearest: [[Int]]
  /// `adjacency[u]` contains every other customer, closest first.
  let adjacency: [[Int]]

  /// Orders customers by the round-trip cost `d(u, v) + d(v, u)`, so that an
  /// asymmetric matrix orders pairs the same way from both ends.
  ///
  /// Complexity: O(n² log n) time and O(n²) memory for n customers.
  init(problem: RoutingProblem, neighbourCount: Int) {
    let customers = problem.customers
    let distances = problem.distances
    var nearest = Array(repeating: [Int](), count: distances.count)
    var adjacency = Array(repeating: [Int](), count: distances.count)
    for u in customers {
      let others = customers.filter { $0 != u }.sorted { a, b in
        let costA = distances[u, a] + distances[a, u]
        let costB = distances[u, b] + distances[b, u]
        return costA != costB ? costA < costB : a < b
      }
      adjacency[u] = others
      nearest[u] = Array(others.prefix(max(1, neighbourCount)))
    }
    self.nearest = nearest
    self.adjacency = adjacency
  }
}

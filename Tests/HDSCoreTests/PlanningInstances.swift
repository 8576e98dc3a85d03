/// VRPLIB instances with optimal solutions, from the CVRPLIB collection (Augerat set A
/// and the E set of Christofides and Eilon), embedded so that the tests need no files.
enum PlanningInstances {
  /// Instance name, `.vrp` text and `.sol` text, smallest first.
  static let all: [(name: String, instance: String, solution: String)] = [
    ("E-n22-k4", en22k4Instance, en22k4Solution),
    ("A-n32-k5", an32k5Instance, an32k5Solution),
    ("E-n51-k5", en51k5Instance, en51k5Solution),
    ("A-n80-k10", an80k10Instance, an80k10Solution),
  ]

  static let en22k4Instance = """
    NAME : E-n22-k4
    COMMENT : (Christophides and Eilon, Min no of trucks: 4, Optimal value: 375)
    TYPE : CVRP
    DIMENSION : 22
    EDGE_WEIGHT_TYPE : EUC_2D
    CAPACITY : 6000
    NODE_COORD_SECTION
    1 145 215
    2 151 264
    3 159 261
    4 130 254
    5 128 252
    6 163 247
    7 146 246
    8 161 242
    9 142 239
    10 163 236
    11 148 232
    12 128 231
    13 156 217
    14 129 214
    15 146 208
    16 164 208
    17 141 206
    18 147 193
    19 164 193
    20 129 189
    21 155 185
    22 139 182
    DEMAND_SECTION
    1 0
    2 1100
    3 700
    4 800
    5 1400
    6 2100
    7 400
    8 800
    9 100
    10 500
    11 600
    12 1200
    13 1300
    14 1300
    15 300
    16 900
    17 2100
    18 1000
    19 900
    20 2500
    21 1800
    22 700
    DEPOT_SECTION
     1
     -1
    EOF
    """

  static let en22k4Solution = """
    Route #1: 17 20 18 15 12
    Route #2: 16 19 21 14
    Route #3: 13 11 4 3 8 10
    Route #4: 9 7 5 2 1 6
    Cost 375
    """

  static let an32k5Instance = """
    NAME : A-n32-k5
    COMMENT : (Augerat et al, No of trucks: 5, Optimal value: 784)
    TYPE : CVRP
    DIMENSION : 32
    EDGE_WEIGHT_TYPE : EUC_2D
    CAPACITY : 100
    NODE_COORD_SECTION
     1 82 76
     2 96 44
     3 50 5
     4 49 8
     5 13 7
     6 29 89
     7 58 30
     8 84 39
     9 14 24
     10 2 39
     11 3 82
     12 5 10
     13 98 52
     14 84 25
     15 61 59
     16 1 65
     17 88 51
     18 91 2
     19 19 32
     20 93 3
     21 50 93
     22 98 14
     23 5 42
     24 42 9
     25 61 62
     26 9 97
     27 80 55
     28 57 69
     29 23 15
     30 20 70
     31 85 60
     32 98 5
    DEMAND_SECTION
    1 0
    2 19
    3 21
    4 6
    5 19
    6 7
    7 12
    8 16
    9 6
    10 16
    11 8
    12 14
    13 21
    14 16
    15 3
    16 22
    17 18
    18 19
    19 1
    20 24
    21 8
    22 12
    23 4
    24 8
    25 24
    26 24
    27 2
    28 20
    29 15
    30 2
    31 14
    32 9
    DEPOT_SECTION
     1
     -1
    EOF
    """

  static let an32k5Solution = """
    Route #1: 21 31 19 17 13 7 26
    Route #2: 12 1 16 30
    Route #3: 27 24
    Route #4: 29 18 8 9 22 15 10 25 5 20
    Route #5: 14 28 11 4 23 3 2 6
    Cost 784
    """

  static let en51k5Instance = """
    NAME : E-n51-k5
    COMMENT : (Christophides and Eilon, Min no of trucks: 5, Optimal value: 521)
    TYPE : CVRP
    DIMENSION : 51
    EDGE_WEIGHT_TYPE : EUC_2D
    CAPACITY : 160
    NODE_COORD_SECTION
    1 30 40
    2 37 52
    3 49 49
    4 52 64
    5 20 26
    6 40 30
    7 21 47
    8 17 63
    9 31 62
    10 52 33
    11 51 21
    12 42 41
    13 31 32
    14 5 25
    15 12 42
    16 36 16
    17 52 41
    18 27 23
    19 17 33
    20 13 13
    21 57 58
    22 62 42
    23 42 57
    24 16 57
    25 8 52
    26 7 38
    27 27 68
    28 30 48
    29 43 67
    30 58 48
    31 58 27
    32 37 69
    33 38 46
    34 46 10
    35 61 33
    36 62 63
    37 63 69
    38 32 22
    39 45 35
    40 59 15
    41 5 6
    42 10 17
    43 21 10
    44 5 64
    45 30 15
    46 39 10
    47 32 39
    48 25 32
    49 25 55
    50 48 28
    51 56 37
    DEMAND_SECTION
    1 0
    2 7
    3 30
    4 16
    5 9
    6 21
    7 15
    8 19
    9 23
    10 11
    11 5
    12 19
    13 29
    14 23
    15 21
    16 10
    17 15
    18 3
    19 41
    20 9
    21 28
    22 8
    23 8
    24 16
    25 10
    26 28
    27 7
    28 15
    29 14
    30 6
    31 19
    32 11
    33 12
    34 23
    35 26
    36 17
    37 6
    38 9
    39 15
    40 14
    41 7
    42 27
    43 13
    44 11
    45 16
    46 10
    47 5
    48 25
    49 17
    50 18
    51 10
    DEPOT_SECTION
     1
     -1
    EOF
    """

  static let en51k5Solution = """
    Route #1: 5 49 10 39 33 45 15 44 37 17 12
    Route #2: 47 4 42 19 40 41 13 18
    Route #3: 46 32 1 22 20 35 36 3 28 31 26 8
    Route #4: 6 14 25 24 43 7 23 48 27
    Route #5: 11 16 2 29 21 50 34 30 9 38
    Cost 521
    """

  static let an80k10Instance = """
    NAME : A-n80-k10
    COMMENT : (Augerat et al, No of trucks: 10, Optimal value: 1763)
    TYPE : CVRP
    DIMENSION : 80
    EDGE_WEIGHT_TYPE : EUC_2D
    CAPACITY : 100
    NODE_COORD_SECTION
     1 92 92
     2 88 58
     3 70 6
     4 57 59
     5 0 98
     6 61 38
     7 65 22
     8 91 52
     9 59 2
     10 3 54
     11 95 38
     12 80 28
     13 66 42
     14 79 74
     15 99 25
     16 20 43
     17 40 3
     18 50 42
     19 97 0
     20 21 19
     21 36 21
     22 100 61
     23 11 85
     24 69 35
     25 69 22
     26 29 35
     27 14 9
     28 50 33
     29 89 17
     30 57 44
     31 60 25
     32 48 42
     33 17 93
     34 21 50
     35 77 18
     36 2 4
     37 63 83
     38 68 6
     39 41 95
     40 48 54
     41 98 73
     42 26 38
     43 69 76
     44 40 1
     45 65 41
     46 14 86
     47 32 39
     48 14 24
     49 96 5
     50 82 98
     51 23 85
     52 63 69
     53 87 19
     54 56 75
     55 15 63
     56 10 45
     57 7 30
     58 31 11
     59 36 93
     60 50 31
     61 49 52
     62 39 10
     63 76 40
     64 83 34
     65 33 51
     66 0 15
     67 52 82
     68 52 82
     69 46 6
     70 3 26
     71 46 80
     72 94 30
     73 26 76
     74 75 92
     75 57 51
     76 34 21
     77 28 80
     78 59 66
     79 51 16
     80 87 11
    DEMAND_SECTION
    1 0
    2 24
    3 22
    4 23
    5 5
    6 11
    7 23
    8 26
    9 9
    10 23
    11 9
    12 14
    13 16
    14 12
    15 2
    16 2
    17 6
    18 20
    19 26
    20 12
    21 15
    22 13
    23 26
    24 17
    25 7
    26 12
    27 4
    28 4
    29 20
    30 10
    31 9
    32 2
    33 9
    34 1
    35 2
    36 2
    37 12
    38 14
    39 23
    40 21
    41 13
    42 13
    43 23
    44 3
    45 6
    46 23
    47 11
    48 2
    49 7
    50 13
    51 10
    52 3
    53 6
    54 13
    55 2
    56 14
    57 7
    58 21
    59 7
    60 22
    61 13
    62 22
    63 18
    64 22
    65 6
    66 2
    67 11
    68 5
    69 9
    70 9
    71 5
    72 12
    73 2
    74 12
    75 19
    76 6
    77 14
    78 2
    79 2
    80 24
    DEPOT_SECTION
     1
     -1
    EOF
    """

  static let an80k10Solution = """
    Route #1: 1 7 21 40
    Route #2: 10 63 11 24 6 23
    Route #3: 13 74 60 39 3 77 51
    Route #4: 17 31 27 59 5 44 12 62
    Route #5: 29 20 75 57 19 26 35 65 69 56 47 15 33 64
    Route #6: 30 78 61 16 43 68 8 37 2 34
    Route #7: 38 72 54 9 55 41 25 46
    Route #8: 42 53 66 67 36 73 49
    Route #9: 52 28 79 18 48 14 71
    Route #10: 58 32 4 22 45 50 76 70
    Cost 1763
    """
}

# Searches for a hosted cafe plan without a repeat: n hosted tables, m travellers at each, R rounds (default n) -
# each traveller at every table at most once, no two travellers together twice (with R = n: a generalised Howell
# design GHD(n, n*m)). CP-SAT from OR-Tools (pip install ortools; 9.15 used). Prints the status and, when found,
# the travellers (0 .. n*m - 1) at each table, round by round - as stored in cafe/planner/BaseBlocks.
# Usage: python3 bench/howell-search.py n m seconds [R]      e.g. 6 3 60 (found in 2-4 s on 2 cores)
import sys, time
from ortools.sat.python import cp_model
n, m, limit = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
R = int(sys.argv[4]) if len(sys.argv) > 4 else n
V = n*m
M = cp_model.CpModel()
x = {(r,t,p): M.NewBoolVar('') for r in range(R) for t in range(n) for p in range(V)}
for r in range(R):
    for p in range(V): M.AddExactlyOne(x[r,t,p] for t in range(n))
    for t in range(n): M.Add(sum(x[r,t,p] for p in range(V)) == m)
for p in range(V):
    for t in range(n): M.Add(sum(x[r,t,p] for r in range(R)) <= 1)
for p in range(V):
    for q in range(p+1, V):
        terms = []
        for r in range(R):
            for t in range(n):
                b = M.NewBoolVar('')
                M.AddBoolOr([x[r,t,p].Not(), x[r,t,q].Not(), b]); M.AddImplication(b, x[r,t,p]); M.AddImplication(b, x[r,t,q])
                terms.append(b)
        M.Add(sum(terms) <= 1)
# round 0 fixed: traveller p at table p // m
for p in range(V): M.Add(x[0, p//m, p] == 1)
# traveller 0 visits table r in round r
for r in range(R): M.Add(x[r, r, 0] == 1)
S = cp_model.CpSolver(); S.parameters.max_time_in_seconds = limit; S.parameters.num_workers = 2
t0 = time.time(); st = S.Solve(M)
print(n, m, R, S.StatusName(st), round(time.time()-t0,1), flush=True)
if st in (cp_model.OPTIMAL, cp_model.FEASIBLE):
    for r in range(R):
        print([[p for p in range(V) if S.Value(x[r,t,p])] for t in range(n)])

# A generalised Howell design GHD(q + 1, (q + 1) m) by a 1-rotational starter-adder over Z_q: rows (rounds) and
# columns (tables) Z_q + {inf}; travellers Z_q x m levels + m fixed points. Cell (r, c) = cell(0, c - r) + r; cell
# (r, inf) = C + r; cell (inf, c) = B + c; cell (inf, inf) = the fixed points. Usage: q m seconds
# CP-SAT from OR-Tools (pip install ortools; 9.15 used). Prints row0 (the starter), C and B as stored in
# cafe/planner/BaseBlocks (HowellStarter: row, lastTable, lastRound).
import sys, time
from ortools.sat.python import cp_model
q, m, limit = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]); L = m
NF = q * L; INF = list(range(NF, NF + m)); V = NF + m
idx = lambda x, l: x * L + l
M = cp_model.CpModel()
y = {(d,p): M.NewBoolVar('') for d in range(q) for p in range(V)}
z = {p: M.NewBoolVar('') for p in range(NF)}
w = {p: M.NewBoolVar('') for p in range(NF)}
for p in range(NF): M.Add(sum(y[d,p] for d in range(q)) + z[p] == 1)
for p in INF: M.AddExactlyOne(y[d,p] for d in range(q))
for d in range(q): M.Add(sum(y[d,p] for p in range(V)) == m)
for l in range(L):
    M.AddExactlyOne(z[idx(x,l)] for x in range(q)); M.AddExactlyOne(w[idx(x,l)] for x in range(q))
for u in range(q):
    for l in range(L):
        M.Add(sum(y[d, idx((u+d)%q, l)] for d in range(q)) + w[idx(u,l)] == 1)
for d in range(q):
    M.Add(sum(y[d,p] for p in INF) <= 1)
    for l in range(L):
        for p in INF:
            M.Add(sum(y[d, idx(x,l)] for x in range(q)) <= 1).OnlyEnforceIf(y[d,p])
cells = [[y[d,p] for p in range(NF)] for d in range(q)] + [[z[p] for p in range(NF)], [w[p] for p in range(NF)]]
for l in range(L):
    for l2 in range(l, L):
        for delta in range(q):
            if l == l2 and (delta == 0 or delta > q - delta): continue
            terms = []
            for cell in cells:
                for x in range(q):
                    a = cell[idx(x,l)]; b2 = cell[idx((x+delta)%q, l2)]
                    b = M.NewBoolVar(''); M.AddBoolOr([a.Not(), b2.Not(), b]); M.AddImplication(b, a); M.AddImplication(b, b2)
                    terms.append(b)
            M.Add(sum(terms) <= 1)
M.Add(y[0, INF[0]] == 1)
S = cp_model.CpSolver(); S.parameters.max_time_in_seconds = limit; S.parameters.num_workers = 2
t0 = time.time(); st = S.Solve(M); print('1-rotational GHD(%d, %d)' % (q + 1, (q + 1) * m), S.StatusName(st), round(time.time()-t0,1), flush=True)
if st in (cp_model.OPTIMAL, cp_model.FEASIBLE):
    print('row0', [[p for p in range(V) if S.Value(y[d,p])] for d in range(q)])
    print('C', [p for p in range(NF) if S.Value(z[p])], 'B', [p for p in range(NF) if S.Value(w[p])])

# A 4-RGDD of type 2^(3m + 1) (6m + 2 people at tables of 4 for 2m rounds, x and x + m never meeting) whose group
# is G = Z_2 x (Z_m semidirect Z_3), (y, e) * (y', e') = (y + r^e y', e + e') with r^3 = 1 mod m, r != 1 (m = 7,
# r = 2: 2^22; m = 9, r = 4: 2^28), acting on itself plus two fixed points. The base round is fixed by
# H = {(0, e)}, a subgroup of order 3 that is not normal: the fixed points' tables are right cosets H a and H b,
# the other tables three at a time (h Q for h in H); its 2m images under the rest of G are the rounds. G has one
# involution t, the group partner (x meets everyone but x t); a pair {x, y} is known by x^-1 y up to inverse, so
# the base round works if it takes each of the other (|G| - 2) / 2 classes once: the quotients inside the base
# tables Q, and a^-1 H a, b^-1 H b (different conjugates of H) for the fixed points. An exact cover, solved by
# CP-SAT (pip install ortools; 9.15 used). The translations (y, 0, s) form Z_2m, so the result is printed as a base
# round turned round Z_2m with three levels (e) and two fixed points, as stored in cafe/planner/BaseBlocks
# (WITH_FIXED_POINTS): point e * 2m + x, x = y mod m and x = s mod 2; fixed points 6m, 6m + 1.
# Usage: m r seconds [workers]
import sys, itertools, time
from ortools.sat.python import cp_model
m, r, limit = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
workers = int(sys.argv[4]) if len(sys.argv) > 4 else 2
P = [(y, e) for e in range(3) for y in range(m)]
G = [(a, s) for a in P for s in range(2)]
def mul(g, h): return (((g[0][0] + pow(r, g[0][1], m) * h[0][0]) % m, (g[0][1] + h[0][1]) % 3), (g[1] + h[1]) % 2)
E, T = ((0, 0), 0), ((0, 0), 1)
number = {g: i for i, g in enumerate(G)}
inv = {g: next(h for h in G if mul(g, h) == E) for g in G}
H = [((0, e), 0) for e in range(3)]
cosets = {}
for g in G:
    cosets.setdefault(frozenset(mul(h, g) for h in H), len(cosets))
coset = {g: cosets[frozenset(mul(h, g) for h in H)] for g in G}
pair = {g: min(number[g], number[inv[g]]) for g in G}  # the class of pairs {x, x g}
rows, seen = [], set()
for c, i in cosets.items():
    a = next(iter(c))
    for f in (0, 1):
        rows.append((('fixed', f, c), [('F', f), ('C', i)] + [('P', pair[mul(inv[a], mul(h, a))]) for h in H[1:2]]))
for q in itertools.combinations(G, 4):
    cs = {coset[x] for x in q}
    ps = {pair[mul(inv[x], y)] for x, y in itertools.combinations(q, 2)}
    key = (frozenset(cs), frozenset(ps))
    if len(cs) == 4 and len(ps) == 6 and pair[T] not in ps and key not in seen:
        seen.add(key)
        rows.append((('table', q), [('C', c) for c in cs] + [('P', p) for p in ps]))
model = cp_model.CpModel()
chosen = [model.NewBoolVar('') for _ in rows]
columns = {}
for i, (_, cols) in enumerate(rows):
    for c in cols:
        columns.setdefault(c, []).append(chosen[i])
for c in columns.values():
    model.AddExactlyOne(c)
solver = cp_model.CpSolver()
solver.parameters.max_time_in_seconds = limit
solver.parameters.num_workers = workers
status = solver.Solve(model)
print(solver.StatusName(status), round(solver.WallTime(), 1), 's,', len(rows), 'rows', file=sys.stderr)
if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
    sys.exit(1)
c = 2 * m; v = 6 * m + 2
def point(g): return g[0][1] * c + g[0][0] + m * ((g[1] - g[0][0]) % 2)
base = []
for (kind, *what), _ in (rows[i] for i in range(len(rows)) if solver.Value(chosen[i])):
    if kind == 'fixed':
        base.append([6 * m + what[0]] + sorted(point(g) for g in what[1]))
    else:
        base += [sorted(point(mul(h, g)) for g in what[0]) for h in H]
base.sort(key=lambda b: (-b[0], b))
met = set()  # check: the 2m turns seat everyone once a round and no pair twice
for g in range(c):
    turned = [[p if p >= 6 * m else p // c * c + (p % c + g) % c for p in b] for b in base]
    assert sorted(p for b in turned for p in b) == list(range(v))
    for b in turned:
        for x, y in itertools.combinations(sorted(b), 2):
            assert (x, y) not in met and not (x // c == y // c and abs(x - y) == m)
            met.add((x, y))
assert len(met) == v * (v - 2) // 2
print(', '.join('{ ' + ', '.join(map(str, b)) + ' }' for b in base))

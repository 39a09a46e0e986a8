# Independent Spearman rho (average ranks for ties, then Pearson) for SpearmanBootstrapTest.
# Run: python3 spearman.py > spearman.out
x = [0.3, -1.2, 0.3, 2.5, 0.0, 1.1, -0.4, 0.3, 2.0, -2.2]
y = [5.0, 1.0, 4.0, 9.0, 2.0, 2.0, 3.0, 7.0, 8.0, 0.5]

def ranks(v):
    order = sorted(range(len(v)), key=lambda i: v[i])
    r = [0.0] * len(v)
    i = 0
    while i < len(v):
        j = i
        while j + 1 < len(v) and v[order[j + 1]] == v[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return r

def pearson(a, b):
    n = len(a)
    ma, mb = sum(a) / n, sum(b) / n
    sab = sum((p - ma) * (q - mb) for p, q in zip(a, b))
    saa = sum((p - ma) ** 2 for p in a)
    sbb = sum((q - mb) ** 2 for q in b)
    return sab / (saa * sbb) ** 0.5

print("ranks_x", " ".join(repr(v) for v in ranks(x)))
print("rho", repr(pearson(ranks(x), ranks(y))))

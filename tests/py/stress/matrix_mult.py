n = 40
a = [[(i * j) % 7 for j in range(n)] for i in range(n)]
b = [[(i + j) % 5 for j in range(n)] for i in range(n)]
c = [[sum(a[i][k] * b[k][j] for k in range(n)) for j in range(n)] for i in range(n)]
print(c[0][0], c[5][7], c[n - 1][n - 1], sum(map(sum, c)))
t = [list(r) for r in zip(*c)]
print(t[7][5] == c[5][7])

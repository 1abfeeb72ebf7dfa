def gauss_det(m):
    m = [row[:] for row in m]
    n = len(m)
    det_num = 1
    det_den = 1
    sign = 1
    for col in range(n):
        pivot = None
        for r in range(col, n):
            if m[r][col] != 0:
                pivot = r
                break
        if pivot is None:
            return 0
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            sign = -sign
        for r in range(col + 1, n):
            factor_num = m[r][col]
            factor_den = m[col][col]
            for c in range(col, n):
                m[r][c] = m[r][c] * factor_den - m[col][c] * factor_num
            det_den *= factor_den
        det_num *= m[col][col]
    return sign * det_num // det_den

mats = [
    [[2, 0], [0, 3]],
    [[1, 2], [3, 4]],
    [[6, 1, 1], [4, -2, 5], [2, 8, 7]],
    [[0, 1, 2], [1, 0, 3], [4, -3, 8]],
    [[1, 2, 3], [4, 5, 6], [7, 8, 9]],
    [[2, -1, 0, 3], [1, 3, 2, -2], [0, 4, 1, 1], [5, 0, -3, 2]],
]
for m in mats:
    print(len(m), gauss_det(m))

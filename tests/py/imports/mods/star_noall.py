alpha = 1
beta = 2
_gamma = 3


def helper():
    return alpha + beta

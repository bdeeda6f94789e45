from micropython import const
WIDTH = const(8)
HEIGHT = const(4)
AREA = const(WIDTH * HEIGHT)
FLAGS = const(0x01 | 0x04)
grid = [[0] * WIDTH for _ in range(HEIGHT)]
print(AREA, FLAGS, len(grid), len(grid[0]), FLAGS & 4, WIDTH > HEIGHT)

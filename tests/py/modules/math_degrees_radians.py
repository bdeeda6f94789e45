import math
print(math.degrees(math.pi), math.radians(180) == math.pi, math.degrees(0), math.radians(90) == math.pi / 2)
print(round(math.degrees(1), 8), round(math.radians(45), 12))

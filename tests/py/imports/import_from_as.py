from mods.simple import greet as hi, CONST as C, Thing
from mods.simple import get_const
print(hi("alias"), C, Thing("x"), get_const())
from mods import simple as s
print(s.CONST == C, s.greet is hi)
C = 0
print(s.CONST, get_const())

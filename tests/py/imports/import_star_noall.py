from mods.star_noall import *
print(alpha, beta, helper())
try:
    _gamma
except NameError:
    print("underscore names not exported")

# imports of all forms
import sys
import os.path
import a.b.c as abc
from collections import namedtuple, OrderedDict as OD
from . import sibling
from .pkg.mod import thing
from ..up import *
from micropython import const
X = const(10)
_Y = const(20)
print(X + _Y, sys, abc, OD)

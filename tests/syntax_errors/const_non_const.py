# expect: SyntaxError 3
from micropython import const
X = const(f())

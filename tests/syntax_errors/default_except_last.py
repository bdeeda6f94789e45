# expect: SyntaxError 4
try:
    pass
except:
    pass
except ValueError:
    pass

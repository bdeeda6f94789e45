s = """first line
  second "line"
third 'line'"""
print(s)
print(len(s.splitlines()), s.count("line"))
t = '''single
quotes'''
print(t.split("\n"))
u = """\
no leading newline"""
print(repr(u))
print("""a""" + '''b''')

stack = []
for c in "([{}])":
    if c in "([{":
        stack.append(c)
    else:
        top = stack.pop()
        print(top, c)
print(stack)
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    st = []
    for c in s:
        if c in "([{":
            st.append(c)
        elif c in pairs:
            if not st or st.pop() != pairs[c]:
                return False
    return not st
for s in ("()", "([])", "(]", "((", "", "{[()()]}", ")("):
    print(repr(s), balanced(s))
q = [1, 2, 3]
q.append(4)
print(q.pop(0), q.pop(0), q)

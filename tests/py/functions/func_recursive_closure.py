def make_counter_tree(n):
    def build(d):
        if d == 0:
            return {"leaf": True}
        return {"children": [build(d - 1) for _ in range(2)]}
    def count(node):
        if "leaf" in node:
            return 1
        return sum(count(c) for c in node["children"])
    return count(build(n))
print([make_counter_tree(i) for i in range(6)])

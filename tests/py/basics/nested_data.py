db = {
    "users": [
        {"name": "ann", "tags": ["a", "b"], "meta": {"age": 30}},
        {"name": "bob", "tags": [], "meta": {"age": 25, "vip": True}},
    ],
    "count": 2,
}
print(db["users"][0]["meta"]["age"], db["users"][-1]["tags"], db["count"])
db["users"][1]["tags"].append("new")
print(db["users"][1])
print([u["name"] for u in db["users"] if u["meta"].get("vip")])
print(sorted(u["name"] for u in db["users"]))
print(sum(u["meta"]["age"] for u in db["users"]))
print(db)
tree = ("root", [("a", []), ("b", [("c", [])])])
def walk(node, depth=0):
    name, kids = node
    print("  " * depth + name)
    for k in kids:
        walk(k, depth + 1)
walk(tree)

# an inventory/ledger program with classes, dicts, sorting and formatting
class Item:
    __count = 0
    def __init__(self, name, price, qty=0):
        self.name, self.price, self.qty = name, price, qty
    @property
    def total(self):
        return round(self.price * self.qty, 2)
    def __repr__(self):
        return "Item(%r, %.2f, %d)" % (self.name, self.price, self.qty)
    def __lt__(self, other):
        return (self.total, self.name) < (other.total, other.name)
class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []
    def add(self, name, price, qty):
        it = self.items.get(name)
        if it is None:
            it = self.items[name] = Item(name, price, 0)
        it.qty += qty
        self.log.append(("add", name, qty))
        return self
    def remove(self, name, qty):
        try:
            it = self.items[name]
        except KeyError:
            raise KeyError("no such item: " + name) from None
        if it.qty < qty:
            raise ValueError("only %d %s left" % (it.qty, name))
        it.qty -= qty
        if not it.qty:
            del self.items[name]
        self.log.append(("remove", name, qty))
    def report(self):
        lines = ["{:<8}{:>8}{:>6}{:>10}".format("name", "price", "qty", "total")]
        for it in sorted(self.items.values(), reverse=True):
            lines.append("{:<8}{:>8.2f}{:>6d}{:>10,.2f}".format(it.name, it.price, it.qty, it.total))
        lines.append("-" * 32)
        lines.append("{:<22}{:>10,.2f}".format("sum", sum(i.total for i in self.items.values())))
        return "\n".join(lines)
inv = Inventory()
inv.add("apple", 0.5, 100).add("pear", 0.75, 40).add("melon", 3.2, 5).add("apple", 0.5, 20)
print(inv.report())
for name, q in [("pear", 40), ("kiwi", 1), ("melon", 9), ("apple", 1)]:
    try:
        inv.remove(name, q)
        print("removed", q, name)
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e.args[0])
print(inv.report())
print(inv.log)
counts = {}
for action, name, q in inv.log:
    counts.setdefault(action, []).append(q)
print(counts, {k: sum(v) for k, v in counts.items()})
print(sorted(inv.items.items()))
print(max(inv.items.values(), key=lambda i: i.qty), min(inv.items.values()))

class JsonMixin:
    def to_pairs(self):
        return sorted(self.__dict__.items())
class CompareMixin:
    def key(self):
        return tuple(v for _, v in sorted(self.__dict__.items()))
    def __lt__(self, o):
        return self.key() < o.key()
    def __eq__(self, o):
        return self.key() == o.key()
class Item(JsonMixin, CompareMixin):
    def __init__(self, name, price):
        self.name = name
        self.price = price
    def __repr__(self):
        return "Item(%s)" % self.name
items = [Item("b", 2), Item("a", 5), Item("c", 1)]
print(sorted(items), items[0].to_pairs(), Item("x", 1) == Item("x", 1))

class Node:
    created = 0
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
        Node.created += 1
    def __iter__(self):
        n = self
        while n is not None:
            yield n.val
            n = n.nxt
    def __len__(self):
        return sum(1 for _ in self)
def build(vals):
    head = None
    for v in reversed(vals):
        head = Node(v, head)
    return head
lst = build([1, 2, 3, 4])
print(list(lst), len(lst), Node.created)
def reverse(head):
    prev = None
    while head is not None:
        head.nxt, prev, head = prev, head, head.nxt
    return prev
print(list(reverse(lst)))

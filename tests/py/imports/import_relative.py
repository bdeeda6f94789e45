from pkg.sub import leaf
for item in leaf.leaf_fn():
    print(item)
from pkg.sub import sibling
print(sibling.sib(), leaf.sibling is sibling)

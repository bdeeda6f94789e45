print("before import")
import pkg
print("after import", pkg.VERSION, pkg.core_fn())
import pkg
import pkg.core
from pkg import VERSION
print(VERSION, pkg.core.CORE_NAME)

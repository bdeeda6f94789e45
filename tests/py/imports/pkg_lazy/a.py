print("pkg_lazy.a loaded")
A = "a"

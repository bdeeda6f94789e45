LAZY = "package loaded, submodules not yet"

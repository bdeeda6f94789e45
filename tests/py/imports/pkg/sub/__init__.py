SUB = "sub package"

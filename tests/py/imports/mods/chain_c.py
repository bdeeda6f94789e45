print("chain_c: body")
value = "c"

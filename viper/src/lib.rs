//! adder-viper: the viper emitter (machine ints and raw pointers) over adder-jit's assemblers.
//! Not a separate runtime: viper code calls the same FunTable as native code.

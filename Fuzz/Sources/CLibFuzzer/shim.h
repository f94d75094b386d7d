// libFuzzer's driver (compiler-rt, linked by -sanitize=fuzzer). SwiftPM makes
// an executable's own entry point `main`, so each fuzzer calls the driver
// from there instead of using libFuzzer's main.
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

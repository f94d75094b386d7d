import CLibFuzzer
import FuzzChecks
import Foundation

// libFuzzer's driver, given every input to `FuzzTarget.chatReply`.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in FuzzTarget.chatReply.fuzz(bytes, count) })

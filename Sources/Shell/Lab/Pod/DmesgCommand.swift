import Cluster
import Kubectl

/// `dmesg` inside a container: the kernel's log when the container may read it (any process
/// under gVisor, a privileged one under runc or crun); otherwise the kernel refuses, in the
/// words of the image's dmesg (busybox or util-linux).
struct DmesgCommand: ShellCommand {
    let log: [KernelLogLine]?
    let userland: ImageCatalog.Userland

    func run(_ context: CommandContext) -> Int32 {
        guard let log else {
            context.io.err(userland == .gnu
                ? "dmesg: read kernel buffer failed: Operation not permitted\n"
                : "dmesg: klogctl: Operation not permitted\n")
            return 1
        }
        context.io.out(log.map { userland == .gnu ? $0.reformatted : $0.raw }.joined())
        return 0
    }
}

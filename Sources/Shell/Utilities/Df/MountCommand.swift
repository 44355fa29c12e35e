import Kubectl

/// `mount` as a container's process runs it: without operands it lists the mount table
/// (`-t TYPE` keeps one type) as `SOURCE on TARGET type TYPE (OPTIONS)`, the same in util-linux
/// and busybox; mounting anything needs CAP_SYS_ADMIN, which the container lacks.
struct MountCommand: ShellCommand {
    let mounts: () -> [Mount]
    let busybox: Bool

    func run(_ context: CommandContext) -> Int32 {
        var words = Array(context.arguments.dropFirst())[...]
        var type: String?
        var operands: [String] = []
        while let word = words.popFirst() {
            if word == "-t" || word == "--types" {
                type = words.popFirst()
            } else if word.hasPrefix("-t"), word.count > 2 {
                type = String(word.dropFirst(2))
            } else if !word.hasPrefix("-") {
                operands.append(word)
            }
        }
        guard operands.isEmpty else {
            if busybox {
                context.io.err("mount: permission denied (are you root?)\n")
                return 1
            }
            context.io.err(
                "mount: \(operands.last ?? ""): permission denied.\n       dmesg(1) may have more information after failed mount system call.\n")
            return 32
        }
        var out = ""
        for mount in mounts() where type == nil || mount.type == type {
            out += "\(Mount.escaped(mount.device)) on \(Mount.escaped(mount.target)) type \(mount.type) (\(mount.options))\n"
        }
        context.io.out(out)
        return 0
    }
}

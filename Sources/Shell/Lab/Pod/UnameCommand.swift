import Cluster
import Kubectl

/// `uname` inside a container: the kernel's fields (whichever kernel the runtime gives the pod)
/// and the pod's host name, in the fixed order s n r v m p i o whatever order the flags came in.
/// With `-a`, processor and platform are left out, being unknown; asked for alone they print `unknown`.
struct UnameCommand: ShellCommand {
    let kernel: KernelIdentity
    let userland: ImageCatalog.Userland
    /// `uname -o`: `GNU/Linux` from coreutils and most busybox builds, `Linux` from Alpine's.
    let osName: String

    private static let letters: [Character] = ["s", "n", "r", "v", "m", "p", "i", "o"]
    private static let long = [
        "kernel-name": "s", "nodename": "n", "kernel-release": "r", "kernel-version": "v", "machine": "m",
        "processor": "p", "hardware-platform": "i", "operating-system": "o", "all": "a",
    ]

    func run(_ context: CommandContext) -> Int32 {
        var chosen: Set<Character> = []
        for word in context.arguments.dropFirst() {
            if word.hasPrefix("--"), userland == .gnu {
                guard let letter = Self.long[String(word.dropFirst(2))] else {
                    context.io.err("uname: unrecognized option '\(word)'\nTry 'uname --help' for more information.\n")
                    return 1
                }
                chosen.insert(Character(letter))
                continue
            }
            guard word.hasPrefix("-"), word.count > 1 else {
                context.io.err(userland == .gnu
                    ? "uname: extra operand '\(word)'\nTry 'uname --help' for more information.\n"
                    : "Usage: uname [-amnrspvio]\n")
                return 1
            }
            for letter in word.dropFirst() {
                guard Self.letters.contains(letter) || letter == "a" else {
                    context.io.err(userland == .gnu
                        ? "uname: invalid option -- '\(letter)'\nTry 'uname --help' for more information.\n"
                        : "uname: unrecognized option: \(letter)\n")
                    return 1
                }
                chosen.insert(letter)
            }
        }
        let all = chosen.contains("a")
        if all { chosen.formUnion(Self.letters) }
        if chosen.isEmpty { chosen = ["s"] }
        let values: [Character: String] = [
            "s": kernel.name, "n": context.session.hostname, "r": kernel.release, "v": kernel.version,
            "m": kernel.machine, "p": all ? "" : "unknown", "i": all ? "" : "unknown", "o": osName,
        ]
        let words = Self.letters.filter { chosen.contains($0) }.compactMap { values[$0] }.filter { !$0.isEmpty }
        context.io.out(words.joined(separator: " ") + "\n")
        return 0
    }
}

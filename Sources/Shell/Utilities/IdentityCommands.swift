import Kubectl

/// `whoami` and `hostname`: the session's user and host name.
struct IdentityCommand: ShellCommand {
    /// True for `hostname`.
    var host = false

    func run(_ context: CommandContext) -> Int32 {
        let program = host ? "hostname" : "whoami"
        if !host, let status = GNUMessages.standardOption(program, context) { return status }
        let operands = context.arguments.dropFirst()
        if let extra = operands.first {
            if host, extra == "-f" || extra == "-s" || extra == "--short" || extra == "--fqdn" {
                context.io.out(context.session.hostname + "\n")
                return 0
            }
            if host, extra == "-i" || extra == "-I" {
                context.io.out(extra == "-i" ? "127.0.1.1\n" : "172.22.0.254\n")
                return 0
            }
            guard !host else {
                context.io.err("hostname: you must be root to change the host name\n")
                return 1
            }
            context.io.err("whoami: extra operand \(GNUMessages.quote(extra))\n" + GNUMessages.tryHelp(program))
            return 1
        }
        context.io.out((host ? context.session.hostname : context.session.user) + "\n")
        return 0
    }
}

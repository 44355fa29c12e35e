import Cluster
import Kubectl

/// The `busybox` binary called by its own name: without arguments (or `--help`) its usage and
/// the applets it was built with, `--list` their names a line each, `busybox APPLET ARGS` the
/// applet, and an unknown name `NAME: applet not found` (status 127), as busybox 1.36's
/// `busybox_main` does.
struct BusyboxCommand: ShellCommand {
    let build: BusyboxBuild

    func run(_ context: CommandContext) -> Int32 {
        let words = Array(context.arguments.dropFirst())
        guard let first = words.first, !(first == "--help" && words.count == 1) else {
            context.io.out(usage())
            return 0
        }
        let names = build.appletNames
        switch first {
        case "--list":
            context.io.out(names.map { $0 + "\n" }.joined())
            return 0
        case "--list-full", "--install", "--show":
            context.io.err(notSimulated(first))
            return 1
        default:
            break
        }
        let applet = first == "--help" ? words[1] : String(first.split(separator: "/").last ?? "")
        guard names.contains(applet), applet != "busybox" else {
            context.io.err("\(applet): applet not found\n")
            return 127
        }
        var forwarded = context
        forwarded.arguments = [applet] + (first == "--help" ? ["--help"] : Array(words.dropFirst()))
        return context.session.invoke(forwarded.arguments, io: context.io) ?? 127
    }

    /// The banner, the ways to call it, and the applets in lines of at most 80 columns (the
    /// width busybox assumes when standard error is not a terminal).
    func usage() -> String {
        var text = build.banner + " multi-call binary.\n" + Self.usageText
        var column = 0
        let width = 80 - 1
        for name in build.appletNames {
            let taken = name.utf8.count + 2
            if column >= width - taken {
                text += ",\n"
                column = 0
            }
            if column == 0 {
                column = 6
                text += "\t"
            } else {
                text += ", "
            }
            text += name
            column += taken
        }
        return text + "\n"
    }

    static let usageText = """
        BusyBox is copyrighted by many authors between 1998-2015.
        Licensed under GPLv2. See source distribution for detailed
        copyright notices.

        Usage: busybox [function [arguments]...]
           or: busybox --list[-full]
           or: busybox --install [-s] [DIR]
           or: function [arguments]...

        \tBusyBox is a multi-call binary that combines many common Unix
        \tutilities into a single executable.  Most people will create a
        \tlink to busybox for each function they wish to use and BusyBox
        \twill act like whatever it was invoked as.

        Currently defined functions:

        """
}

private func notSimulated(_ option: String) -> String { "busybox \(option): not part of this lab yet\n" }

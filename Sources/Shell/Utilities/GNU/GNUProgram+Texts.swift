extension GNUProgram {
    /// What `--version` prints on a system with `userland`: the package's own layout (gnulib's
    /// `version_etc` for coreutils, diffutils and findutils; grep's and sed's variants).
    func version(_ userland: GNUUserland) -> String {
        switch package {
        case .coreutils: return standardVersion("GNU coreutils", userland.coreutils) + writtenBy(authors)
        case .diffutils: return standardVersion("GNU diffutils", userland.diffutils) + writtenBy(authors)
        case .findutils: return standardVersion("GNU findutils", userland.findutils) + writtenBy(authors)
        case .grep:
            var text = standardVersion("GNU grep", userland.grep)
            text += "Written by Mike Haertel and others; see\n<\(userland.grepAuthors)>.\n"
            if let pcre2 = userland.pcre2 { text += "\ngrep -P uses PCRE2 \(pcre2)\n" }
            return text
        case .sed:
            let release = userland.sed
            return "sed (GNU sed) \(release.version)\nPackaged by Debian\nCopyright (C) \(release.year) Free Software Foundation, Inc.\n"
                + Self.license + "\nWritten by Jay Fenlason, Tom Lord, Ken Pizzini,\nPaolo Bonzini, Jim Meyering, and Assaf Gordon.\n"
                + "\nThis sed program was built with SELinux support.\nSELinux is disabled on this system.\n\n"
                + "GNU sed home page: <https://www.gnu.org/software/sed/>.\n"
                + "General help using GNU software: <https://www.gnu.org/gethelp/>.\n"
                + "E-mail bug reports to: <bug-sed@gnu.org>.\n"
        }
    }

    /// What `--help` prints: the synopsis, our summary and option notes, and where the
    /// package's documentation lives.
    var help: String {
        var text = synopsis.enumerated().map { index, line in
            (index == 0 ? "Usage: " : "  or:  ") + name + " " + line + "\n"
        }.joined()
        text += summary + "\n"
        let rows = options + [("--help", "show this help and exit"), ("--version", "show the version and exit")]
        let width = max(22, (rows.map(\.0.count).max() ?? 0) + 2)
        text += "\n" + rows.map { option, meaning in
            let indent = option.hasPrefix("--") ? "      " : "  "
            let cell = indent + option
            return cell + String(repeating: " ", count: max(1, width + 2 - cell.count)) + meaning + "\n"
        }.joined()
        return text + footer
    }

    private var footer: String {
        switch package {
        case .coreutils:
            "\nGNU coreutils online help: <https://www.gnu.org/software/coreutils/>\n"
                + "Report any translation bugs to <https://translationproject.org/team/>\n"
                + "Full documentation <https://www.gnu.org/software/coreutils/\(name)>\n"
                + "or available locally via: info '(coreutils) \(name) invocation'\n"
        case .grep:
            "\nReport bugs to: bug-grep@gnu.org\nGNU grep home page: <https://www.gnu.org/software/grep/>\n"
                + "General help using GNU software: <https://www.gnu.org/gethelp/>\n"
        case .sed:
            "\nGNU sed home page: <https://www.gnu.org/software/sed/>.\n"
                + "General help using GNU software: <https://www.gnu.org/gethelp/>.\n"
                + "E-mail bug reports to: <bug-sed@gnu.org>.\n"
        case .diffutils:
            "\nReport bugs to: bug-diffutils@gnu.org\nGNU diffutils home page: <https://www.gnu.org/software/diffutils/>\n"
                + "General help using GNU software: <https://www.gnu.org/gethelp/>\n"
        case .findutils:
            "\nPlease see also the documentation at https://www.gnu.org/software/findutils/.\n"
        }
    }

    private func standardVersion(_ package: String, _ release: GNUUserland.Release) -> String {
        "\(name) (\(package)) \(release.version)\nCopyright (C) \(release.year) Free Software Foundation, Inc.\n"
            + Self.license + "\n"
    }

    private static let license = """
        License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
        This is free software: you are free to change and redistribute it.
        There is NO WARRANTY, to the extent permitted by law.

        """

    /// gnulib's `version_etc_arn`: names joined with commas and `and`, a line break after the
    /// third name when there are four or more.
    private func writtenBy(_ names: [String]) -> String {
        switch names.count {
        case 0: return ""
        case 1: return "Written by \(names[0]).\n"
        case 2: return "Written by \(names[0]) and \(names[1]).\n"
        case 3: return "Written by \(names[0]), \(names[1]), and \(names[2]).\n"
        default:
            let rest = names.dropFirst(3)
            let tail = rest.count == 1 ? "and \(rest[rest.startIndex])" : rest.dropLast().joined(separator: ", ") + ", and " + names[names.count - 1]
            return "Written by \(names[0]), \(names[1]), \(names[2]),\n\(tail).\n"
        }
    }
}

import KubeAPI

/// busybox `ls -l`'s lines: fixed-width columns (`%-10s %4u %-8.8s %-8.8s %9u`), not GNU's
/// columns sized to their widest value, then the time and the name.
struct BusyboxLsLongFormat {
    let options: LsCommand.Options
    /// The virtual clock's time, which decides between `Mon DD HH:MM` and `Mon DD  YYYY`.
    let now: Int64

    func format(_ items: [LsItem], total: Bool) -> String {
        var text = ""
        if total { text += "total \(items.reduce(0) { $0 + $1.entry.blocks })\n" }
        for item in items {
            let entry = item.entry
            text += LsLongFormat.modeString(entry) + " "
            text += pad(String(entry.links), 4, left: true) + " "
            if options.numeric {
                text += pad(String(Self.id(entry.owner)), 8) + " " + pad(String(Self.id(entry.group)), 8) + " "
            } else {
                text += pad(String(entry.owner.prefix(8)), 8) + " " + pad(String(entry.group.prefix(8)), 8) + " "
            }
            if let device = entry.device {
                text += pad(String(device.major), 4, left: true) + ", " + pad(String(device.minor), 3, left: true) + " "
            } else {
                let size = options.human ? Self.human(entry.listedSize) : String(entry.listedSize)
                text += pad(size, options.human ? 7 : 9, left: true) + " "
            }
            text += time(entry.modified) + item.name
            if let target = entry.target {
                text += " -> " + target
            } else if options.classify {
                text += entry.kind == .directory ? "/" : entry.mode & 0o111 != 0 ? "*" : ""
            }
            text += "\n"
        }
        return text
    }

    /// `Mon DD HH:MM ` within six months (and up to 15 minutes ahead), else `Mon DD  YYYY `.
    private func time(_ seconds: Int64) -> String {
        let civil = CivilTime(secondsSinceEpoch: seconds)
        let monthDay = LsLongFormat.months[civil.month - 1] + " " + pad(String(civil.day), 2, left: true)
        let age = now - seconds
        if age < 3600 * 24 * 365 / 2 && age > -15 * 60 {
            return monthDay + " " + two(civil.hour) + ":" + two(civil.minute) + " "
        }
        return monthDay + " " + pad(String(civil.year), 5, left: true) + " "
    }

    /// busybox's `make_human_readable_str` with one decimal: `615`, `4.0K`, `120.6K`.
    static func human(_ bytes: Int) -> String {
        guard bytes >= 1024 else { return String(bytes) }
        let units: [Character] = ["K", "M", "G", "T", "P", "E"]
        var value = bytes
        var fraction = 0
        var unit = -1
        while value >= 1024 && unit < units.count - 1 {
            fraction = ((value % 1024) * 10 + 512) / 1024
            value /= 1024
            unit += 1
        }
        if fraction >= 10 {
            value += 1
            fraction = 0
        }
        return "\(value).\(fraction)\(units[unit])"
    }

    /// The lab's users' numeric IDs, as `-n` shows them.
    private static func id(_ name: String) -> String {
        switch name {
        case "root": "0"
        case "bigred": "1000"
        default: name
        }
    }
}

private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
private func pad(_ text: String, _ width: Int, left: Bool = false) -> String {
    let padding = String(repeating: " ", count: max(0, width - text.count))
    return left ? padding + text : text + padding
}

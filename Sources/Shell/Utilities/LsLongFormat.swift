import KubeAPI

/// `ls -l`'s lines: mode, links, owner, group, size, time and name, each column as wide as its widest value.
struct LsLongFormat {
    let options: LsCommand.Options
    /// The virtual clock's time, which decides between `Mon DD HH:MM` and `Mon DD  YYYY`.
    let now: Int64

    func format(_ items: [LsItem], total: Bool) -> String {
        var text = ""
        if total {
            let blocks = items.reduce(0) { $0 + $1.entry.blocks }
            text += "total " + (options.human ? Self.human(blocks * 1024) : String(blocks)) + "\n"
        }
        let links = items.map { $0.unreadable ? "?" : String($0.entry.links) }
        let owners = items.map { $0.unreadable ? "?" : owner($0.entry.owner) }
        let groups = items.map { $0.unreadable ? "?" : owner($0.entry.group) }
        let sizes = items.map {
            $0.unreadable ? "?" : options.human ? Self.human($0.entry.listedSize) : String($0.entry.listedSize)
        }
        let linkWidth = links.map(\.count).max() ?? 0
        let ownerWidth = owners.map(\.count).max() ?? 0
        let groupWidth = groups.map(\.count).max() ?? 0
        // A device shows `MAJOR, MINOR` in the size column, each number in a column of its own.
        let majorWidth = items.compactMap { $0.entry.device.map { String($0.major).count } }.max() ?? 0
        let minorWidth = items.compactMap { $0.entry.device.map { String($0.minor).count } }.max() ?? 0
        let deviceWidth = majorWidth == 0 ? 0 : majorWidth + 2 + minorWidth
        let sizeWidth = max(sizes.map(\.count).max() ?? 0, deviceWidth)
        for (index, item) in items.enumerated() {
            if item.unreadable {
                text += "l????????? " + leftPad("?", linkWidth) + " " + rightPad("?", ownerWidth) + " "
                text += rightPad("?", groupWidth) + " " + leftPad("?", sizeWidth) + " " + leftPad("?", 12) + " "
                text += item.name + "\n"
                continue
            }
            text += Self.modeString(item.entry) + " "
            text += leftPad(links[index], linkWidth) + " "
            text += rightPad(owners[index], ownerWidth) + " "
            text += rightPad(groups[index], groupWidth) + " "
            if let device = item.entry.device {
                text += leftPad(String(device.major), sizeWidth - 2 - minorWidth) + ", "
                text += leftPad(String(device.minor), minorWidth) + " "
            } else {
                text += leftPad(sizes[index], sizeWidth) + " "
            }
            text += time(item.entry.modified) + " " + item.name
            if let target = item.entry.target {
                text += " -> " + target
                if options.classify, let followed = item.followed {
                    text += followed.kind == .directory ? "/" : followed.mode & 0o111 != 0 ? "*" : ""
                }
            } else if options.classify {
                text += item.entry.kind == .directory ? "/" : item.entry.mode & 0o111 != 0 ? "*" : ""
            }
            text += "\n"
        }
        return text
    }

    /// With `-n`, the numeric IDs of the lab's users.
    private func owner(_ name: String) -> String {
        guard options.numeric else { return name }
        switch name {
        case "root": return "0"
        case "bigred": return "1000"
        default: return name
        }
    }

    /// `drwxr-xr-x`, with `s`/`t` for the set-ID and sticky bits.
    static func modeString(_ entry: VirtualFileSystem.Entry) -> String {
        let mode = entry.mode
        var text = entry.kind == .directory ? "d" : entry.kind == .symlink ? "l" : entry.device != nil ? "c" : "-"
        let special: [(UInt16, Character, Character)] = [(0o4000, "s", "S"), (0o2000, "s", "S"), (0o1000, "t", "T")]
        for (index, shift) in [6, 3, 0].enumerated() {
            let bits = (mode >> UInt16(shift)) & 0o7
            text += bits & 4 != 0 ? "r" : "-"
            text += bits & 2 != 0 ? "w" : "-"
            let (flag, lower, upper) = special[index]
            if mode & flag != 0 {
                text.append(bits & 1 != 0 ? lower : upper)
            } else {
                text += bits & 1 != 0 ? "x" : "-"
            }
        }
        return text
    }

    /// The time column: recent times (the past six months) with the time of day, others with the year.
    private func time(_ seconds: Int64) -> String {
        let civil = CivilTime(secondsSinceEpoch: seconds)
        let month = Self.months[civil.month - 1]
        let day = civil.day < 10 ? " \(civil.day)" : "\(civil.day)"
        let sixMonths: Int64 = 31_556_952 / 2
        if seconds > now - sixMonths && seconds <= now {
            return "\(month) \(day) \(two(civil.hour)):\(two(civil.minute))"
        }
        return "\(month) \(day)  \(civil.year)"
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// A size as `-h` shows it: powers of 1024, rounded up, one decimal below 10.
    static func human(_ bytes: Int) -> String {
        if bytes < 1024 { return String(bytes) }
        let units = ["K", "M", "G", "T", "P"]
        var value = Double(bytes)
        var unit = -1
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        if value < 10 {
            var tenths = (value * 10).rounded(.up)
            if tenths >= 100 {
                tenths = 10
                return "10" + units[unit]
            }
            return "\(Int(tenths) / 10).\(Int(tenths) % 10)" + units[unit]
        }
        let whole = value.rounded(.up)
        if whole >= 1024 && unit < units.count - 1 { return "1.0" + units[unit + 1] }
        return String(Int(whole)) + units[unit]
    }
}

private func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
private func leftPad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
}
private func rightPad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
}

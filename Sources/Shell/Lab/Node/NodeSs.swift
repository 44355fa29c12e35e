import Cluster
import Kubectl

/// iproute2's `ss` inside a node container for TCP listening sockets (`ss -lntp` and its
/// parts). Columns as ss renders them: widths from the longest field; on a terminal the
/// spare width of the screen is shared out between the columns of each screen line.
struct NodeSs: ShellCommand {
    let cluster: Cluster
    let node: String

    func run(_ context: CommandContext) -> Int32 {
        var listening = false
        var processes = false
        var tcpOnly = false
        var udpOnly = false
        for argument in context.arguments.dropFirst() {
            guard argument.hasPrefix("-"), !argument.hasPrefix("--") else {
                context.io.err("ss: bad state \"\(argument)\"\n")
                return 255
            }
            for letter in argument.dropFirst() {
                switch letter {
                case "l": listening = true
                case "n", "a": break
                case "t": tcpOnly = true
                case "u": udpOnly = true
                case "p": processes = true
                default:
                    context.io.err("ss: invalid option -- '\(letter)'\n")
                    return 255
                }
            }
        }
        let network = NodeNetwork(cluster: cluster, node: node, filesystem: context.session.filesystem)
        let running = NodeProcesses(cluster: cluster, node: node, filesystem: context.session.filesystem).list()
        var sockets = NodeSockets(node: node, processes: running, nodeIP: network.nodeIP).listeners
        // Only listening TCP sockets are modelled: nothing for UDP, nothing established.
        if !listening || (udpOnly && !tcpOnly) { sockets = [] }
        let showNetid = !(tcpOnly != udpOnly)
        var rows = [["Netid", "State", "Recv-Q", "Send-Q", "Local Address:", "Port", "Peer Address:", "Port", "Process"]]
        for socket in sockets {
            let peer = socket.ipv6 ? "*:" : "0.0.0.0:"
            let users = " users:((\"\(socket.process.name)\",pid=\(socket.process.pid),fd=\(socket.fd)))"
            rows.append(
                [
                    "tcp", "LISTEN", "0     ", "4096  ", socket.address + ":", String(socket.port), peer, "*",
                    processes ? users : "",
                ])
        }
        if !showNetid { rows = rows.map { Array($0.dropFirst()) } }
        let width = context.io.writesToTerminal ? Int(context.session.environmentValue("COLUMNS") ?? "") ?? 80 : nil
        context.io.out(render(rows, netid: showNetid, screenWidth: width))
        return 0
    }

    /// Lays the fields out as ss's renderer does: each column as wide as its longest field
    /// plus its left delimiter; address columns align right, the others left.
    private func render(_ rows: [[String]], netid: Bool, screenWidth: Int?) -> String {
        var delimiters = ["", " ", " ", " ", " ", "", " ", "", ""]
        var rightAligned = [false, false, false, false, true, false, true, false, false]
        if !netid {
            delimiters.removeFirst()
            delimiters[0] = ""
            rightAligned.removeFirst()
        }
        let count = delimiters.count
        var widths = (0..<count).map { column in
            let longest = rows.map { $0[column].count }.max() ?? 0
            return longest + (column > 0 && longest > 0 ? delimiters[column].count : 0)
        }
        if let screen = screenWidth {
            widths = widths.map { min($0, screen) }
            spread(&widths, screen: screen)
        }
        var text = ""
        for row in rows {
            for column in 0..<count {
                let cell = row[column]
                var printed = column > 0 ? delimiters[column].count : 0
                if column > 0 { text += delimiters[column] }
                if rightAligned[column] {
                    let space = widths[column] - cell.count - printed
                    if space > 0 { text += String(repeating: " ", count: space) }
                    printed += max(0, space)
                }
                text += cell
                printed += cell.count
                if !rightAligned[column], widths[column] - printed > 0 {
                    text += String(repeating: " ", count: widths[column] - printed)
                }
            }
            text += "\n"
        }
        return text
    }

    /// ss's second pass on a terminal: columns that fit on a screen line share the line's
    /// spare width equally, the remainder going one each to the last columns.
    private func spread(_ widths: inout [Int], screen: Int) {
        var start = 0
        var length = 0
        var column = 0
        while column < widths.count {
            length += widths[column]
            let isLast = !widths[(column + 1)...].contains { $0 > 0 }
            if !isLast, length < screen {
                column += 1
                continue
            }
            var end = column
            if length > screen, column > start {
                length -= widths[column]
                end = column - 1
            }
            if length < screen {
                let columns = (start...end).filter { widths[$0] > 0 }
                if !columns.isEmpty {
                    let pad = screen - length
                    var remainder = pad % columns.count
                    for index in columns.reversed() {
                        widths[index] += pad / columns.count
                        if remainder > 0 {
                            widths[index] += 1
                            remainder -= 1
                        }
                    }
                }
            }
            start = end + 1
            column = end + 1
            length = 0
        }
    }
}

import Cluster

/// A reply as dig prints it (`bin/dig/dig.c` printmessage and received): the header, the OPT
/// pseudo-section, each non-empty section, and the statistics, each part shown as its display
/// options say.
struct DigMessage {
    /// dig's display options (`+[no]comments`, `+[no]question`, ...).
    struct Display {
        var comments = true
        var question = true
        var answer = true
        var authority = true
        var additional = true
        var stats = true
        var short = false
    }

    var question: String
    var type: String
    var exchange: DNSExchange
    /// What the user called the server (the `@` argument or the resolv.conf address), and its address.
    var serverName: String
    var serverAddress: String
    var id: Int
    var cookie: String
    /// `;; WHEN:` as strftime writes it in the container's time zone (UTC).
    var when: String
    var tcp = false

    func text(_ display: Display) -> String {
        let reply = exchange.reply
        if display.short { return reply.answers.map { BindText.rdata($0) + "\n" }.joined() }
        var text = ""
        if display.comments {
            let additional = reply.additional.count + 1
            text += ";; Got answer:\n"
            text += ";; ->>HEADER<<- opcode: QUERY, status: \(reply.code.rawValue), id: \(id)\n"
            text += ";; flags: qr\(reply.authoritative ? " aa" : "") rd\(reply.recursionAvailable ? " ra" : "")"
            text += "; QUERY: 1, ANSWER: \(reply.answers.count), AUTHORITY: \(reply.authority.count), ADDITIONAL: \(additional)\n"
            if !reply.recursionAvailable { text += ";; WARNING: recursion requested but not available\n" }
            text += "\n;; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: \(exchange.udpSize)\n"
            if exchange.echoesCookie { text += "; COOKIE: \(cookie) (echoed)\n" }
        }
        if display.question {
            text += section("QUESTION", BindText.questionLine(question, type: type), display)
        }
        let sections = [("ANSWER", reply.answers, display.answer), ("AUTHORITY", reply.authority, display.authority),
                        ("ADDITIONAL", reply.additional, display.additional)]
        for (title, records, shown) in sections where shown && !records.isEmpty {
            text += section(title, records.map { BindText.recordLine($0, ttl: reply.ttl) }.joined(), display)
        }
        if display.stats {
            let size = DNSWireSize.reply(to: question, reply, compressed: exchange.compressed, cookieBytes: exchange.echoesCookie ? 8 : 0)
            text += ";; Query time: \(exchange.milliseconds) msec\n"
            text += ";; SERVER: \(serverAddress)#53(\(serverName)) (\(tcp ? "TCP" : "UDP"))\n"
            text += ";; WHEN: \(when)\n"
            text += ";; MSG SIZE  rcvd: \(size)\n\n"
        }
        return text
    }

    private func section(_ title: String, _ lines: String, _ display: Display) -> String {
        display.comments ? ";; \(title) SECTION:\n\(lines)\n" : lines
    }
}

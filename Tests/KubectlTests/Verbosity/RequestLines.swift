/// The request lines of a command at `-v=6` (`GET URL 200 OK`), without the server prefix and timing.
func requestLines(_ err: String) -> [String] {
    err.split(separator: "\n").compactMap { line in
        guard line.contains("round_trippers.go:560] "), let end = line.firstRange(of: "] ") else { return nil }
        return String(line[end.upperBound...])
            .replacing("https://172.22.0.1:6443", with: "")
            .replacing(" in 3 milliseconds", with: "")
    }
}

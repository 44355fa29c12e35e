/// One record of a kernel's log: when it was logged after boot, and its text.
struct KernelLogLine {
    var seconds: Double
    var text: String

    /// The record as the kernel's buffer holds it, `[%11.6f] text` after the priority, which
    /// busybox's dmesg prints as it is.
    var raw: String { "[" + stamp(width: 11) + "] " + text + "\n" }

    /// The record as util-linux's dmesg prints it, the seconds re-laid out as `[%5ld.%06ld]`.
    var reformatted: String { "[" + stamp(width: 12) + "] " + text + "\n" }

    /// The time right-aligned in `width` characters, with six decimals.
    private func stamp(width: Int) -> String {
        let micros = Int((seconds * 1_000_000).rounded())
        let fraction = String(micros % 1_000_000)
        let text = "\(micros / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}

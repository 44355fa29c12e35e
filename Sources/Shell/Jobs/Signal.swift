/// A Linux signal (x86-64 numbering) as bash's `kill` names it and as a job killed by it is reported.
struct Signal: Equatable {
    let number: Int32

    static let hangup = Signal(number: 1)
    static let interrupt = Signal(number: 2)
    static let kill = Signal(number: 9)
    static let pipe = Signal(number: 13)
    static let terminate = Signal(number: 15)

    /// The highest signal number (`SIGRTMAX`).
    static let highest: Int32 = 64
    /// The real-time signals start here (`SIGRTMIN`; glibc keeps 32 and 33 for itself).
    static let realTimeFirst: Int32 = 34

    /// The classic signals 1 to 31, by number.
    private static let names = [
        "HUP", "INT", "QUIT", "ILL", "TRAP", "ABRT", "BUS", "FPE", "KILL", "USR1", "SEGV", "USR2", "PIPE", "ALRM", "TERM", "STKFLT",
        "CHLD", "CONT", "STOP", "TSTP", "TTIN", "TTOU", "URG", "XCPU", "XFSZ", "VTALRM", "PROF", "WINCH", "IO", "PWR", "SYS",
    ]

    /// What glibc's `strsignal` calls each classic signal, which bash shows for a job it killed.
    private static let descriptions = [
        "Hangup", "Interrupt", "Quit", "Illegal instruction", "Trace/breakpoint trap", "Aborted", "Bus error",
        "Floating point exception", "Killed", "User defined signal 1", "Segmentation fault", "User defined signal 2",
        "Broken pipe", "Alarm clock", "Terminated", "Stack fault", "Child exited", "Continued", "Stopped (signal)", "Stopped",
        "Stopped (tty input)", "Stopped (tty output)", "Urgent I/O condition", "CPU time limit exceeded",
        "File size limit exceeded", "Virtual timer expired", "Profiling timer expired", "Window changed", "I/O possible",
        "Power failure", "Bad system call",
    ]

    /// Whether `number` names a signal `kill` can send (0 only checks that the process exists).
    static func isValid(_ number: Int32) -> Bool {
        (0...31).contains(number) || (realTimeFirst...highest).contains(number)
    }

    /// The name without `SIG` (`TERM`, `RTMIN+3`, `RTMAX-1`); nil for a number no signal has.
    var name: String? {
        switch number {
        case 1...31: return Self.names[Int(number) - 1]
        case Self.realTimeFirst: return "RTMIN"
        case Self.highest: return "RTMAX"
        case (Self.realTimeFirst + 1)...(Self.realTimeFirst + 15): return "RTMIN+\(number - Self.realTimeFirst)"
        case (Self.realTimeFirst + 16)..<Self.highest: return "RTMAX-\(Self.highest - number)"
        default: return nil
        }
    }

    /// How bash reports a job this signal ended.
    var description: String {
        if (1...31).contains(number) { return Self.descriptions[Int(number) - 1] }
        return "Real-time signal \(number - Self.realTimeFirst)"
    }

    /// Whether a process that does not handle it ignores it (`CHLD`, `URG`, `WINCH`, `CONT`) rather than dying.
    var isIgnoredByDefault: Bool { [17, 18, 23, 28].contains(number) }

    /// Whether it stops a process rather than ending it (`STOP`, `TSTP`, `TTIN`, `TTOU`).
    var stops: Bool { (19...22).contains(number) }

    /// A signal from `kill`'s spec: a number, or a name in any case with or without `SIG`.
    init?(spec: String) {
        if let value = Int32(spec) {
            guard Self.isValid(value) else { return nil }
            number = value
            return
        }
        var name = spec.uppercased()
        if name.hasPrefix("SIG") { name.removeFirst(3) }
        guard let found = (1...Self.highest).first(where: { Signal(number: $0).name == name }) else { return nil }
        number = found
    }

    init(number: Int32) {
        self.number = number
    }
}

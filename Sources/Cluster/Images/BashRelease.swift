/// The GNU bash a system carries, as its `BASH_VERSION` and `BASH_VERSINFO` show it:
/// `version` (`5.2.15(1)-release`) and the `machine` it was built for (its `MACHTYPE`).
public struct BashRelease: Sendable, Equatable {
    public var version: String
    public var machine: String

    public init(version: String, machine: String = "x86_64-pc-linux-gnu") {
        self.version = version
        self.machine = machine
    }

    /// `BASH_VERSINFO`: major, minor, patch level, build, release status and machine
    /// (`5.2.15(1)-release` gives 5, 2, 15, 1, release).
    public var versionInfo: [String] {
        let numbers = version.prefix { $0 != "(" }.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let build = version.drop { $0 != "(" }.dropFirst().prefix { $0 != ")" }
        let status = version.drop { $0 != "-" }.dropFirst()
        return [numbers.first ?? "", numbers.count > 1 ? numbers[1] : "", numbers.count > 2 ? numbers[2] : "", String(build), String(status), machine]
    }
}

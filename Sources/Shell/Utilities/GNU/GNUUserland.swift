/// The GNU packages a distribution release ships, as their `--version` texts show them.
///
/// Chosen by the system's `/etc/os-release` (`ID` and `VERSION_ID`): the lab's host is Ubuntu
/// 24.04, its kind nodes and most Debian-based images Debian 12, which is also what a system
/// without a known os-release gets.
struct GNUUserland: Equatable {
    /// A package's version and the year its `--version` copyright line names.
    struct Release: Equatable {
        var version: String
        var year: Int
    }

    var coreutils: Release
    var grep: Release
    /// Where grep 3.8 and later send readers for its authors (the host name changed after 3.8).
    var grepAuthors: String
    /// The PCRE2 version `grep --version` reports from grep 3.9 on; nil before.
    var pcre2: String?
    var sed: Release
    var diffutils: Release
    var findutils: Release

    /// Debian 12 (bookworm): coreutils 9.1-1, grep 3.8-5, sed 4.9-1, diffutils 1:3.8-4,
    /// findutils 4.9.0-4.
    static let debian12 = GNUUserland(
        coreutils: Release(version: "9.1", year: 2022), grep: Release(version: "3.8", year: 2022),
        grepAuthors: "https://git.sv.gnu.org/cgit/grep.git/tree/AUTHORS", pcre2: nil,
        sed: Release(version: "4.9", year: 2022), diffutils: Release(version: "3.8", year: 2021),
        findutils: Release(version: "4.9.0", year: 2022))

    /// Ubuntu 24.04 (noble): coreutils 9.4-3ubuntu6, grep 3.11-4build1 with libpcre2 10.42,
    /// sed 4.9-2build1, diffutils 1:3.10-1build1, findutils 4.9.0-5build1.
    static let ubuntu2404 = GNUUserland(
        coreutils: Release(version: "9.4", year: 2023), grep: Release(version: "3.11", year: 2023),
        grepAuthors: "https://git.savannah.gnu.org/cgit/grep.git/tree/AUTHORS", pcre2: "10.42 2022-12-11",
        sed: Release(version: "4.9", year: 2022), diffutils: Release(version: "3.10", year: 2023),
        findutils: Release(version: "4.9.0", year: 2022))

    /// The userland of the system whose `/etc/os-release` reads `osRelease`.
    static func of(osRelease: String?) -> GNUUserland {
        var fields: [String: String] = [:]
        for line in (osRelease ?? "").split(separator: "\n") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            var value = line[line.index(after: equals)...]
            if value.count >= 2, value.first == "\"", value.last == "\"" { value = value.dropFirst().dropLast() }
            fields[String(line[..<equals])] = String(value)
        }
        switch (fields["ID"], fields["VERSION_ID"]) {
        case ("ubuntu", "24.04"): return .ubuntu2404
        default: return .debian12
        }
    }
}

extension ShellSession {
    /// The GNU packages of the system this shell runs on, from its `/etc/os-release`.
    var gnuUserland: GNUUserland {
        GNUUserland.of(osRelease: filesystem.read("/etc/os-release"))
    }
}

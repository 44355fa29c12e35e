import Cluster
import KubeAPI

/// How the kubelet's atomic writer lays out a configMap, secret, downwardAPI or projected volume:
/// the files in a directory named for the time of the write (`..YYYY_MM_DD_HH_MM_SS.` in UTC and
/// the random digits of a temporary directory's name), a `..data` link to it, and one link per
/// top-level name, `key -> ..data/key`. An update writes a new directory and moves `..data`.
struct AtomicWriterLayout {
    /// The files, as the kubelet projects them.
    var files: [ProjectedFile]
    /// When the kubelet wrote them, in seconds on the virtual clock.
    var written: Int64
    /// Seeds the temporary directory's random digits, so a replay draws the same name.
    var seed: String

    /// The timestamped directory's name: the UTC time of the write, then up to ten digits.
    var directoryName: String {
        let civil = CivilTime(secondsSinceEpoch: written)
        let date = [civil.year, civil.month, civil.day, civil.hour, civil.minute, civil.second]
            .map { $0 < 10 ? "0\($0)" : "\($0)" }
        let when = date[0...2].joined(separator: "_") + "_" + date[3...5].joined(separator: "_")
        return ".." + when + "." + String(Self.digits(seed + "/" + String(written)))
    }

    /// Writes the layout into the directory at `target`, created with `mode`, replacing what was there.
    func write(at target: String, mode: UInt16, into fs: VirtualFileSystem) {
        let clock = fs.clock
        fs.clock = { written }
        defer { fs.clock = clock }
        fs.remove(target)
        fs.makeDirectory(target, mode: mode)
        let directory = directoryName
        fs.makeDirectory(target + "/" + directory, mode: 0o755)
        for file in files {
            fs.write(target + "/" + directory + "/" + file.path, file.content, mode: UInt16(file.mode & 0o7777))
        }
        fs.makeLink(target + "/..data", to: directory)
        var linked: Set<String> = []
        for file in files {
            guard let top = file.path.split(separator: "/").first.map(String.init), linked.insert(top).inserted else {
                continue
            }
            fs.makeLink(target + "/" + top, to: "..data/" + top)
        }
    }

    /// A 32-bit FNV-1a hash standing in for the random number `os.MkdirTemp` appends.
    static func digits(_ text: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return hash
    }
}

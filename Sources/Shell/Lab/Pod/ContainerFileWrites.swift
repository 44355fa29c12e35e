import Cluster
import KubeAPI

/// Replays what containers' commands wrote (`Cluster.fileWrites(ofRun:)`) onto a file system,
/// each change dated at the moment the command made it, as the shell would have done it: a
/// redirection or `touch` needs its directory to exist, `mkdir` without `-p` its parent,
/// `rm` without `-r` and `rmdir` refuse what they refuse.
enum ContainerFileWrites {
    /// How many of each run's writes a file system has had, and the runs it is done with.
    struct Progress {
        var applied: [Int: Int] = [:]
        var finished: Set<Int> = []
    }

    /// Applies the writes of `runs` not yet applied, in the order they were made across runs;
    /// `take` says which writes belong to this file system.
    static func apply(
        runs: [Int], of cluster: Cluster, to fs: VirtualFileSystem, progress: inout Progress,
        take: (ContainerFileWrite) -> Bool
    ) {
        var pending: [(write: ContainerFileWrite, order: Int)] = []
        for run in runs where !progress.finished.contains(run) {
            let (writes, finished) = cluster.fileWrites(ofRun: run)
            let from = min(progress.applied[run] ?? 0, writes.count)
            for write in writes[from...] where take(write) { pending.append((write, pending.count)) }
            progress.applied[run] = writes.count
            if finished { progress.finished.insert(run) }
        }
        pending.sort { ($0.write.time, $0.order) < ($1.write.time, $1.order) }
        for (write, _) in pending { apply(write, to: fs) }
    }

    /// Makes one change, with the file system's clock at the change's moment.
    static func apply(_ write: ContainerFileWrite, to fs: VirtualFileSystem) {
        let clock = fs.clock
        fs.clock = { write.time.seconds }
        defer { fs.clock = clock }
        if let volume = write.volume, let root = volume.nodePath, !fs.exists(root) { fs.makeDirectory(root, mode: volume.mode) }
        let path = write.path
        let parent = VirtualFileSystem.normalize(path + "/..")
        let existing = fs.entry(path)
        switch write.kind {
        case .write(let text, let append):
            guard fs.isDirectory(parent), existing == nil || fs.isFile(path) else { return }
            fs.write(path, (append ? fs.read(path) ?? "" : "") + text, mode: existing?.mode ?? 0o644)
        case .touch:
            guard fs.isDirectory(parent), existing == nil || fs.isFile(path) else { return }
            fs.write(path, fs.read(path) ?? "", mode: existing?.mode ?? 0o644)
        case .makeDirectory(let mode, let parents):
            if parents {
                guard existing == nil else { return }
                // `mkdir -p -m` gives the mode to the last directory only.
                fs.makeDirectory(parent)
                fs.makeDirectory(path, mode: mode)
            } else {
                guard existing == nil, fs.isDirectory(parent) else { return }
                fs.makeDirectory(path, mode: mode)
            }
        case .remove(let recursive, let directoryOnly):
            guard let existing else { return }
            if directoryOnly {
                guard existing.kind == .directory, fs.list(path)?.isEmpty == true else { return }
            } else if existing.kind == .directory, !recursive {
                return
            }
            fs.remove(path)
        }
    }
}

import Cluster
import KubeAPI

extension VirtualFileSystem {
    /// Puts the world's host files in place with their modes, owners and times.
    ///
    /// Times are set last, so creating a child does not move its directory's time.
    func install(_ files: [HostFile]) {
        for file in files {
            if let target = file.linkTarget {
                makeLink(file.path, to: target, owner: file.owner)
                continue
            }
            if file.isDirectory {
                makeDirectory(file.path, mode: file.mode, owner: file.owner)
                setMode(file.path, file.mode)
            } else {
                write(file.path, file.content, mode: file.mode, owner: file.owner)
            }
            setOwner(file.path, owner: file.owner, group: file.group)
        }
        for file in files {
            if file.linkTarget != nil {
                (try? resolve(file.path, followLast: false))?.node?.modified = file.modified.seconds
            } else {
                setModified(file.path, file.modified.seconds)
            }
        }
    }
}

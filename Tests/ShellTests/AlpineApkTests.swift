import Cluster
import Kubectl
import Testing

@testable import Shell

/// apk-tools 2.14.6's words (Alpine 3.19-3.21): `src/database.c:659` (`fetch URL`),
/// `:2298-2340` (the `fetching` / `updating and opening` warning; a failed remote repository
/// counted twice as unavailable), `src/io_url.c:54` with `src/print.c:96` (a failed lookup is
/// `DNS lookup error`), `src/commit.c:577-585,756` (`unable to select packages`),
/// `src/app_update.c:39-46` (the closing count, and the status).
@Suite("Alpine: busybox's applets are symbolic links, and apk fails as it does with no mirror")
struct AlpineApkTests {
    @Test("the applets link to /bin/busybox from the directory busybox installs each in")
    func applets() throws {
        let lab = try tk8sLab(after: ["kubectl run a --image=alpine:3.21 -- sleep 3600", "sleep 20"])
        #expect(run(lab, "kubectl exec a -- readlink /bin/ls /usr/bin/awk /sbin/ip").out == "/bin/busybox\n/bin/busybox\n/bin/busybox\n")
        #expect(run(lab, "kubectl exec a -- which wget").out == "/usr/bin/wget\n")
    }

    @Test("apk add names each repository it could not reach and each package it could not find")
    func add() throws {
        let lab = try tk8sLab(after: ["kubectl run a --image=alpine:3.20 -- sleep 3600", "sleep 20"])
        let added = run(lab, "kubectl exec a -- apk add curl")
        #expect(added.out == """
            fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/main/x86_64/APKINDEX.tar.gz
            fetch https://dl-cdn.alpinelinux.org/alpine/v3.20/community/x86_64/APKINDEX.tar.gz

            """)
        #expect(added.err == """
            WARNING: updating and opening https://dl-cdn.alpinelinux.org/alpine/v3.20/main: DNS lookup error
            WARNING: updating and opening https://dl-cdn.alpinelinux.org/alpine/v3.20/community: DNS lookup error
            ERROR: unable to select packages:
              curl (no such package):
                required by: world[curl]
            command terminated with exit code 1

            """)
    }
}

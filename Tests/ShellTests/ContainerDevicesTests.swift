import Cluster
import KubeAPI
import Kubectl
import Testing

@testable import Shell

/// A container's /dev as runc makes it, and both ls's way of listing character devices.
@Suite struct ContainerDevicesTests {
    static func session(busybox: Bool) -> ShellSession {
        let fs = VirtualFileSystem(clock: { 1_745_393_100 })
        let pod = KubeObject(["metadata": ["name": "box"], "spec": ["containers": [["name": "c"]]]])
        ContainerDevices.populate(fs, pod: pod, container: "c", created: 1_745_393_100)
        let session = ShellSession(user: "root", hostname: "box", home: "/root", filesystem: fs) { _ in }
        if busybox { session.register("ls", LsCommand(busybox: true)) }
        return session
    }

    @Test("busybox prints MAJOR, MINOR in %4u, %3u; tmpfs directories list their own sizes")
    func busyboxDevices() {
        let session = Self.session(busybox: true)
        #expect(run(session, "ls -l /dev/null /dev/tty").stdout == """
            crw-rw-rw-    1 root     root        1,   3 Apr 23 07:25 /dev/null
            crw-rw-rw-    1 root     root        5,   0 Apr 23 07:25 /dev/tty

            """)
        #expect(run(session, "ls -ld /dev /dev/shm /dev/pts").stdout == """
            drwxr-xr-x    5 root     root           360 Apr 23 07:25 /dev
            drwxr-xr-x    2 root     root             0 Apr 23 07:25 /dev/pts
            drwxrwxrwt    2 root     root            40 Apr 23 07:25 /dev/shm

            """)
        #expect(run(session, "ls -1 /dev").stdout.split(separator: "\n") == [
            "core", "fd", "full", "mqueue", "null", "ptmx", "pts", "random", "shm", "stderr", "stdin", "stdout",
            "termination-log", "tty", "urandom", "zero",
        ])
        #expect(run(session, "ls -l /dev").stdout.hasPrefix("total 0\n"))
        #expect(run(session, "ls -l /dev/termination-log").stdout.hasPrefix("-rw-rw-rw-    1 root     root             0 "))
    }

    @Test("GNU ls sizes the device column to fit MAJOR, MINOR beside plain sizes")
    func gnuDevices() {
        let session = Self.session(busybox: false)
        #expect(run(session, "ls -l /dev/null /dev/termination-log /dev/fd").stdout == """
            lrwxrwxrwx 1 root root   13 Apr 23 07:25 /dev/fd -> /proc/self/fd
            crw-rw-rw- 1 root root 1, 3 Apr 23 07:25 /dev/null
            -rw-rw-rw- 1 root root    0 Apr 23 07:25 /dev/termination-log

            """)
    }
}

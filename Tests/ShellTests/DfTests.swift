import Kubectl
import Testing

@testable import Shell

/// df's sizes and columns: coreutils' (rounding up, one line per device) and busybox's
/// (rounding to nearest, fixed columns, every mount), and mount's listing.
@Suite("df and mount")
struct DfTests {
    static let disk = Mount.Usage(blocks: 25_656_558, free: 17_707_730, available: 16_397_010)

    static let table: [Mount] = [
        Mount(device: "overlay", target: "/", type: "overlay", options: "rw,relatime", deviceKey: "o", usage: disk),
        Mount(device: "proc", target: "/proc", type: "proc", options: "rw", deviceKey: "p"),
        Mount(device: "tmpfs", target: "/dev", type: "tmpfs", options: "rw", deviceKey: "d", usage: .tmpfs(sizeKiB: 65536, usedBytes: 0)),
        Mount(
            device: "/dev/mapper/ubuntu--vg-ubuntu--lv", target: "/etc/hosts", type: "ext4", options: "rw,relatime",
            root: "/lib/kubelet/pods/u/etc-hosts", deviceKey: "disk", usage: disk),
        Mount(
            device: "/dev/mapper/ubuntu--vg-ubuntu--lv", target: "/dev/termination-log", type: "ext4", options: "rw,relatime",
            root: "/lib/kubelet/pods/u/containers/c/0123abcd", deviceKey: "disk", usage: disk),
        Mount(
            device: "tmpfs", target: "/proc/kcore", type: "tmpfs", options: "rw", root: "/null", deviceKey: "d",
            usage: .tmpfs(sizeKiB: 65536, usedBytes: 0)),
        Mount(
            device: "tmpfs", target: "/run/secrets/kubernetes.io/serviceaccount", type: "tmpfs", options: "ro,relatime",
            deviceKey: "sa", usage: .tmpfs(sizeKiB: 16_272_684, usedBytes: 12288)),
    ]

    private func session() -> ShellSession {
        let fs = VirtualFileSystem(clock: { 0 })
        fs.write("/etc/hosts", "127.0.0.1\tlocalhost\n")
        fs.write("/dev/termination-log", "")
        let session = ShellSession(user: "root", hostname: "box", home: "/root", filesystem: fs) { _ in }
        session.cwd = "/"
        session.register("df", GNUDfCommand(mounts: { Self.table }))
        session.register("bdf", BusyboxDfCommand(mounts: { Self.table }))
        session.register("mount", MountCommand(mounts: { Self.table }, busybox: false))
        return session
    }

    private func output(_ line: String) -> (out: String, err: String, status: Int32) {
        let buffer = OutputBuffer()
        let status = session().run(line, sink: buffer).status
        return (buffer.stdout, buffer.stderr, status)
    }

    @Test("gnulib's -h rounds up, with one decimal below ten")
    func gnuHuman() {
        #expect(DiskSizeFormat.gnuHuman(102_626_232 * 1024, base: 1024) == "98G")
        #expect(DiskSizeFormat.gnuHuman(12288, base: 1024) == "12K")
        #expect(DiskSizeFormat.gnuHuman(8_187_540 * 1024, base: 1024) == "7.9G")
        #expect(DiskSizeFormat.gnuHuman(64_000 * 1024, base: 1024) == "63M")
        #expect(DiskSizeFormat.gnuHuman(0, base: 1024) == "0")
        #expect(DiskSizeFormat.gnuHuman(1023, base: 1024) == "1023")
        #expect(DiskSizeFormat.gnuHuman(1025, base: 1024) == "1.1K")
    }

    @Test("busybox's -h rounds to nearest and always keeps a decimal")
    func busyboxHuman() {
        #expect(DiskSizeFormat.busybox(102_626_232 * 1024, unit: 0) == "97.9G")
        #expect(DiskSizeFormat.busybox(65536 * 1024, unit: 0) == "64.0M")
        #expect(DiskSizeFormat.busybox(0, unit: 0) == "0")
        #expect(DiskSizeFormat.busybox(4096, unit: 1024) == "4")
    }

    @Test("coreutils df hides pseudo file systems and shows one line per device")
    func gnuTable() {
        #expect(output("df").out == """
            Filesystem                        1K-blocks     Used Available Use% Mounted on
            overlay                           102626232 31795312  65588040  33% /
            tmpfs                                 65536        0     65536   0% /dev
            /dev/mapper/ubuntu--vg-ubuntu--lv 102626232 31795312  65588040  33% /etc/hosts
            tmpfs                              16272684       12  16272672   1% /run/secrets/kubernetes.io/serviceaccount

            """)
        #expect(output("df -h /etc/hosts /dev/termination-log").out == """
            Filesystem                         Size  Used Avail Use% Mounted on
            /dev/mapper/ubuntu--vg-ubuntu--lv   98G   31G   63G  33% /etc/hosts
            /dev/mapper/ubuntu--vg-ubuntu--lv   98G   31G   63G  33% /dev/termination-log

            """)
        let missing = output("df /nope")
        #expect(missing.err == "df: /nope: No such file or directory\n" && missing.status == 1)
        #expect(output("df -q").err == "df: invalid option -- 'q'\nTry 'df --help' for more information.\n")
    }

    @Test("busybox df lists every mount with blocks, long device names on their own line")
    func busyboxTable() {
        #expect(output("bdf -h").out == """
            Filesystem                Size      Used Available Use% Mounted on
            overlay                  97.9G     30.3G     62.5G  33% /
            tmpfs                    64.0M         0     64.0M   0% /dev
            /dev/mapper/ubuntu--vg-ubuntu--lv
                                     97.9G     30.3G     62.5G  33% /etc/hosts
            /dev/mapper/ubuntu--vg-ubuntu--lv
                                     97.9G     30.3G     62.5G  33% /dev/termination-log
            tmpfs                    64.0M         0     64.0M   0% /proc/kcore
            tmpfs                    15.5G     12.0K     15.5G   0% /run/secrets/kubernetes.io/serviceaccount

            """)
        #expect(output("bdf /nope").err == "df: /nope: can't find mount point\n")
    }

    @Test("mount lists the table; mounting needs a privilege the container lacks")
    func mountListing() {
        #expect(output("mount -t ext4").out == """
            /dev/mapper/ubuntu--vg-ubuntu--lv on /etc/hosts type ext4 (rw,relatime)
            /dev/mapper/ubuntu--vg-ubuntu--lv on /dev/termination-log type ext4 (rw,relatime)

            """)
        #expect(output("mount /dev/sda1 /mnt").status == 32)
        #expect(Mount(device: "a b", target: "/x", type: "tmpfs", options: "rw", deviceKey: "k").procLine == "a\\040b /x tmpfs rw 0 0\n")
    }
}

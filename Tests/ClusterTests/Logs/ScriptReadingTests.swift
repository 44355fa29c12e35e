import KubeAPI
import Testing

@testable import Cluster

@Suite("What containers print of their environment and files")
struct ScriptReadingTests {
    let start = Timestamp(rfc3339: "2025-04-23T07:25:00Z")!

    private func context(
        _ sh: ScriptContext.Shell = .ash, userland: ImageCatalog.Userland = .busybox, mounts: [ProjectedMount] = []
    )
        -> ScriptContext
    {
        let environ = [("PATH", "/bin"), ("HOSTNAME", "web"), ("GREETING", "hi"), ("HOME", "/root")]
        return ScriptContext(
            environ: environ, variables: Dictionary(uniqueKeysWithValues: environ), sh: sh, userland: userland,
            files: ContainerFileView(mounts: mounts, imageFiles: ["/etc/motd": "welcome\n"], directory: "/"))
    }

    private func lines(_ argv: [String], _ context: ScriptContext, untilSeconds: Int64 = 60) -> [String] {
        ScriptOutput.run(argv, start: start, until: start.adding(seconds: untilSeconds), context: context).entries.map(
            \.text)
    }

    private var config: ProjectedMount {
        ProjectedMount(
            mountPath: "/etc/config", volume: "c", subPath: "",
            versions: [
                .init(
                    shown: start,
                    files: [
                        ProjectedFile(path: "b", content: "two", mode: 0o644),
                        ProjectedFile(path: "a", content: "one\n", mode: 0o644),
                    ]),
                .init(
                    shown: start.adding(seconds: 10), files: [ProjectedFile(path: "a", content: "uno\n", mode: 0o644)]),
            ])
    }

    @Test("env run by the runtime keeps its order; through a shell it has the shell's order and exports")
    func environ() {
        #expect(lines(["env"], context()) == ["PATH=/bin", "HOSTNAME=web", "GREETING=hi", "HOME=/root"])
        // ash's buckets: HOSTNAME 4, SHLVL 5, HOME 6, GREETING 17, PATH 21, PWD 33 (dash 0.5.12 agrees).
        #expect(
            lines(["sh", "-c", "env"], context()) == [
                "HOSTNAME=web", "SHLVL=1", "HOME=/root", "GREETING=hi", "PATH=/bin", "PWD=/",
            ])
        #expect(!lines(["sh", "-c", "env"], context(.dash)).contains("SHLVL=1"))
        #expect(lines(["sh", "-c", "X=1; export Y=2; printenv X Y GREETING"], context()) == ["2", "hi"])
        // bash's own order (`env -i PATH=/bin HOSTNAME=web GREETING=hi HOME=/root bash -c ...` from /).
        #expect(
            lines(["bash", "-c", "echo a; env; echo b"], context()) == [
                "a", "HOSTNAME=web", "PWD=/", "HOME=/root", "SHLVL=1", "GREETING=hi", "PATH=/bin", "_=/bin/env", "b",
            ])
    }

    @Test("cat and ls read a volume as it was at each moment; a missing path is the userland's error")
    func files() {
        let busybox = context(mounts: [config])
        #expect(
            lines(["sh", "-c", "ls /etc/config/; cat /etc/config/a; sleep 10; cat /etc/config/a /etc/motd"], busybox)
                == ["a", "b", "one", "uno", "welcome"])
        #expect(
            lines(["sh", "-c", "cat /etc/config/b; echo; cat /etc/config/x; ls /etc/config/x"], busybox)
                == [
                    "two", "cat: can't open '/etc/config/x': No such file or directory",
                    "ls: /etc/config/x: No such file or directory",
                ])
        #expect(
            lines(
                ["sh", "-c", "cat /etc/config/x; ls /etc/config/x"], context(.dash, userland: .gnu, mounts: [config]))
                == [
                    "cat: /etc/config/x: No such file or directory",
                    "ls: cannot access '/etc/config/x': No such file or directory",
                ])
        #expect(
            lines(["sh", "-c", "ls /etc/config /etc/motd"], busybox) == ["/etc/motd", "", "/etc/config:", "a", "b"])
        #expect(lines(["sh", "-c", "echo a; cat /etc/unknown; echo b"], busybox) == ["a"])
    }

    @Test("if with tests of files, strings and numbers; [[ ]] in ash but not dash")
    func conditionals() {
        let busybox = context(mounts: [config])
        let script =
            "if [[ -e /etc/config/b ]]; then echo yes; else echo no; fi; sleep 10; if [ -f /etc/config/b ]; then echo still; elif [ 1 -lt 2 ]; then echo gone; fi"
        #expect(lines(["sh", "-c", script], busybox) == ["yes", "gone"])
        #expect(lines(["sh", "-c", "if test ! -d /etc/config; then echo x; else echo dir; fi"], busybox) == ["dir"])
        #expect(
            lines(["sh", "-c", "echo a; if [[ -e /etc/config/b ]]; then echo b; fi"], context(.dash, mounts: [config]))
                == ["a"])
    }

    @Test("echo's escapes: busybox with -e, dash's always, and \\c ends the output")
    func echo() {
        #expect(lines(["sh", "-c", #"echo -en '\n'; echo -e 'a\tb\c'; echo 'c\nd'"#], context()) == ["", "a\tbc\\nd"])
        #expect(
            lines(["sh", "-c", #"echo -en 'x\ny'; echo 'c\101\nd'"#], context(.dash)) == ["-en x", "y", "cA", "d"])
    }
}

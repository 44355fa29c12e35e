import KubeAPI
import Testing

@testable import Cluster

@Suite("bash hands a program its environment in its own order")
struct BashEnvironTests {
    let start = Timestamp(rfc3339: "2025-04-23T07:25:00Z")!

    private func lines(_ script: String, environ: [(String, String)], programs: Set<String> = []) -> [String] {
        var context = ScriptContext(
            environ: environ, variables: Dictionary(uniqueKeysWithValues: environ), sh: .dash,
            files: ContainerFileView(mounts: [], imageFiles: [:], directory: "/"))
        context.programs = programs
        return ScriptOutput.run(["bash", "-c", script], start: start, until: start.adding(seconds: 60), context: context)
            .entries.map(\.text)
    }

    private let environ = [("PATH", "/bin"), ("HOSTNAME", "web"), ("GREETING", "hi"), ("HOME", "/root")]

    /// What `env -i PATH=/bin HOSTNAME=web GREETING=hi HOME=/root bash -c ...` printed from `/`
    /// with /bin/bash 5.2.15.
    @Test("env lists bash's table, then _; as the script's last command it gets SHLVL back")
    func order() {
        let listed = ["HOSTNAME=web", "PWD=/", "HOME=/root", "SHLVL=1", "GREETING=hi", "PATH=/bin", "_=/bin/env"]
        #expect(lines("echo a; env; echo b", environ: environ) == ["a"] + listed + ["b"])
        #expect(lines("env", environ: environ) == listed.map { $0 == "SHLVL=1" ? "SHLVL=0" : $0 })
        #expect(lines("echo \"$(printenv SHLVL)\"; printenv SHLVL _", environ: environ) == ["0", "0", "/bin/printenv"])
    }

    @Test("names sharing a bucket come latest first; _ is the program's path in PATH")
    func buckets() {
        // VD9 and VIB share bucket 580: `env -i PATH=/bin VD9=1 VIB=2 bash -c env` lists VIB first.
        #expect(BashVariableTable.bucket("VD9") == BashVariableTable.bucket("VIB"))
        #expect(
            lines("env", environ: [("PATH", "/usr/bin:/bin"), ("VD9", "1"), ("VIB", "2")], programs: ["/bin/env"]) == [
                "PWD=/", "VIB=2", "VD9=1", "SHLVL=0", "PATH=/usr/bin:/bin", "_=/bin/env",
            ])
        #expect(BashVariableTable.order(["C", "B", "A"]) == ["C", "B", "A"])
    }
}

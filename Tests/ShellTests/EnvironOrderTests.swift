import Testing

@testable import Shell

/// The order `env` lists an environment in, checked against bash 5.2.15 and dash 0.5.12 given
/// the same variables (`env -i ... bash -c 'env | cat'`, `env -i ... dash -c env`).
@Suite struct EnvironOrderTests {
    static let variables = [
        "SHELL": "/bin/bash", "PWD": "/tmp", "LOGNAME": "bigred", "HOME": "/home/bigred", "LANG": "C",
        "USER": "bigred", "SHLVL": "1", "GREETING": "bye", "PATH": "/usr/bin:/bin",
    ]

    func session(_ flavour: ShellFlavour) -> ShellSession {
        let session = makeSession()
        session.environment = Self.variables
        session.exported = Set(Self.variables.keys)
        session.flavour = flavour
        return session
    }

    @Test("bash hands on its variables in its table's order, then _ with the program's path")
    func bash() {
        let names = session(.bash).environ(startingProgram: "/usr/bin/env").map(\.name)
        #expect(names == ["SHELL", "PWD", "LOGNAME", "HOME", "LANG", "USER", "SHLVL", "GREETING", "PATH", "_"])
    }

    @Test("dash walks its 39 buckets and adds nothing")
    func dash() {
        let names = session(.dash).environ(startingProgram: "env").map(\.name)
        #expect(names == ["USER", "SHLVL", "HOME", "LOGNAME", "GREETING", "PATH", "LANG", "SHELL", "PWD"])
    }

    @Test("a process started directly keeps the order it was handed, names added later last")
    func direct() {
        let session = session(.bash)
        session.environOrder = ["PATH", "HOME", "SHELL"]
        session.environment["LATE"] = "1"
        session.exported.insert("LATE")
        let names = session.environ(startingProgram: "env").map(\.name)
        #expect(names.prefix(3) == ["PATH", "HOME", "SHELL"])
        #expect(names.last == "USER")
        #expect(names.contains("LATE"))
        #expect(!names.contains("_"))
    }
}

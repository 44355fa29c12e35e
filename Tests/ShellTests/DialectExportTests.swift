import Kubectl
import Testing

@testable import Shell

/// dash's and busybox ash's `export`, checked against Debian 12's dash 0.5.12 and busybox 1.35:
/// dash `src/var.c` (`exportcmd`, `setvar`'s `bad variable name`, `showvars`), `src/options.c`
/// (`Illegal option`); ash `shell/ash.c` (`exportcmd` with `-n`, `illegal option`).
@Suite("export refuses and lists in dash's and busybox ash's words")
struct DialectExportTests {
    @Test("a bad name or option is raised: the message, status 2, and the rest of the line dropped")
    func errors() {
        let dash = run(makeShell(.dash), "export 1a=b; echo after")
        #expect(dash.combined == "sh: 1: export: 1a: bad variable name\n" && dash.status == 2)
        #expect(run(makeShell(.dash), "export -f x").stderr == "sh: 1: export: Illegal option -f\n")
        #expect(run(makeShell(.dash), "readonly R=1; export R=2").stderr == "sh: 1: export: R: is read only\n")
        let ash = makeShell(.ash)
        #expect(run(ash, "export a-b=1").stderr == "sh: export: a-b: bad variable name\n")
        #expect(run(ash, "export -f x").stderr == "sh: export: illegal option -f\n")
    }

    @Test("the listing: `export NAME='VALUE'` sorted, quotes inside quoted apart, a name never set alone")
    func listing() {
        let sh = makeShell(.dash)
        sh.environment = ["B": "it's", "A": "1"]
        sh.exported = ["A", "B"]
        #expect(run(sh, "export C; export -p").stdout == "export A='1'\nexport B='it'\"'\"'s'\nexport C\n")
    }

    @Test("ash's -n takes the export away")
    func unexport() {
        let sh = makeShell(.ash)
        #expect(run(sh, "export X=1; export -n X; env").stdout.contains("X=1") == false)
        #expect(run(sh, "echo $X").stdout == "1\n")
    }
}

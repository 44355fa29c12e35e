import Testing

@testable import Shell

/// `type`, `command` and `id`, as bash 5.2 and coreutils 9.1 answer.
@Suite struct TypeCommandIdTests {
    static let cases: [Expected] = [
        Expected("type ls cd if", "ls is /usr/bin/ls\ncd is a shell builtin\nif is a shell keyword\n", 0),
        Expected("type k nosuch", "k is aliased to `kubectl'\nbash: type: nosuch: not found\n", 1),
        Expected("type -t ls cd if nosuch", "file\nbuiltin\nkeyword\n", 1),
        Expected("type -p cd; echo $?; type -P cd; echo $?", "0\n1\n", 0),
        Expected("type -x ls", "bash: type: -x: invalid option\ntype: usage: type [-afptP] name [name ...]\n", 2),
        Expected("command -v ls cd k nosuch; echo $?", "/usr/bin/ls\ncd\nalias k='kubectl'\n0\n", 0),
        Expected("command -v nosuch", "", 1),
        Expected("command -V ls", "ls is /usr/bin/ls\n", 0),
        Expected("ls() { echo mine; }; ls -d /tmp; command ls -d /tmp", "mine\n/tmp\n", 0),
        Expected("command -x", "bash: command: -x: invalid option\ncommand: usage: command [-pVv] command [arg ...]\n", 2),
        Expected("id -u; id -un; id root; id nosuch", "1000\nbigred\nuid=0(root) gid=0(root) groups=0(root)\nid: ‘nosuch’: no such user\n", 1),
    ]

    @Test(arguments: cases) func matchesBashAndCoreutils(_ expected: Expected) {
        let session = makeSession()
        session.filesystem.write("/etc/group", "root:x:0:\nadm:x:4:bigred\nsudo:x:27:bigred\nbigred:x:1000:\n")
        let result = run(session, expected.line)
        #expect(result.combined == expected.output)
        #expect(result.status == expected.status)
    }

    @Test func idListsThePrimaryGroupThenTheOthers() {
        let session = makeSession()
        session.filesystem.write("/etc/group", "root:x:0:\nadm:x:4:bigred\nsudo:x:27:bigred\nbigred:x:1000:\n")
        #expect(run(session, "id").stdout == "uid=1000(bigred) gid=1000(bigred) groups=1000(bigred),4(adm),27(sudo)\n")
        #expect(run(session, "id -G; id -Gn").stdout == "1000 4 27\nbigred adm sudo\n")
    }
}

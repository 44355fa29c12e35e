import Testing
import Tutor

/// `podman ps` beyond its default table: IDs, templates, JSON, filters and their errors.
@Suite("Node containers: podman ps flags")
struct PodmanPsTests {
    static func run(_ lab: any Lab, _ line: String) -> (out: String, err: String, status: Int32) {
        NodeExecTests.run(lab, line)
    }

    @Test("-q prints the short IDs, oldest container first; --no-trunc the whole IDs")
    func quiet() throws {
        let lab = try NodeExecTests.lab()
        #expect(Self.run(lab, "docker ps -q").out == "857bbe4422c0\n8504cc6d6722\n6b1fdced9b95\n")
        let full = Self.run(lab, "docker ps -q --no-trunc").out.split(separator: "\n")
        #expect(full.count == 3 && full.allSatisfy { $0.count == 64 })
    }

    @Test("a table template gets podman's header row and columns; a plain one prints as written")
    func templates() throws {
        let lab = try NodeExecTests.lab()
        let table = Self.run(lab, "docker ps --format 'table {{.ID}} {{.Names}}'").out
        #expect(table.hasPrefix("CONTAINER ID  NAMES\n857bbe4422c0  tk8s-control-plane\n"))
        #expect(Self.run(lab, "docker ps --format '{{.Names}}:{{.State}}' -n 1").out == "tk8s-worker2:running\n")
        #expect(Self.run(lab, "docker ps --format '{{.Names}}\\t{{lower .State}}' --filter name=1$").out == "tk8s-worker1\trunning\n")
    }

    @Test("--format json prints the list records with two-space indent, Created last as Unix seconds")
    func json() throws {
        let lab = try NodeExecTests.lab()
        let text = Self.run(lab, "docker ps --format json --filter name=control").out
        #expect(text.hasPrefix("[\n  {\n    \"AutoRemove\": false,\n    \"Command\": [\n      \"bash\"\n    ],"))
        #expect(text.contains("\n    \"Names\": [\n      \"tk8s-control-plane\"\n    ],"))
        #expect(text.contains("\"State\": \"running\",\n    \"Status\": \"Up "))
        #expect(text.contains("\",\n    \"Created\": 17"))
    }

    @Test("a status filter lists stopped containers without -a")
    func statusFilter() throws {
        let lab = try NodeExecTests.lab()
        _ = Self.run(lab, "docker stop tk8s-worker1")
        #expect(Self.run(lab, "docker ps --format '{{.Names}}'").out == "tk8s-control-plane\ntk8s-worker2\n")
        #expect(Self.run(lab, "docker ps -f status=exited --format '{{.Names}} {{.Status}}'").out.hasPrefix("tk8s-worker1 Exited (137) "))
        #expect(Self.run(lab, "docker ps -f exited=0 --format '{{.Names}}' -a").out == "")
    }

    @Test("bad flags, filters and templates are refused in podman's words, with status 125")
    func refusals() throws {
        let lab = try NodeExecTests.lab()
        let cases = [
            ("docker ps -x", "Error: unknown shorthand flag: 'x' in -x\nSee 'podman ps --help'\n"),
            ("docker ps --format", "Error: flag needs an argument: --format\nSee 'podman ps --help'\n"),
            ("docker ps -f name", "Error: invalid filter \"name\"\n"),
            ("docker ps -f status=up", "Error: unknown container state: up: invalid argument\n"),
            ("docker ps -n 2 -l", "Error: last and latest are mutually exclusive\n"),
            ("docker ps --format '{{exists .}}'", "Error: template: ps:1: function \"exists\" not defined\n"),
        ]
        for (line, message) in cases {
            let result = Self.run(lab, line)
            #expect(result.err == message, "\(line)")
            #expect(result.status == 125, "\(line)")
        }
    }

    @Test("inspect templates call podman's functions too")
    func inspectFunctions() throws {
        let lab = try NodeExecTests.lab()
        #expect(Self.run(lab, "docker inspect -f '{{json .State.Health}}' tk8s-worker1").out == "{\"Status\":\"\",\"FailingStreak\":0,\"Log\":null}\n")
        #expect(Self.run(lab, "docker inspect -f '{{title .State.Status}}' tk8s-worker1").out == "Running\n")
        // podman's encoder leaves HTML characters as they are.
        #expect(Self.run(lab, "docker inspect -f '{{json \"<a&b>\"}}' tk8s-worker1").out == "\"<a&b>\"\n")
    }
}

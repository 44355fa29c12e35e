@testable import Cluster
import KubeAPI
import Testing

@Suite("What containers print")
struct ContainerOutputTests {
    let start = Timestamp(rfc3339: "2025-04-23T07:25:00Z")!

    private func lines(_ argv: [String], untilSeconds: Int64 = 60, env: [String: String] = [:]) -> [String] {
        ScriptOutput.of(argv, start: start, until: start.adding(seconds: untilSeconds), env: env).map(\.text)
    }

    @Test("a date loop logs one line per sleep, stamped with the virtual clock")
    func dateLoop() {
        let entries = ScriptOutput.of(
            ["sh", "-c", "while true; do date; sleep 5; done"], start: start, until: start.adding(seconds: 12), env: [:])
        #expect(entries.map(\.text) == ["Wed Apr 23 07:25:00 UTC 2025", "Wed Apr 23 07:25:05 UTC 2025", "Wed Apr 23 07:25:10 UTC 2025"])
        #expect(entries.map(\.time) == [start, start.adding(seconds: 5), start.adding(seconds: 10)])
    }

    @Test("the documentation's counter: variables, arithmetic and command substitution")
    func counter() {
        let script = #"i=0; while true; do echo "$i: $(date)"; i=$((i+1)); sleep 1; done"#
        #expect(lines(["/bin/sh", "-c", script], untilSeconds: 2) == [
            "0: Wed Apr 23 07:25:00 UTC 2025", "1: Wed Apr 23 07:25:01 UTC 2025", "2: Wed Apr 23 07:25:02 UTC 2025",
        ])
    }

    @Test(
        "echo, printf, hostname, printenv, for loops and quoting",
        arguments: [
            (["echo", "hello", "world"], ["hello world"]),
            (["sh", "-c", "echo 'a  $b'; echo \"x $HOSTNAME\""], ["a  $b", "x web"]),
            (["printf", "%s=%d\\n", "a", "1", "b", "2"], ["a=1", "b=2"]),
            (["sh", "-c", "for n in 1 2 3; do echo n$n; done"], ["n1", "n2", "n3"]),
            (["sh", "-c", "hostname; printenv GREETING"], ["web", "hi"]),
            (["sh", "-c", "echo -n partial"], ["partial"]),
            (["sh", "-c", "echo before; nginx; echo never"], ["before"]),
            (["sh", "-c", "echo one; exit 2; echo two"], ["one"]),
            (["sh", "-c", "date +%Y-%m-%dT%H:%M:%S.%3N"], ["2025-04-23T07:25:00.000"]),
        ])
    func commands(_ argv: [String], _ expected: [String]) {
        #expect(lines(argv, env: ["HOSTNAME": "web", "GREETING": "hi"]) == expected)
    }

    @Test("a loop that never sleeps stops at a bound instead of running away")
    func runaway() {
        #expect(lines(["sh", "-c", "while true; do echo y; done"]).count == ScriptOutput.maxLines)
    }

    @Test("nothing printed after the run ends is logged")
    func until() {
        #expect(lines(["sh", "-c", "echo a; sleep 10; echo b"], untilSeconds: 5) == ["a"])
    }
}

@Suite("Image log templates")
struct LogTemplateTests {
    let start = Timestamp(rfc3339: "2025-04-23T07:25:00.123Z")!

    @Test("placeholders take the clock in the program's layout and the container's facts")
    func placeholders() {
        let templates = [
            LogTemplate(line: "{time:%Y/%m/%d %H:%M:%S} nginx/{version} on {kernel}"),
            LogTemplate(line: "1:M {time:%d %b %Y %H:%M:%S.%3N} up", afterMilliseconds: 1),
            LogTemplate(line: "worker {n}", eachCPU: 29),
        ]
        let facts = LogTemplate.Facts(tag: ["version": "1.27.5"], kernel: "6.8.0-57-generic", cpus: 2)
        #expect(LogTemplate.render(templates, start: start, facts: facts).map(\.text) == [
            "2025/04/23 07:25:00 nginx/1.27.5 on 6.8.0-57-generic", "1:M 23 Apr 2025 07:25:00.124 up", "worker 29", "worker 30",
        ])
    }

    @Test("{hostname} is the container's host name, as a program reads $HOSTNAME")
    func hostname() {
        let template = LogTemplate(line: "Started At: {time:%Y-%m-%dT%H:%M:%S.%3NZ} | Running On:  {hostname} ")
        #expect(
            LogTemplate.render([template], start: start, facts: .init(hostname: "web-1")).map(\.text) == [
                "Started At: 2025-04-23T07:25:00.123Z | Running On:  web-1 "
            ])
    }

    @Test("a line whose value is unknown is left out, not guessed")
    func unknown() {
        let templates = [LogTemplate(line: "nginx/{version}"), LogTemplate(line: "kept")]
        #expect(LogTemplate.render(templates, start: start, facts: .init()).map(\.text) == ["kept"])
    }

    @Test("the kubelet's timestamps have nine fraction digits")
    func kubeletTime() {
        #expect(start.rfc3339NanoFixed == "2025-04-23T07:25:00.123000000Z")
        #expect(Timestamp(rfc3339: "2025-04-03T07:05:00Z")!.cFormat("%a %b %e %j %I%p") == "Thu Apr  3 093 07AM")
    }
}

import Kubectl
import Testing

/// `kubectl describe` as a verb, against the tk8s lab: finding objects, separating descriptions,
/// and the errors and messages, each as real kubectl 1.32 prints them.
@Suite struct DescribeVerbTests {
    @Test("C63: a name that matches nothing, not even as a prefix, is the apiserver's NotFound")
    func notFound() throws {
        let result = try KubectlHarness().run("describe", "pod", "nosuch")
        #expect(result.out == "")
        #expect(result.err == "Error from server (NotFound): pods \"nosuch\" not found\n")
        #expect(result.code == 1)
    }

    @Test("no exact name: every object whose name starts with it, each followed by a blank line")
    func prefixMatch() throws {
        let lab = try KubectlHarness()
        let result = lab.run("describe", "pod", "coredns", "-n", "kube-system")
        let first = lab.run("describe", "pod", "coredns-66967f4c59-sc4gn", "-n", "kube-system").out
        let second = lab.run("describe", "pod", "coredns-66967f4c59-zkpkl", "-n", "kube-system").out
        #expect(result.code == 0)
        #expect(result.out == first + "\n" + second + "\n")
    }

    @Test("several objects: two blank lines between descriptions, none after the last")
    func severalObjects() throws {
        let lab = try KubectlHarness()
        let both = lab.run("describe", "deploy/coredns", "svc/kube-dns", "-n", "kube-system").out
        let deployment = lab.run("describe", "deployment", "coredns", "-n", "kube-system").out
        let service = lab.run("describe", "service", "kube-dns", "-n", "kube-system").out
        #expect(both == deployment + "\n\n" + service)
    }

    @Test("found objects are described, the missing ones reported after them")
    func partlyFound() throws {
        let result = try KubectlHarness().run("describe", "ns", "default", "nosuch", "kube-public")
        #expect(result.out.hasPrefix("Name:         default\n"))
        #expect(result.out.contains("\n\n\nName:         kube-public\n"))
        #expect(result.err == "Error from server (NotFound): namespaces \"nosuch\" not found\n")
        #expect(result.code == 1)
    }

    @Test("selectors that match nothing: kubectl's message names the namespace even for nodes")
    func nothingFound() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("describe", "pods", "-l", "app=none").err == "No resources found in default namespace.\n")
        #expect(lab.run("describe", "nodes", "-l", "app=none").err == "No resources found in default namespace.\n")
        #expect(lab.run("describe", "pods", "-A", "-l", "app=none").err == "No resources found\n")
    }

    @Test("terminal escapes in a value show as ^[ and \\r, and the columns line up as printed")
    func terminalEscapes() throws {
        let lab = try KubectlHarness()
        #expect(lab.run("annotate", "ns", "default", "note=\u{1B}[31mred\rx").code == 0)
        let out = lab.run("describe", "ns", "default").out
        #expect(out.contains("Annotations:  note: ^[[31mred\\rx\n"))
        #expect(!out.contains("\u{1B}") && !out.contains("\r"))
    }

    @Test("--show-events=false leaves out the Events line")
    func withoutEvents() throws {
        let lab = try KubectlHarness()
        let with = lab.run("describe", "ns", "kube-system", "-n", "kube-system").out
        #expect(with.hasSuffix("No LimitRange resource.\n"))
        let pod = lab.run("describe", "pod", "etcd-tk8s-control-plane", "-n", "kube-system", "--show-events=false")
        #expect(!pod.out.contains("Events:"))
        #expect(pod.out.hasSuffix("Tolerations:                  :NoExecute op=Exists\n"))
    }

    @Test("-f describes the objects a manifest names, the missing ones reported after them")
    func fromManifest() throws {
        let lab = try KubectlHarness()
        let manifest = """
            apiVersion: v1
            kind: Service
            metadata:
              name: kube-dns
              namespace: kube-system
            ---
            apiVersion: v1
            kind: Pod
            metadata:
              name: nosuch
            """
        lab.kubectl.readFile = { $0 == "dns.yaml" ? manifest : nil }
        let result = lab.run("describe", "-f", "dns.yaml")
        #expect(result.out == lab.run("describe", "svc", "kube-dns", "-n", "kube-system").out)
        #expect(result.err == "Error from server (NotFound): pods \"nosuch\" not found\n")
        #expect(lab.run("describe", "-f", "nofile.yaml").err == "error: the path \"nofile.yaml\" does not exist\n")
        #expect(
            lab.run("describe", "-f", "dns.yaml", "pods").err
                == "error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well\n"
        )
    }

    @Test("bad input: kubectl's one-line errors, exit code 1")
    func errors() throws {
        let lab = try KubectlHarness()
        let cases: [([String], String)] = [
            (
                ["describe"],
                "error: You must specify the type of resource to describe. Use \"kubectl api-resources\" for a complete list of supported resources.\n"
            ),
            (["describe", "foo"], "error: the server doesn't have a resource type \"foo\"\n"),
            (
                ["describe", "pod", "x", "--foo"],
                "error: unknown flag: --foo\nSee 'kubectl describe --help' for usage.\n"
            ),
            (["describe", "pod", "x", "-A"], "error: a resource cannot be retrieved by name across all namespaces\n"),
            (["describe", "pod", "x", "-l", "a=b"], "error: name cannot be provided when a selector is specified\n"),
            (
                ["describe", "pods,svc", "kube-dns", "-n", "kube-system"],
                "error: you may only specify a single resource type\n"
            ),
            (
                ["describe", "pods,svc", "x"],
                "Error from server (NotFound): pods \"x\" not found\nError from server (NotFound): services \"x\" not found\n"
            ),
            (
                ["describe", "pod", "x", "-n", "nosuch"],
                "Error from server (NotFound): namespaces \"nosuch\" not found\n"
            ),
            (
                ["describe", "ns/default", "ns/nosuch"],
                "Error from server (NotFound): namespaces \"nosuch\" not found\n"
            ),
        ]
        for (arguments, message) in cases {
            let buffer = OutputBuffer()
            let code = lab.kubectl.run(arguments, io: IOStreams(sink: buffer))
            #expect(buffer.stdout == "" && buffer.stderr == message, "\(arguments)")
            #expect(code == 1, "\(arguments)")
        }
    }

    @Test("a command item is split at each newline byte, so CR LF leaves its CR shown as \\r")
    func multiLineCommand() throws {
        let lab = try KubectlHarness()
        _ = lab.run("run", "lines", "--image=busybox", "--command", "--", "sh", "-c", "echo a\r\necho b\nline3")
        let out = lab.run("describe", "pod", "lines").out
        #expect(out.contains("""
                Command:
                  sh
                  -c
                  echo a\\r
                  echo b
                  line3
                State:
            """))
    }
}
